# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="ImageResult")


@_attrs_define
class ImageResult(WireModel):
    """Generated images."""

    _wire_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "created": "created",
    }

    data: list[ImageData]
    created: int | Unset = UNSET
    """ Creation time, Unix seconds. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        data: list[Any] = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = [ImageData.from_dict(data_item_data) for data_item_data in json_list(d.pop("data"))]

        created = d.pop("created", UNSET)

        image_result = cls(
            data=data,
            created=created,
        )

        image_result.additional_properties = d
        return image_result


# Imported after the class so that models referring to each other import cleanly.
from ..models.image_data import ImageData  # noqa: E402
