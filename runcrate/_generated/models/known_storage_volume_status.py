from enum import StrEnum


class KnownStorageVolumeStatus(StrEnum):
    ACTIVE = "active"
    ATTACHED = "attached"
    AVAILABLE = "available"

    def __str__(self) -> str:
        return str(self.value)
