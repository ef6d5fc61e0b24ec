"""Checking every request and response of the fake server against the OpenAPI spec.

Every breach is recorded as a readable string in ``Violations``, which the pytest fixture turns
into a failed test, and the request is answered as the real API answers it:

* a body that is not JSON, is missing, or has an undocumented content type: 400 ``bad_request``;
* a path, query or header parameter outside its schema, or a query parameter the operation does
  not have: 400 ``invalid_params`` naming it;
* a body that breaks its schema: on the infrastructure surface 422 ``validation_error`` with
  ``details.field`` (a dotted path such as ``spec.max_runtime_minutes``); on the inference
  surface the OpenAI-style error with ``param``, 400 ``invalid_params`` for a missing or wrongly
  typed field and 422 ``validation_error`` for a value out of range;
* a body sent to an operation that takes none: recorded only, since servers ignore it.

A response that breaks the spec is replaced by 500 ``spec_violation`` (a streamed or binary body
that already started is left alone): that is a bug of the fake, never the real API's answer.
Injected faults sit outside these layers, so they are never checked.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, cast
from urllib.parse import parse_qsl, unquote

from jsonschema.exceptions import relevance
from starlette.requests import Request

from runcrate.testing._server.asgi import (
    BODY_KEY,
    ASGIApp,
    Message,
    Receive,
    Scope,
    Send,
    header,
    response_header,
)
from runcrate.testing._server.http import ApiProblem, is_inference, render_problem
from runcrate.testing._server.locked import LockedList
from runcrate.testing._server.spec import Body, Operation, Param, Spec, media_type
from runcrate.testing._server.sse import EventSplitter, parse_event

SKIP_RESPONSE_CHECK = "runcrate.skip_response_check"
STREAMED_MEDIA = "text/event-stream"
BUFFERED_MEDIA = ("application/json", "text/")


class Violations(LockedList[str]):
    """Readable violation strings, cleared by ``FakeRuncrate.reset()``."""


# Keywords that refuse a well-formed value (a number too large, a string off its pattern), as
# opposed to a missing field or one of the wrong type or shape.
VALUE_RULES = frozenset(
    {
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "enum",
        "const",
        "minItems",
        "maxItems",
        "uniqueItems",
        "contains",
    }
)


@dataclass(frozen=True)
class SchemaError:
    """The schema error that best explains why a value is refused."""

    text: str
    """Where, what and which rule, e.g. ``body.gpu_count: 0 is less than the minimum of 1 (rule: ...)``."""
    field: str
    """The value's dotted path in the instance (``spec.max_runtime_minutes``; ``''`` for the root)."""
    message: str
    """What is wrong, without the path or rule."""
    value_rule: bool
    """A well-formed value outside what the schema allows (not a missing or wrongly typed one)."""


def _dotted(path: Iterable[Any]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).removeprefix(".")


def _alternatives(error: Any) -> list[str]:
    """The properties of a ``oneOf`` whose branches each require their own ("exactly one of"),
    when the instance has none or several of them; otherwise nothing."""
    instance: Any = error.instance
    if error.validator != "oneOf" or not isinstance(instance, dict):
        return []
    branches = cast(list[Any], error.validator_value)
    required: list[list[str]] = [
        [str(name) for name in cast(dict[str, Any], branch).get("required", [])]
        if isinstance(branch, dict)
        else []
        for branch in branches
    ]
    if not all(required):
        return []
    names = list(dict.fromkeys(name for names in required for name in names))
    present = [name for name in names if name in cast(dict[str, Any], instance)]
    return names if len(present) != 1 else []


def _field(error: Any) -> str:
    """The field a ``ValidationError`` is about: for a missing or unexpected property, that property."""
    instance: Any = error.instance
    rule: Any = error.validator_value
    named: list[str] = []
    if error.validator == "required" and isinstance(instance, dict):
        named = [p for p in rule if p not in instance]
    elif error.validator in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        raw_schema: Any = error.schema
        schema = cast(dict[str, Any], raw_schema) if isinstance(raw_schema, dict) else {}
        known = cast(dict[str, Any], schema.get("properties", {}))
        named = [str(p) for p in cast(dict[str, Any], instance) if p not in known]
    elif error.validator == "oneOf":
        named = _alternatives(error)
    return _dotted([*error.absolute_path, *named[:1]])


def _misfit(errors: list[Any], depth: int) -> bool:
    """Whether an alternative does not fit the value at all: its type or constant, or the constant
    of a tag property (``type: text`` of a content part)."""
    return any(
        (e.validator in ("type", "const") and len(e.absolute_path) == depth)
        or (e.validator == "const" and len(e.absolute_path) == depth + 1)
        for e in errors
    )


def _distance(errors: list[Any], depth: int) -> tuple[bool, int, int]:
    """How far a value is from one alternative: misfit first, then errors, then missing fields."""
    return _misfit(errors, depth), len(errors), sum(e.validator == "required" for e in errors)


def _closest(errors: Iterable[Any]) -> Any:
    """The error that best explains a refusal: the most relevant one by jsonschema's ranking, and
    inside anyOf / oneOf the alternative that came closest (one the value fits, with the fewest
    errors, the first on a tie), not just "no match". When no alternative fits the value, the
    anyOf / oneOf error itself: the value has a shape none of them takes."""
    error = max(errors, key=relevance, default=None)
    while error is not None and error.context and not _alternatives(error):
        depth = len(error.absolute_path)
        branches: dict[Any, list[Any]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        closest = min(branches.values(), key=functools.partial(_distance, depth=depth))
        if _misfit(closest, depth):
            return error
        error = max(closest, key=relevance)
    return error


def _admits_nothing(schema: dict[str, Any]) -> bool:
    """No JSON value fits the schema: an ``allOf`` of types that exclude each other, as the spec's
    ``Absent`` (string and number) that an alternative gives the fields it excludes."""
    kinds: list[set[str]] = []
    for member in cast(list[Any], schema.get("allOf") or []):
        kind: Any = cast(dict[str, Any], member).get("type") if isinstance(member, dict) else None
        if kind is not None:
            names: list[Any] = [kind] if isinstance(kind, str) else list(kind)
            kinds.append({"number" if name == "integer" else str(name) for name in names})
    return len(kinds) > 1 and not kinds[0].intersection(*kinds[1:])


def _left_out(error: Any, validator: Any) -> str | None:
    """Why a property must be left out, when ``error`` refuses its value by a schema no value fits:
    the description of the schema excluding it (empty when it has none); None for other errors."""
    path = list(error.absolute_schema_path)
    for index in range(len(path) - 2, -1, -1):
        if path[index] == "properties" and _admits_nothing(validator.schema_at(path[: index + 2])):
            return str(validator.schema_at(path[:index]).get("description", ""))
    return None


def _schema_errors(validator: Any, instance: Any, location: str) -> list[SchemaError]:
    error = _closest(validator.iter_errors(instance))
    if error is None:
        return []
    alternatives = _alternatives(error)
    # a type or tag mismatch inside anyOf / oneOf alternatives: the value as a whole has the wrong
    # shape (``stop: [1]``, a content part of an unknown type), so name that value; a property of
    # an object among the alternatives keeps its own name
    shape = error.parent if error.validator in ("type", "const") else None
    while shape is not None and shape.validator not in ("anyOf", "oneOf"):
        shape = shape.parent
    if shape is not None and any(
        not isinstance(step, int) for step in list(error.absolute_path)[len(shape.absolute_path) :]
    ):
        shape = None
    excluded = _left_out(error, validator)
    if alternatives:
        message = f"exactly one of {', '.join(alternatives)} is required"
    elif excluded is not None:
        message = "must be left out" + (f" ({excluded.strip().rstrip('.')})" if excluded.strip() else "")
    else:
        message = str(error.message)
    where = "".join(f"[{p!r}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    rule = "/".join(str(p) for p in error.absolute_schema_path)
    text = f"{location}{where or '(root)'}: {message} (rule: {rule})"
    field = _dotted(shape.absolute_path) if shape is not None else _field(error)
    return [SchemaError(text, field, message, shape is None and _is_value_rule(error))]


def _is_value_rule(error: Any) -> bool:
    """A well-formed value outside what is allowed; an empty string or array counts as missing."""
    if error.validator in ("minLength", "minItems") and not error.instance:
        return False
    return error.validator in VALUE_RULES


class Breach(Enum):
    """What kind of request breach a problem is, which decides the answer (see the module doc)."""

    MALFORMED = "malformed"
    PARAMETER = "parameter"
    BODY = "body"
    IGNORED = "ignored"


@dataclass(frozen=True)
class RequestProblem:
    breach: Breach
    text: str
    """As recorded in ``Violations``."""
    field: str = ""
    message: str = ""
    value_rule: bool = False

    @classmethod
    def of(cls, breach: Breach, error: SchemaError, field: str | None = None) -> RequestProblem:
        return cls(
            breach, error.text, error.field if field is None else field, error.message, error.value_rule
        )


def _coerce(raw: list[str], param: Param) -> Any:
    """Query and path values arrive as strings; give them the type the schema asks for."""
    return coerce_strings(raw, param.schema, explode=param.explode)


def coerce_strings(raw: list[str], schema: dict[str, Any], *, explode: bool = True) -> Any:
    """String values (a query parameter's, a multipart field's) as the type ``schema`` asks for."""
    schema_type: Any = schema.get("type")
    types: set[Any] = set(schema_type) if isinstance(schema_type, list) else {schema_type}  # pyright: ignore[reportUnknownArgumentType]
    if "array" in types:
        values = raw if explode else [part for value in raw for part in value.split(",")]
        return [coerce_strings([value], schema.get("items", {})) for value in values]
    value = raw[-1]
    if "integer" in types or "number" in types:
        try:
            return int(value)
        except ValueError:
            try:
                return float(value) if "number" in types else value
            except ValueError:
                return value
    if "boolean" in types and value in ("true", "false"):
        return value == "true"
    return value


@dataclass
class SpecCheck:
    """Validation of one request/response pair against a compiled :class:`Spec`."""

    spec: Spec

    def find(self, method: str, raw_path: str) -> tuple[Operation, dict[str, str]] | None:
        return self.spec.find(method, raw_path)

    async def check_request(
        self, scope: Scope, op: Operation, raw_params: dict[str, str]
    ) -> list[RequestProblem]:
        problems: list[RequestProblem] = []
        query: dict[str, list[str]] = {}
        for key, value in parse_qsl(bytes(scope.get("query_string", b"")).decode("latin-1"), True):
            query.setdefault(key, []).append(value)
        declared_query = {p.name for p in op.params if p.location == "query"}
        problems += [
            RequestProblem(
                Breach.PARAMETER,
                f"query parameter '{name}' is not documented for {op.operation_id}",
                name,
                "is not a parameter of this operation",
            )
            for name in query
            if name not in declared_query
        ]
        for param in op.params:
            raw = self._raw_param(scope, param, query, raw_params)
            if raw is None:
                if param.required:
                    text = f"{param.location} parameter '{param.name}' is required"
                    problems.append(RequestProblem(Breach.PARAMETER, text, param.name, "is required"))
                continue
            errors = _schema_errors(param.validator, _coerce(raw, param), f"{param.location}.{param.name}")
            problems += [RequestProblem.of(Breach.PARAMETER, error, param.name) for error in errors]
        problems += await self._check_body(scope, op)
        return problems

    @staticmethod
    def _raw_param(
        scope: Scope, param: Param, query: dict[str, list[str]], raw_params: dict[str, str]
    ) -> list[str] | None:
        if param.location == "path":
            return [unquote(raw_params[param.name])] if param.name in raw_params else None
        if param.location == "query":
            return query.get(param.name)
        if param.location == "header":
            value = header(scope, param.name)
            return None if value is None else [value]
        return None

    async def _check_body(self, scope: Scope, op: Operation) -> list[RequestProblem]:
        body: bytes | None = scope.get(BODY_KEY, b"")
        if body is None:
            return []  # a body over 8 MiB streams to its route unread here (see request_log)
        if not body:
            return [RequestProblem(Breach.MALFORMED, "request body is required")] if op.body_required else []
        if op.body is None:
            text = f"{op.operation_id} takes no request body, got {len(body)} bytes"
            return [RequestProblem(Breach.IGNORED, text)]
        media = media_type(header(scope, "content-type"))
        found = op.body.lookup(media)
        if found is None:
            text = f"request Content-Type {media!r} is not one of {sorted(op.body.contents)}"
            return [RequestProblem(Breach.MALFORMED, text)]
        documented, validator = found
        if documented == "application/json":
            try:
                instance = json.loads(body)
            except ValueError as exc:
                return [RequestProblem(Breach.MALFORMED, f"request body is not valid JSON: {exc}")]
            errors = [] if validator is None else _schema_errors(validator, instance, "body")
            return [RequestProblem.of(Breach.BODY, error) for error in errors]
        if documented == "multipart/form-data":
            return await self._check_parts(scope, body, op.body.schemas[documented], validator)
        return []

    async def _check_parts(
        self, scope: Scope, body: bytes, schema: dict[str, Any], validator: Any
    ) -> list[RequestProblem]:
        """A multipart body is checked as the object of its parts: each text part typed as its
        property's schema says (``temperature=0.2`` is a number), each file part as its filename."""
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        try:
            async with Request(scope, receive).form() as form:
                parts = [
                    (name, value if isinstance(value, str) else value.filename or "")
                    for name, value in form.multi_items()
                ]
        except Exception as exc:  # a malformed multipart body is itself the violation
            return [RequestProblem(Breach.MALFORMED, f"multipart body does not parse: {exc}")]
        properties = schema.get("properties", {})
        grouped: dict[str, list[str]] = {}
        for name, value in parts:
            grouped.setdefault(name, []).append(value)
        instance = {
            name: coerce_strings(values, self.spec.resolve(properties.get(name, {})))
            for name, values in grouped.items()
        }
        errors = [] if validator is None else _schema_errors(validator, instance, "body")
        return [RequestProblem.of(Breach.BODY, error) for error in errors]

    def check_status(
        self, op: Operation, status: int, content_type: str | None
    ) -> tuple[Body | None, list[str]]:
        documented = op.response(status)
        if documented is None:
            return None, [f"status {status} is not documented for {op.operation_id}"]
        media = media_type(content_type)
        if media is not None and documented.contents and documented.lookup(media) is None:
            return documented, [f"Content-Type {media!r} is not documented for {status} of {op.operation_id}"]
        return documented, []

    @staticmethod
    def check_headers(op: Operation, status: int, documented: Body, start: Message) -> list[str]:
        """The response's documented headers: required ones present, every present one valid."""
        problems: list[str] = []
        for param in documented.headers:
            value = response_header(start, param.name)
            if value is None:
                if param.required:
                    problems.append(f"header {param.name} is required on {status} of {op.operation_id}")
                continue
            errors = _schema_errors(param.validator, _coerce([value], param), f"header.{param.name}")
            problems += [error.text for error in errors]
        return problems

    @staticmethod
    def check_body(
        op: Operation, status: int, documented: Body, content_type: str | None, body: bytes
    ) -> list[str]:
        media = media_type(content_type)
        if not documented.contents:
            return [f"{status} of {op.operation_id} documents no body, got {len(body)} bytes"] if body else []
        if not body and media is None:
            return [f"{status} of {op.operation_id} documents a body, got none"]
        found = documented.lookup(media)
        if found is None:
            return [f"Content-Type {media!r} is not documented for {status} of {op.operation_id}"]
        name, validator = found
        if name != "application/json" or validator is None:
            return []
        try:
            instance = json.loads(body)
        except ValueError as exc:
            return [f"response body is not valid JSON: {exc}"]
        return [error.text for error in _schema_errors(validator, instance, "body")]

    @staticmethod
    def check_event(op: Operation, validator: Any, raw: bytes) -> list[str]:
        try:
            event = parse_event(raw)
        except UnicodeDecodeError:
            return [f"{op.operation_id} sent an event that is not UTF-8"]
        if event is None or validator is None:
            return []
        return [error.text for error in _schema_errors(validator, event, "event")]


class SpecValidator:
    """The compiled spec plus the switches a test may flip (reset by ``FakeRuncrate.reset()``)."""

    def __init__(self, spec: Spec, violations: Violations) -> None:
        self.check = SpecCheck(spec)
        self.violations = violations
        self.check_requests = True
        self.check_responses = True

    def record(self, direction: str, scope: Scope, problems: Iterable[str]) -> list[str]:
        target = f"{scope['method']} {scope['path']}"
        messages = [f"{direction} {target}: {problem}" for problem in problems]
        for message in messages:
            self.violations.append(message)
        return messages


def violation_problem(status: int, messages: list[str]) -> ApiProblem:
    """The 500 that replaces a response breaking the spec (a bug of the fake, never the API's answer)."""
    shown = "; ".join(messages[:3]) + (f"; and {len(messages) - 3} more" if len(messages) > 3 else "")
    return ApiProblem(
        status,
        "spec_violation",
        f"OpenAPI spec violation: {shown}",
        details={"violations": messages},
        type="server_error",
    )


def request_answer(scope: Scope, problems: list[RequestProblem]) -> ApiProblem | None:
    """What the real API answers to a request with these breaches (None: it serves the request)."""
    for breach in (Breach.MALFORMED, Breach.PARAMETER, Breach.BODY):
        found = [problem for problem in problems if problem.breach is breach]
        if found:
            break
    else:
        return None
    first = found[0]
    if breach is Breach.MALFORMED:
        return ApiProblem(400, "bad_request", f"The request is malformed: {first.text}")
    details: dict[str, Any] = {"field": first.field, "violations": [problem.text for problem in problems]}
    message = f"{first.field or 'body'}: {first.message}"
    if breach is Breach.PARAMETER:
        return ApiProblem(400, "invalid_params", message, details=details, param=first.field)
    if is_inference(str(scope["path"])) and not all(problem.value_rule for problem in found):
        return ApiProblem(400, "invalid_params", message, details=details, param=first.field or None)
    return ApiProblem(422, "validation_error", message, details=details, param=first.field or None)


class ValidateRequests:
    """Inside authentication: records every breach of the spec and answers as the API would."""

    def __init__(self, app: ASGIApp, validator: SpecValidator) -> None:
        self._app = app
        self._validator = validator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self._validator.check_requests:
            found = self._validator.check.find(scope["method"], _raw_path(scope))
            if found is not None:
                problems = await self._validator.check.check_request(scope, *found)
                self._validator.record("request", scope, [problem.text for problem in problems])
                answer = request_answer(scope, problems)
                if answer is not None:
                    scope[SKIP_RESPONSE_CHECK] = True
                    await render_problem(scope, answer)(scope, receive, send)
                    return
        await self._app(scope, receive, send)


def _raw_path(scope: Scope) -> str:
    raw = scope.get("raw_path")
    return bytes(raw).decode("latin-1").split("?", 1)[0] if raw else str(scope["path"])


class ValidateResponses:
    """Outside authentication: checks status, content type and body of every response."""

    def __init__(self, app: ASGIApp, validator: SpecValidator) -> None:
        self._app = app
        self._validator = validator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self._validator.check_responses:
            await self._app(scope, receive, send)
            return
        found = self._validator.check.find(scope["method"], _raw_path(scope))
        if found is None:
            await self._app(scope, receive, send)
            return
        checker = _ResponseChecker(self._validator, found[0], scope=scope, receive=receive, send=send)
        await self._app(scope, receive, checker.send)
        await checker.finish()


class _ResponseChecker:
    """Wraps ``send`` for one response: buffers JSON, checks SSE per event, passes binary through."""

    def __init__(
        self,
        validator: SpecValidator,
        op: Operation,
        *,
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        self._validator = validator
        self._op = op
        self._scope = scope
        self._receive = receive
        self._send = send
        self._start: Message | None = None
        self._documented: Body | None = None
        self._mode = "buffer"
        self._chunks: list[bytes] = []
        self._events = EventSplitter()
        self._event_validator: Any = None
        self._done = False

    def _skip(self) -> bool:
        return bool(self._scope.get(SKIP_RESPONSE_CHECK))

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            await self._on_start(message)
        elif message["type"] == "http.response.body":
            await self._on_body(message)
        else:
            await self._send(message)

    async def _on_start(self, message: Message) -> None:
        self._start = message
        if self._skip():
            self._mode = "pass"
            await self._send(message)
            return
        status = int(message["status"])
        content_type = response_header(message, "content-type")
        self._documented, problems = self._validator.check.check_status(self._op, status, content_type)
        if self._documented is not None and not problems:
            problems = self._validator.check.check_headers(self._op, status, self._documented, message)
        media = media_type(content_type)
        if problems:
            self._mode = "replaced"
            await self._replace(problems)
        elif media == STREAMED_MEDIA:
            self._mode = "sse"
            found = self._documented.lookup(media) if self._documented else None
            self._event_validator = found[1] if found else None
            await self._send(message)
        elif media is not None and not media.startswith(BUFFERED_MEDIA):
            self._mode = "pass"  # binary bodies are checked by content type only
            await self._send(message)

    async def _on_body(self, message: Message) -> None:
        chunk = bytes(message.get("body", b""))
        more = bool(message.get("more_body", False))
        if self._mode == "replaced":
            return
        if self._mode == "pass":
            await self._send(message)
        elif self._mode == "sse":
            for raw in self._events.feed(chunk):
                problems = self._validator.check.check_event(self._op, self._event_validator, raw)
                self._validator.record("response", self._scope, problems)
            await self._send(message)
        else:
            self._chunks.append(chunk)
            if not more:
                await self._finish_buffered()
                return
        if not more:
            self._done = True

    async def _finish_buffered(self) -> None:
        assert self._start is not None and self._documented is not None
        self._done = True
        body = b"".join(self._chunks)
        content_type = response_header(self._start, "content-type")
        status = int(self._start["status"])
        problems = self._validator.check.check_body(self._op, status, self._documented, content_type, body)
        if problems:
            await self._replace(problems)
            return
        await self._send(self._start)
        await self._send({"type": "http.response.body", "body": body, "more_body": False})

    async def _replace(self, problems: list[str]) -> None:
        self._done = True
        messages = self._validator.record("response", self._scope, problems)
        response = render_problem(self._scope, violation_problem(500, messages))
        await response(self._scope, self._receive, self._send)

    async def finish(self) -> None:
        """Called when the app returns: flush a buffered response that ended without a body."""
        if self._start is not None and not self._done and self._mode == "buffer":
            await self._finish_buffered()
