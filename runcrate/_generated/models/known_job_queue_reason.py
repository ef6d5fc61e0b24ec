from enum import StrEnum


class KnownJobQueueReason(StrEnum):
    BUDGET = "budget"
    MAX_PARALLEL = "max_parallel"
    NO_CAPACITY = "no_capacity"
    VOLUME_BUSY = "volume_busy"

    def __str__(self) -> str:
        return str(self.value)
