# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Batch jobs: the generated methods, plus running a job or a group from a spec, rerunning one,
following its logs and waiting for it; code uploads and artifacts are sub-resources."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, cast

import httpx

from runcrate._callbacks import checked_callback, notify
from runcrate._conversions import GROUP_FIELDS, job_spec_body
from runcrate._deadline import Backoff, Deadline, check_seconds
from runcrate._errors import InvalidResponseError, JobWaitTimeoutError, ResourceFailedError, WaitTimeoutError
from runcrate._generated.models.known_job_status import KnownJobStatus
from runcrate._generated.resources import jobs as generated
from runcrate._job_params import JobGroupRunParams, JobRerunParams, JobRunParams, SubmitOptions
from runcrate._lazy import LazyModules
from runcrate._response import to_raw_response_wrapper
from runcrate._transport import effective_timeout
from runcrate._types import NOT_GIVEN, CallOptions, NotGiven, RequestOptions, TimeoutValue, request_options
from runcrate.resources._sync.job_artifacts import JobArtifacts
from runcrate.resources._sync.job_uploads import JobUploads

if TYPE_CHECKING:
    from runcrate._generated.api import jobs as _jobs_api
    from runcrate._generated.models.job import Job
    from runcrate._generated.models.job_log_chunk import JobLogChunk
    from runcrate._generated.models.job_logs import JobLogs
    from runcrate._generated.models.submitted_job_group import SubmittedJobGroup
else:
    # Imported on the first call (with the job models they parse): reaching ``client.jobs`` (to
    # download an artifact, say) stays cheap in time and memory.
    _jobs_api = LazyModules("runcrate._generated.api.jobs")

__all__ = ["LIVE_JOB_STATUSES", "Jobs", "JobsWithRawResponse"]

FOLLOW_MIN_TIMEOUT = 40.0
"""With ``follow=true`` the server holds a read open for up to 25 s (the spec's ``x-min-client-timeout``
on that parameter, which the generated layer does not carry)."""
LIST_ALL_PAGE_SIZE = 100
"""The largest page the API serves; ``list_all`` asks for it."""

LIVE_JOB_STATUSES = frozenset({KnownJobStatus.QUEUED, KnownJobStatus.STARTING, KnownJobStatus.RUNNING})
"""A job in one of these statuses has not ended; every other status is final."""
_FINAL = frozenset(KnownJobStatus) - LIVE_JOB_STATUSES


def _refuse(fields: Mapping[str, Any], names: Sequence[str], reason: str) -> None:
    found = [name for name in names if name in fields]
    if found:
        raise ValueError(f"{', '.join(found)}: {reason}")


def _split_options(params: Mapping[str, Any]) -> tuple[dict[str, Any], CallOptions]:
    """A submit's keywords split into the job's fields and the per-call options."""
    option_names = SubmitOptions.__optional_keys__
    fields = {name: value for name, value in params.items() if name not in option_names}
    options = cast("CallOptions", {name: value for name, value in params.items() if name in option_names})
    return fields, options


def _has_ended(job: Job) -> bool:
    """A known final status, or a status this SDK does not know once the job has an ``ended_at``."""
    if job.status in _FINAL:
        return True
    return job.status not in LIVE_JOB_STATUSES and isinstance(job.ended_at, datetime)


def _raise_if_failed(job: Job) -> None:
    if job.status != KnownJobStatus.SUCCEEDED:
        detail = f": {job.error}" if isinstance(job.error, str) else ""
        raise ResourceFailedError(f"Job {job.id} ended {job.status}{detail}", resource=job)


def _job_ids(ids: object) -> list[str]:
    """The ids of ``wait_many``: an iterable of non-empty strings (a single string is refused, since
    iterating it would wait for one job per character)."""
    if isinstance(ids, str | bytes) or not isinstance(ids, Iterable):
        raise ValueError(f"ids must be a list (or other iterable) of job ids, got {ids!r}")
    wanted = list(cast("Iterable[object]", ids))
    for index, value in enumerate(wanted):
        if not isinstance(value, str) or not value:
            raise ValueError(f"ids[{index}] must be a non-empty job id string, got {value!r}")
    return cast("list[str]", wanted)


def _is_fresh(seq: object, position: int, moved: bool) -> bool:
    """A chunk past ``position``; a marker chunk (no ``seq``) only on a page whose cursor moved."""
    return seq > position if isinstance(seq, int) else moved


def _log_cursor(id: str, page: JobLogs) -> int:
    """The page's ``cursor``, which must be a whole number: reading on from anything else could
    repeat the log or skip part of it."""
    cursor = cast(object, page.cursor)  # as the server sent it
    if isinstance(cursor, bool) or not isinstance(cursor, int) or cursor < 0:
        raise InvalidResponseError(
            f"Job {id}: a log page's cursor is {cursor!r}, not a whole number; stopping instead of "
            "guessing where to read on",
            status_code=200,
            code="invalid_response",
            request_id=getattr(page, "_request_id", None),
        )
    return cursor


class Jobs(generated.Jobs):
    """Jobs in the client's environment: one command on a fresh GPU machine that stops when it ends."""

    @cached_property
    def artifacts(self) -> JobArtifacts:
        """The files a job wrote to ``$RUNCRATE_OUTPUT_DIR``."""
        return JobArtifacts._bound(self._engine)

    @cached_property
    def uploads(self) -> JobUploads:
        """Code archives for ``code={"upload_id": ...}``."""
        return JobUploads._bound(self._engine)

    @cached_property
    def with_raw_response(self) -> JobsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return JobsWithRawResponse(self)

    def run(self, *, idempotency_key: str | None = None, **spec: Unpack[JobRunParams]) -> Job:
        """Run one job: ``command`` (bash, in ``/workspace``, or ``/workspace/code`` with ``code``) on a
        fresh machine of the first ``gpu_type`` candidate with capacity, limited to
        ``max_runtime_minutes`` per attempt. The machine stops when the command ends.

        ``gpu_type`` is one GPU (``"H100"``, ``"H100:2"``) or a list of candidates tried in order;
        ``env`` is a string-to-string dict (write-only; jobs show only ``env_keys``); ``code`` is
        ``{"upload_id": ...}`` from ``jobs.uploads.upload`` or ``{"git": {"url", "ref", "token_env"}}``.
        Files written to ``$RUNCRATE_OUTPUT_DIR`` become artifacts. ``max_retries`` is the job's own
        retry count (machine failures, and failed commands with ``retry_on``); this call's HTTP
        retries follow the client (``client.with_options(max_retries=...)``). Fields left out (or
        ``None``) are not sent. For ``count``/``params`` use :meth:`run_group`.

        One ``Idempotency-Key`` (yours or a new one) is sent on every attempt and the server
        deduplicates it for 24 h, so retries never start a second job; the request may take up to
        two minutes. The response is the only one carrying ``webhook_secret``. Raises
        ``InsufficientCreditsError`` (``BUDGET_REACHED``, ``insufficient_credits``),
        ``UnprocessableEntityError`` for bad spec values and ``BadGatewayError`` with code
        ``launch_refused`` (not retried).
        """
        fields, options = _split_options(spec)
        _refuse(fields, GROUP_FIELDS, "jobs.run runs a single job; use jobs.run_group for a group")
        return cast("Job", self._submit(fields, options, idempotency_key))

    def run_group(
        self, *, idempotency_key: str | None = None, **spec: Unpack[JobGroupRunParams]
    ) -> SubmittedJobGroup:
        """Run a group of jobs: a job spec plus ``count`` (that many identical jobs) or ``params`` (a list
        of string dicts: one job per entry, each merged over ``env``). ``max_parallel`` caps how many
        run at once. Returns the group with its ``jobs`` (in ``job_index`` order) and, only in this
        response, ``webhook_secret``; later, list the jobs with ``jobs.list(group_id=group.id)``.

        Idempotency, timeouts and errors as for :meth:`run`.
        """
        fields, options = _split_options(spec)
        if (fields.get("count") is None) == (fields.get("params") is None):
            raise ValueError(
                "jobs.run_group needs exactly one of count (identical jobs) or params (one per entry)"
            )
        return cast("SubmittedJobGroup", self._submit(fields, options, idempotency_key))

    def _submit(
        self, fields: Mapping[str, Any], options: CallOptions, idempotency_key: str | None
    ) -> Job | SubmittedJobGroup:
        arguments = generated.submit_job_arguments(job_spec_body(fields))
        submitted = self._engine.request(
            _jobs_api.submit_job,
            options=request_options(options, idempotency_key=idempotency_key),
            **arguments,
        )
        return submitted.data

    def rerun(
        self, id: str, *, idempotency_key: str | None = None, **overrides: Unpack[JobRerunParams]
    ) -> Job:
        """Run a job again, as a new job whose ``rerun_of`` is ``id``.

        Every spec field is optional: a field left out keeps the original's value, and ``None``
        clears it (sent as JSON null, e.g. ``webhook_url=None`` removes the callback); ``env`` is
        merged over the original's values, which only the user who submitted the original can
        reuse. Values are normalised as in :meth:`run`. Idempotency, timeouts and errors as for
        :meth:`run`, plus ``NotFoundError`` for an unknown id.
        """
        fields, options = _split_options(overrides)
        _refuse(fields, GROUP_FIELDS, "a rerun runs one job; they cannot be given")
        arguments = generated.rerun_job_arguments(job_spec_body(fields, keep_none=True))
        return self._engine.request_data(
            _jobs_api.rerun_job,
            id,
            options=request_options(options, idempotency_key=idempotency_key),
            **arguments,
        )

    def list_all(
        self,
        *,
        status: str | Sequence[str] | None = None,
        tags: Mapping[str, str] | Sequence[str] | None = None,
        group_id: str | None = None,
        q: str | None = None,
        gpu_type: str | None = None,
        created_after: datetime | str | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[Job]:
        """Every job matching the filters (as in :meth:`list`), newest first, fetched 100 per page as
        the iteration goes (an async iterator on ``AsyncRuncrate``). Filters are checked at once."""
        pages = self.list(
            status=status,
            tags=tags,
            group_id=group_id,
            q=q,
            gpu_type=gpu_type,
            created_after=created_after,
            limit=LIST_ALL_PAGE_SIZE,
            **options,
        )
        return pages.__iter__()

    def logs(
        self,
        id: str,
        after: int = 0,
        limit: int | None = None,
        follow: bool = False,
        **options: Unpack[CallOptions],
    ) -> JobLogs:
        """Read a job's log after the sequence position ``after``, as ``chunks`` (at most ``limit``).

        Send the result's ``cursor`` back as ``after`` to read on; reading is finished when
        ``done`` is true. With ``follow=True`` the server waits up to 25 s for new output before
        answering with an empty page (the request's timeout is raised to at least 40 s). Output
        dropped from the stored log shows as one marker chunk whose ``seq`` and ``ts`` are None.
        :meth:`follow_logs` does the loop.
        """
        call = request_options(options)
        if follow:
            call = call._replace(timeout=self._follow_timeout(call.timeout))
        return self._read_logs(id, after, limit, follow, call)

    def _read_logs(
        self, id: str, after: int, limit: int | None, follow: bool, options: RequestOptions
    ) -> JobLogs:
        arguments = generated.get_job_logs_arguments(
            {"after": after, "limit": limit, "follow": follow or None}
        )
        return self._engine.request_data(_jobs_api.get_job_logs, id, options=options, **arguments)

    def _follow_timeout(self, requested: TimeoutValue | NotGiven) -> httpx.Timeout:
        """The request's timeout (the call's, else the client's) raised to the long poll's minimum."""
        import attrs  # noqa: PLC0415 (with the models: see _jobs_api)

        operation = attrs.evolve(_jobs_api.get_job_logs.OPERATION, min_timeout=FOLLOW_MIN_TIMEOUT)
        return effective_timeout(self._engine.config, operation, requested)

    def follow_logs(
        self, id: str, after: int = 0, timeout: float | None = None, poll_interval: float = 1.0
    ) -> Iterator[JobLogChunk]:
        """Yield the job's log chunks as they are written, until the job has ended and all is read
        (an async iterator on ``AsyncRuncrate``).

        Each read long-polls (``follow=True``); after a read that brought nothing new (no chunk
        past ``after``, or a cursor that did not move) it sleeps ``poll_interval`` seconds before
        asking again. ``timeout`` bounds the whole follow, requests in flight included: when it
        passes, ``WaitTimeoutError`` (a ``TimeoutError``, carrying the last log page) is raised.
        A page whose cursor is not a whole number raises ``InvalidResponseError``.
        """
        given = cast(object, after)  # whatever the caller passed at run time
        if isinstance(given, bool) or not isinstance(given, int) or given < 0:
            raise ValueError(f"after must be a whole number >= 0, got {after!r}")
        check_seconds("poll_interval", poll_interval)
        return self._follow(id, after, self._engine.deadline("timeout", timeout), poll_interval)

    def _follow(self, id: str, after: int, deadline: Deadline, poll_interval: float) -> Iterator[JobLogChunk]:
        position = after
        page: JobLogs | None = None
        options = RequestOptions(timeout=self._follow_timeout(NOT_GIVEN))

        def expired() -> WaitTimeoutError:
            return WaitTimeoutError(
                f"Job {id}: its log was still being written after {deadline.seconds} s", last=page
            )

        while True:
            with deadline.bounding(expired):
                page = self._read_logs(id, position, None, True, options)
            cursor = _log_cursor(id, page)
            moved = cursor > position
            # Never hand a line out twice.
            fresh = False
            for chunk in page.chunks:
                if _is_fresh(chunk.seq, position, moved):
                    fresh = True
                    yield chunk
            position = max(position, cursor)
            if page.done:
                return
            if fresh and moved:
                if deadline.passed():
                    raise expired()
            elif not self._engine.pause(deadline, poll_interval):
                raise expired()

    def wait(
        self,
        id: str,
        timeout: float | None = None,
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        on_status: Callable[[Job], Any] | None = None,
        *,
        raise_on_failure: bool = False,
    ) -> Job:
        """Poll the job until it has ended and return it, whatever its final status.

        The wait between polls starts at ``poll_interval`` and doubles up to ``max_poll_interval``
        (2, 4, 8, 16, 30, 30 ... s by default); ``on_status`` is called with every job seen (on
        ``AsyncRuncrate`` it may be an async function, which is awaited).
        ``timeout`` bounds the whole wait, requests in flight included: when it passes while the
        job is still live, ``JobWaitTimeoutError`` (a ``TimeoutError`` whose ``job`` is the last
        one seen, or None) is raised; the job keeps running. With ``raise_on_failure=True`` a job
        that ended ``failed``, ``cancelled`` or ``timed_out`` (anything but ``succeeded``) raises
        ``ResourceFailedError`` carrying it instead of being returned.
        """
        backoff = Backoff(poll_interval, max_poll_interval)
        on_status = checked_callback("on_status", on_status)
        deadline = self._engine.deadline("timeout", timeout)
        job: Job | None = None

        def expired() -> JobWaitTimeoutError:
            status = job.status if job is not None else "not seen yet"
            return JobWaitTimeoutError(f"Job {id} was still {status} after {deadline.seconds} s", last=job)

        while True:
            with deadline.bounding(expired):
                job = self.get(id)
            notify("on_status", on_status, job)
            if _has_ended(job):
                if raise_on_failure:
                    _raise_if_failed(job)
                return job
            if not self._engine.pause(deadline, backoff.next()):
                raise expired()

    def wait_many(
        self,
        ids: Iterable[str],
        *,
        timeout: float | None = None,
        poll_interval: float = 2.0,
        max_poll_interval: float = 30.0,
        on_status: Callable[[Job], Any] | None = None,
        raise_on_failure: bool = False,
    ) -> list[Job]:
        """Poll every job of ``ids`` until all have ended; return them in the order of ``ids``.

        Each round reads every job still live, then waits (``poll_interval`` doubling up to
        ``max_poll_interval``, as :meth:`wait`); ``on_status`` is called with every job seen (on
        ``AsyncRuncrate`` it may be an async function, which is awaited). ``timeout`` bounds the
        whole wait, requests in flight included: when it passes with jobs still live,
        ``WaitTimeoutError`` is raised whose ``last`` lists each job as last seen (None for one not
        seen yet), in the order of ``ids``; the jobs keep running. With ``raise_on_failure=True``,
        the first job seen to have ended otherwise than ``succeeded`` raises ``ResourceFailedError``
        carrying it. For a group: ``wait_many([job.id for job in group.jobs])`` with the answer of
        :meth:`run_group`, or ``job_groups.wait`` for its counts alone.
        """
        wanted = _job_ids(ids)
        backoff = Backoff(poll_interval, max_poll_interval)
        on_status = checked_callback("on_status", on_status)
        deadline = self._engine.deadline("timeout", timeout)
        seen: dict[str, Job] = {}
        live: list[str] = list(dict.fromkeys(wanted))  # each job once, in the order given

        def expired() -> WaitTimeoutError:
            still = ", ".join(live[:5]) + (f" and {len(live) - 5} more" if len(live) > 5 else "")
            return WaitTimeoutError(
                f"{len(live)} of {len(set(wanted))} jobs were still live after {deadline.seconds} s: {still}",
                last=[seen.get(id) for id in wanted],
            )

        while live:
            for id in live:
                with deadline.bounding(expired):
                    job = seen[id] = self.get(id)
                notify("on_status", on_status, job)
                if raise_on_failure and _has_ended(job):
                    _raise_if_failed(job)
            live = [id for id in live if not _has_ended(seen[id])]
            if live and not self._engine.pause(deadline, backoff.next()):
                raise expired()
        return [seen[id] for id in wanted]


class JobsWithRawResponse(generated.JobsWithRawResponse):
    def __init__(self, resource: Jobs) -> None:
        super().__init__(resource)
        self.run = to_raw_response_wrapper(resource.run)
        self.run_group = to_raw_response_wrapper(resource.run_group)
        self.rerun = to_raw_response_wrapper(resource.rerun)
        self.logs = to_raw_response_wrapper(resource.logs)
