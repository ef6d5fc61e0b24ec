from enum import StrEnum


class KnownInstanceStatus(StrEnum):
    CREATING = "creating"
    DEPLOYING = "deploying"
    FAILED = "failed"
    PENDING = "pending"
    PROVISIONING = "provisioning"
    RUNNING = "running"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
