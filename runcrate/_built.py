"""Classes whose instances only the SDK creates, around state of its own (a client's engine, the
position of a list): their public type is for annotations and ``isinstance``, not for calling."""

from __future__ import annotations

from typing import ClassVar

__all__ = ["BuiltBySdk"]


class BuiltBySdk:
    """Calling the class is a ``TypeError`` that says where its instances come from; the SDK builds
    them with ``cls.__new__`` and a private constructor of the class."""

    __slots__ = ()

    _made_by: ClassVar[str]
    """Where users get instances, completing "... objects come from ..."."""

    def __init__(self) -> None:
        """Not for calling: a ``TypeError`` that says where these objects come from."""
        raise TypeError(
            f"{type(self).__name__} objects come from {self._made_by}; they cannot be created directly."
        )
