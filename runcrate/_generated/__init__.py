# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""Low-level endpoint modules and models generated from the Runcrate OpenAPI spec.

Importing this package imports nothing else: each endpoint module and model is loaded on first use.
"""
