"""Media in and out of the inference API: image inputs as the strings it takes, uploads, image results.

Image fields (``image``, ``input_image``, ``input_images``, ``control_image``, ``mask``,
``start_image`` and the video fields ``image``, ``start_image``, ``image_url``) take an http(s) URL,
a ``data:`` URI or raw base64 on the wire. :func:`image_input` turns what a caller has into one of
those, by one rule that is the same for both clients:

* ``bytes`` / ``bytearray`` / ``memoryview``, a ``pathlib.Path`` (any ``os.PathLike``) or a binary
  file object are read and sent as ``data:<mime>;base64,...``. The MIME type comes from the file
  name's extension when it names an image type, else from the bytes' signature (PNG, JPEG, GIF,
  WebP, BMP, TIFF), else ``application/octet-stream``.
* A ``str`` is a URL or a data URI, sent unchanged: it must start with ``http://``, ``https://`` or
  ``data:``. It is never read as a file name, so a string that came from a request, a prompt or a
  model's output can never make the SDK read (and upload) a local file; anything else is a
  ``ValueError`` naming the parameter and saying how to send a file (a ``Path``) or base64 (a
  ``data:`` URI).
"""

from __future__ import annotations

import base64
import binascii
import io
import mimetypes
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, Generic, Protocol, TypeVar, cast
from urllib.parse import unquote_to_bytes

from runcrate._files import AtomicFile
from runcrate._generated.models.image_data import ImageData
from runcrate._generated.models.image_result import ImageResult
from runcrate._redaction import without_query
from runcrate._results import ModelView

__all__ = [
    "AudioInput",
    "AsyncOfficialImageHelpers",
    "AudioUpload",
    "GeneratedImageView",
    "ImageInput",
    "ImagesResponseView",
    "OfficialImageHelpers",
    "audio_upload",
    "data_uri",
    "embedded_image",
    "image_input",
    "image_inputs",
    "sniff_image_type",
    "write_atomically",
]

ImageInput = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""An image: a URL or data URI string; a ``pathlib.Path``; bytes; or a binary file object."""

AudioInput = (
    os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | tuple[str, Any] | tuple[str, Any, str]
)
"""Audio to transcribe: a ``pathlib.Path``, bytes, a binary file, or OpenAI's ``(filename, content[,
content_type])``. Never a ``str``: like an image input, a string is never read as a file name."""

DEFAULT_AUDIO_FILENAME = "audio.wav"
"""The part's filename when nothing names the audio (the official SDKs' default)."""

_PASSED_THROUGH = ("http://", "https://", "data:")
_OCTET_STREAM = "application/octet-stream"
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
_IMAGE_EXTENSIONS = {".webp": "image/webp", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


def sniff_image_type(data: bytes) -> str | None:
    """The image MIME type the bytes' signature shows, or None."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((mime for signature, mime in _SIGNATURES if data.startswith(signature)), None)


def _type_from_name(name: str | None) -> str | None:
    if not name:
        return None
    suffix = Path(name).suffix.lower()
    guessed = _IMAGE_EXTENSIONS.get(suffix) or mimetypes.guess_type(name)[0]
    return guessed if guessed is not None and guessed.startswith("image/") else None


def data_uri(data: bytes, mime: str) -> str:
    """``data:<mime>;base64,<data>``."""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _image_uri(data: bytes, name: str | None) -> str:
    return data_uri(data, _type_from_name(name) or sniff_image_type(data) or _OCTET_STREAM)


def _read_binary(file: IO[bytes], param: str) -> bytes:
    content = cast(object, file.read())
    if not isinstance(content, bytes | bytearray):
        raise ValueError(f"{param}: a file object must be opened in binary mode ('rb').")
    return bytes(content)


def _file_name(file: object) -> str | None:
    name = getattr(file, "name", None)
    return name if isinstance(name, str) and not name.startswith("<") else None


def image_input(value: ImageInput, param: str) -> str:
    """One image input as the API takes it (see the module docstring for the rule)."""
    if isinstance(value, str):
        if value.lower().startswith(_PASSED_THROUGH):
            return value
        raise ValueError(
            f"{param} must be an http(s) URL or a data: URI when it is a string, got {value[:80]!r}. "
            "A string is never read as a file: pass a pathlib.Path (or the bytes, or a binary file "
            "object) to send a local image, and base64 as 'data:image/png;base64,...'."
        )
    if isinstance(value, bytes | bytearray | memoryview):
        return _image_uri(bytes(value), None)
    if isinstance(value, os.PathLike):
        path = Path(value)
        if not path.is_file():
            raise FileNotFoundError(f"{param}: no file at {path}")
        return _image_uri(path.read_bytes(), path.name)
    if hasattr(value, "read"):
        return _image_uri(_read_binary(value, param), _file_name(value))
    raise ValueError(
        f"{param} must be a URL or data URI string, a pathlib.Path, bytes or a binary file object; "
        f"got {type(value).__name__}."
    )


def image_inputs(fields: Mapping[str, ImageInput | Sequence[ImageInput] | None]) -> dict[str, Any]:
    """The image fields that were given, each converted; a list field (``input_images``) item by item.

    Blocking (it may read files): the async client runs it in a worker thread.
    """
    converted: dict[str, Any] = {}
    for param, value in fields.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            items = cast(Sequence[ImageInput], value)
            converted[param] = [image_input(item, f"{param}[{i}]") for i, item in enumerate(items)]
        else:
            converted[param] = image_input(cast(ImageInput, value), param)
    return converted


def embedded_image(url: str | None, b64_json: str | None) -> bytes | None:
    """The bytes of a generated image carried in the response itself (``b64_json`` or a ``data:`` URL).

    None when the image is only at an http(s) URL (download it); a ``ValueError`` when it has neither.
    """
    if b64_json:
        return _decode_base64(b64_json, "b64_json")
    if url is None:
        raise ValueError("This image has neither b64_json nor a url.")
    if not url.lower().startswith("data:"):
        return None
    header, comma, payload = url.partition(",")
    if not comma:
        raise ValueError("The image's data: URL has no ',' before its data.")
    if header.lower().endswith(";base64"):
        return _decode_base64(unquote_to_bytes(payload).decode("ascii", "replace"), "data: URL")
    return unquote_to_bytes(payload)


def _decode_base64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except binascii.Error as exc:
        raise ValueError(f"The image's {what} holds invalid base64 ({exc}).") from None


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file renamed into place (blocking)."""
    with AtomicFile(path) as target:
        target.write(data)
    return target.target


class SpeechAudio(bytes):
    """Generated speech: the audio bytes themselves, plus the methods of OpenAI's binary response.

    Code written for the official SDK (which returns ``bytes``) and for OpenAI's
    ``response.write_to_file(path)`` / ``response.read()`` both work with it.
    """

    content_type: str | None = None
    """``audio/mpeg`` for mp3, ``audio/pcm`` for pcm."""

    request_id: str | None = None
    """The request id of the response the audio came in (``None`` when the API sent none)."""

    @property
    def _request_id(self) -> str | None:
        """:attr:`request_id`, under the name every parsed model uses."""
        return self.request_id

    @property
    def content(self) -> bytes:
        return bytes(self)

    def read(self) -> bytes:
        return bytes(self)

    def iter_bytes(self, chunk_size: int = 65536) -> Iterator[bytes]:
        for start in range(0, len(self), chunk_size):
            yield bytes(self[start : start + chunk_size])

    def write_to_file(self, path: str | os.PathLike[str]) -> Path:
        """Write the audio to ``path`` atomically (no partial file on failure)."""
        return write_atomically(path, bytes(self))

    stream_to_file = write_to_file


@dataclass
class AudioUpload:
    """The ``file`` part of a transcription: its filename and content; ``close`` releases a file we opened."""

    filename: str
    content: BinaryIO
    content_type: str
    opened: bool = False

    def close(self) -> None:
        if self.opened:
            self.content.close()


def _audio_type(filename: str) -> str:
    guessed = mimetypes.guess_type(filename)[0]
    return guessed if guessed is not None else _OCTET_STREAM


def audio_upload(file: AudioInput, filename: str | None) -> AudioUpload:
    """The upload for ``file``; its name is ``filename``, else the file's own name, else ``audio.wav``.

    A path is opened here (close the upload when the request is done); bytes are wrapped; a file
    object is sent as it is (seekable ones can be re-sent on a retry). A ``str`` is refused, as for
    image inputs: a string from a request or a model's output must never become a file read.
    Blocking: the async client runs it in a worker thread.
    """
    if isinstance(file, tuple):
        if not 2 <= len(file) <= 3 or not isinstance(cast(object, file[0]), str):
            raise ValueError(
                "file as a tuple must be (filename, content) or (filename, content, content_type)."
            )
        name_in_tuple, inner = file[0], file[1]
        content_type = file[2] if len(file) == 3 else None
        upload = audio_upload(inner, filename or name_in_tuple)
        if content_type is not None:
            upload.content_type = content_type
        return upload
    if isinstance(file, bytes | bytearray | memoryview):
        name = filename or DEFAULT_AUDIO_FILENAME
        return AudioUpload(name, io.BytesIO(bytes(file)), _audio_type(name))
    if isinstance(file, str):
        raise ValueError(
            f"file must not be a string, got {file[:80]!r}: a string is never read as a file name. "
            "Pass a pathlib.Path to send a local file (or its bytes, or a file opened in 'rb' mode)."
        )
    if isinstance(file, os.PathLike):
        path = Path(file)
        if not path.is_file():
            raise FileNotFoundError(f"file: no audio file at {path}")
        name = filename or path.name
        return AudioUpload(name, path.open("rb"), _audio_type(name), opened=True)
    if isinstance(file, io.TextIOBase):
        raise ValueError("file: an audio file object must be opened in binary mode ('rb').")
    if hasattr(file, "read"):
        own = _file_name(file)
        name = filename or (Path(own).name if own else DEFAULT_AUDIO_FILENAME)
        return AudioUpload(name, cast(BinaryIO, file), _audio_type(name))
    raise ValueError(
        "file must be a pathlib.Path, bytes, a binary file object or (filename, content); got "
        f"{type(file).__name__}."
    )


class GeneratedImageView(ModelView):
    """One generated image (the API's ``ImageData``): attributes read ``None`` when absent.

    It reads and dumps as its model does (``image["url"]``, ``image.to_dict()``,
    ``image.model_dump()``). The resources add ``to_bytes()`` and ``save(path)`` (awaitable on the
    async client), and the official SDK's awaitable ``to_bytes_async()`` / ``save_async()``.
    """

    __slots__ = ("data",)

    def __init__(self, data: ImageData) -> None:
        self.data = data
        """The generated ``ImageData`` model."""

    @property
    def _model(self) -> ImageData:
        return self.data

    @property
    def url(self) -> str | None:
        """Temporary URL of the image (possibly itself a ``data:`` URI); download it soon."""
        return self.data.url if isinstance(self.data.url, str) else None

    @property
    def b64_json(self) -> str | None:
        """The image as base64, when ``response_format`` was ``b64_json``."""
        return self.data.b64_json if isinstance(self.data.b64_json, str) else None

    @property
    def revised_prompt(self) -> str | None:
        """The prompt the model actually used, when it rewrote it."""
        value = self.data.revised_prompt
        return value if isinstance(value, str) else None

    def _embedded(self) -> bytes | None:
        return embedded_image(self.url, self.b64_json)

    def __repr__(self) -> str:
        """The image's source: a URL without its query (a signed URL's query is its signature)."""
        url = self.url or ""
        shown = url[:60] if url.lower().startswith("data:") else without_query(url)
        source = "b64_json" if self.b64_json else f"url={shown!r}"
        return f"<{type(self).__name__} {source}>"


class _SyncImage(Protocol):
    def to_bytes(self) -> bytes: ...
    def save(self, path: str | os.PathLike[str]) -> Path: ...


class _AsyncImage(Protocol):
    async def to_bytes(self) -> bytes: ...
    async def save(self, path: str | os.PathLike[str]) -> Path: ...


class OfficialImageHelpers:
    """The official SDK's awaitable ``to_bytes_async()`` and ``save_async()`` on the sync client's
    images: the download runs in a worker thread, so it never blocks the event loop awaiting it."""

    __slots__ = ()

    async def to_bytes_async(self: _SyncImage) -> bytes:
        """``to_bytes()``, awaitable."""
        import asyncio  # noqa: PLC0415 (the sync client never needs it otherwise)

        return await asyncio.to_thread(self.to_bytes)

    async def save_async(self: _SyncImage, path: str | os.PathLike[str]) -> Path:
        """``save(path)``, awaitable."""
        import asyncio  # noqa: PLC0415 (the sync client never needs it otherwise)

        return await asyncio.to_thread(self.save, path)


class AsyncOfficialImageHelpers:
    """The official SDK's names for the async client's image helpers, which are awaitable already:
    ``to_bytes_async()`` is ``to_bytes()``, ``save_async(path)`` is ``save(path)``."""

    __slots__ = ()

    async def to_bytes_async(self: _AsyncImage) -> bytes:
        """``to_bytes()``, under the official SDK's name."""
        return await self.to_bytes()

    async def save_async(self: _AsyncImage, path: str | os.PathLike[str]) -> Path:
        """``save(path)``, under the official SDK's name."""
        return await self.save(path)


_Image = TypeVar("_Image", bound=GeneratedImageView)


class ImagesResponseView(ModelView, Generic[_Image]):
    """The generated images: ``data`` (each with its download helpers), ``created``, and ``result``, the
    API's ``ImageResult`` model, which it reads and dumps as (``response["data"]``,
    ``response.model_dump()``)."""

    __slots__ = ("data", "result")

    def __init__(self, result: ImageResult, images: list[_Image]) -> None:
        self.result = result
        """The ``ImageResult`` model as the API returned it."""
        self.data = images
        """The images, in order."""

    @property
    def _model(self) -> ImageResult:
        return self.result

    @property
    def created(self) -> int | None:
        """Creation time, Unix seconds."""
        return self.result.created if isinstance(self.result.created, int) else None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {len(self.data)} image(s)>"
