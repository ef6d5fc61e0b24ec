# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Image generation: ``client.images.generate`` (OpenAI-style), also ``client.models.generate_image``."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, cast

from runcrate._built import BuiltBySdk
from runcrate._engine._sync import SyncResource
from runcrate._generated.api.images import create_image
from runcrate._generated.models.image_data import ImageData
from runcrate._generated.resources import images as generated
from runcrate._inference_calls import split_options
from runcrate._media import (
    GeneratedImageView,
    ImageInput,
    ImagesResponseView,
    OfficialImageHelpers,
    image_inputs,
    write_atomically,
)
from runcrate._response import to_raw_response_wrapper
from runcrate._types import NOT_GIVEN, NotGiven, TimeoutValue, request_options

if TYPE_CHECKING:
    from runcrate._engine._sync import SyncEngine
    from runcrate._generated.params import ImageResponseFormat

__all__ = [
    "GeneratedImage",
    "Images",
    "ImagesResponse",
    "ImagesWithRawResponse",
    "parse_size",
]


def parse_size(size: str) -> tuple[int, int] | None:
    """OpenAI's ``size`` (``"1024x768"``) as ``(width, height)``; ``"auto"`` is None (the model decides)."""
    if size.strip().lower() == "auto":
        return None
    width, separator, height = size.strip().lower().partition("x")
    if not separator or not width.isdigit() or not height.isdigit():
        raise ValueError(f"size must be 'WIDTHxHEIGHT' (e.g. '1024x768') or 'auto', got {size!r}.")
    return int(width), int(height)


def _as_list(images: Sequence[ImageInput] | ImageInput | None) -> list[ImageInput] | None:
    """``input_images`` is a list on the wire; one image given alone becomes a list of one."""
    if images is None or isinstance(images, list | tuple):
        return None if images is None else list(images)
    return [cast(ImageInput, images)]


class GeneratedImage(BuiltBySdk, GeneratedImageView, OfficialImageHelpers):
    """One generated image: ``url``, ``b64_json``, ``revised_prompt``, plus ``to_bytes()`` and ``save()``
    (also under the official SDK's names ``to_bytes_async()`` and ``save_async()``)."""

    __slots__ = ("_engine",)
    _made_by = "images.generate()"
    _engine: SyncEngine

    @classmethod
    def _bound(cls, data: ImageData, engine: SyncEngine) -> Self:
        """The image ``data``, downloading through ``engine``."""
        image = cls.__new__(cls)
        image.data = data
        image._engine = engine
        return image

    def to_bytes(
        self, *, timeout: TimeoutValue | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> bytes:
        """The image's bytes: decoded from ``b64_json`` or a ``data:`` URL, else downloaded from ``url``.

        The download goes through the client's connection pool without the API key (the URL is a
        temporary asset URL on another host); it is retried like a read and raises
        ``ApiError`` (code ``download_failed``) when the URL has expired. ``timeout`` bounds each
        attempt from connecting to the last byte (without it: 60 s to connect and between two
        reads, no limit on the whole transfer); ``max_retries`` defaults to the client's.
        """
        embedded = self._embedded()
        if embedded is not None:
            return embedded
        download = self._engine.signed_download(str(self.url), timeout=timeout, max_retries=max_retries)
        return download.read()

    def save(
        self,
        path: str | os.PathLike[str],
        *,
        timeout: TimeoutValue | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Path:
        """Write the image to ``path`` atomically (a temporary file renamed into place) and return it.

        Embedded images are decoded; a URL is streamed to disk as :meth:`to_bytes` describes, under
        the same ``timeout`` and ``max_retries``.
        """
        embedded = self._embedded()
        if embedded is not None:
            return self._engine.offload(write_atomically, path, embedded)
        return self._engine.download_to_file(
            str(self.url), Path(path), timeout=timeout, max_retries=max_retries
        )


class ImagesResponse(ImagesResponseView[GeneratedImage]):
    """The generated images: ``data`` (each with ``save`` / ``to_bytes``), ``created``, and ``result``.

    It reads and dumps as the API's ``ImageResult`` model (``response["data"]``,
    ``response.model_dump()``, ``response.to_dict()``).
    """

    __slots__ = ()


class Images(generated.Images):
    """``client.images``: text-to-image, image-to-image, edits and controlled generation."""

    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """``generate`` returning a ``RawResponse`` (status, headers, request id) whose ``parse()`` gives
        the images."""
        return ImagesWithRawResponse(self)

    def generate(
        self: SyncResource,
        model: str,
        prompt: str,
        *,
        width: int | None = None,
        height: int | None = None,
        aspect_ratio: str | None = None,
        num_inference_steps: int | None = None,
        guidance: float | None = None,
        response_format: ImageResponseFormat | None = None,
        seed: int | None = None,
        negative_prompt: str | None = None,
        image: ImageInput | None = None,
        input_image: ImageInput | None = None,
        input_images: Sequence[ImageInput] | ImageInput | None = None,
        control_image: ImageInput | None = None,
        mask: ImageInput | None = None,
        start_image: ImageInput | None = None,
        prompt_strength: float | None = None,
        size: str | None = None,
        n: int | None = None,
        **extra: Any,
    ) -> ImagesResponse:
        """Generate images from a prompt: text-to-image, image-to-image, edits and controlled generation.

        ``client.images.generate`` and ``client.models.generate_image`` are this one method, taking
        both the API's names and OpenAI's: ``size="1024x768"`` is sent as ``width`` / ``height``
        (256-2048 each; not together with them), ``n`` is forwarded as it is.

        ``aspect_ratio`` (``1:1``, ``16:9``, ...), ``num_inference_steps`` (1-100), ``guidance``,
        ``seed``, ``negative_prompt`` and ``response_format`` (``url``, the default, or
        ``b64_json``) are sent only when given. Image inputs are ``image`` (image-to-image, with
        ``prompt_strength``), ``input_image`` (Kontext edits), ``input_images`` (a list of up to 8,
        FLUX.2 Pro), ``control_image`` (Canny), ``mask`` and ``start_image``. A ``str`` image is a
        URL or a data URI (``http://``, ``https://`` or ``data:``), sent as it is, and never read
        as a file name; bytes, a ``pathlib.Path`` or a binary file object are read and sent as a
        ``data:`` URI (MIME type from the extension, else the bytes' signature). Anything else is a
        ``ValueError`` naming the parameter.
        A model silently ignores parameters it does not support; other keywords are forwarded to it
        unchanged, except the per-call options ``timeout``, ``max_retries``, ``extra_headers``,
        ``extra_query`` and ``extra_body``.

        Returned URLs are temporary: ``save(path)`` or ``to_bytes()`` each image soon. Generation
        can take long: the call's timeout is at least 120 s. Errors: ``BadRequestError`` (400),
        ``InsufficientCreditsError`` (402), ``UnprocessableEntityError`` (422, e.g. a size out of
        range), ``RateLimitError`` (429), with the server's message; ``ValueError`` /
        ``FileNotFoundError`` before any request for an unusable input.
        """
        options, model_fields = split_options(extra)
        if size is not None:
            if width is not None or height is not None:
                raise ValueError("Pass either size or width/height, not both.")
            dimensions = parse_size(size)
            if dimensions is not None:
                width, height = dimensions
        images = self._engine.offload(
            image_inputs,
            {
                "image": image,
                "input_image": input_image,
                "input_images": _as_list(input_images),
                "control_image": control_image,
                "mask": mask,
                "start_image": start_image,
            },
        )
        fields = {
            **model_fields,
            "model": model,
            "prompt": prompt,
            "width": width,
            "height": height,
            "aspect_ratio": aspect_ratio,
            "num_inference_steps": num_inference_steps,
            "guidance": guidance,
            "response_format": response_format,
            "seed": seed,
            "negative_prompt": negative_prompt,
            "prompt_strength": prompt_strength,
            "n": n,
            **images,
        }
        arguments = generated.create_image_arguments(fields)
        engine = self._engine
        result = engine.request(create_image, options=request_options(options), **arguments)
        return ImagesResponse(result, [GeneratedImage._bound(item, engine) for item in result.data])


class ImagesWithRawResponse(generated.ImagesWithRawResponse):
    def __init__(self, resource: Images) -> None:
        super().__init__(resource)
        self.generate = to_raw_response_wrapper(resource.generate)
