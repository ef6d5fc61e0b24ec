# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""The data models used in requests and responses, each imported on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auto_recharge import AutoRecharge
    from .auto_recharge_response import AutoRechargeResponse
    from .balance import Balance
    from .balance_response import BalanceResponse
    from .chat_completion import ChatCompletion
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_delta import ChatCompletionDelta
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_request_stream_options import ChatCompletionRequestStreamOptions
    from .chat_completion_stream_event import ChatCompletionStreamEvent
    from .chat_content_part_image_url import ChatContentPartImageUrl
    from .chat_content_part_image_url_image_url import ChatContentPartImageUrlImageUrl
    from .chat_content_part_text import ChatContentPartText
    from .chat_function_definition import ChatFunctionDefinition
    from .chat_function_definition_parameters import ChatFunctionDefinitionParameters
    from .chat_message import ChatMessage
    from .chat_named_tool_choice import ChatNamedToolChoice
    from .chat_named_tool_choice_function import ChatNamedToolChoiceFunction
    from .chat_response_format import ChatResponseFormat
    from .chat_response_format_json_schema import ChatResponseFormatJsonSchema
    from .chat_response_format_json_schema_schema import ChatResponseFormatJsonSchemaSchema
    from .chat_response_format_type import ChatResponseFormatType
    from .chat_tool import ChatTool
    from .chat_tool_call import ChatToolCall
    from .chat_tool_call_delta import ChatToolCallDelta
    from .chat_tool_call_delta_function import ChatToolCallDeltaFunction
    from .chat_tool_call_function import ChatToolCallFunction
    from .chat_tool_choice_mode import ChatToolChoiceMode
    from .completion_usage import CompletionUsage
    from .create_environment_request import CreateEnvironmentRequest
    from .create_instance_request import CreateInstanceRequest
    from .create_instance_ssh_certificate_request import CreateInstanceSshCertificateRequest
    from .create_job_upload_request import CreateJobUploadRequest
    from .create_schedule_request import CreateScheduleRequest
    from .create_ssh_key_request import CreateSshKeyRequest
    from .create_storage_volume_request import CreateStorageVolumeRequest
    from .create_top_up_request import CreateTopUpRequest
    from .env_var import EnvVar
    from .environment import Environment
    from .environment_list_response import EnvironmentListResponse
    from .environment_response import EnvironmentResponse
    from .error_body import ErrorBody
    from .error_body_details import ErrorBodyDetails
    from .error_envelope import ErrorEnvelope
    from .gpu_candidate import GpuCandidate
    from .image_data import ImageData
    from .image_generation_request import ImageGenerationRequest
    from .image_response_format import ImageResponseFormat
    from .image_result import ImageResult
    from .inference_error_body import InferenceErrorBody
    from .inference_error_envelope import InferenceErrorEnvelope
    from .instance import Instance
    from .instance_list_response import InstanceListResponse
    from .instance_response import InstanceResponse
    from .instance_status_info import InstanceStatusInfo
    from .instance_status_info_response import InstanceStatusInfoResponse
    from .instance_type import InstanceType
    from .instance_type_list_response import InstanceTypeListResponse
    from .job import Job
    from .job_artifact import JobArtifact
    from .job_artifact_list_response import JobArtifactListResponse
    from .job_attempt import JobAttempt
    from .job_code import JobCode
    from .job_code_from_git import JobCodeFromGit
    from .job_code_from_upload import JobCodeFromUpload
    from .job_env import JobEnv
    from .job_event import JobEvent
    from .job_event_list_response import JobEventListResponse
    from .job_git_repository import JobGitRepository
    from .job_gpu_sample import JobGpuSample
    from .job_group import JobGroup
    from .job_group_response import JobGroupResponse
    from .job_group_spec import JobGroupSpec
    from .job_group_spec_params_item import JobGroupSpecParamsItem
    from .job_image_registry_auth import JobImageRegistryAuth
    from .job_list_response import JobListResponse
    from .job_log_chunk import JobLogChunk
    from .job_logs import JobLogs
    from .job_logs_response import JobLogsResponse
    from .job_metric_point import JobMetricPoint
    from .job_metric_point_list_response import JobMetricPointListResponse
    from .job_overrides import JobOverrides
    from .job_response import JobResponse
    from .job_spec import JobSpec
    from .job_status_counts import JobStatusCounts
    from .job_tags import JobTags
    from .job_upload import JobUpload
    from .job_upload_response import JobUploadResponse
    from .known_chat_message_role import KnownChatMessageRole
    from .known_chat_tool_call_type import KnownChatToolCallType
    from .known_finish_reason import KnownFinishReason
    from .known_instance_status import KnownInstanceStatus
    from .known_job_code_source import KnownJobCodeSource
    from .known_job_event_kind import KnownJobEventKind
    from .known_job_queue_reason import KnownJobQueueReason
    from .known_job_retry_on import KnownJobRetryOn
    from .known_job_status import KnownJobStatus
    from .known_job_webhook_event import KnownJobWebhookEvent
    from .known_payment_method_type import KnownPaymentMethodType
    from .known_schedule_credential import KnownScheduleCredential
    from .known_schedule_kind import KnownScheduleKind
    from .known_schedule_overlap import KnownScheduleOverlap
    from .known_schedule_run_status import KnownScheduleRunStatus
    from .known_speech_response_format import KnownSpeechResponseFormat
    from .known_stop_reason import KnownStopReason
    from .known_storage_provider import KnownStorageProvider
    from .known_storage_volume_status import KnownStorageVolumeStatus
    from .known_top_up_decline_reason import KnownTopUpDeclineReason
    from .known_top_up_status import KnownTopUpStatus
    from .known_transaction_type import KnownTransactionType
    from .known_video_status import KnownVideoStatus
    from .list_meta import ListMeta
    from .payment_method import PaymentMethod
    from .payment_method_list_response import PaymentMethodListResponse
    from .resize_storage_volume_request import ResizeStorageVolumeRequest
    from .schedule import Schedule
    from .schedule_list_response import ScheduleListResponse
    from .schedule_response import ScheduleResponse
    from .schedule_run import ScheduleRun
    from .schedule_run_response import ScheduleRunResponse
    from .schedule_spec import ScheduleSpec
    from .secret import Secret
    from .secret_list_response import SecretListResponse
    from .set_auto_recharge_request import SetAutoRechargeRequest
    from .speech_request import SpeechRequest
    from .ssh_certificate import SshCertificate
    from .ssh_certificate_response import SshCertificateResponse
    from .ssh_key import SSHKey
    from .ssh_key_list_response import SSHKeyListResponse
    from .ssh_key_response import SSHKeyResponse
    from .storage_delete_result import StorageDeleteResult
    from .storage_delete_result_response import StorageDeleteResultResponse
    from .storage_region import StorageRegion
    from .storage_region_list_response import StorageRegionListResponse
    from .storage_volume import StorageVolume
    from .storage_volume_list_response import StorageVolumeListResponse
    from .storage_volume_response import StorageVolumeResponse
    from .submitted_job_group import SubmittedJobGroup
    from .submitted_job_group_response import SubmittedJobGroupResponse
    from .template import Template
    from .template_list_response import TemplateListResponse
    from .top_up import TopUp
    from .top_up_response import TopUpResponse
    from .transaction import Transaction
    from .transaction_list_response import TransactionListResponse
    from .transcription import Transcription
    from .transcription_request import TranscriptionRequest
    from .transcription_response_format import TranscriptionResponseFormat
    from .transcription_segment import TranscriptionSegment
    from .update_environment_request import UpdateEnvironmentRequest
    from .update_instance_request import UpdateInstanceRequest
    from .update_schedule_request import UpdateScheduleRequest
    from .usage import Usage
    from .usage_response import UsageResponse
    from .video_create_request import VideoCreateRequest
    from .video_job import VideoJob

_MODULES = {
    "AutoRecharge": ".auto_recharge",
    "AutoRechargeResponse": ".auto_recharge_response",
    "Balance": ".balance",
    "BalanceResponse": ".balance_response",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionDelta": ".chat_completion_delta",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionRequestStreamOptions": ".chat_completion_request_stream_options",
    "ChatCompletionStreamEvent": ".chat_completion_stream_event",
    "ChatContentPartImageUrl": ".chat_content_part_image_url",
    "ChatContentPartImageUrlImageUrl": ".chat_content_part_image_url_image_url",
    "ChatContentPartText": ".chat_content_part_text",
    "ChatFunctionDefinition": ".chat_function_definition",
    "ChatFunctionDefinitionParameters": ".chat_function_definition_parameters",
    "ChatMessage": ".chat_message",
    "ChatNamedToolChoice": ".chat_named_tool_choice",
    "ChatNamedToolChoiceFunction": ".chat_named_tool_choice_function",
    "ChatResponseFormat": ".chat_response_format",
    "ChatResponseFormatJsonSchema": ".chat_response_format_json_schema",
    "ChatResponseFormatJsonSchemaSchema": ".chat_response_format_json_schema_schema",
    "ChatResponseFormatType": ".chat_response_format_type",
    "ChatTool": ".chat_tool",
    "ChatToolCall": ".chat_tool_call",
    "ChatToolCallDelta": ".chat_tool_call_delta",
    "ChatToolCallDeltaFunction": ".chat_tool_call_delta_function",
    "ChatToolCallFunction": ".chat_tool_call_function",
    "ChatToolChoiceMode": ".chat_tool_choice_mode",
    "CompletionUsage": ".completion_usage",
    "CreateEnvironmentRequest": ".create_environment_request",
    "CreateInstanceRequest": ".create_instance_request",
    "CreateInstanceSshCertificateRequest": ".create_instance_ssh_certificate_request",
    "CreateJobUploadRequest": ".create_job_upload_request",
    "CreateScheduleRequest": ".create_schedule_request",
    "CreateSshKeyRequest": ".create_ssh_key_request",
    "CreateStorageVolumeRequest": ".create_storage_volume_request",
    "CreateTopUpRequest": ".create_top_up_request",
    "EnvVar": ".env_var",
    "Environment": ".environment",
    "EnvironmentListResponse": ".environment_list_response",
    "EnvironmentResponse": ".environment_response",
    "ErrorBody": ".error_body",
    "ErrorBodyDetails": ".error_body_details",
    "ErrorEnvelope": ".error_envelope",
    "GpuCandidate": ".gpu_candidate",
    "ImageData": ".image_data",
    "ImageGenerationRequest": ".image_generation_request",
    "ImageResponseFormat": ".image_response_format",
    "ImageResult": ".image_result",
    "InferenceErrorBody": ".inference_error_body",
    "InferenceErrorEnvelope": ".inference_error_envelope",
    "Instance": ".instance",
    "InstanceListResponse": ".instance_list_response",
    "InstanceResponse": ".instance_response",
    "InstanceStatusInfo": ".instance_status_info",
    "InstanceStatusInfoResponse": ".instance_status_info_response",
    "InstanceType": ".instance_type",
    "InstanceTypeListResponse": ".instance_type_list_response",
    "Job": ".job",
    "JobArtifact": ".job_artifact",
    "JobArtifactListResponse": ".job_artifact_list_response",
    "JobAttempt": ".job_attempt",
    "JobCode": ".job_code",
    "JobCodeFromGit": ".job_code_from_git",
    "JobCodeFromUpload": ".job_code_from_upload",
    "JobEnv": ".job_env",
    "JobEvent": ".job_event",
    "JobEventListResponse": ".job_event_list_response",
    "JobGitRepository": ".job_git_repository",
    "JobGpuSample": ".job_gpu_sample",
    "JobGroup": ".job_group",
    "JobGroupResponse": ".job_group_response",
    "JobGroupSpec": ".job_group_spec",
    "JobGroupSpecParamsItem": ".job_group_spec_params_item",
    "JobImageRegistryAuth": ".job_image_registry_auth",
    "JobListResponse": ".job_list_response",
    "JobLogChunk": ".job_log_chunk",
    "JobLogs": ".job_logs",
    "JobLogsResponse": ".job_logs_response",
    "JobMetricPoint": ".job_metric_point",
    "JobMetricPointListResponse": ".job_metric_point_list_response",
    "JobOverrides": ".job_overrides",
    "JobResponse": ".job_response",
    "JobSpec": ".job_spec",
    "JobStatusCounts": ".job_status_counts",
    "JobTags": ".job_tags",
    "JobUpload": ".job_upload",
    "JobUploadResponse": ".job_upload_response",
    "KnownChatMessageRole": ".known_chat_message_role",
    "KnownChatToolCallType": ".known_chat_tool_call_type",
    "KnownFinishReason": ".known_finish_reason",
    "KnownInstanceStatus": ".known_instance_status",
    "KnownJobCodeSource": ".known_job_code_source",
    "KnownJobEventKind": ".known_job_event_kind",
    "KnownJobQueueReason": ".known_job_queue_reason",
    "KnownJobRetryOn": ".known_job_retry_on",
    "KnownJobStatus": ".known_job_status",
    "KnownJobWebhookEvent": ".known_job_webhook_event",
    "KnownPaymentMethodType": ".known_payment_method_type",
    "KnownScheduleCredential": ".known_schedule_credential",
    "KnownScheduleKind": ".known_schedule_kind",
    "KnownScheduleOverlap": ".known_schedule_overlap",
    "KnownScheduleRunStatus": ".known_schedule_run_status",
    "KnownSpeechResponseFormat": ".known_speech_response_format",
    "KnownStopReason": ".known_stop_reason",
    "KnownStorageProvider": ".known_storage_provider",
    "KnownStorageVolumeStatus": ".known_storage_volume_status",
    "KnownTopUpDeclineReason": ".known_top_up_decline_reason",
    "KnownTopUpStatus": ".known_top_up_status",
    "KnownTransactionType": ".known_transaction_type",
    "KnownVideoStatus": ".known_video_status",
    "ListMeta": ".list_meta",
    "PaymentMethod": ".payment_method",
    "PaymentMethodListResponse": ".payment_method_list_response",
    "ResizeStorageVolumeRequest": ".resize_storage_volume_request",
    "Schedule": ".schedule",
    "ScheduleListResponse": ".schedule_list_response",
    "ScheduleResponse": ".schedule_response",
    "ScheduleRun": ".schedule_run",
    "ScheduleRunResponse": ".schedule_run_response",
    "ScheduleSpec": ".schedule_spec",
    "Secret": ".secret",
    "SecretListResponse": ".secret_list_response",
    "SetAutoRechargeRequest": ".set_auto_recharge_request",
    "SpeechRequest": ".speech_request",
    "SshCertificate": ".ssh_certificate",
    "SshCertificateResponse": ".ssh_certificate_response",
    "SSHKey": ".ssh_key",
    "SSHKeyListResponse": ".ssh_key_list_response",
    "SSHKeyResponse": ".ssh_key_response",
    "StorageDeleteResult": ".storage_delete_result",
    "StorageDeleteResultResponse": ".storage_delete_result_response",
    "StorageRegion": ".storage_region",
    "StorageRegionListResponse": ".storage_region_list_response",
    "StorageVolume": ".storage_volume",
    "StorageVolumeListResponse": ".storage_volume_list_response",
    "StorageVolumeResponse": ".storage_volume_response",
    "SubmittedJobGroup": ".submitted_job_group",
    "SubmittedJobGroupResponse": ".submitted_job_group_response",
    "Template": ".template",
    "TemplateListResponse": ".template_list_response",
    "TopUp": ".top_up",
    "TopUpResponse": ".top_up_response",
    "Transaction": ".transaction",
    "TransactionListResponse": ".transaction_list_response",
    "Transcription": ".transcription",
    "TranscriptionRequest": ".transcription_request",
    "TranscriptionResponseFormat": ".transcription_response_format",
    "TranscriptionSegment": ".transcription_segment",
    "UpdateEnvironmentRequest": ".update_environment_request",
    "UpdateInstanceRequest": ".update_instance_request",
    "UpdateScheduleRequest": ".update_schedule_request",
    "Usage": ".usage",
    "UsageResponse": ".usage_response",
    "VideoCreateRequest": ".video_create_request",
    "VideoJob": ".video_job",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AutoRecharge",
    "AutoRechargeResponse",
    "Balance",
    "BalanceResponse",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionDelta",
    "ChatCompletionMessage",
    "ChatCompletionRequest",
    "ChatCompletionRequestStreamOptions",
    "ChatCompletionStreamEvent",
    "ChatContentPartImageUrl",
    "ChatContentPartImageUrlImageUrl",
    "ChatContentPartText",
    "ChatFunctionDefinition",
    "ChatFunctionDefinitionParameters",
    "ChatMessage",
    "ChatNamedToolChoice",
    "ChatNamedToolChoiceFunction",
    "ChatResponseFormat",
    "ChatResponseFormatJsonSchema",
    "ChatResponseFormatJsonSchemaSchema",
    "ChatResponseFormatType",
    "ChatTool",
    "ChatToolCall",
    "ChatToolCallDelta",
    "ChatToolCallDeltaFunction",
    "ChatToolCallFunction",
    "ChatToolChoiceMode",
    "CompletionUsage",
    "CreateEnvironmentRequest",
    "CreateInstanceRequest",
    "CreateInstanceSshCertificateRequest",
    "CreateJobUploadRequest",
    "CreateScheduleRequest",
    "CreateSshKeyRequest",
    "CreateStorageVolumeRequest",
    "CreateTopUpRequest",
    "Environment",
    "EnvironmentListResponse",
    "EnvironmentResponse",
    "EnvVar",
    "ErrorBody",
    "ErrorBodyDetails",
    "ErrorEnvelope",
    "GpuCandidate",
    "ImageData",
    "ImageGenerationRequest",
    "ImageResponseFormat",
    "ImageResult",
    "InferenceErrorBody",
    "InferenceErrorEnvelope",
    "Instance",
    "InstanceListResponse",
    "InstanceResponse",
    "InstanceStatusInfo",
    "InstanceStatusInfoResponse",
    "InstanceType",
    "InstanceTypeListResponse",
    "Job",
    "JobArtifact",
    "JobArtifactListResponse",
    "JobAttempt",
    "JobCode",
    "JobCodeFromGit",
    "JobCodeFromUpload",
    "JobEnv",
    "JobEvent",
    "JobEventListResponse",
    "JobGitRepository",
    "JobGpuSample",
    "JobGroup",
    "JobGroupResponse",
    "JobGroupSpec",
    "JobGroupSpecParamsItem",
    "JobImageRegistryAuth",
    "JobListResponse",
    "JobLogChunk",
    "JobLogs",
    "JobLogsResponse",
    "JobMetricPoint",
    "JobMetricPointListResponse",
    "JobOverrides",
    "JobResponse",
    "JobSpec",
    "JobStatusCounts",
    "JobTags",
    "JobUpload",
    "JobUploadResponse",
    "KnownChatMessageRole",
    "KnownChatToolCallType",
    "KnownFinishReason",
    "KnownInstanceStatus",
    "KnownJobCodeSource",
    "KnownJobEventKind",
    "KnownJobQueueReason",
    "KnownJobRetryOn",
    "KnownJobStatus",
    "KnownJobWebhookEvent",
    "KnownPaymentMethodType",
    "KnownScheduleCredential",
    "KnownScheduleKind",
    "KnownScheduleOverlap",
    "KnownScheduleRunStatus",
    "KnownSpeechResponseFormat",
    "KnownStopReason",
    "KnownStorageProvider",
    "KnownStorageVolumeStatus",
    "KnownTopUpDeclineReason",
    "KnownTopUpStatus",
    "KnownTransactionType",
    "KnownVideoStatus",
    "ListMeta",
    "PaymentMethod",
    "PaymentMethodListResponse",
    "ResizeStorageVolumeRequest",
    "Schedule",
    "ScheduleListResponse",
    "ScheduleResponse",
    "ScheduleRun",
    "ScheduleRunResponse",
    "ScheduleSpec",
    "Secret",
    "SecretListResponse",
    "SetAutoRechargeRequest",
    "SpeechRequest",
    "SshCertificate",
    "SshCertificateResponse",
    "SSHKey",
    "SSHKeyListResponse",
    "SSHKeyResponse",
    "StorageDeleteResult",
    "StorageDeleteResultResponse",
    "StorageRegion",
    "StorageRegionListResponse",
    "StorageVolume",
    "StorageVolumeListResponse",
    "StorageVolumeResponse",
    "SubmittedJobGroup",
    "SubmittedJobGroupResponse",
    "Template",
    "TemplateListResponse",
    "TopUp",
    "TopUpResponse",
    "Transaction",
    "TransactionListResponse",
    "Transcription",
    "TranscriptionRequest",
    "TranscriptionResponseFormat",
    "TranscriptionSegment",
    "UpdateEnvironmentRequest",
    "UpdateInstanceRequest",
    "UpdateScheduleRequest",
    "Usage",
    "UsageResponse",
    "VideoCreateRequest",
    "VideoJob",
)
