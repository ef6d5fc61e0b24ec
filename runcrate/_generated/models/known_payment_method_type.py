from enum import StrEnum


class KnownPaymentMethodType(StrEnum):
    CARD = "card"

    def __str__(self) -> str:
        return str(self.value)
