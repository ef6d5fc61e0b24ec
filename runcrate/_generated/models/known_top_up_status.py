from enum import StrEnum


class KnownTopUpStatus(StrEnum):
    DECLINED = "declined"
    PROCESSING = "processing"
    REQUIRES_ACTION = "requires_action"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
