# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="InferenceErrorEnvelope")


@_attrs_define(repr=False)
class InferenceErrorEnvelope(WireModel):
    """The OpenAI-style error envelope used by the inference server."""

    _wire_names: ClassVar[dict[str, str]] = {
        "error": "error",
    }

    error: InferenceErrorBody
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _error = get("error")
        if _error is None:
            raise missing_field(cls, src_dict, "error")
        error = InferenceErrorBody.from_dict(cast("Mapping[str, Any]", _error))

        inference_error_envelope = object.__new__(cls)
        inference_error_envelope.error = error
        inference_error_envelope._payload = src_dict
        return inference_error_envelope


# Imported after the class so that models referring to each other import cleanly.
from ..models.inference_error_body import InferenceErrorBody  # noqa: E402
