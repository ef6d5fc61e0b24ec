"""``python -m runcrate.testing --port 8080``: run the fake server until Ctrl-C or SIGTERM.

It prints the settings a client needs as ``NAME=value`` lines, and the control API's address and
token, so that a test suite in another process (or language) can start it, read them and drive it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import threading

from runcrate.testing._control import PREFIX
from runcrate.testing._fake import FakeRuncrate

CONTROL_TOKEN_VARIABLE = "RUNCRATE_FAKE_CONTROL_TOKEN"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m runcrate.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    parser.add_argument("--speed", type=float, default=1.0, help="fake seconds per real second (default 1)")
    parser.add_argument("--api-key", help="the API key to accept (default: a new random rc_live_ key)")
    parser.add_argument(
        "--control-token",
        default=os.environ.get(CONTROL_TOKEN_VARIABLE),
        help=f"the control API's bearer token (default: ${CONTROL_TOKEN_VARIABLE}, else a random one)",
    )
    parser.add_argument("--no-validate", action="store_true", help="do not check traffic against the spec")
    args = parser.parse_args(argv)
    try:
        fake = FakeRuncrate(
            host=args.host,
            port=args.port,
            speed=args.speed,
            validate=not args.no_validate,
            api_key=args.api_key,
            control_token=args.control_token,
        )
    except ValueError as exc:
        parser.error(str(exc))
    stopped = threading.Event()

    def stop(signum: int, frame: object) -> None:
        stopped.set()

    signal.signal(signal.SIGTERM, stop)
    with fake:
        print(f"Fake Runcrate at {fake.url}", flush=True)
        print(f"RUNCRATE_API_KEY={fake.api_key}", flush=True)
        print(f"RUNCRATE_BASE_URL={fake.url}", flush=True)
        print(f"RUNCRATE_INFERENCE_URL={fake.url}", flush=True)
        print(f"RUNCRATE_FAKE_CONTROL_URL={fake.url}{PREFIX}", flush=True)
        print(f"{CONTROL_TOKEN_VARIABLE}={fake.control_token}", flush=True)
        print("Press Ctrl-C to stop.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            stopped.wait()
        print("Stopping.", flush=True)


if __name__ == "__main__":
    main()
