"""Peak memory of raw httpx streaming the same downloads to disk (``iter_bytes`` into a file)."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
from _common import current_rss_mib, emit, peak_rss_mib, settings


def stream_to(client: httpx.Client, url: str, target: Path) -> None:
    with client.stream("GET", url) as response, target.open("wb") as file:
        response.raise_for_status()
        for block in response.iter_bytes():
            file.write(block)


def main() -> None:
    config = settings()
    target = Path(config["target"])
    headers = {"Authorization": f"Bearer {config['api_key']}"}
    with httpx.Client(base_url=config["url"], headers=headers, timeout=300) as client:
        before = current_rss_mib()
        start = time.perf_counter()
        if config["kind"] == "video":
            stream_to(client, f"/v1/videos/{config['video_id']}/download", target)
        else:
            redirect = client.get(f"/api/v1/jobs/{config['job_id']}/artifacts/{config['path']}")
            signed = str(redirect.url.join(redirect.headers["location"]))
            with httpx.Client(timeout=300) as storage:
                stream_to(storage, signed, target)
        seconds = time.perf_counter() - start
    size = target.stat().st_size
    target.unlink()
    emit({"peak_rss_mib": peak_rss_mib(), "before_rss_mib": before, "seconds": seconds, "bytes": size})


if __name__ == "__main__":
    main()
