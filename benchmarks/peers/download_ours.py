"""Peak memory of our SDK while it downloads a video or a job artifact to disk."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from _common import current_rss_mib, emit, peak_rss_mib, settings

from runcrate import Runcrate


def save_video(client: Runcrate, video_id: str, target: Path) -> Any:
    return client.models.download_video(video_id, to=target)


def save_artifact(client: Runcrate, job_id: str, path: str, target: Path) -> Any:
    return client.jobs.artifacts.download(job_id, path, to=target)


def main() -> None:
    config = settings()
    target = Path(config["target"])
    with Runcrate(api_key=config["api_key"], base_url=config["url"], inference_url=config["url"]) as client:
        before = current_rss_mib()
        start = time.perf_counter()
        if config["kind"] == "video":
            save_video(client, config["video_id"], target)
        else:
            save_artifact(client, config["job_id"], config["path"], target)
        seconds = time.perf_counter() - start
    size = target.stat().st_size
    target.unlink()
    emit({"peak_rss_mib": peak_rss_mib(), "before_rss_mib": before, "seconds": seconds, "bytes": size})


if __name__ == "__main__":
    main()
