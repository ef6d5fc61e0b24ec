# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Resources: ``_async`` is written by hand, ``_sync`` is generated from it by ``make generate``."""
