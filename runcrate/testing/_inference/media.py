"""Tiny but structurally valid media payloads (PNG, MP4, MP3, PCM), built in code.

The fake server returns real file formats so that clients which inspect, save or decode the bytes
see what a real server would send, yet every payload is deterministic and cheap to build. Large
MP4 downloads are produced lazily in chunks, so a benchmark can ask for a gigabyte without the
server ever holding it in memory.
"""

from __future__ import annotations

import hashlib
import math
import struct
import zlib
from collections.abc import Iterator

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_IMAGE_SIDE = 64
"""Largest side, in pixels, of a PNG the fake server draws (requested sizes are scaled down)."""

MP3_FRAME_HEADER = b"\xff\xfb\x94\xc4"
"""MPEG-1 Layer III, no CRC, 128 kbit/s, 48 kHz, no padding, mono, original."""
MP3_FRAME_BYTES = 384  # 144 * 128000 / 48000
MP3_FRAME_SECONDS = 1152 / 48000
PCM_SAMPLE_RATE = 24_000
PCM_TONE_HZ = 400  # 60 samples per period at 24 kHz: one period repeats exactly
SPEECH_CHARS_PER_SECOND = 15.0

CHUNK_BYTES = 64 * 1024
MP4_TIMESCALE = 1000


# ----------------------------------------------------------------------------------------- PNG


def png_size(width: int, height: int) -> tuple[int, int]:
    """The pixel size actually drawn: the requested size scaled down to fit ``MAX_IMAGE_SIDE``."""
    scale = min(1.0, MAX_IMAGE_SIDE / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def colour_for(text: str) -> tuple[int, int, int]:
    """A colour derived from ``text``, so the same prompt always paints the same image."""
    digest = hashlib.sha256(text.encode()).digest()
    return digest[0], digest[1], digest[2]


def png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """An 8-bit RGB PNG of one colour: signature, IHDR, one zlib IDAT and IEND, all with CRCs."""
    if width < 1 or height < 1:
        raise ValueError(f"PNG size must be at least 1x1, got {width}x{height}")
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    row = b"\x00" + bytes(colour) * width  # filter type 0 (None), then the pixels
    pixels = zlib.compress(row * height, 9)
    return (
        PNG_SIGNATURE + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", pixels) + _png_chunk(b"IEND", b"")
    )


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


# ----------------------------------------------------------------------------------------- MP4


class Mp4:
    """A minimal MP4 (``ftyp``, ``moov`` holding ``mvhd``, then ``mdat``) of a chosen total size.

    The ``mdat`` payload is a deterministic pattern derived from ``seed``; ``chunks()`` yields it
    lazily, so memory use does not grow with ``size``.
    """

    def __init__(self, *, seed: str, duration_seconds: float, size: int | None = None) -> None:
        self._head = _ftyp() + _moov(duration_seconds)
        minimum = len(self._head) + 8 + 16
        total = minimum + 1024 if size is None else max(size, minimum)
        payload = total - len(self._head) - 8
        if payload + 8 > 0xFFFFFFFF:  # the 32-bit box size cannot hold it: use a 64-bit largesize
            payload -= 8
            self._mdat_header = struct.pack(">I4sQ", 1, b"mdat", payload + 16)
        else:
            self._mdat_header = struct.pack(">I4s", payload + 8, b"mdat")
        self._payload = payload
        block = hashlib.sha256(seed.encode()).digest()
        self._pattern = block * (CHUNK_BYTES // len(block))
        self.size = len(self._head) + len(self._mdat_header) + payload

    def chunks(self) -> Iterator[bytes]:
        """The file, in pieces of at most ``CHUNK_BYTES`` (the first one is the box headers)."""
        yield self._head + self._mdat_header
        remaining = self._payload
        while remaining > 0:
            piece = self._pattern if remaining >= len(self._pattern) else self._pattern[:remaining]
            remaining -= len(piece)
            yield piece


def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body) + 8) + kind + body


def _ftyp() -> bytes:
    return _box(b"ftyp", b"isom" + struct.pack(">I", 0x200) + b"isomiso2mp41")


def _moov(duration_seconds: float) -> bytes:
    identity_matrix = (0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000)
    ticks = min(round(duration_seconds * MP4_TIMESCALE), 2**32 - 1)  # version 0 keeps 32 bits
    mvhd = (
        struct.pack(">B3xIIII", 0, 0, 0, MP4_TIMESCALE, ticks)
        + struct.pack(">IH10x", 0x00010000, 0x0100)  # rate 1.0, volume 1.0, reserved
        + struct.pack(">9I", *identity_matrix)
        + bytes(24)  # pre_defined
        + struct.pack(">I", 1)  # next_track_ID
    )
    return _box(b"moov", _box(b"mvhd", mvhd))


# ----------------------------------------------------------------------------------------- audio


def speech_seconds(text: str) -> float:
    """How long the fake voice takes to say ``text``: proportional to its length."""
    return max(1, len(text)) / SPEECH_CHARS_PER_SECOND


def silent_mp3(seconds: float) -> bytes:
    """Silent MPEG-1 Layer III frames (valid headers, zeroed side info and data) for ``seconds``."""
    frames = max(1, math.ceil(seconds / MP3_FRAME_SECONDS))
    frame = MP3_FRAME_HEADER + bytes(MP3_FRAME_BYTES - len(MP3_FRAME_HEADER))
    return frame * frames


def pcm_tone(seconds: float) -> bytes:
    """A quiet sine tone: 16-bit little-endian signed samples, 24 kHz, mono."""
    period = PCM_SAMPLE_RATE // PCM_TONE_HZ
    cycle = b"".join(
        struct.pack("<h", round(6000 * math.sin(2 * math.pi * i / period))) for i in range(period)
    )
    samples = max(1, round(seconds * PCM_SAMPLE_RATE))
    whole, rest = divmod(samples, period)
    return cycle * whole + cycle[: rest * 2]
