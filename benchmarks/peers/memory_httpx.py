"""Shows which peak-memory reading belongs to the measured process: allocate, then report both.

Touches ``allocate_mib`` MiB (so the process has a peak of its own), frees it, and reports its own
high-water mark (``VmHWM``, what the benchmarks use) beside ``ru_maxrss``, which Linux carries over
from the process that spawned this one.
"""

from __future__ import annotations

from _common import emit, inherited_peak_rss_mib, peak_rss_mib, settings

PAGE = 4096


def main() -> None:
    config = settings()
    block = bytearray(config["allocate_mib"] * 1024 * 1024)
    for offset in range(0, len(block), PAGE):
        block[offset] = 1
    del block
    emit({"vmhwm_mib": peak_rss_mib(), "ru_maxrss_mib": inherited_peak_rss_mib()})


if __name__ == "__main__":
    main()
