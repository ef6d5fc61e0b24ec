"""``/v1/videos``: asynchronous video jobs that progress on fake time, and their MP4 download.

A job is ``queued`` until ``settings.video_processing_after`` fake seconds have passed,
``processing`` until ``settings.video_completed_after``, then ``completed`` — or ``failed``, with
an ``error`` message, when its prompt contains "fail". The download is 404 until the job is
``completed``; then it streams a valid MP4 whose size is ``settings.video_size_bytes`` when set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from ._http import ApiProblem
from ._inference_io import json_object, optional_int, optional_str, paced, required_str
from ._inference_state import InferenceState, VideoJob
from ._media import Mp4

if TYPE_CHECKING:
    from ._world import World

DEFAULT_DURATION_SECONDS = 5
ECHOED_FIELDS = ("aspect_ratio", "image_url", "width", "height")


def routes(world: World, state: InferenceState) -> list[BaseRoute]:
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
        duration = optional_int(body, "duration_seconds", minimum=1) or DEFAULT_DURATION_SECONDS
        for name in ("image_url", "aspect_ratio"):
            optional_str(body, name)
        for name in ("width", "height"):
            optional_int(body, name, minimum=1)
        extra = {name: body[name] for name in ECHOED_FIELDS if body.get(name) is not None}
        with world.lock:
            job = VideoJob(world.new_id("vid"), model, prompt, world.clock.now(), duration, extra)
            state.videos[job.id] = job
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
