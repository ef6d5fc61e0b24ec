"""Runcrate quick start: the main things the SDK does, one printed step at a time.

    make demo                          # against the fake Runcrate server, no account needed
    python examples/quickstart.py      # against the real API when RUNCRATE_API_KEY is set
    python examples/quickstart.py --fake

Against the real API this launches a GPU instance and a small batch job (billed while they
run) and cleans both up at the end.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _connect import connect, parser, wants_fake

from runcrate import Runcrate

CHAT_MODEL = "deepseek-ai/DeepSeek-V3"
IMAGE_MODEL = "black-forest-labs/FLUX.1-schnell"
VIDEO_MODEL = "wan-ai/Wan2.1-T2V-14B"
SPEECH_MODEL = "hexgrad/Kokoro-82M"
TRANSCRIPTION_MODEL = "openai/whisper-large-v3"
DEMO_PUBLIC_KEY = (
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJz1n8ZP2nX0n2yq0Yk6m6f7m6Gx2kq1T3lQ0oJzQ1W quickstart"
)


def step(title: str) -> None:
    print(f"\n== {title}")


def run(client: Runcrate, out: Path, *, poll: float) -> None:
    step("GPU types you can launch right now")
    types = client.instances.list_types()
    for offer in sorted(types, key=lambda t: t.hourly_rate)[:5]:
        where = f"{offer.gpu_count}x {offer.gpu_type:<10} {offer.region:<14}"
        print(f"  {offer.id:<28} {where} ${offer.hourly_rate:.2f}/h")

    step("Register an SSH key")
    key = client.ssh_keys.create("quickstart", DEMO_PUBLIC_KEY)
    print(f"  added {key.name} ({key.fingerprint})")

    step("Launch an instance and wait until it runs")
    instance = client.instances.create("quickstart", gpu_type=types[0].gpu_type, max_runtime_minutes=30)
    print(f"  launched {instance.id} ({instance.status})")
    instance = client.instances.wait_until_running(
        instance.id, poll_interval=poll, on_status=lambda s: print(f"  ... {s.status}")
    )
    print(f"  running at {instance.ip}")

    step("Stream a chat completion")
    stream = client.chat.completions.create(
        model=CHAT_MODEL, messages=[{"role": "user", "content": "Say hello to a new GPU."}], stream=True
    )
    with stream:
        print("  ", end="")
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                print(chunk.choices[0].delta.content, end="", flush=True)
    print()

    step("Generate an image")
    image = client.images.generate(
        model=IMAGE_MODEL, prompt="a tidy rack of GPUs", response_format="b64_json"
    )
    image_path = out / "image.png"
    image.data[0].save(image_path)
    print(f"  saved {image_path} ({image_path.stat().st_size} bytes)")

    step("Text to speech, then transcribe it back")
    speech_path = out / "speech.mp3"
    client.models.text_to_speech(SPEECH_MODEL, "Your instance is running.", to=speech_path)
    print(f"  saved {speech_path} ({speech_path.stat().st_size} bytes)")
    transcript = client.models.transcribe(TRANSCRIPTION_MODEL, speech_path)
    print(f"  transcript: {transcript.text}")

    step("Generate a video")
    video_path = out / "video.mp4"
    client.models.generate_video_and_save(
        video_path,
        VIDEO_MODEL,
        "a time-lapse of a data centre at night",
        duration=4,
        poll_interval=poll,
        on_status=lambda v: print(f"  ... {v.status}"),
    )
    print(f"  saved {video_path} ({video_path.stat().st_size} bytes)")

    step("Run a batch job and follow its logs")
    job = client.jobs.run(
        command="python -c 'print(42)'",
        gpu_type=[types[0].gpu_type],
        max_runtime_minutes=10,
        name="quickstart",
    )
    print(f"  submitted {job.id} ({job.status})")
    for log in client.jobs.follow_logs(job.id, poll_interval=poll):
        print(f"  | {log.text.rstrip()}")
    job = client.jobs.wait(job.id, poll_interval=poll)
    print(f"  {job.id} ended {job.status} (exit code {job.exit_code})")

    step("Balance")
    balance = client.billing.get_balance()
    print(f"  ${balance.credits_balance:.2f} credits")

    step("Clean up")
    client.instances.terminate(instance.id)
    client.ssh_keys.delete(key.id)
    print(f"  terminated {instance.id}, removed SSH key {key.name}")


def main() -> None:
    arguments = parser(__doc__)
    arguments.add_argument(
        "--out", type=Path, help="where to save the files (default: a temporary directory)"
    )
    args = arguments.parse_args()
    with tempfile.TemporaryDirectory() as scratch, connect(wants_fake(args)) as (client, poll):
        out = args.out or Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        run(client, out, poll=poll)
    print("\nDone.")


if __name__ == "__main__":
    main()
