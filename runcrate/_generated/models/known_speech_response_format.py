from enum import StrEnum


class KnownSpeechResponseFormat(StrEnum):
    MP3 = "mp3"
    PCM = "pcm"

    def __str__(self) -> str:
        return str(self.value)
