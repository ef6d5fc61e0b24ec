from enum import StrEnum


class KnownScheduleKind(StrEnum):
    INSTANCE = "instance"
    JOB = "job"

    def __str__(self) -> str:
        return str(self.value)
