from enum import StrEnum


class KnownJobEventKind(StrEnum):
    CREATED = "created"
    EXITED = "exited"
    LAUNCH_ATTEMPT = "launch_attempt"
    QUEUED = "queued"
    STARTED = "started"

    def __str__(self) -> str:
        return str(self.value)
