from enum import StrEnum


class KnownStorageProvider(StrEnum):
    AWS_S3 = "aws-s3"
    WASABI = "wasabi"

    def __str__(self) -> str:
        return str(self.value)
