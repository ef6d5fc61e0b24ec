# Generated from openapi/runcrate.yaml + overlays/python.yaml (generator/surface.py). Do not edit: change the spec or the overlay and run `make generate`.
"""The resources ``Runcrate`` and ``AsyncRuncrate`` attach, one per tag of the spec.

Each is imported and built on first use (``LazyResource``): the hand-written class of
``runcrate/resources`` where a resource adds behaviour, the generated one otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from runcrate._lazy_resource import LazyResource

if TYPE_CHECKING:
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

    audio: LazyResource[Audio] = LazyResource("runcrate.resources._sync.audio", "Audio")
    billing: LazyResource[Billing] = LazyResource("runcrate.resources._sync.billing", "Billing")
    chat: LazyResource[Chat] = LazyResource("runcrate.resources._sync.chat", "Chat")
    environments: LazyResource[Environments] = LazyResource(
        "runcrate._generated.resources.environments", "Environments"
    )
    images: LazyResource[Images] = LazyResource("runcrate.resources._sync.images", "Images")
    instances: LazyResource[Instances] = LazyResource("runcrate.resources._sync.instances", "Instances")
    job_groups: LazyResource[JobGroups] = LazyResource("runcrate.resources._sync.job_groups", "JobGroups")
    jobs: LazyResource[Jobs] = LazyResource("runcrate.resources._sync.jobs", "Jobs")
    schedules: LazyResource[Schedules] = LazyResource("runcrate._generated.resources.schedules", "Schedules")
    secrets: LazyResource[Secrets] = LazyResource("runcrate.resources._sync.secrets", "Secrets")
    ssh_keys: LazyResource[SshKeys] = LazyResource("runcrate._generated.resources.ssh_keys", "SshKeys")
    storage: LazyResource[Storage] = LazyResource("runcrate.resources._sync.storage", "Storage")
    templates: LazyResource[Templates] = LazyResource("runcrate._generated.resources.templates", "Templates")
    videos: LazyResource[Videos] = LazyResource("runcrate.resources._sync.videos", "Videos")


class AsyncResources:
    """The resources of ``AsyncRuncrate``."""

    audio: LazyResource[AsyncAudio] = LazyResource("runcrate.resources._async.audio", "AsyncAudio")
    billing: LazyResource[AsyncBilling] = LazyResource("runcrate.resources._async.billing", "AsyncBilling")
    chat: LazyResource[AsyncChat] = LazyResource("runcrate.resources._async.chat", "AsyncChat")
    environments: LazyResource[AsyncEnvironments] = LazyResource(
        "runcrate._generated.resources.environments", "AsyncEnvironments"
    )
    images: LazyResource[AsyncImages] = LazyResource("runcrate.resources._async.images", "AsyncImages")
    instances: LazyResource[AsyncInstances] = LazyResource(
        "runcrate.resources._async.instances", "AsyncInstances"
    )
    job_groups: LazyResource[AsyncJobGroups] = LazyResource(
        "runcrate.resources._async.job_groups", "AsyncJobGroups"
    )
    jobs: LazyResource[AsyncJobs] = LazyResource("runcrate.resources._async.jobs", "AsyncJobs")
    schedules: LazyResource[AsyncSchedules] = LazyResource(
        "runcrate._generated.resources.schedules", "AsyncSchedules"
    )
    secrets: LazyResource[AsyncSecrets] = LazyResource("runcrate.resources._async.secrets", "AsyncSecrets")
    ssh_keys: LazyResource[AsyncSshKeys] = LazyResource(
        "runcrate._generated.resources.ssh_keys", "AsyncSshKeys"
    )
    storage: LazyResource[AsyncStorage] = LazyResource("runcrate.resources._async.storage", "AsyncStorage")
    templates: LazyResource[AsyncTemplates] = LazyResource(
        "runcrate._generated.resources.templates", "AsyncTemplates"
    )
    videos: LazyResource[AsyncVideos] = LazyResource("runcrate.resources._async.videos", "AsyncVideos")
