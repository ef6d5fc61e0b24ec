# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="ImageResult")


@_attrs_define(repr=False)
class ImageResult(WireModel):
    """Generated images."""

    _wire_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "data": "data",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "created",
        }
    )

    data: list[ImageData]
    created: int | None = None
    """ Creation time, Unix seconds. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        created = get("created")

        _data = get("data")
        if _data is None:
            raise missing_field(cls, src_dict, "data")
        data = [ImageData.from_dict(data_item_data) for data_item_data in json_list(_data)]

        image_result = object.__new__(cls)
        image_result.created = created
        image_result.data = data
        image_result._payload = src_dict
        return image_result


# Imported after the class so that models referring to each other import cleanly.
from ..models.image_data import ImageData  # noqa: E402
