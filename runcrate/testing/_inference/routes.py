"""The inference surface's routes (mounted under ``/v1``): chat, images, videos and audio; and the
generated images at ``{origin}/assets/generations/<id>.png``, standing in for Runcrate's CDN.

Each route reads the request, calls the fake models beside this one and answers with a bare
OpenAI-style body (no envelope). Streamed bodies (SSE events, MP4 chunks) are handed to the server
one piece at a time. Each POST that succeeds is charged (see ``pricing``); reads are free. Video
jobs progress on fake time (see ``state``); their download is 404 until the job is ``completed``,
then streams a valid MP4. Image URLs need no API key and are outside the
API spec, like the real temporary asset URLs (``https://assets.runcrate.ai/generations/...``), so
a missing image is a plain-text 404, never an API envelope.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from runcrate.testing._inference import pricing
from runcrate.testing._inference.audio import (
    TRANSCRIPTION_BYTES_PER_SECOND,
    speech,
    transcribe,
    transcription_format,
)
from runcrate.testing._inference.chat import completion, compose_reply, parse_chat_request, stream_events
from runcrate.testing._inference.images import parse_image_request
from runcrate.testing._inference.media import Mp4
from runcrate.testing._inference.requests import optional_int, optional_str, required_str
from runcrate.testing._inference.state import InferenceState, VideoJob
from runcrate.testing._server.http import ApiProblem, bad_param, json_object

if TYPE_CHECKING:
    from runcrate.testing._server.world import World

ASSETS_PATH = "/assets/generations"
DEFAULT_VIDEO_SECONDS = 5
ECHOED_VIDEO_FIELDS = ("aspect_ratio", "image_url", "width", "height")

T = TypeVar("T", str, bytes)


async def paced(pieces: Iterable[T]) -> AsyncIterator[T]:
    """Hand each piece to the server as its own write, yielding to the event loop in between.

    The server's ``send`` applies backpressure, so lazily built bodies stay small in memory, and
    yielding lets a client disconnect end the response promptly.
    """
    for piece in pieces:
        yield piece
        await asyncio.sleep(0)


def routes(world: World) -> list[BaseRoute]:
    """Register the inference state on ``world``; the routes, relative to ``/v1``."""
    state = InferenceState()
    world.register(InferenceState.COMPONENT, state)
    return [
        *_chat_routes(world, state),
        *_image_routes(world, state),
        *_video_routes(world, state),
        *_audio_routes(world),
    ]


def api_key(request: Request) -> str:
    """The key the request was made with (the app has checked it), whose workspace pays."""
    return request.headers.get("authorization", "").partition(" ")[2].strip()


def asset_routes(world: World) -> list[BaseRoute]:
    """The generated images, at the origin's root (no key, no spec)."""

    async def get_image(request: Request) -> Response:
        image = world.get(InferenceState).images.get(request.path_params["image_id"])
        if image is None:
            return PlainTextResponse("No such generated image.", status_code=404)
        return Response(image, media_type="image/png")

    return [Route(ASSETS_PATH + "/{image_id}.png", get_image, methods=["GET"])]


def _chat_routes(world: World, state: InferenceState) -> list[BaseRoute]:
    async def create_chat_completion(request: Request) -> Response:
        chat = parse_chat_request(await json_object(request))
        completion_id = world.new_id("chatcmpl")
        created = int(world.clock.now())
        big_event_bytes = state.settings.big_event_bytes
        reply = compose_reply(
            chat, completion_id=completion_id, created=created, big_event_bytes=big_event_bytes
        )
        pricing.charge(
            world,
            api_key(request),
            pricing.chat_cost(reply.prompt_tokens, reply.completion_tokens),
            prompt_tokens=reply.prompt_tokens,
            completion_tokens=reply.completion_tokens,
        )
        if chat.stream:
            events = stream_events(chat, reply, completion_id=completion_id, created=created)
            return StreamingResponse(paced(events), media_type="text/event-stream")
        return JSONResponse(completion(chat, reply, completion_id=completion_id, created=created))

    return [Route("/chat/completions", create_chat_completion, methods=["POST"])]


def _image_routes(world: World, state: InferenceState) -> list[BaseRoute]:
    async def create_image(request: Request) -> Response:
        wanted = parse_image_request(await json_object(request))
        image = wanted.png()
        item: dict[str, Any]
        if wanted.response_format == "b64_json":
            item = {"b64_json": base64.b64encode(image).decode("ascii")}
        else:
            image_id = world.new_id("img")
            with world.lock:
                state.images[image_id] = image
            url = f"{request.url.scheme}://{request.url.netloc}{ASSETS_PATH}/{image_id}.png"
            item = {"url": url, "b64_json": None}
        pricing.charge(world, api_key(request), pricing.IMAGE_USD)
        return JSONResponse({"created": int(world.clock.now()), "data": [item]})

    return [Route("/images/generations", create_image, methods=["POST"])]


def _video_routes(world: World, state: InferenceState) -> list[BaseRoute]:
    def find(request: Request) -> VideoJob:
        video_id = request.path_params["id"]
        job = state.videos.get(video_id)
        if job is None:
            raise ApiProblem(404, "not_found", f"No video job with id {video_id!r}.")
        return job

    async def create_video(request: Request) -> Response:
        body = await json_object(request)
        model = required_str(body, "model")
        prompt = required_str(body, "prompt")
        duration = optional_int(body, "duration_seconds", minimum=1) or DEFAULT_VIDEO_SECONDS
        for name in ("image_url", "aspect_ratio"):
            optional_str(body, name)
        for name in ("width", "height"):
            optional_int(body, name, minimum=1)
        extra = {name: body[name] for name in ECHOED_VIDEO_FIELDS if body.get(name) is not None}
        with world.lock:
            job = VideoJob(world.new_id("vid"), model, prompt, world.clock.now(), duration, extra)
            state.videos[job.id] = job
        pricing.charge(world, api_key(request), duration * pricing.VIDEO_USD_PER_SECOND)
        return JSONResponse(job.wire(job.created_at, state.settings))

    async def get_video(request: Request) -> Response:
        return JSONResponse(find(request).wire(world.clock.now(), state.settings))

    async def download_video(request: Request) -> Response:
        job = find(request)
        status = job.status(world.clock.now(), state.settings)
        if status != "completed":
            raise ApiProblem(
                404, "not_found", f"Video {job.id} is not ready to download: its status is {status}."
            )
        mp4 = Mp4(seed=job.id, duration_seconds=job.duration_seconds, size=state.settings.video_size_bytes)
        headers = {
            "Content-Disposition": f'attachment; filename="{job.id}.mp4"',
            "Content-Length": str(mp4.size),
        }
        return StreamingResponse(paced(mp4.chunks()), media_type="video/mp4", headers=headers)

    return [
        Route("/videos", create_video, methods=["POST"]),
        Route("/videos/{id:segment}", get_video, methods=["GET"]),
        Route("/videos/{id:segment}/download", download_video, methods=["GET"]),
    ]


def _audio_routes(world: World) -> list[BaseRoute]:
    async def create_speech(request: Request) -> Response:
        body = await json_object(request)
        audio, media_type = speech(body)
        pricing.charge(world, api_key(request), pricing.speech_cost(body["input"]))
        return Response(audio, media_type=media_type)

    async def create_transcription(request: Request) -> Response:
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            raise ApiProblem(400, "bad_request", "Send the audio as multipart/form-data with a 'file' part.")
        try:
            form = await request.form()
        except HTTPException as exc:  # Starlette's answer to a malformed multipart body
            raise ApiProblem(400, "bad_request", f"Malformed multipart body: {exc.detail}") from None
        try:
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise bad_param("file", "Missing required file part 'file'.")
            fields = {k: v for k, v in form.multi_items() if isinstance(v, str)}
            result = await transcribe(upload.read, transcription_format(fields), fields.get("language"))
            seconds = (upload.size or 0) / TRANSCRIPTION_BYTES_PER_SECOND
        finally:
            await form.close()  # removes the spooled temporary file of a large upload
        pricing.charge(world, api_key(request), pricing.transcription_cost(seconds))
        return JSONResponse(result) if isinstance(result, dict) else PlainTextResponse(result)

    return [
        Route("/audio/speech", create_speech, methods=["POST"]),
        Route("/audio/transcriptions", create_transcription, methods=["POST"]),
    ]
