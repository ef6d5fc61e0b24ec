from enum import StrEnum


class KnownJobCodeSource(StrEnum):
    GIT = "git"
    UPLOAD = "upload"

    def __str__(self) -> str:
        return str(self.value)
