"""Many calls at once with AsyncRuncrate: asyncio.gather over a bounded pool of requests, timed.

    python examples/async_concurrency.py --fake   # against the fake Runcrate server
    python examples/async_concurrency.py          # against the real API (RUNCRATE_API_KEY)

One ``AsyncRuncrate`` serves any number of concurrent calls over one connection pool. The example
times chat completions one at a time, then 50 of them through ``asyncio.gather`` with at most
``--concurrency`` in flight (a semaphore: stay well under your rate limit; a 429 is retried with
backoff anyway). It then reads instance statuses 50 times concurrently, one of them for an id that
does not exist, to show ``return_exceptions=True`` keeping one failure from cancelling the rest.
On the fake server it launches a few instances to watch (and terminates them); on the real API it
watches the instances you already have and launches nothing. Each chat call is billed on the real
API (16 tokens at most).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Sequence
from typing import TypeVar

from _connect import connect_async, parser, wants_fake

from runcrate import AsyncRuncrate, NotFoundError

CHAT_MODEL = "deepseek-ai/DeepSeek-V3"
CALLS = 50
SEQUENTIAL_CALLS = 5
FAKE_INSTANCES = 5

T = TypeVar("T")


def step(title: str) -> None:
    print(f"\n== {title}")


async def bounded(limit: asyncio.Semaphore, call: Awaitable[T]) -> T:
    """Await ``call`` once the semaphore lets it in: at most its value of calls run at a time."""
    async with limit:
        return await call


async def ask(client: AsyncRuncrate, n: int) -> str:
    messages = [{"role": "user", "content": f"Give me fact number {n} about GPUs."}]
    completion = await client.chat.completions.create(model=CHAT_MODEL, messages=messages, max_tokens=16)
    return completion.choices[0].message.content or ""


async def chat_calls(client: AsyncRuncrate, concurrency: int) -> None:
    step(f"{SEQUENTIAL_CALLS} chat completions, one at a time")
    started = time.perf_counter()
    for n in range(SEQUENTIAL_CALLS):
        await ask(client, n)
    per_call = (time.perf_counter() - started) / SEQUENTIAL_CALLS
    print(f"  {per_call * 1000:.0f} ms per call")

    step(f"{CALLS} chat completions through asyncio.gather, at most {concurrency} in flight")
    limit = asyncio.Semaphore(concurrency)
    started = time.perf_counter()
    answers = await asyncio.gather(*(bounded(limit, ask(client, n)) for n in range(CALLS)))
    elapsed = time.perf_counter() - started
    print(f"  {len(answers)} chat completions in {elapsed:.2f} s ({len(answers) / elapsed:.0f} calls/s)")
    print(f"  one at a time they would have taken about {per_call * CALLS:.2f} s")
    print(f"  first answer: {answers[0]}")


async def status_reads(client: AsyncRuncrate, ids: Sequence[str], concurrency: int) -> None:
    step(f"{CALLS} instance status reads at once, one of them for an unknown id")
    targets = [ids[n % len(ids)] for n in range(CALLS - 1)] + ["does-not-exist"]
    limit = asyncio.Semaphore(concurrency)
    started = time.perf_counter()
    results = await asyncio.gather(
        *(bounded(limit, client.instances.get_status(id)) for id in targets), return_exceptions=True
    )
    elapsed = time.perf_counter() - started
    failures = [result for result in results if isinstance(result, BaseException)]
    print(f"  {len(results)} status reads in {elapsed:.2f} s ({len(results) / elapsed:.0f} calls/s)")
    print(f"  {len(results) - len(failures)} answered, {len(failures)} failed:")
    for failure in failures:
        kind = "not found" if isinstance(failure, NotFoundError) else "error"
        print(f"    {kind}: {failure}")


async def watch_instances(client: AsyncRuncrate, launch: bool, concurrency: int, poll: float) -> None:
    if launch:
        step(f"Launch {FAKE_INSTANCES} instances together and wait until all run")
        launched = await asyncio.gather(
            *(client.instances.create(f"worker-{n}", gpu_type="A100") for n in range(FAKE_INSTANCES))
        )
        running = await asyncio.gather(
            *(client.instances.wait_until_running(i.id, poll_interval=poll) for i in launched)
        )
        print(f"  running: {', '.join(i.name for i in running)}")
        ids = [i.id for i in running]
    else:
        ids = [i.id for i in await client.instances.list()]
        if not ids:
            print("\n(no instances in this environment to watch: skipping the status reads)")
            return
    await status_reads(client, ids, concurrency)
    if launch:
        await asyncio.gather(*(client.instances.terminate(id) for id in ids))
        print(f"  terminated the {len(ids)} instances")


async def main_async(use_fake: bool, concurrency: int) -> None:
    async with connect_async(use_fake) as (client, poll):
        await chat_calls(client, concurrency)
        await watch_instances(client, launch=use_fake, concurrency=concurrency, poll=poll)


def main() -> None:
    arguments = parser(__doc__)
    arguments.add_argument("--concurrency", type=int, default=10, help="calls in flight at most (default 10)")
    args = arguments.parse_args()
    if args.concurrency < 1:
        arguments.error("--concurrency must be at least 1")
    asyncio.run(main_async(wants_fake(args), args.concurrency))
    print("\nDone.")


if __name__ == "__main__":
    main()
