from enum import StrEnum


class KnownJobWebhookEvent(StrEnum):
    FINISHED = "finished"
    STARTED = "started"

    def __str__(self) -> str:
        return str(self.value)
