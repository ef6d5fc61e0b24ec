# Generated from openapi/runcrate.yaml + overlays/python.yaml (generator/surface.py). Do not edit: change the spec or the overlay and run `make generate`.
"""The resources ``Runcrate`` and ``AsyncRuncrate`` attach, one per tag of the spec.

Each is imported and built on first use, then kept on the client: the hand-written class of
``runcrate/resources`` where a resource adds behaviour, the generated one otherwise.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from runcrate._engine._async import AsyncEngine
    from runcrate._engine._sync import SyncEngine
    from runcrate._generated.resources.environments import AsyncEnvironments, Environments
    from runcrate._generated.resources.schedules import AsyncSchedules, Schedules
    from runcrate._generated.resources.ssh_keys import AsyncSshKeys, SshKeys
    from runcrate._generated.resources.templates import AsyncTemplates, Templates
    from runcrate.resources._async.audio import AsyncAudio
    from runcrate.resources._async.billing import AsyncBilling
    from runcrate.resources._async.chat import AsyncChat
    from runcrate.resources._async.images import AsyncImages
    from runcrate.resources._async.instances import AsyncInstances
    from runcrate.resources._async.job_groups import AsyncJobGroups
    from runcrate.resources._async.jobs import AsyncJobs
    from runcrate.resources._async.secrets import AsyncSecrets
    from runcrate.resources._async.storage import AsyncStorage
    from runcrate.resources._async.videos import AsyncVideos
    from runcrate.resources._sync.audio import Audio
    from runcrate.resources._sync.billing import Billing
    from runcrate.resources._sync.chat import Chat
    from runcrate.resources._sync.images import Images
    from runcrate.resources._sync.instances import Instances
    from runcrate.resources._sync.job_groups import JobGroups
    from runcrate.resources._sync.jobs import Jobs
    from runcrate.resources._sync.secrets import Secrets
    from runcrate.resources._sync.storage import Storage
    from runcrate.resources._sync.videos import Videos

__all__ = ["AsyncResources", "SyncResources"]


class SyncResources:
    """The resources of ``Runcrate``."""

    _engine: SyncEngine

    @cached_property
    def audio(self) -> Audio:
        """The ``audio`` methods."""
        from runcrate.resources._sync.audio import Audio  # noqa: PLC0415 (imported on first use)

        return Audio._bound(self._engine)

    @cached_property
    def billing(self) -> Billing:
        """Prepaid credits for the whole workspace (1 credit = 1 USD): balance and burn rate,
        transactions, inference usage, top-ups charged to the saved card, auto-recharge settings
        and payment methods. Billing settings are reserved to the Owner and Admin roles; top-ups
        through the API need an API key with the billing permission."""
        from runcrate.resources._sync.billing import Billing  # noqa: PLC0415 (imported on first use)

        return Billing._bound(self._engine)

    @cached_property
    def chat(self) -> Chat:
        """The ``chat`` methods."""
        from runcrate.resources._sync.chat import Chat  # noqa: PLC0415 (imported on first use)

        return Chat._bound(self._engine)

    @cached_property
    def environments(self) -> Environments:
        """Environments partition a workspace: instances, storage volumes, schedules, secrets and
        budgets belong to one environment. Infrastructure calls select one by name with the
        `environment` query parameter; without it the workspace's default environment is used.
        Monthly budgets are set in the dashboard and are read-only here."""
        from runcrate._generated.resources.environments import Environments  # noqa: PLC0415 (imported on first use)

        return Environments._bound(self._engine)

    @cached_property
    def images(self) -> Images:
        """Image generation on the inference server: text-to-image, image-to-image and edits with
        the hosted image models."""
        from runcrate.resources._sync.images import Images  # noqa: PLC0415 (imported on first use)

        return Images._bound(self._engine)

    @cached_property
    def instances(self) -> Instances:
        """GPU (or CPU) machines running as isolated containers in the selected environment, and
        the catalogue of instance types that can be launched right now. The workspace's
        registered SSH keys are installed on new instances, and every instance receives the
        environment's secrets as environment variables. Data on the instance is lost when it
        terminates; data on a mounted storage volume survives."""
        from runcrate.resources._sync.instances import Instances  # noqa: PLC0415 (imported on first use)

        return Instances._bound(self._engine)

    @cached_property
    def job_groups(self) -> JobGroups:
        """Many jobs submitted at once by `submitJob` with `count` (identical copies) or `params`
        (one job per entry), optionally limited by `max_parallel`. List a group's jobs with
        `listJobs` and `group_id`; each job carries its `job_index`."""
        from runcrate.resources._sync.job_groups import JobGroups  # noqa: PLC0415 (imported on first use)

        return JobGroups._bound(self._engine)

    @cached_property
    def jobs(self) -> Jobs:
        """Batch jobs: one command on a fresh GPU machine of its own, stopped when the command
        ends. A job waits in `queued` for capacity (up to `capacity_wait_minutes`), moves
        through `starting` and `running`, and ends as `succeeded`, `failed`, `cancelled` or
        `timed_out`, with optional retries recorded as attempts. Code comes from an uploaded
        archive or a Git repository; files written to `$RUNCRATE_OUTPUT_DIR` become artifacts
        kept for 30 days. Logs, lifecycle events and GPU metrics are readable while the job runs
        and afterwards."""
        from runcrate.resources._sync.jobs import Jobs  # noqa: PLC0415 (imported on first use)

        return Jobs._bound(self._engine)

    @cached_property
    def schedules(self) -> Schedules:
        """Launch an instance or a job later, once (`run_at`) or repeatedly (`cron`). Schedules
        belong to an environment (at most 50 per environment and 200 per workspace). A run
        starts within about 2 minutes of its time and launches as the schedule's `run_as` user;
        recurring runs are at least 15 minutes apart. If the API key or agent sign-in a schedule
        runs as is revoked, the schedule pauses itself with `last_status = credential_revoked`."""
        from runcrate._generated.resources.schedules import Schedules  # noqa: PLC0415 (imported on first use)

        return Schedules._bound(self._engine)

    @cached_property
    def secrets(self) -> Secrets:
        """Names of the secrets of the selected environment. Values are set in the dashboard and
        are never returned; every instance and job launched in the environment receives them as
        environment variables, and a per-launch variable of the same name wins."""
        from runcrate.resources._sync.secrets import Secrets  # noqa: PLC0415 (imported on first use)

        return Secrets._bound(self._engine)

    @cached_property
    def ssh_keys(self) -> SshKeys:
        """Public SSH keys registered for the whole workspace. Registered keys are installed on
        instances created afterwards. The API returns a key's fingerprint, never the key itself."""
        from runcrate._generated.resources.ssh_keys import SshKeys  # noqa: PLC0415 (imported on first use)

        return SshKeys._bound(self._engine)

    @cached_property
    def storage(self) -> Storage:
        """Persistent storage volumes in the selected environment, kept with the object-storage
        provider configured for the workspace (AWS S3, Wasabi or Backblaze B2; a provider must
        be configured in the dashboard first). Volumes are encrypted at rest and cost $0.03 per
        GB per month, charged weekly in advance; deleting a volume refunds the unused part of
        the week."""
        from runcrate.resources._sync.storage import Storage  # noqa: PLC0415 (imported on first use)

        return Storage._bound(self._engine)

    @cached_property
    def templates(self) -> Templates:
        """The workspace-wide template catalogue, searchable and paginated by page number."""
        from runcrate._generated.resources.templates import Templates  # noqa: PLC0415 (imported on first use)

        return Templates._bound(self._engine)

    @cached_property
    def videos(self) -> Videos:
        """Asynchronous video generation on the inference server: create a job, poll its status,
        then download the finished MP4."""
        from runcrate.resources._sync.videos import Videos  # noqa: PLC0415 (imported on first use)

        return Videos._bound(self._engine)


class AsyncResources:
    """The resources of ``AsyncRuncrate``."""

    _engine: AsyncEngine

    @cached_property
    def audio(self) -> AsyncAudio:
        """The ``audio`` methods."""
        from runcrate.resources._async.audio import AsyncAudio  # noqa: PLC0415 (imported on first use)

        return AsyncAudio._bound(self._engine)

    @cached_property
    def billing(self) -> AsyncBilling:
        """Prepaid credits for the whole workspace (1 credit = 1 USD): balance and burn rate,
        transactions, inference usage, top-ups charged to the saved card, auto-recharge settings
        and payment methods. Billing settings are reserved to the Owner and Admin roles; top-ups
        through the API need an API key with the billing permission."""
        from runcrate.resources._async.billing import AsyncBilling  # noqa: PLC0415 (imported on first use)

        return AsyncBilling._bound(self._engine)

    @cached_property
    def chat(self) -> AsyncChat:
        """The ``chat`` methods."""
        from runcrate.resources._async.chat import AsyncChat  # noqa: PLC0415 (imported on first use)

        return AsyncChat._bound(self._engine)

    @cached_property
    def environments(self) -> AsyncEnvironments:
        """Environments partition a workspace: instances, storage volumes, schedules, secrets and
        budgets belong to one environment. Infrastructure calls select one by name with the
        `environment` query parameter; without it the workspace's default environment is used.
        Monthly budgets are set in the dashboard and are read-only here."""
        from runcrate._generated.resources.environments import AsyncEnvironments  # noqa: PLC0415 (imported on first use)

        return AsyncEnvironments._bound(self._engine)

    @cached_property
    def images(self) -> AsyncImages:
        """Image generation on the inference server: text-to-image, image-to-image and edits with
        the hosted image models."""
        from runcrate.resources._async.images import AsyncImages  # noqa: PLC0415 (imported on first use)

        return AsyncImages._bound(self._engine)

    @cached_property
    def instances(self) -> AsyncInstances:
        """GPU (or CPU) machines running as isolated containers in the selected environment, and
        the catalogue of instance types that can be launched right now. The workspace's
        registered SSH keys are installed on new instances, and every instance receives the
        environment's secrets as environment variables. Data on the instance is lost when it
        terminates; data on a mounted storage volume survives."""
        from runcrate.resources._async.instances import AsyncInstances  # noqa: PLC0415 (imported on first use)

        return AsyncInstances._bound(self._engine)

    @cached_property
    def job_groups(self) -> AsyncJobGroups:
        """Many jobs submitted at once by `submitJob` with `count` (identical copies) or `params`
        (one job per entry), optionally limited by `max_parallel`. List a group's jobs with
        `listJobs` and `group_id`; each job carries its `job_index`."""
        from runcrate.resources._async.job_groups import AsyncJobGroups  # noqa: PLC0415 (imported on first use)

        return AsyncJobGroups._bound(self._engine)

    @cached_property
    def jobs(self) -> AsyncJobs:
        """Batch jobs: one command on a fresh GPU machine of its own, stopped when the command
        ends. A job waits in `queued` for capacity (up to `capacity_wait_minutes`), moves
        through `starting` and `running`, and ends as `succeeded`, `failed`, `cancelled` or
        `timed_out`, with optional retries recorded as attempts. Code comes from an uploaded
        archive or a Git repository; files written to `$RUNCRATE_OUTPUT_DIR` become artifacts
        kept for 30 days. Logs, lifecycle events and GPU metrics are readable while the job runs
        and afterwards."""
        from runcrate.resources._async.jobs import AsyncJobs  # noqa: PLC0415 (imported on first use)

        return AsyncJobs._bound(self._engine)

    @cached_property
    def schedules(self) -> AsyncSchedules:
        """Launch an instance or a job later, once (`run_at`) or repeatedly (`cron`). Schedules
        belong to an environment (at most 50 per environment and 200 per workspace). A run
        starts within about 2 minutes of its time and launches as the schedule's `run_as` user;
        recurring runs are at least 15 minutes apart. If the API key or agent sign-in a schedule
        runs as is revoked, the schedule pauses itself with `last_status = credential_revoked`."""
        from runcrate._generated.resources.schedules import AsyncSchedules  # noqa: PLC0415 (imported on first use)

        return AsyncSchedules._bound(self._engine)

    @cached_property
    def secrets(self) -> AsyncSecrets:
        """Names of the secrets of the selected environment. Values are set in the dashboard and
        are never returned; every instance and job launched in the environment receives them as
        environment variables, and a per-launch variable of the same name wins."""
        from runcrate.resources._async.secrets import AsyncSecrets  # noqa: PLC0415 (imported on first use)

        return AsyncSecrets._bound(self._engine)

    @cached_property
    def ssh_keys(self) -> AsyncSshKeys:
        """Public SSH keys registered for the whole workspace. Registered keys are installed on
        instances created afterwards. The API returns a key's fingerprint, never the key itself."""
        from runcrate._generated.resources.ssh_keys import AsyncSshKeys  # noqa: PLC0415 (imported on first use)

        return AsyncSshKeys._bound(self._engine)

    @cached_property
    def storage(self) -> AsyncStorage:
        """Persistent storage volumes in the selected environment, kept with the object-storage
        provider configured for the workspace (AWS S3, Wasabi or Backblaze B2; a provider must
        be configured in the dashboard first). Volumes are encrypted at rest and cost $0.03 per
        GB per month, charged weekly in advance; deleting a volume refunds the unused part of
        the week."""
        from runcrate.resources._async.storage import AsyncStorage  # noqa: PLC0415 (imported on first use)

        return AsyncStorage._bound(self._engine)

    @cached_property
    def templates(self) -> AsyncTemplates:
        """The workspace-wide template catalogue, searchable and paginated by page number."""
        from runcrate._generated.resources.templates import AsyncTemplates  # noqa: PLC0415 (imported on first use)

        return AsyncTemplates._bound(self._engine)

    @cached_property
    def videos(self) -> AsyncVideos:
        """Asynchronous video generation on the inference server: create a job, poll its status,
        then download the finished MP4."""
        from runcrate.resources._async.videos import AsyncVideos  # noqa: PLC0415 (imported on first use)

        return AsyncVideos._bound(self._engine)
