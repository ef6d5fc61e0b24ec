from enum import StrEnum


class KnownScheduleRunStatus(StrEnum):
    CREDENTIAL_REVOKED = "credential_revoked"
    FAILED = "failed"
    LAUNCHED = "launched"
    NO_ACCESS = "no_access"
    SKIPPED_BUDGET = "skipped_budget"
    SKIPPED_OVERLAP = "skipped_overlap"

    def __str__(self) -> str:
        return str(self.value)
