"""The spec-to-code pipeline: apply the Python overlay, then generate ``runcrate/_generated``."""
