from enum import StrEnum


class KnownJobRetryOn(StrEnum):
    MACHINE_FAILURE = "machine_failure"
    NONZERO_EXIT = "nonzero_exit"

    def __str__(self) -> str:
        return str(self.value)
