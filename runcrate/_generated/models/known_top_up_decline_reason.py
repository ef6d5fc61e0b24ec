from enum import StrEnum


class KnownTopUpDeclineReason(StrEnum):
    AUTHENTICATION_REQUIRED = "authentication_required"
    CARD_DECLINED = "card_declined"
    PAYMENT_BLOCKED = "payment_blocked"

    def __str__(self) -> str:
        return str(self.value)
