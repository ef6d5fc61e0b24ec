# Generated from the resource modules (generator/public_resources.py). Do not edit: run `make generate`.
"""The resource classes: the types of ``client.instances``, ``client.jobs.artifacts``,
``client.chat.completions.with_raw_response`` and every other namespace the clients hand out, for
annotating code that takes one (``def launch(instances: runcrate.resources.Instances) -> None``).

A client builds its resources; construct a ``Runcrate`` or ``AsyncRuncrate`` rather than a resource.
Every name is imported on first use, so ``import runcrate.resources`` costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from runcrate._lazy import export

if TYPE_CHECKING:
    from runcrate._generated.resources.audio import (
        AsyncAudioWithRawResponse,
        AudioWithRawResponse,
    )
    from runcrate._generated.resources.chat import (
        AsyncChatWithRawResponse,
        ChatWithRawResponse,
    )
    from runcrate._generated.resources.environments import (
        AsyncEnvironments,
        AsyncEnvironmentsWithRawResponse,
        Environments,
        EnvironmentsWithRawResponse,
    )
    from runcrate._generated.resources.instances import (
        AsyncInstancesWithRawResponse,
        InstancesWithRawResponse,
    )
    from runcrate._generated.resources.job_groups import (
        AsyncJobGroupsWithRawResponse,
        JobGroupsWithRawResponse,
    )
    from runcrate._generated.resources.jobs import (
        AsyncJobsArtifactsWithRawResponse,
        AsyncJobsUploadsWithRawResponse,
        JobsArtifactsWithRawResponse,
        JobsUploadsWithRawResponse,
    )
    from runcrate._generated.resources.schedules import (
        AsyncSchedules,
        AsyncSchedulesWithRawResponse,
        Schedules,
        SchedulesWithRawResponse,
    )
    from runcrate._generated.resources.ssh_keys import (
        AsyncSshKeys,
        AsyncSshKeysWithRawResponse,
        SshKeys,
        SshKeysWithRawResponse,
    )
    from runcrate._generated.resources.templates import (
        AsyncTemplates,
        AsyncTemplatesWithRawResponse,
        Templates,
        TemplatesWithRawResponse,
    )
    from runcrate.resources._async.audio import (
        AsyncAudio,
        AsyncSpeech,
        AsyncSpeechWithRawResponse,
        AsyncSpeechWithStreamingResponse,
        AsyncTranscriptions,
        AsyncTranscriptionsWithRawResponse,
    )
    from runcrate.resources._async.billing import (
        AsyncBilling,
        AsyncBillingWithRawResponse,
    )
    from runcrate.resources._async.chat import (
        AsyncChat,
        AsyncChatCompletions,
        AsyncChatCompletionsWithRawResponse,
    )
    from runcrate.resources._async.images import (
        AsyncImages,
        AsyncImagesWithRawResponse,
    )
    from runcrate.resources._async.instances import (
        AsyncInstances,
    )
    from runcrate.resources._async.job_artifacts import (
        AsyncJobArtifacts,
        AsyncJobArtifactsWithStreamingResponse,
    )
    from runcrate.resources._async.job_groups import (
        AsyncJobGroups,
    )
    from runcrate.resources._async.job_uploads import (
        AsyncJobUploads,
    )
    from runcrate.resources._async.jobs import (
        AsyncJobs,
        AsyncJobsWithRawResponse,
    )
    from runcrate.resources._async.models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
    )
    from runcrate.resources._async.secrets import (
        AsyncSecrets,
        AsyncSecretsWithRawResponse,
    )
    from runcrate.resources._async.storage import (
        AsyncStorage,
        AsyncStorageWithRawResponse,
    )
    from runcrate.resources._async.videos import (
        AsyncVideos,
        AsyncVideosWithRawResponse,
        AsyncVideosWithStreamingResponse,
    )
    from runcrate.resources._sync.audio import (
        Audio,
        Speech,
        SpeechWithRawResponse,
        SpeechWithStreamingResponse,
        Transcriptions,
        TranscriptionsWithRawResponse,
    )
    from runcrate.resources._sync.billing import (
        Billing,
        BillingWithRawResponse,
    )
    from runcrate.resources._sync.chat import (
        Chat,
        ChatCompletions,
        ChatCompletionsWithRawResponse,
    )
    from runcrate.resources._sync.images import (
        Images,
        ImagesWithRawResponse,
    )
    from runcrate.resources._sync.instances import (
        Instances,
    )
    from runcrate.resources._sync.job_artifacts import (
        JobArtifacts,
        JobArtifactsWithStreamingResponse,
    )
    from runcrate.resources._sync.job_groups import (
        JobGroups,
    )
    from runcrate.resources._sync.job_uploads import (
        JobUploads,
    )
    from runcrate.resources._sync.jobs import (
        Jobs,
        JobsWithRawResponse,
    )
    from runcrate.resources._sync.models import (
        Models,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )
    from runcrate.resources._sync.secrets import (
        Secrets,
        SecretsWithRawResponse,
    )
    from runcrate.resources._sync.storage import (
        Storage,
        StorageWithRawResponse,
    )
    from runcrate.resources._sync.videos import (
        Videos,
        VideosWithRawResponse,
        VideosWithStreamingResponse,
    )

_MODULES = {
    "AsyncAudioWithRawResponse": "runcrate._generated.resources.audio",
    "AudioWithRawResponse": "runcrate._generated.resources.audio",
    "AsyncChatWithRawResponse": "runcrate._generated.resources.chat",
    "ChatWithRawResponse": "runcrate._generated.resources.chat",
    "AsyncEnvironments": "runcrate._generated.resources.environments",
    "AsyncEnvironmentsWithRawResponse": "runcrate._generated.resources.environments",
    "Environments": "runcrate._generated.resources.environments",
    "EnvironmentsWithRawResponse": "runcrate._generated.resources.environments",
    "AsyncInstancesWithRawResponse": "runcrate._generated.resources.instances",
    "InstancesWithRawResponse": "runcrate._generated.resources.instances",
    "AsyncJobGroupsWithRawResponse": "runcrate._generated.resources.job_groups",
    "JobGroupsWithRawResponse": "runcrate._generated.resources.job_groups",
    "AsyncJobsArtifactsWithRawResponse": "runcrate._generated.resources.jobs",
    "AsyncJobsUploadsWithRawResponse": "runcrate._generated.resources.jobs",
    "JobsArtifactsWithRawResponse": "runcrate._generated.resources.jobs",
    "JobsUploadsWithRawResponse": "runcrate._generated.resources.jobs",
    "AsyncSchedules": "runcrate._generated.resources.schedules",
    "AsyncSchedulesWithRawResponse": "runcrate._generated.resources.schedules",
    "Schedules": "runcrate._generated.resources.schedules",
    "SchedulesWithRawResponse": "runcrate._generated.resources.schedules",
    "AsyncSshKeys": "runcrate._generated.resources.ssh_keys",
    "AsyncSshKeysWithRawResponse": "runcrate._generated.resources.ssh_keys",
    "SshKeys": "runcrate._generated.resources.ssh_keys",
    "SshKeysWithRawResponse": "runcrate._generated.resources.ssh_keys",
    "AsyncTemplates": "runcrate._generated.resources.templates",
    "AsyncTemplatesWithRawResponse": "runcrate._generated.resources.templates",
    "Templates": "runcrate._generated.resources.templates",
    "TemplatesWithRawResponse": "runcrate._generated.resources.templates",
    "AsyncAudio": "runcrate.resources._async.audio",
    "AsyncSpeech": "runcrate.resources._async.audio",
    "AsyncSpeechWithRawResponse": "runcrate.resources._async.audio",
    "AsyncSpeechWithStreamingResponse": "runcrate.resources._async.audio",
    "AsyncTranscriptions": "runcrate.resources._async.audio",
    "AsyncTranscriptionsWithRawResponse": "runcrate.resources._async.audio",
    "AsyncBilling": "runcrate.resources._async.billing",
    "AsyncBillingWithRawResponse": "runcrate.resources._async.billing",
    "AsyncChat": "runcrate.resources._async.chat",
    "AsyncChatCompletions": "runcrate.resources._async.chat",
    "AsyncChatCompletionsWithRawResponse": "runcrate.resources._async.chat",
    "AsyncImages": "runcrate.resources._async.images",
    "AsyncImagesWithRawResponse": "runcrate.resources._async.images",
    "AsyncInstances": "runcrate.resources._async.instances",
    "AsyncJobArtifacts": "runcrate.resources._async.job_artifacts",
    "AsyncJobArtifactsWithStreamingResponse": "runcrate.resources._async.job_artifacts",
    "AsyncJobGroups": "runcrate.resources._async.job_groups",
    "AsyncJobUploads": "runcrate.resources._async.job_uploads",
    "AsyncJobs": "runcrate.resources._async.jobs",
    "AsyncJobsWithRawResponse": "runcrate.resources._async.jobs",
    "AsyncModels": "runcrate.resources._async.models",
    "AsyncModelsWithRawResponse": "runcrate.resources._async.models",
    "AsyncModelsWithStreamingResponse": "runcrate.resources._async.models",
    "AsyncSecrets": "runcrate.resources._async.secrets",
    "AsyncSecretsWithRawResponse": "runcrate.resources._async.secrets",
    "AsyncStorage": "runcrate.resources._async.storage",
    "AsyncStorageWithRawResponse": "runcrate.resources._async.storage",
    "AsyncVideos": "runcrate.resources._async.videos",
    "AsyncVideosWithRawResponse": "runcrate.resources._async.videos",
    "AsyncVideosWithStreamingResponse": "runcrate.resources._async.videos",
    "Audio": "runcrate.resources._sync.audio",
    "Speech": "runcrate.resources._sync.audio",
    "SpeechWithRawResponse": "runcrate.resources._sync.audio",
    "SpeechWithStreamingResponse": "runcrate.resources._sync.audio",
    "Transcriptions": "runcrate.resources._sync.audio",
    "TranscriptionsWithRawResponse": "runcrate.resources._sync.audio",
    "Billing": "runcrate.resources._sync.billing",
    "BillingWithRawResponse": "runcrate.resources._sync.billing",
    "Chat": "runcrate.resources._sync.chat",
    "ChatCompletions": "runcrate.resources._sync.chat",
    "ChatCompletionsWithRawResponse": "runcrate.resources._sync.chat",
    "Images": "runcrate.resources._sync.images",
    "ImagesWithRawResponse": "runcrate.resources._sync.images",
    "Instances": "runcrate.resources._sync.instances",
    "JobArtifacts": "runcrate.resources._sync.job_artifacts",
    "JobArtifactsWithStreamingResponse": "runcrate.resources._sync.job_artifacts",
    "JobGroups": "runcrate.resources._sync.job_groups",
    "JobUploads": "runcrate.resources._sync.job_uploads",
    "Jobs": "runcrate.resources._sync.jobs",
    "JobsWithRawResponse": "runcrate.resources._sync.jobs",
    "Models": "runcrate.resources._sync.models",
    "ModelsWithRawResponse": "runcrate.resources._sync.models",
    "ModelsWithStreamingResponse": "runcrate.resources._sync.models",
    "Secrets": "runcrate.resources._sync.secrets",
    "SecretsWithRawResponse": "runcrate.resources._sync.secrets",
    "Storage": "runcrate.resources._sync.storage",
    "StorageWithRawResponse": "runcrate.resources._sync.storage",
    "Videos": "runcrate.resources._sync.videos",
    "VideosWithRawResponse": "runcrate.resources._sync.videos",
    "VideosWithStreamingResponse": "runcrate.resources._sync.videos",
}

__all__ = [
    "AsyncAudio",
    "AsyncAudioWithRawResponse",
    "AsyncBilling",
    "AsyncBillingWithRawResponse",
    "AsyncChat",
    "AsyncChatCompletions",
    "AsyncChatCompletionsWithRawResponse",
    "AsyncChatWithRawResponse",
    "AsyncEnvironments",
    "AsyncEnvironmentsWithRawResponse",
    "AsyncImages",
    "AsyncImagesWithRawResponse",
    "AsyncInstances",
    "AsyncInstancesWithRawResponse",
    "AsyncJobArtifacts",
    "AsyncJobArtifactsWithStreamingResponse",
    "AsyncJobGroups",
    "AsyncJobGroupsWithRawResponse",
    "AsyncJobUploads",
    "AsyncJobs",
    "AsyncJobsArtifactsWithRawResponse",
    "AsyncJobsUploadsWithRawResponse",
    "AsyncJobsWithRawResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "AsyncSchedules",
    "AsyncSchedulesWithRawResponse",
    "AsyncSecrets",
    "AsyncSecretsWithRawResponse",
    "AsyncSpeech",
    "AsyncSpeechWithRawResponse",
    "AsyncSpeechWithStreamingResponse",
    "AsyncSshKeys",
    "AsyncSshKeysWithRawResponse",
    "AsyncStorage",
    "AsyncStorageWithRawResponse",
    "AsyncTemplates",
    "AsyncTemplatesWithRawResponse",
    "AsyncTranscriptions",
    "AsyncTranscriptionsWithRawResponse",
    "AsyncVideos",
    "AsyncVideosWithRawResponse",
    "AsyncVideosWithStreamingResponse",
    "Audio",
    "AudioWithRawResponse",
    "Billing",
    "BillingWithRawResponse",
    "Chat",
    "ChatCompletions",
    "ChatCompletionsWithRawResponse",
    "ChatWithRawResponse",
    "Environments",
    "EnvironmentsWithRawResponse",
    "Images",
    "ImagesWithRawResponse",
    "Instances",
    "InstancesWithRawResponse",
    "JobArtifacts",
    "JobArtifactsWithStreamingResponse",
    "JobGroups",
    "JobGroupsWithRawResponse",
    "JobUploads",
    "Jobs",
    "JobsArtifactsWithRawResponse",
    "JobsUploadsWithRawResponse",
    "JobsWithRawResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "Schedules",
    "SchedulesWithRawResponse",
    "Secrets",
    "SecretsWithRawResponse",
    "Speech",
    "SpeechWithRawResponse",
    "SpeechWithStreamingResponse",
    "SshKeys",
    "SshKeysWithRawResponse",
    "Storage",
    "StorageWithRawResponse",
    "Templates",
    "TemplatesWithRawResponse",
    "Transcriptions",
    "TranscriptionsWithRawResponse",
    "Videos",
    "VideosWithRawResponse",
    "VideosWithStreamingResponse",
]


def __getattr__(name: str) -> Any:
    return export(name, _MODULES, globals())


def __dir__() -> list[str]:
    return __all__
