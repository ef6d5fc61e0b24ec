# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""Operations tagged jobs: one module per operation, imported on first use."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the checkers see each module as an attribute of the package, as it is once imported
    from . import cancel_job as cancel_job
    from . import create_job_upload as create_job_upload
    from . import delete_job as delete_job
    from . import get_job as get_job
    from . import get_job_artifact as get_job_artifact
    from . import get_job_logs as get_job_logs
    from . import get_job_metrics as get_job_metrics
    from . import list_job_artifacts as list_job_artifacts
    from . import list_job_events as list_job_events
    from . import list_jobs as list_jobs
    from . import rerun_job as rerun_job
    from . import submit_job as submit_job
