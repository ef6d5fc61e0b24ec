# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""Operations tagged instances: one module per operation, imported on first use."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the checkers see each module as an attribute of the package, as it is once imported
    from . import create_instance as create_instance
    from . import create_instance_ssh_certificate as create_instance_ssh_certificate
    from . import get_instance as get_instance
    from . import get_instance_status as get_instance_status
    from . import list_instance_types as list_instance_types
    from . import list_instances as list_instances
    from . import terminate_instance as terminate_instance
    from . import update_instance as update_instance
