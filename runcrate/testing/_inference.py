"""The inference surface (mounted under ``/v1``): chat, images, videos and audio.

Its state lives in the world component ``"inference"`` (an ``InferenceState``), whose
``settings`` tune the test models and payload sizes; see each route module for its rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.routing import BaseRoute

from . import _audio, _chat, _images, _videos
from ._inference_state import InferenceState

if TYPE_CHECKING:
    from ._world import World

COMPONENT = "inference"


def routes(world: World) -> list[BaseRoute]:
    """Register the inference state on ``world`` and return the routes, relative to ``/v1``."""
    state = InferenceState()
    world.register(COMPONENT, state)
    return [
        *_chat.routes(world, state),
        *_images.routes(world, state),
        *_videos.routes(world, state),
        *_audio.routes(),
    ]
