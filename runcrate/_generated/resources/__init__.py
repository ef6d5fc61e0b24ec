# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""The plain typed methods of every resource, generated from the spec (``generator/surface.py``).

One module per resource: ``<operation>_arguments`` functions (the overlay's conversions and the
spec's checks), then the sync and async classes and their ``with_raw_response`` views. The clients
attach the hand-written subclasses in ``runcrate/resources`` where a resource adds behaviour.
"""
