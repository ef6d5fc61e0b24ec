# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""Operations tagged storage: one module per operation, imported on first use."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the checkers see each module as an attribute of the package, as it is once imported
    from . import create_storage_volume as create_storage_volume
    from . import delete_storage_volume as delete_storage_volume
    from . import get_storage_volume as get_storage_volume
    from . import list_storage_regions as list_storage_regions
    from . import list_storage_volumes as list_storage_volumes
    from . import resize_storage_volume as resize_storage_volume
