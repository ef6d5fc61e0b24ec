"""``python -m runcrate.testing --port 8080``: run the fake server until Ctrl-C."""

from __future__ import annotations

import argparse
import threading

from runcrate.testing._fake import FakeRuncrate


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m runcrate.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    parser.add_argument("--speed", type=float, default=1.0, help="fake seconds per real second (default 1)")
    parser.add_argument("--no-validate", action="store_true", help="do not check traffic against the spec")
    args = parser.parse_args(argv)
    fake = FakeRuncrate(host=args.host, port=args.port, speed=args.speed, validate=not args.no_validate)
    with fake:
        print(f"Fake Runcrate at {fake.url}", flush=True)
        print(f"RUNCRATE_API_KEY={fake.api_key}", flush=True)
        print(f"RUNCRATE_BASE_URL={fake.url}", flush=True)
        print(f"RUNCRATE_INFERENCE_URL={fake.url}", flush=True)
        print("Press Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("Stopping.", flush=True)


if __name__ == "__main__":
    main()
