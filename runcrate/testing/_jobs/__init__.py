"""Batch jobs, job groups, code uploads, schedules, and the signed URLs of uploads and artifacts.

``routes`` holds the HTTP routes; every other module holds state and the rules the API enforces,
and never sees a request.
"""
