# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""Operations tagged schedules: one module per operation, imported on first use."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the checkers see each module as an attribute of the package, as it is once imported
    from . import create_schedule as create_schedule
    from . import delete_schedule as delete_schedule
    from . import get_schedule as get_schedule
    from . import list_schedules as list_schedules
    from . import run_schedule_now as run_schedule_now
    from . import update_schedule as update_schedule
