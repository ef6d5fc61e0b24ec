# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Chat completions: ``client.chat.completions.create``, also ``client.models.chat_completion``."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Self, overload

import httpx

from runcrate._engine._sync import SyncResource
from runcrate._generated.resources import chat as generated
from runcrate._inference_calls import split_options
from runcrate._lazy import LazyModules
from runcrate._response import to_raw_response_wrapper
from runcrate._streaming import Stream
from runcrate._types import NOT_GIVEN, NotGiven, request_options

if TYPE_CHECKING:
    from runcrate._chat_request import (
        MessageInput,
        ResponseFormatInput,
        StreamOptionsInput,
        ToolChoiceInput,
        ToolInput,
    )
    from runcrate._generated.api import chat as _chat_api
    from runcrate._generated.models.chat_completion import ChatCompletion
    from runcrate._generated.models.chat_completion_chunk import ChatCompletionChunk  # noqa: F401 (a base class's argument)
else:
    # The endpoint, the request builder and the stream's accumulator (and the chat models they
    # import) are imported on the first call: reaching ``client.chat.completions`` stays cheap.
    _chat_api = LazyModules("runcrate._generated.api.chat")

__all__ = [
    "Chat",
    "ChatCompletionStream",
    "ChatCompletions",
    "ChatCompletionsWithRawResponse",
]


class ChatCompletionStream(Stream["ChatCompletionChunk"]):
    """A streamed chat completion: iterate it for ``ChatCompletionChunk`` s as they arrive.

    Chunks answer attribute access (``chunk.choices[0].delta.content``) and mapping access by wire
    name (``chunk["choices"][0]["delta"].get("content")``). The stream also assembles what it reads:
    :meth:`get_final_completion` and :meth:`get_final_text` read whatever is left and return the
    whole answer, so they work after iterating to the end or instead of iterating. A failure in the
    middle of the stream raises the matching ``ApiError``; a stream cut short raises
    ``ConnectionError`` (never a silently short answer). Use it as a context manager, or ``close()``
    it, when you stop early.
    """

    def __init__(self, response: httpx.Response) -> None:
        from runcrate._chat_stream import ChatCompletionAccumulator  # noqa: PLC0415 (see _chat_api)

        self._accumulator = ChatCompletionAccumulator()
        super().__init__(response, self._accumulator.parse)

    def until_done(self) -> Self:
        """Read the stream to its end (raising any error it carries)."""
        for _ in self:
            pass
        return self

    def get_final_completion(self) -> ChatCompletion:
        """The whole answer as a ``ChatCompletion``: content, ``reasoning_content``, tool calls merged by
        index, ``finish_reason`` and ``usage`` (when the server sent it, e.g. with
        ``stream_options={"include_usage": True}``); its ``_request_id`` is the stream's."""
        self.until_done()
        completion = self._accumulator.completion()
        completion._request_id = self.request_id
        return completion

    def get_final_text(self) -> str:
        """The content of the first choice, once the stream has ended ("" on a tool-call turn)."""
        self.until_done()
        return self._accumulator.text()


class ChatCompletions(generated.ChatCompletions):
    """``client.chat.completions``: OpenAI-compatible chat completions."""

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """``create`` returning a ``RawResponse`` (status, headers, request id) whose ``parse()`` gives the
        completion (or the stream, with ``stream=True``)."""
        return ChatCompletionsWithRawResponse(self)

    @overload
    def create(
        self: SyncResource,
        model: str,
        messages: Sequence[MessageInput],
        *,
        stream: Literal[False] | None = None,
        max_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        stop: str | Sequence[str] | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        tools: Sequence[ToolInput] | None = None,
        tool_choice: ToolChoiceInput | None = None,
        response_format: ResponseFormatInput | None = None,
        seed: int | None = None,
        user: str | None = None,
        stream_options: StreamOptionsInput | None = None,
        idle_timeout: float | NotGiven | None = NOT_GIVEN,
        **extra: Any,
    ) -> ChatCompletion: ...
    @overload
    def create(
        self: SyncResource,
        model: str,
        messages: Sequence[MessageInput],
        *,
        stream: Literal[True],
        max_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        stop: str | Sequence[str] | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        tools: Sequence[ToolInput] | None = None,
        tool_choice: ToolChoiceInput | None = None,
        response_format: ResponseFormatInput | None = None,
        seed: int | None = None,
        user: str | None = None,
        stream_options: StreamOptionsInput | None = None,
        idle_timeout: float | NotGiven | None = NOT_GIVEN,
        **extra: Any,
    ) -> ChatCompletionStream: ...
    @overload
    def create(
        self: SyncResource,
        model: str,
        messages: Sequence[MessageInput],
        *,
        stream: bool | None = None,
        max_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        stop: str | Sequence[str] | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        tools: Sequence[ToolInput] | None = None,
        tool_choice: ToolChoiceInput | None = None,
        response_format: ResponseFormatInput | None = None,
        seed: int | None = None,
        user: str | None = None,
        stream_options: StreamOptionsInput | None = None,
        idle_timeout: float | NotGiven | None = NOT_GIVEN,
        **extra: Any,
    ) -> ChatCompletion | ChatCompletionStream: ...
    def create(
        self: SyncResource,
        model: str,
        messages: Sequence[MessageInput],
        *,
        stream: bool | None = None,
        max_tokens: int | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        stop: str | Sequence[str] | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        tools: Sequence[ToolInput] | None = None,
        tool_choice: ToolChoiceInput | None = None,
        response_format: ResponseFormatInput | None = None,
        seed: int | None = None,
        user: str | None = None,
        stream_options: StreamOptionsInput | None = None,
        idle_timeout: float | NotGiven | None = NOT_GIVEN,
        **extra: Any,
    ) -> ChatCompletion | ChatCompletionStream:
        """Generate the next assistant message for a conversation (OpenAI-compatible).

        ``client.chat.completions.create`` and ``client.models.chat_completion`` are this one method.

        ``model`` is a catalogue id (e.g. ``deepseek-ai/DeepSeek-V3``). ``messages`` is the
        conversation so far, oldest first: dicts in the OpenAI shape (``role``; ``content`` as a
        string, null, or ``text`` / ``image_url`` parts for vision models; ``name``, ``tool_calls``,
        ``tool_call_id``), or a previous answer's ``message``; each is sent with every field it has.
        ``max_tokens`` (>= 1), ``temperature`` (0-2), ``top_p`` (0-1), ``stop`` (a string or a list),
        ``frequency_penalty`` and ``presence_penalty`` (-2..2), ``tools`` / ``tool_choice``
        (OpenAI function tools), ``response_format`` (JSON mode or a JSON Schema), ``seed`` and
        ``user`` are sent only when given; so is ``stream``. Any other keyword (``top_k``,
        ``repetition_penalty``, ...) is forwarded to the model unchanged, except the per-call options
        ``timeout``, ``max_retries``, ``extra_headers``, ``extra_query`` and ``extra_body``.

        With ``stream=True`` the answer is a :class:`AsyncChatCompletionStream` of
        ``ChatCompletionChunk`` s (reasoning models send their thinking in ``reasoning_content``);
        ``stream_options={"include_usage": True}`` adds a last chunk with the token counts;
        ``idle_timeout`` (seconds, ``None`` for no limit; the call's read timeout by default) is the
        longest wait for each next chunk, however many keep-alive comments arrive meanwhile: an
        option of the SDK, never sent to the model. Otherwise the answer is one ``ChatCompletion``.
        Errors: ``BadRequestError`` (400), ``AuthenticationError`` (401),
        ``InsufficientCreditsError`` (402, also ``budget_exceeded``), ``UnprocessableEntityError``
        (422, e.g. a parameter out of range), ``RateLimitError`` (429), with the server's message; a
        ``ValueError`` before any request for a malformed message, tool or format. Retried like the
        client's reads; a stream only until its first byte.
        """
        options, model_fields = split_options(extra)
        if not stream and not isinstance(idle_timeout, NotGiven):
            raise ValueError("idle_timeout applies to streamed answers only (stream=True)")
        from runcrate._chat_request import chat_request  # noqa: PLC0415 (see _chat_api)

        body = chat_request(
            model,
            messages,
            stream=stream,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            response_format=response_format,
            stop=stop,
            fields={
                **model_fields,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "frequency_penalty": frequency_penalty,
                "presence_penalty": presence_penalty,
                "seed": seed,
                "user": user,
            },
        )
        arguments = generated.create_chat_completion_arguments(body)
        if stream:
            return self._engine.stream(
                _chat_api.create_chat_completion,
                make_stream=ChatCompletionStream,
                options=request_options(options),
                idle_timeout=idle_timeout,
                **arguments,
            )
        return self._engine.request(
            _chat_api.create_chat_completion, options=request_options(options), **arguments
        )


class ChatCompletionsWithRawResponse(generated.ChatCompletionsWithRawResponse):
    def __init__(self, resource: ChatCompletions) -> None:
        super().__init__(resource)
        self.create = to_raw_response_wrapper(resource.create)


class Chat(generated.Chat):
    """``client.chat``: the OpenAI-style home of chat completions."""

    @cached_property
    def completions(self) -> ChatCompletions:
        """``client.chat.completions.create(...)``."""
        return ChatCompletions._bound(self._engine)
