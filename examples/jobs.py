"""Batch jobs: upload a directory of code, run it on a GPU, follow its logs, download its outputs verified.

    python examples/jobs.py --fake                     # against the fake Runcrate server
    python examples/jobs.py                            # against the real API (RUNCRATE_API_KEY)
    python examples/jobs.py --code ./my-project --command "python train.py" --out ./outputs

Shows ``jobs.uploads.upload`` packing a directory into a reproducible tar.gz (without ``.git``,
``__pycache__``, ``node_modules`` and dotfiles such as ``.env``; an unchanged tree is not sent
twice), ``jobs.run`` with a list of GPU candidates and an overall runtime limit, ``follow_logs``
streaming the output until the job ends, ``wait`` with ``raise_on_failure``, and artifact downloads
checked against the SHA-256 the API lists (a mismatch raises ``ChecksumMismatchError`` and leaves no
file behind). On the real API the job is billed while it runs (at most ``max_runtime_minutes``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _connect import connect, parser, wants_fake

from runcrate import Runcrate

GPU_CANDIDATES = ["L40S", "A100"]
"""Tried in order until one has capacity."""
DEMO_TRAIN_PY = """\
import json, os, pathlib

epochs = int(os.environ.get("EPOCHS", "3"))
for epoch in range(1, epochs + 1):
    print(f"epoch {epoch}/{epochs} loss={1 / epoch:.3f}", flush=True)
out = pathlib.Path(os.environ["RUNCRATE_OUTPUT_DIR"])
(out / "result.json").write_text(json.dumps({"epochs": epochs, "loss": 1 / epochs}))
"""


def step(title: str) -> None:
    print(f"\n== {title}")


def write_demo_project(directory: Path) -> Path:
    """A tiny training script, plus a ``.env`` that the upload leaves out."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "train.py").write_text(DEMO_TRAIN_PY)
    (directory / ".env").write_text("WANDB_API_KEY=never-uploaded\n")
    return directory


def run(client: Runcrate, code: Path, command: str, out: Path, *, poll: float) -> None:
    step("Upload the code")
    upload = client.jobs.uploads.upload(code)
    print(f"  {code} -> upload {upload.upload_id} (usable until {upload.expires_at})")

    step("Run it on a GPU")
    job = client.jobs.run(
        name="jobs-example",
        command=command,
        code={"upload_id": upload.upload_id},
        gpu_type=GPU_CANDIDATES,
        max_runtime_minutes=15,
        env={"EPOCHS": "3"},
        tags={"example": "jobs"},
    )
    print(f"  submitted {job.id} ({job.status})")

    step("Follow its logs until it ends")
    for chunk in client.jobs.follow_logs(job.id, poll_interval=poll, timeout=30 * 60):
        print(f"  | {chunk.text.rstrip()}")
    job = client.jobs.wait(job.id, poll_interval=poll, timeout=10 * 60, raise_on_failure=True)
    print(f"  {job.id} {job.status}: exit code {job.exit_code}, cost ${job.cost_usd or 0:.4f}")

    step("Download its outputs, verified")
    for artifact in client.jobs.artifacts.list(job.id):
        target = out / artifact.path
        target.parent.mkdir(parents=True, exist_ok=True)
        # Streamed to a temporary file, checked against the listed SHA-256, then renamed into place.
        saved = client.jobs.artifacts.download(job.id, artifact.path, to=target)
        print(f"  {artifact.path}: {saved.stat().st_size} bytes, sha256 {artifact.sha256[:16]}... verified")


def main() -> None:
    arguments = parser(__doc__)
    arguments.add_argument("--code", type=Path, help="a directory to upload (default: a demo project)")
    arguments.add_argument("--command", default="python train.py", help="what the job runs, in the code")
    arguments.add_argument(
        "--out", type=Path, help="where to save the outputs (default: a temporary directory)"
    )
    args = arguments.parse_args()
    with tempfile.TemporaryDirectory() as scratch, connect(wants_fake(args)) as (client, poll):
        code = args.code or write_demo_project(Path(scratch) / "project")
        out = args.out or Path(scratch) / "outputs"
        run(client, code, args.command, out, poll=poll)
    print("\nDone.")


if __name__ == "__main__":
    main()
