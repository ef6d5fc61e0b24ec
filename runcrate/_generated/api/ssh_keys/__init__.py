# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""Operations tagged ssh_keys: one module per operation, imported on first use."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the checkers see each module as an attribute of the package, as it is once imported
    from . import create_ssh_key as create_ssh_key
    from . import delete_ssh_key as delete_ssh_key
    from . import list_ssh_keys as list_ssh_keys
