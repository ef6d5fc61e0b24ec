from enum import StrEnum


class KnownTransactionType(StrEnum):
    ADJUSTMENT = "adjustment"
    CREDIT = "credit"
    DEBIT = "debit"
    REFUND = "refund"
    USAGE = "usage"

    def __str__(self) -> str:
        return str(self.value)
