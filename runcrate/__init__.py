"""Python SDK for the Runcrate API: GPU cloud and OpenAI-compatible inference.

``import runcrate`` is cheap: each public name is imported from its module on first use, and no
generated module is imported until a resource that needs it is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from runcrate._lazy import export
from runcrate._shadowing import warn_if_shadowed
from runcrate._version import __version__

warn_if_shadowed(__path__[0])

if TYPE_CHECKING:
    from runcrate._aiohttp import AiohttpTransport
    from runcrate._client import AsyncRuncrate, Runcrate
    from runcrate._config import KeyFormatWarning
    from runcrate._errors import (
        ApiError,
        ApiResponseValidationError,
        AuthenticationError,
        BadGatewayError,
        BadRequestError,
        ChecksumMismatchError,
        ConfigurationError,
        ConflictError,
        ConnectionError,
        GatewayTimeoutError,
        InstanceWaitTimeoutError,
        InsufficientCreditsError,
        InternalServerError,
        InvalidResponseError,
        JobWaitTimeoutError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ResourceFailedError,
        RuncrateError,
        ServiceUnavailableError,
        TimeoutError,
        UnexpectedRedirectError,
        UnprocessableEntityError,
        VideoWaitTimeoutError,
        WaitTimeoutError,
    )
    from runcrate._media import SpeechAudio
    from runcrate._pagination import AsyncPage, AsyncPaginator, PaginatedResponse, SyncPage
    from runcrate._response import (
        AsyncBinaryResponse,
        AsyncOpenedResponse,
        BinaryResponse,
        OpenedResponse,
        RawResponse,
    )
    from runcrate._results import ResultList
    from runcrate._streaming import AsyncStream, Stream
    from runcrate._types import NOT_GIVEN, UNCHANGED, NotGiven, RequestOptions
    from runcrate.resources._async.audio import AsyncSpeechResponse
    from runcrate.resources._async.chat import AsyncChatCompletionStream
    from runcrate.resources._async.images import AsyncGeneratedImage, AsyncImagesResponse
    from runcrate.resources._sync.audio import SpeechResponse
    from runcrate.resources._sync.chat import ChatCompletionStream
    from runcrate.resources._sync.images import GeneratedImage, ImagesResponse

_EXPORTS: dict[str, str] = {
    "Runcrate": "runcrate._client",
    "AsyncRuncrate": "runcrate._client",
    "AiohttpTransport": "runcrate._aiohttp",
    "KeyFormatWarning": "runcrate._config",
    "Stream": "runcrate._streaming",
    "AsyncStream": "runcrate._streaming",
    "SyncPage": "runcrate._pagination",
    "PaginatedResponse": "runcrate._pagination",
    "AsyncPage": "runcrate._pagination",
    "AsyncPaginator": "runcrate._pagination",
    "RawResponse": "runcrate._response",
    "ResultList": "runcrate._results",
    "BinaryResponse": "runcrate._response",
    "AsyncBinaryResponse": "runcrate._response",
    "OpenedResponse": "runcrate._response",
    "AsyncOpenedResponse": "runcrate._response",
    "SpeechAudio": "runcrate._media",
    "NOT_GIVEN": "runcrate._types",
    "NotGiven": "runcrate._types",
    "RequestOptions": "runcrate._types",
    "UNCHANGED": "runcrate._types",
    "ChatCompletionStream": "runcrate.resources._sync.chat",
    "AsyncChatCompletionStream": "runcrate.resources._async.chat",
    "ImagesResponse": "runcrate.resources._sync.images",
    "AsyncImagesResponse": "runcrate.resources._async.images",
    "GeneratedImage": "runcrate.resources._sync.images",
    "AsyncGeneratedImage": "runcrate.resources._async.images",
    "SpeechResponse": "runcrate.resources._sync.audio",
    "AsyncSpeechResponse": "runcrate.resources._async.audio",
    **dict.fromkeys(
        [
            "RuncrateError",
            "ConfigurationError",
            "ApiError",
            "BadRequestError",
            "AuthenticationError",
            "InsufficientCreditsError",
            "PermissionDeniedError",
            "NotFoundError",
            "ConflictError",
            "UnprocessableEntityError",
            "RateLimitError",
            "InternalServerError",
            "BadGatewayError",
            "ServiceUnavailableError",
            "GatewayTimeoutError",
            "InvalidResponseError",
            "ApiResponseValidationError",
            "UnexpectedRedirectError",
            "ChecksumMismatchError",
            "ConnectionError",
            "TimeoutError",
            "WaitTimeoutError",
            "InstanceWaitTimeoutError",
            "JobWaitTimeoutError",
            "VideoWaitTimeoutError",
            "ResourceFailedError",
        ],
        "runcrate._errors",
    ),
}

__all__ = [
    "__version__",
    "Runcrate",
    "AsyncRuncrate",
    "AiohttpTransport",
    "KeyFormatWarning",
    "Stream",
    "AsyncStream",
    "SyncPage",
    "PaginatedResponse",
    "AsyncPage",
    "AsyncPaginator",
    "RawResponse",
    "ResultList",
    "BinaryResponse",
    "AsyncBinaryResponse",
    "OpenedResponse",
    "AsyncOpenedResponse",
    "SpeechAudio",
    "NOT_GIVEN",
    "NotGiven",
    "RequestOptions",
    "UNCHANGED",
    "ChatCompletionStream",
    "AsyncChatCompletionStream",
    "ImagesResponse",
    "AsyncImagesResponse",
    "GeneratedImage",
    "AsyncGeneratedImage",
    "SpeechResponse",
    "AsyncSpeechResponse",
    "RuncrateError",
    "ConfigurationError",
    "ApiError",
    "BadRequestError",
    "AuthenticationError",
    "InsufficientCreditsError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "BadGatewayError",
    "ServiceUnavailableError",
    "GatewayTimeoutError",
    "InvalidResponseError",
    "ApiResponseValidationError",
    "UnexpectedRedirectError",
    "ChecksumMismatchError",
    "ConnectionError",
    "TimeoutError",
    "WaitTimeoutError",
    "InstanceWaitTimeoutError",
    "JobWaitTimeoutError",
    "VideoWaitTimeoutError",
    "ResourceFailedError",
]


def __getattr__(name: str) -> Any:
    return export(name, _EXPORTS, globals())


def __dir__() -> list[str]:
    return sorted(__all__)
