"""The ergonomic API surface, one module per API resource.

``_async/`` is written by hand; ``_sync/`` is generated from it by ``make generate`` (unasync), so
``Runcrate`` and ``AsyncRuncrate`` share one implementation of every method.
"""
