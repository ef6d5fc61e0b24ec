"""Python SDK for the Runcrate API."""

from runcrate._version import __version__

__all__ = ["__version__"]
