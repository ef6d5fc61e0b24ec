# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""Operations tagged environments: one module per operation, imported on first use."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the checkers see each module as an attribute of the package, as it is once imported
    from . import create_environment as create_environment
    from . import delete_environment as delete_environment
    from . import get_environment as get_environment
    from . import list_environments as list_environments
    from . import update_environment as update_environment
