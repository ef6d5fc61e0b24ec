"""Peak memory of the official SDK on the same downloads.

Its video download returns the whole body as ``bytes`` (then written here); its artifact download
streams to the file given as ``to=``.
"""

from __future__ import annotations

import time
from pathlib import Path

from _common import current_rss_mib, emit, peak_rss_mib, settings

from runcrate import Runcrate


def main() -> None:
    config = settings()
    target = Path(config["target"])
    with Runcrate(api_key=config["api_key"], base_url=config["url"], inference_url=config["url"]) as client:
        before = current_rss_mib()
        start = time.perf_counter()
        if config["kind"] == "video":
            target.write_bytes(client.models.download_video(config["video_id"]))
        else:
            client.jobs.artifacts.download(config["job_id"], config["path"], to=target)
        seconds = time.perf_counter() - start
    size = target.stat().st_size
    target.unlink()
    emit({"peak_rss_mib": peak_rss_mib(), "before_rss_mib": before, "seconds": seconds, "bytes": size})


if __name__ == "__main__":
    main()
