# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ChatFunctionDefinition")


@_attrs_define
class ChatFunctionDefinition(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "parameters": "parameters",
        "strict": "strict",
    }

    name: str
    """ Function name (letters, digits, underscores and dashes). """
    description: str | Unset = UNSET
    """ What the function does; the model uses it to decide when to call it. """
    parameters: ChatFunctionDefinitionParameters | Unset = UNSET
    """ The function's arguments as a JSON Schema object. """
    strict: bool | Unset = UNSET
    """ Ask for arguments that follow `parameters` exactly, where the model supports it. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: ChatFunctionDefinitionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ChatFunctionDefinitionParameters.from_dict(cast("Mapping[str, Any]", _parameters))

        strict = d.pop("strict", UNSET)

        chat_function_definition = cls(
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
        )

        chat_function_definition.additional_properties = d
        return chat_function_definition


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_function_definition_parameters import ChatFunctionDefinitionParameters  # noqa: E402
