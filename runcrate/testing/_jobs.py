"""Routes J-1…J-12 (jobs and code uploads); the state lives in ``JobStore`` and ``Uploads``.

J-7 with ``follow=true`` is a long poll: while there is no new output and the job is live, the
server re-reads the state every 50 ms of real time and answers as soon as output appears or the
job ends, or after 25 s of fake time (or 25 s of real time, so a frozen clock cannot hang it).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from runcrate.testing._http import data, no_content
from runcrate.testing._inference_io import json_object
from runcrate.testing._job_io import bad_param, parse_timestamp, query_bool, query_int
from runcrate.testing._job_outputs import metric_points, read_logs
from runcrate.testing._job_spec import merge_overrides
from runcrate.testing._job_state import Job
from runcrate.testing._job_store import JobStore
from runcrate.testing._signed import ARTIFACTS
from runcrate.testing._uploads import routes as upload_routes

if TYPE_CHECKING:
    from runcrate.testing._world import World

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
FOLLOW_SECONDS = 25.0
FOLLOW_POLL_SECONDS = 0.05


def _encode_cursor(job: Job) -> str:
    return base64.urlsafe_b64encode(f"{job.created_at!r}/{job.seq}".encode()).decode().rstrip("=")


def _decode_cursor(raw: str) -> tuple[float, int]:
    try:
        created, _, seq = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode().partition("/")
        return float(created), int(seq)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise bad_param("cursor", "is not a cursor from this server") from None


def _job_filter(request: Request) -> Callable[[Job], bool]:
    """J-2's filters: ``status`` comma-joined, ``tag`` repeated ``key:value``, and the rest."""
    query = request.query_params
    statuses = {s for s in query.get("status", "").split(",") if s} or None
    tags: list[tuple[str, str]] = []
    for raw in query.getlist("tag"):
        key, sep, value = raw.partition(":")
        if not sep:
            raise bad_param("tag", f"must look like key:value, got {raw!r}")
        tags.append((key, value))
    group_id = query.get("group_id")
    text = query.get("q", "").lower()
    gpu = query.get("gpu_type", "").lower()
    try:
        after = parse_timestamp(query["created_after"]) if "created_after" in query else None
    except ValueError as exc:
        raise bad_param("created_after", str(exc)) from None

    def keep(job: Job) -> bool:
        job_tags = job.spec.get("tags", {})
        return (
            (statuses is None or job.status in statuses)
            and all(job_tags.get(key) == value for key, value in tags)
            and (group_id is None or job.group_id == group_id)
            and (not text or text in job.name.lower() or text in job.spec["command"].lower())
            and (not gpu or any(g.lower() == gpu for g, _ in job.candidates))
            and (after is None or job.created_at > after)
        )

    return keep


def routes(world: World) -> list[BaseRoute]:
    store = JobStore(world)
    world.register("jobs", store)

    def find(request: Request) -> Job:
        return store.find(world.environment(request), request.path_params["job_id"])

    async def submit(request: Request) -> Response:
        env = world.environment(request)
        body = await json_object(request)
        return world.idempotent(request, "jobs", lambda: data(store.submit(env, body)[0], status=201))

    async def list_jobs(request: Request) -> Response:
        env = world.environment(request)
        limit = query_int(request, "limit", (1, MAX_PAGE_SIZE)) or DEFAULT_PAGE_SIZE
        cursor = request.query_params.get("cursor")
        position = _decode_cursor(cursor) if cursor else None
        jobs = store.matching(env, _job_filter(request))
        if position is not None:
            jobs = [job for job in jobs if (job.created_at, job.seq) < position]
        page, has_more = jobs[:limit], len(jobs) > limit
        now = world.clock.now()
        meta = {"cursor": _encode_cursor(page[-1]) if has_more else None, "has_more": has_more}
        return data([store.to_wire(job, now) for job in page], meta=meta)

    async def get_job(request: Request) -> Response:
        job = find(request)
        return data(store.to_wire(job, world.clock.now()))

    async def delete_job(request: Request) -> Response:
        store.delete(find(request))
        return no_content()

    async def cancel(request: Request) -> Response:
        job = find(request)
        store.cancel(job)
        return data(store.to_wire(job, world.clock.now()))

    async def rerun(request: Request) -> Response:
        overrides: dict[str, Any] = await json_object(request) if await request.body() else {}

        def produce() -> Response:
            original = find(request)
            return data(store.rerun(original, merge_overrides(original.spec, overrides)), status=201)

        return world.idempotent(request, "jobs.rerun", produce)

    async def logs(request: Request) -> Response:
        job = find(request)
        after = query_int(request, "after", (0, None)) or 0
        limit = query_int(request, "limit", (1, None))
        follow = query_bool(request, "follow")
        fake_deadline = world.clock.now() + FOLLOW_SECONDS
        real_deadline = time.monotonic() + FOLLOW_SECONDS
        while True:
            now = store.settle()
            with world.lock:
                page = read_logs(job, now, after, limit)
            waited_enough = now >= fake_deadline or time.monotonic() >= real_deadline
            if (
                not follow
                or page["chunks"]
                or page["done"]
                or waited_enough
                or await request.is_disconnected()
            ):
                return data(page)
            await asyncio.sleep(FOLLOW_POLL_SECONDS)

    async def events(request: Request) -> Response:
        job = find(request)
        with world.lock:
            ordered = sorted(job.events, key=lambda event: event.at)
        return data([event.to_wire() for event in ordered])

    async def metrics(request: Request) -> Response:
        job = find(request)
        step = query_int(request, "step", (60, 86400))
        with world.lock:
            return data(metric_points(job, world.clock.now(), step))

    async def artifacts(request: Request) -> Response:
        job = find(request)
        with world.lock:
            listed = sorted(job.artifacts.values(), key=lambda artifact: artifact.path)
        return data([artifact.to_wire() for artifact in listed])

    async def artifact(request: Request) -> RedirectResponse:
        job = find(request)
        found = store.artifact(job, request.path_params["path"])
        url, _ = world.component("signed_urls").issue(request, ARTIFACTS, f"{job.id}/{found.path}")
        return RedirectResponse(url, status_code=302)

    return [
        *upload_routes(world),  # before /jobs/{job_id}, though no POST route shares its path
        Route("/jobs", submit, methods=["POST"]),
        Route("/jobs", list_jobs, methods=["GET"]),
        Route("/jobs/{job_id:segment}", get_job, methods=["GET"]),
        Route("/jobs/{job_id:segment}", delete_job, methods=["DELETE"]),
        Route("/jobs/{job_id:segment}/cancel", cancel, methods=["POST"]),
        Route("/jobs/{job_id:segment}/rerun", rerun, methods=["POST"]),
        Route("/jobs/{job_id:segment}/logs", logs, methods=["GET"]),
        Route("/jobs/{job_id:segment}/events", events, methods=["GET"]),
        Route("/jobs/{job_id:segment}/metrics", metrics, methods=["GET"]),
        Route("/jobs/{job_id:segment}/artifacts", artifacts, methods=["GET"]),
        Route("/jobs/{job_id:segment}/artifacts/{path:segments}", artifact, methods=["GET"]),
    ]
