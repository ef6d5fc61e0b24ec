"""The server shell: what every surface of the fake server shares.

HTTP plumbing (the ASGI layers, envelopes, request log, faults), the OpenAPI checks, the uvicorn
thread, and the workspace state every area reads (clock, ids, keys, environments, credits,
idempotency, and the registry of each area's components). Nothing here imports an area.
"""
