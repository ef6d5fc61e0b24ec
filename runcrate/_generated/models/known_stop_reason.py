from enum import StrEnum


class KnownStopReason(StrEnum):
    BUDGET = "budget"
    FAILED = "failed"
    IDLE = "idle"
    LOW_BALANCE = "low_balance"
    MAX_RUNTIME = "max_runtime"
    SYSTEM = "system"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
