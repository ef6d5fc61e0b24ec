"""Resources: ``_async`` is written by hand, ``_sync`` is generated from it by ``make generate``."""
