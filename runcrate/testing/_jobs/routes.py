"""The jobs routes (mounted under ``/api/v1``): jobs, code uploads, job groups and schedules; and
the signed URLs of uploads and artifacts, at the origin's root (no key, no spec).

Each route reads the request, calls the state in the modules beside this one and answers in the
``{"data": ...}`` envelope. Reading a job's logs with ``follow=true`` is a long poll: while there
is no new output and the job is live, the server re-reads the state every 50 ms of real time and
answers as soon as output appears or the job ends, or after 25 s of fake time (or 25 s of real
time, so a frozen clock cannot hang it).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from runcrate.testing._jobs.lifecycle import Job
from runcrate.testing._jobs.outputs import metric_points, read_logs
from runcrate.testing._jobs.schedules import Schedule, Schedules
from runcrate.testing._jobs.signed import ARTIFACTS, UPLOADS, SignedRequest, SignedUrlRefused, SignedUrls
from runcrate.testing._jobs.spec import merge_overrides
from runcrate.testing._jobs.store import Group, JobStore
from runcrate.testing._jobs.uploads import Uploads
from runcrate.testing._server.clock import parse_timestamp
from runcrate.testing._server.http import data, json_object, no_content
from runcrate.testing._server.query import bad_query, query_bool, query_int

if TYPE_CHECKING:
    from runcrate.testing._server.world import World

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
        raise bad_query("cursor", "is not a cursor from this server") from None


def _job_filter(request: Request) -> Callable[[Job], bool]:
    """The job list's filters: ``status`` comma-joined, ``tag`` repeated ``key:value``, and the rest."""
    query = request.query_params
    statuses = {s for s in query.get("status", "").split(",") if s} or None
    tags: list[tuple[str, str]] = []
    for raw in query.getlist("tag"):
        key, sep, value = raw.partition(":")
        if not sep:
            raise bad_query("tag", f"must look like key:value, got {raw!r}")
        tags.append((key, value))
    group_id = query.get("group_id")
    text = query.get("q", "").lower()
    gpu = query.get("gpu_type", "").lower()
    try:
        after = parse_timestamp(query["created_after"]) if "created_after" in query else None
    except ValueError as exc:
        raise bad_query("created_after", str(exc)) from None

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
    """Register the jobs state on ``world``; the routes, relative to ``/api/v1``."""
    for component in (SignedUrls(world), Uploads(world), JobStore(world)):
        world.register(component.COMPONENT, component)
    world.register(Schedules.COMPONENT, Schedules(world))  # after the job store: it hooks into it
    return [*_upload_routes(world), *_job_routes(world), *_group_routes(world), *_schedule_routes(world)]


def signed_routes(world: World) -> list[BaseRoute]:
    """The signed upload and download URLs, at the origin's root: no key, no spec, storage errors."""
    signed = world.get(SignedUrls)

    def resolve(request: Request, kind: str) -> str:
        received = SignedRequest(
            method=request.method,
            kind=kind,
            path=request.url.path,
            authorization=request.headers.get("authorization"),
            environment=request.query_params.get("environment"),
            at=world.clock.now(),
        )
        query = request.query_params
        return signed.resolve(
            received, request.path_params["token"], query.get("expires", ""), query.get("signature", "")
        )

    async def download(request: Request) -> Response:
        try:
            job_id, _, path = resolve(request, ARTIFACTS).partition("/")
            artifact = world.get(JobStore).artifact_for_download(job_id, path)
        except SignedUrlRefused as refused:
            return _storage_error(refused)
        chunks: Iterator[bytes] = artifact.chunks()
        headers = {"Content-Length": str(artifact.size)}
        return StreamingResponse(chunks, media_type="application/octet-stream", headers=headers)

    async def upload(request: Request) -> Response:
        try:
            upload_id = resolve(request, UPLOADS)
            etag = await world.get(Uploads).receive(upload_id, request.stream())
        except SignedUrlRefused as refused:
            return _storage_error(refused)
        return Response(status_code=200, headers={"ETag": f'"{etag}"'})

    return [
        Route(f"/signed/{ARTIFACTS}/{{token}}", download, methods=["GET"]),
        Route(f"/signed/{UPLOADS}/{{token}}", upload, methods=["PUT"]),
    ]


def _storage_error(refused: SignedUrlRefused) -> Response:
    """A refusal in the object store's XML style, never an API envelope."""
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{refused.code}</Code><Message>{refused.message}</Message></Error>\n"
    )
    return Response(body, status_code=refused.status, media_type="application/xml")


def _upload_routes(world: World) -> list[BaseRoute]:
    uploads = world.get(Uploads)

    async def create(request: Request) -> Response:
        world.environment(request)  # an unknown environment is still a 404
        body = await json_object(request)
        return data(uploads.reserve(str(request.base_url), body), status=201)

    return [Route("/jobs/uploads", create, methods=["POST"])]


def _job_routes(world: World) -> list[BaseRoute]:
    store = world.get(JobStore)

    def find(request: Request) -> Job:
        return store.find(world.environment(request), request.path_params["job_id"])

    async def submit(request: Request) -> Response:
        env = world.environment(request)
        body = await json_object(request)
        return world.idempotent(request, "jobs", lambda: data(store.submit(env, body)[0], status=201))

    async def list_jobs(request: Request) -> Response:
        env = world.environment(request)
        limit = query_int(request, "limit", minimum=1, maximum=MAX_PAGE_SIZE) or DEFAULT_PAGE_SIZE
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
        after = query_int(request, "after", minimum=0) or 0
        limit = query_int(request, "limit", minimum=1)
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
        step = query_int(request, "step", minimum=60, maximum=86400)
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
        origin = str(request.base_url)
        url, _ = world.get(SignedUrls).issue(origin, ARTIFACTS, f"{job.id}/{found.path}")
        return RedirectResponse(url, status_code=302)

    return [
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


def _group_routes(world: World) -> list[BaseRoute]:
    """Groups are created by submitting a body with ``count`` or ``params``; the job store keeps them."""
    store = world.get(JobStore)

    def found(request: Request) -> Group:
        return store.find_group(world.environment(request), request.path_params["group_id"])

    async def get_group(request: Request) -> Response:
        return data(store.group_to_wire(found(request), world.clock.now()))

    async def cancel_group(request: Request) -> Response:
        group = found(request)
        store.cancel_group(group)
        return data(store.group_to_wire(group, world.clock.now()))

    return [
        Route("/job-groups/{group_id:segment}", get_group, methods=["GET"]),
        Route("/job-groups/{group_id:segment}/cancel", cancel_group, methods=["POST"]),
    ]


def _schedule_routes(world: World) -> list[BaseRoute]:
    schedules = world.get(Schedules)

    def found(request: Request) -> Schedule:
        return schedules.get(world.environment(request), request.path_params["schedule_id"])

    async def create(request: Request) -> Response:
        env = world.environment(request)
        body = await json_object(request)

        def produce() -> Response:
            return data(schedules.create(env, body).to_wire(), status=201)

        return world.idempotent(request, "schedules", produce, unverified=True)

    async def list_schedules(request: Request) -> Response:
        return data([s.to_wire() for s in schedules.list(world.environment(request))])

    async def get_schedule(request: Request) -> Response:
        return data(found(request).to_wire())

    async def update(request: Request) -> Response:
        schedule = found(request)
        schedules.update(schedule, await json_object(request))
        return data(schedule.to_wire())

    async def delete(request: Request) -> Response:
        schedules.delete(found(request))
        return no_content()

    async def run_now(request: Request) -> Response:
        return data(schedules.run_now(found(request)))

    return [
        Route("/schedules", create, methods=["POST"]),
        Route("/schedules", list_schedules, methods=["GET"]),
        Route("/schedules/{schedule_id:segment}", get_schedule, methods=["GET"]),
        Route("/schedules/{schedule_id:segment}", update, methods=["PATCH"]),
        Route("/schedules/{schedule_id:segment}", delete, methods=["DELETE"]),
        Route("/schedules/{schedule_id:segment}/run-now", run_now, methods=["POST"]),
    ]
