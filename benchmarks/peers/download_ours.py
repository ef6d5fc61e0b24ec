"""Peak memory of our SDK while it downloads a video or a job artifact to disk."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from _common import current_rss_mib, emit, peak_rss_mib, settings

from runcrate import Runcrate
from runcrate._generated.api.jobs import get_job_artifact
from runcrate._generated.api.videos import download_video


def save_video(client: Runcrate, video_id: str, target: Path) -> Any:
    # Switch to the videos/models resource method once it lands.
    return client.request_binary(download_video, video_id).write_to_file(target)


def save_artifact(client: Runcrate, job_id: str, path: str, target: Path) -> Any:
    # Switch to client.jobs.artifacts.download(...) once the jobs resource lands.
    return client.download_to_file(client.request_redirect(get_job_artifact, job_id, path), target)


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
