"""Path parameters never leave their route: every operation that has one, both clients, over the wire.

A value that would address another route (``None``, a non-string, ``""``, ``"."``, ``".."``, and for
the artifact path an empty or dot segment) is a ``ValueError`` naming the parameter before any
request; any other value arrives as exactly the segment(s) of its own parameter. The operations are
enumerated from the generated endpoint modules, so a new one is covered (or named) automatically.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
import pytest

import runcrate
import runcrate._generated.api as generated_api
from generator.generate import iter_operations, load_python_spec, path_parameter_extensions
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call

_SPEC = load_python_spec()
_KEEPS_SLASHES = path_parameter_extensions(_SPEC, "x-python-keep-slashes")
_PUBLIC_NAMES = path_parameter_extensions(_SPEC, "x-python-name")
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class PathParameter:
    module: ModuleType
    name: str
    """The parameter's name in the spec (and in ``build_request``)."""

    @property
    def operation_id(self) -> str:
        return str(self.module.OPERATION.id)

    @property
    def public_name(self) -> str:
        return str(_PUBLIC_NAMES.get(f"{self.operation_id}.{self.name}", self.name))

    @property
    def keeps_slashes(self) -> bool:
        return bool(_KEEPS_SLASHES.get(f"{self.operation_id}.{self.name}"))

    def __str__(self) -> str:
        return f"{self.operation_id}.{self.public_name}"


def _endpoint_modules() -> Iterator[ModuleType]:
    for info in pkgutil.walk_packages(generated_api.__path__, generated_api.__name__ + "."):
        module = importlib.import_module(info.name)
        if hasattr(module, "OPERATION"):
            yield module


PATH_PARAMETERS = [
    PathParameter(module, name)
    for module in _endpoint_modules()
    for name in _PLACEHOLDER.findall(module.OPERATION.path)
]


def _spec_path_parameters() -> set[str]:
    return {
        f"{operation['operationId']}.{name}"
        for path, _, _, operation in iter_operations(_SPEC)
        for name in _PLACEHOLDER.findall(path)
    }


class _AnyBody:
    """A request body for ``build_request``: only the URL matters here."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _build(parameter: PathParameter, value: object) -> dict[str, Any]:
    """``build_request`` with ``value`` for ``parameter`` and a harmless id for the others."""
    signature = inspect.signature(parameter.module.build_request)
    arguments: dict[str, Any] = {}
    for name, declared in signature.parameters.items():
        if name == parameter.name:
            arguments[name] = value
        elif name == "body":
            arguments[name] = _AnyBody()
        elif declared.default is inspect.Parameter.empty:
            arguments[name] = OTHER
    return dict(parameter.module.build_request(**arguments))


OTHER = "id_1"
"""The value of the path parameters not under test."""

HOSTILE = [None, "", ".", "..", 42, 1.5, True, b"id", ["id"], object()]
"""Values that would reach another route (or a wrong one, like ``/instances/None``)."""

HOSTILE_PATHS = ["/", "/out/a.bin", "out/", "out//a.bin", "./a.bin", "out/../../billing", "out/.", "../x"]
"""Artifact paths with an empty or dot segment."""

TRICKY = "../a/..?q=1#f %2e%2E%2f\\..\\;@:é\r\n\x00~"
"""An id that is none of the hostile values but holds everything that could end a segment or climb."""

TRICKY_PATH = "dir ?x=1/#frag/%2e%2e/a\\..\\b/.../é\r\n/.a"
"""An artifact path of seven segments, each holding something that could end or climb a segment."""


def _tricky(parameter: PathParameter) -> str:
    return TRICKY_PATH if parameter.keeps_slashes else TRICKY


def _assert_own_route(raw_path: str, parameter: PathParameter, value: str) -> None:
    """The request's wire path is the operation's template with ``value`` in exactly its segment(s)
    (and ``OTHER`` in any other parameter's)."""
    operation = parameter.module.OPERATION
    expected: list[str] = []
    for segment in (urlsplit(operation.server_url).path + operation.path).split("/"):
        if segment == "{" + parameter.name + "}":
            expected.extend(value.split("/") if parameter.keeps_slashes else [value])
        else:
            expected.append(OTHER if segment.startswith("{") else segment)
    assert [unquote(segment) for segment in raw_path.split("/")] == expected, f"{parameter}: {raw_path!r}"


def test_every_path_parameter_of_the_spec_is_enumerated() -> None:
    spec_parameters = _spec_path_parameters()
    assert len(spec_parameters) >= 30
    assert {f"{p.operation_id}.{p.name}" for p in PATH_PARAMETERS} == spec_parameters


@pytest.mark.parametrize("parameter", PATH_PARAMETERS, ids=str)
def test_a_value_that_leaves_the_route_is_refused_naming_the_parameter(parameter: PathParameter) -> None:
    hostile = HOSTILE + (HOSTILE_PATHS if parameter.keeps_slashes else [])
    for value in hostile:
        with pytest.raises(ValueError, match=re.escape(parameter.public_name)) as raised:
            _build(parameter, value)
        message = str(raised.value)
        assert message.startswith(parameter.public_name), message
        if value not in ("", None):
            assert repr(value)[:40] in message, message


@pytest.mark.parametrize("parameter", PATH_PARAMETERS, ids=str)
def test_any_other_value_arrives_as_exactly_its_segments(
    parameter: PathParameter, fake: FakeRuncrate, http: httpx.Client
) -> None:
    value = _tricky(parameter)
    parts = _build(parameter, value)
    prefix = urlsplit(parameter.module.OPERATION.server_url).path
    http.request(parts["method"], prefix + parts["url"], json={} if "json" in parts else None)
    _assert_own_route(fake.requests[-1].raw_path, parameter, value)
    fake.take_violations()  # the stand-in body and ids are not valid requests; only the route matters


# One public method per path parameter. A generated operation missing here fails the coverage test
# below, naming it.
PUBLIC_CALLS: dict[str, Callable[[Any, Any], Any]] = {
    "getInstance.id": lambda c, v: c.instances.get(v),
    "updateInstance.id": lambda c, v: c.instances.update(v, max_runtime_minutes=60),
    "terminateInstance.id": lambda c, v: c.instances.terminate(v),
    "getInstanceStatus.id": lambda c, v: c.instances.get_status(v),
    "createInstanceSshCertificate.id": lambda c, v: c.instances.ssh_certificate(v, "ssh-ed25519 AAAA"),
    "getStorageVolume.id": lambda c, v: c.storage.get(v),
    "resizeStorageVolume.id": lambda c, v: c.storage.resize(v, 200),
    "deleteStorageVolume.id": lambda c, v: c.storage.delete(v),
    "getEnvironment.id": lambda c, v: c.environments.get(v),
    "updateEnvironment.id": lambda c, v: c.environments.update(v, name="staging"),
    "deleteEnvironment.id": lambda c, v: c.environments.delete(v),
    "deleteSshKey.id": lambda c, v: c.ssh_keys.delete(v),
    "getSchedule.id": lambda c, v: c.schedules.get(v),
    "updateSchedule.id": lambda c, v: c.schedules.update(v, enabled=False),
    "deleteSchedule.id": lambda c, v: c.schedules.delete(v),
    "runScheduleNow.id": lambda c, v: c.schedules.run_now(v),
    "getJob.id": lambda c, v: c.jobs.get(v),
    "cancelJob.id": lambda c, v: c.jobs.cancel(v),
    "deleteJob.id": lambda c, v: c.jobs.delete(v),
    "rerunJob.id": lambda c, v: c.jobs.rerun(v),
    "getJobLogs.id": lambda c, v: c.jobs.logs(v),
    "listJobEvents.id": lambda c, v: c.jobs.events(v),
    "getJobMetrics.id": lambda c, v: c.jobs.metrics(v),
    "listJobArtifacts.job_id": lambda c, v: c.jobs.artifacts.list(v),
    "getJobArtifact.job_id": lambda c, v: c.jobs.artifacts.url(v, OTHER),
    "getJobArtifact.path": lambda c, v: c.jobs.artifacts.url(OTHER, v),
    "getJobGroup.id": lambda c, v: c.job_groups.get(v),
    "cancelJobGroup.id": lambda c, v: c.job_groups.cancel(v),
    "getVideo.id": lambda c, v: c.videos.get_status(v),
    "downloadVideo.id": lambda c, v: c.videos.download(v),
}


def test_every_path_parameter_has_a_public_method_here() -> None:
    assert set(PUBLIC_CALLS) == {str(p) for p in PATH_PARAMETERS}


@pytest.mark.parametrize("parameter", PATH_PARAMETERS, ids=str)
async def test_public_methods_refuse_before_any_request(
    parameter: PathParameter, client: Any, fake: FakeRuncrate
) -> None:
    public_call = PUBLIC_CALLS[str(parameter)]
    for value in HOSTILE + (HOSTILE_PATHS if parameter.keeps_slashes else []):
        with pytest.raises(ValueError, match=re.escape(parameter.public_name)):
            await call(public_call(client, value))
    assert fake.requests == []


@pytest.mark.parametrize("parameter", PATH_PARAMETERS, ids=str)
async def test_public_methods_send_any_other_value_to_their_own_route(
    parameter: PathParameter, client: Any, fake: FakeRuncrate
) -> None:
    value = _tricky(parameter)
    with contextlib.suppress(runcrate.ApiError):  # unknown ids: the route is what is checked
        await call(PUBLIC_CALLS[str(parameter)](client, value))
    [sent] = fake.requests
    _assert_own_route(sent.raw_path, parameter, value)


@pytest.mark.parametrize(
    ("call_with", "wrong_route"),
    [
        (lambda c: c.instances.terminate("."), "DELETE /api/v1/instances"),
        (lambda c: c.instances.get(".."), "GET /api/v1"),
        (lambda c: c.jobs.cancel(".."), "POST /api/v1/cancel"),
        (lambda c: c.instances.get(None), "GET /api/v1/instances/None"),
        (lambda c: c.jobs.artifacts.url(OTHER, ""), "GET /api/v1/jobs/id_1/artifacts"),
    ],
    ids=["terminate-dot", "get-dotdot", "cancel-dotdot", "get-none", "artifact-empty"],
)
async def test_the_reported_escapes_are_closed(
    call_with: Callable[[Any], Any], wrong_route: str, client: Any, fake: FakeRuncrate
) -> None:
    with pytest.raises(ValueError, match=r"another route|required"):
        await call(call_with(client))
    assert wrong_route not in [f"{r.method} {r.raw_path}" for r in fake.requests]
    assert fake.requests == []
