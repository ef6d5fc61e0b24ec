"""The infrastructure surface: instances, storage, environments, secrets, SSH keys, templates, billing.

``routes`` holds the HTTP routes; every other module holds state and the rules the API enforces,
and never sees a request.
"""
