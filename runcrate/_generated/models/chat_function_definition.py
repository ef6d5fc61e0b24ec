# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatFunctionDefinition")


@_attrs_define(repr=False)
class ChatFunctionDefinition(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "parameters": "parameters",
        "strict": "strict",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "parameters",
            "strict",
        }
    )

    name: str
    """ Function name (letters, digits, underscores and dashes). """
    description: str | None = None
    """ What the function does; the model uses it to decide when to call it. """
    parameters: ChatFunctionDefinitionParameters | None = None
    """ The function's arguments as a JSON Schema object. """
    strict: bool | None = None
    """ Ask for arguments that follow `parameters` exactly, where the model supports it. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        description = get("description")

        _parameters = get("parameters")
        parameters = (
            None
            if _parameters is None
            else ChatFunctionDefinitionParameters.from_dict(cast("Mapping[str, Any]", _parameters))
        )

        strict = get("strict")

        chat_function_definition = object.__new__(cls)
        chat_function_definition.name = name
        chat_function_definition.description = description
        chat_function_definition.parameters = parameters
        chat_function_definition.strict = strict
        chat_function_definition._payload = src_dict
        return chat_function_definition


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_function_definition_parameters import ChatFunctionDefinitionParameters  # noqa: E402
