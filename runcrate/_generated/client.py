# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""Intentionally empty: the hand-written overlay (``runcrate._client``) owns I/O, auth and base URLs."""
