"""A warning at import when another installed distribution also provides the import name ``runcrate``.

The official SDK (``runcrate-sdk``) and an unrelated RO-Crate tool (``runcrate``) install a package
called ``runcrate`` too. Installed side by side, each overwrites the other's files in the same
directory, and what ``import runcrate`` gives depends on the order of installation. The check looks
for their ``*.dist-info`` directories next to this package: one directory listing, about 0.1 ms.
"""

from __future__ import annotations

import os
import warnings

__all__ = ["warn_if_shadowed"]

OTHERS = {
    "runcrate_sdk": "runcrate-sdk (the official Runcrate SDK)",
    "runcrate": "runcrate (an RO-Crate tool unrelated to Runcrate)",
}
"""Normalized distribution names (as in ``<name>-<version>.dist-info``) that install ``runcrate``."""


def warn_if_shadowed(package_dir: str) -> None:
    """Warn once per distribution found beside ``package_dir`` (the directory of this package)."""
    try:
        entries = os.listdir(os.path.dirname(package_dir))
    except OSError:
        return
    for entry in entries:
        name, _, rest = entry.partition("-")
        if rest.endswith(".dist-info") and name.lower() in OTHERS:
            warnings.warn(
                f"{OTHERS[name.lower()]} is installed in the same environment as runcrate-client, and both "
                f"install the import name 'runcrate': their files overwrite each other, so 'import runcrate' "
                f"can mix the two. Uninstall one of them and reinstall the one you keep, e.g. "
                f"pip uninstall {name.replace('_', '-')} && pip install --force-reinstall runcrate-client.",
                RuntimeWarning,
                stacklevel=3,
            )
