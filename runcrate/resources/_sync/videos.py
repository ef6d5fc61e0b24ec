# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Video generation jobs: ``client.videos.*``, also ``client.models.generate_video`` and friends."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any, Unpack, overload

from runcrate._callbacks import checked_callback, notify
from runcrate._deadline import check_seconds
from runcrate._engine._sync import SyncResource
from runcrate._errors import ResourceFailedError, VideoWaitTimeoutError
from runcrate._files import check_target_file
from runcrate._generated.api.videos import create_video, download_video
from runcrate._generated.models.video_job import VideoJob
from runcrate._generated.resources import videos as generated
from runcrate._inference_calls import split_options
from runcrate._media import ImageInput, image_inputs
from runcrate._progress import progress_of
from runcrate._response import BinaryResponse, OpenedResponse, to_raw_response_wrapper
from runcrate._types import CallOptions, request_options

__all__ = ["Videos", "VideosWithRawResponse", "VideosWithStreamingResponse"]

_COMPLETED = "completed"
_FAILED = "failed"


def _open_download(resource: SyncResource, id: str, options: CallOptions) -> BinaryResponse:
    """The finished video, its body still streaming."""
    return resource._engine.request_binary(
        download_video, id, make_response=BinaryResponse, options=request_options(options)
    )


class Videos(generated.Videos):
    """``client.videos``: asynchronous video jobs, from ``queued`` to ``completed`` or ``failed``."""

    @cached_property
    def with_raw_response(self) -> VideosWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return VideosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VideosWithStreamingResponse:
        """``download`` with the body streamed: ``async with ... as response:``, released at the end."""
        return VideosWithStreamingResponse(self)

    def generate(
        self: SyncResource,
        model: str,
        prompt: str,
        *,
        duration_seconds: int | None = None,
        duration: int | None = None,
        image_url: ImageInput | None = None,
        aspect_ratio: str | None = None,
        width: int | None = None,
        height: int | None = None,
        image: ImageInput | None = None,
        start_image: ImageInput | None = None,
        **extra: Any,
    ) -> VideoJob:
        """Start a video generation job; it comes back ``queued``.

        ``client.videos.generate`` and ``client.models.generate_video`` are this one method.

        The job moves to ``processing`` and ends ``completed`` or ``failed``; poll
        :meth:`get_status` every 5-10 s (a video takes from about 30 s to several minutes), then
        :meth:`download` it, or let :meth:`generate_and_save` do all of it. Billing is per second
        of video.

        ``duration_seconds`` takes the values the model allows (Sora 2: 4, 8 or 12; Veo 3.0: 4, 6
        or 8; Kling v3: 3-15; ...); ``duration`` is the official SDKs' name for it (give one).
        ``image_url`` makes it an image-to-video job; ``image`` and ``start_image`` are forwarded
        for models that take them. These three take a URL or a ``data:`` URI string as it is (a
        string is never read as a file name), and bytes, a ``pathlib.Path`` or a binary file object
        as a ``data:`` URI. ``aspect_ratio`` (``16:9``, ``9:16``, ``1:1``), ``width`` and ``height``
        (unverified on the server) are sent when given; other keywords (``seed``,
        ``negative_prompt``, ...) are forwarded unchanged, except the per-call options
        ``timeout``, ``max_retries``, ``extra_headers``, ``extra_query`` and ``extra_body``.
        Errors: ``BadRequestError`` (400), ``InsufficientCreditsError`` (402),
        ``UnprocessableEntityError`` (422), ``RateLimitError`` (429), with the server's message.
        """
        if duration is not None and duration_seconds is not None:
            raise ValueError("Pass duration_seconds or its alias duration, not both.")
        options, model_fields = split_options(extra)
        images = self._engine.offload(
            image_inputs, {"image_url": image_url, "image": image, "start_image": start_image}
        )
        fields = {
            **model_fields,
            "model": model,
            "prompt": prompt,
            "duration_seconds": duration_seconds if duration is None else duration,
            "aspect_ratio": aspect_ratio,
            "width": width,
            "height": height,
            **images,
        }
        arguments = generated.create_video_arguments(fields)
        return self._engine.request(create_video, options=request_options(options), **arguments)

    @overload
    def download(
        self: SyncResource,
        id: str,
        to: None = None,
        *,
        on_progress: Callable[[int, int | None], Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes: ...
    @overload
    def download(
        self: SyncResource,
        id: str,
        to: str | os.PathLike[str],
        *,
        on_progress: Callable[[int, int | None], Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Path: ...
    def download(
        self: SyncResource,
        id: str,
        to: str | os.PathLike[str] | None = None,
        *,
        on_progress: Callable[[int, int | None], Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes | Path:
        """The finished video (MP4): streamed to the file ``to`` (returned), or as bytes.

        ``client.videos.download`` and ``client.models.download_video`` are this one method. The
        file is written atomically: a temporary file renamed into place, so a failed download
        leaves nothing behind; a ``to`` that is a directory, or whose directory does not exist, is
        refused before anything is sent. A transfer cut short is retried from the start, like any
        read. Works only once the job is ``completed``: before that, and for an unknown id, it
        raises ``NotFoundError``. ``with_streaming_response.download(id)`` gives the body as it
        arrives instead. ``on_progress(bytes_done, bytes_total)`` is called as the bytes arrive
        (``bytes_total`` from the response's length, else None), with counts that only grow (on
        ``AsyncRuncrate`` it may be an async function, which is awaited).
        """
        on_progress = checked_callback("on_progress", on_progress)
        return self._engine.request_download(
            download_video,
            id,
            to=to,
            options=request_options(options),
            progress=progress_of(on_progress, None),
        )

    def generate_and_save(
        self: SyncResource,
        path: str | os.PathLike[str],
        model: str,
        prompt: str,
        *,
        poll_interval: float = 5.0,
        timeout: float | None = 600.0,
        on_status: Callable[[VideoJob], Any] | None = None,
        on_progress: Callable[[int, int | None], Any] | None = None,
        **options: Any,
    ) -> VideoJob:
        """Start a video job, wait until it is ``completed``, save the MP4 to ``path``; returns the final job.

        ``client.videos.generate_and_save`` and ``client.models.generate_video_and_save`` are this
        one method. ``options`` are :meth:`generate`'s (``duration_seconds``, ``image_url``, ...);
        the per-call options ``max_retries``, ``extra_headers`` and ``extra_query`` apply to every
        request it makes (``extra_body`` to the create only). The status is polled every
        ``poll_interval`` seconds and ``on_status`` is called with every job state seen (on
        ``AsyncRuncrate`` it may be an async function, which is awaited); ``on_progress`` is
        :meth:`download`'s. ``timeout`` bounds the whole of it, from the create to the last byte of
        the video, requests in flight included (``None``: no deadline).

        Raises ``ResourceFailedError`` (its ``resource`` is the failed job, with ``error``) if the
        job fails, and ``VideoWaitTimeoutError`` (a ``TimeoutError`` whose ``video`` is the last
        state seen, or None before the job was created; the job keeps running) when the deadline
        passes first. The file is written atomically, so ``path`` never holds a partial video; a
        ``path`` that cannot be written is refused before the job is started.
        """
        check_seconds("poll_interval", poll_interval)
        check_target_file("path", path)
        on_status = checked_callback("on_status", on_status)
        on_progress = checked_callback("on_progress", on_progress)
        call_options, _ = split_options(options)
        call_options.pop("extra_body", None)  # a body belongs to the create only
        videos = Videos._bound(self._engine)
        deadline = self._engine.deadline("timeout", timeout)
        job: VideoJob | None = None

        def expired() -> VideoWaitTimeoutError:
            if job is None:
                message = f"No video job was started within {deadline.seconds} s"
            else:
                message = f"Video {job.id} was still {job.status} after {deadline.seconds} s"
            return VideoWaitTimeoutError(message, last=job)

        with deadline.bounding(expired):
            job = videos.generate(model, prompt, **options)
        while True:
            notify("on_status", on_status, job)
            if job.status == _COMPLETED:
                with deadline.bounding(expired):
                    videos.download(job.id, path, on_progress=on_progress, **call_options)
                return job
            if job.status == _FAILED:
                reason = job.error if isinstance(job.error, str) else "no reason given"
                raise ResourceFailedError(f"Video {job.id} failed: {reason}", resource=job)
            if not self._engine.pause(deadline, poll_interval):
                raise expired()
            with deadline.bounding(expired):
                job = videos.get_status(job.id, **call_options)


class VideosWithRawResponse(generated.VideosWithRawResponse):
    def __init__(self, resource: Videos) -> None:
        super().__init__(resource)
        self.generate = to_raw_response_wrapper(resource.generate)
        self.download = to_raw_response_wrapper(resource.download)


class VideosWithStreamingResponse:
    """``videos.with_streaming_response``: the finished video as it arrives."""

    def __init__(self, videos: Videos) -> None:
        self._videos = videos

    def download(self, id: str, **options: Unpack[CallOptions]) -> OpenedResponse[BinaryResponse]:
        """The finished video (MP4), streamed: ``async with ... as response:`` then
        ``response.iter_bytes()`` or ``response.write_to_file(path)``."""
        return OpenedResponse(lambda: _open_download(self._videos, id, options))
