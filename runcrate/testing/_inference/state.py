"""The inference surface's state and settings, kept as the world component ``"inference"``.

Tests and benchmarks reach it through ``world.component("inference")`` to tune the knobs in
``InferenceSettings``; ``reset()`` forgets every video and image and restores the defaults.

A video job is ``queued`` until ``settings.video_processing_after`` fake seconds have passed,
``processing`` until ``settings.video_completed_after``, then ``completed``, or ``failed`` with an
``error`` message when its prompt contains "fail".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass
class InferenceSettings:
    """Knobs for tests and benchmarks; every field has a cheap default."""

    big_event_bytes: int = 1024 * 1024
    """Size of the one large event the model ``big-event`` streams (``data: ...\\n\\n`` included)."""
    video_size_bytes: int | None = None
    """Total size of every MP4 download; ``None`` gives a small file (about 1 KiB)."""
    video_processing_after: float = 5.0
    """Fake seconds after creation at which a video job moves from ``queued`` to ``processing``."""
    video_completed_after: float = 30.0
    """Fake seconds after creation at which a video job ends ``completed`` (or ``failed``)."""


FAIL_TRIGGER = "fail"
"""A video prompt containing this word (any case) makes the job end ``failed``."""


@dataclass
class VideoJob:
    """One video generation job; its status is computed from fake time, never stored."""

    id: str
    model: str
    prompt: str
    created_at: float
    duration_seconds: int
    extra: dict[str, Any] = field(default_factory=dict[str, Any])

    @property
    def will_fail(self) -> bool:
        return FAIL_TRIGGER in self.prompt.lower()

    def status(self, now: float, settings: InferenceSettings) -> str:
        elapsed = now - self.created_at
        if elapsed < settings.video_processing_after:
            return "queued"
        if elapsed < settings.video_completed_after:
            return "processing"
        return "failed" if self.will_fail else "completed"

    def wire(self, now: float, settings: InferenceSettings) -> dict[str, Any]:
        """The ``VideoJob`` body as ``GET /videos/{id}`` returns it at fake time ``now``."""
        status = self.status(now, settings)
        progress: float | None
        if status == "queued":
            progress = 0
        elif status == "processing":
            span = settings.video_completed_after - settings.video_processing_after
            done = (now - self.created_at - settings.video_processing_after) / span
            progress = min(99, int(done * 100))
        else:
            progress = 100 if status == "completed" else None
        error = None
        if status == "failed":
            error = f"Video generation failed: the prompt asked the fake server to {FAIL_TRIGGER}."
        return {
            "id": self.id,
            "object": "video",
            "status": status,
            "model": self.model,
            "prompt": self.prompt,
            "created_at": int(self.created_at),
            "duration_seconds": self.duration_seconds,
            "progress": progress,
            "error": error,
            **self.extra,
        }


class InferenceState:
    """Videos and generated images, plus the settings."""

    COMPONENT: ClassVar[str] = "inference"

    def __init__(self) -> None:
        self.settings = InferenceSettings()
        self.videos: dict[str, VideoJob] = {}
        self.images: dict[str, bytes] = {}

    def reset(self) -> None:
        self.settings = InferenceSettings()
        self.videos.clear()
        self.images.clear()
