"""The pytest plugin, as a user's suite meets it: a fresh directory with no conftest, run by pytest.

The package registers ``runcrate.testing.pytest_plugin`` under the ``pytest11`` entry point, so the
fixtures are there without any setup. One suite (run once, in a subprocess) exercises them; the
tests below read its report. This project's own suite uses the same fixtures (tests/conftest.py).
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SUITE = """
import asyncio

import pytest

import runcrate


def test_a_ready_client_and_a_fresh_fake(runcrate_client, runcrate_fake):
    runcrate_client.instances.create("left-over", gpu_type="H100")
    assert len(runcrate_fake.requests) == 1


def test_the_next_test_starts_fresh(runcrate_client, runcrate_fake):
    assert runcrate_client.instances.list() == []
    assert runcrate_fake.requests[-1].path == "/api/v1/instances"


def test_a_fixture_reached_dynamically_is_fresh_too(request):
    client = request.getfixturevalue("runcrate_client")
    assert client.instances.list() == []


def test_waits_move_the_fake_clock_instead_of_passing(runcrate_client, runcrate_time, runcrate_clock):
    before = runcrate_clock.now()
    instance = runcrate_client.instances.create("trainer", gpu_type="H100")
    running = runcrate_client.instances.wait_until_running(instance.id, poll_interval=5, timeout=600)
    assert running.status == "running"
    assert sum(runcrate_time.sleeps) >= 25 and runcrate_clock.now() - before >= 25


def test_faults_and_their_retries(runcrate_client, runcrate_faults, runcrate_fake):
    runcrate_faults.add("GET", "/api/v1/ssh-keys", statuses=[(503, {"Retry-After": "2"})])
    assert runcrate_client.ssh_keys.list() == []
    assert runcrate_fake.attempts("GET", "/api/v1/ssh-keys") == 2


async def test_the_async_client(runcrate_async_client, runcrate_clock):
    job = await runcrate_async_client.jobs.run(command="echo hi", gpu_type="H100", max_runtime_minutes=5)
    done = await runcrate_async_client.jobs.wait(job.id)
    assert done.status == "succeeded"


def test_a_spec_violation_fails_the_test(runcrate_fake):
    import httpx

    httpx.post(
        runcrate_fake.url + "/api/v1/instances",
        headers={"Authorization": f"Bearer {runcrate_fake.api_key}"},
        json={"gpu_type": 7},
    )


def test_violations_taken_on_purpose_do_not(runcrate_fake):
    import httpx

    httpx.post(
        runcrate_fake.url + "/api/v1/instances",
        headers={"Authorization": f"Bearer {runcrate_fake.api_key}"},
        json={"gpu_type": 7},
    )
    assert runcrate_fake.take_violations()
"""

CONFIG = """
[pytest]
asyncio_mode = auto
"""


def run_suite(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", *args, str(directory)],
        cwd=directory,
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> str:
    directory = tmp_path_factory.mktemp("users_suite")
    (directory / "pytest.ini").write_text(CONFIG, encoding="utf-8")
    (directory / "test_with_the_plugin.py").write_text(SUITE, encoding="utf-8")
    result = run_suite(directory)
    return result.stdout + result.stderr


def outcome(report: str, test: str) -> str:
    found = re.findall(rf"^(PASSED|FAILED|ERROR) \S+::{test}\b", report, re.M)
    assert found, f"{test} did not run:\n{report}"
    return found[-1]


@pytest.mark.parametrize(
    "test",
    [
        "test_a_ready_client_and_a_fresh_fake",
        "test_the_next_test_starts_fresh",
        "test_a_fixture_reached_dynamically_is_fresh_too",
        "test_waits_move_the_fake_clock_instead_of_passing",
        "test_faults_and_their_retries",
        "test_the_async_client",
        "test_violations_taken_on_purpose_do_not",
    ],
)
def test_the_fixtures_work_in_a_users_suite(report: str, test: str) -> None:
    assert outcome(report, test) == "PASSED", report


def test_a_spec_violation_fails_the_users_test(report: str) -> None:
    assert outcome(report, "test_a_spec_violation_fails_the_test") == "ERROR"
    assert "the fake Runcrate server saw spec violations" in report
    assert "POST /api/v1/instances" in report


def test_a_conftest_can_build_the_fake_its_own_way(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        textwrap.dedent(
            """
            import pytest
            from runcrate.testing import FakeRuncrate

            @pytest.fixture(scope="session")
            def runcrate_fake():
                with FakeRuncrate(api_key="rc_live_mine", validate=False) as fake:
                    yield fake
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "test_mine.py").write_text(
        textwrap.dedent(
            """
            def test_my_fake(runcrate_client, runcrate_fake):
                runcrate_client.instances.create("a", gpu_type="H100")
                assert runcrate_fake.api_key == "rc_live_mine"

            def test_still_fresh(runcrate_client):
                assert runcrate_client.instances.list() == []
            """
        ),
        encoding="utf-8",
    )
    result = run_suite(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_loading_the_plugin_costs_nothing_until_a_fixture_is_used() -> None:
    """pytest imports the plugin in every project where the package is installed."""
    code = (
        "import sys, runcrate.testing.pytest_plugin; "
        "print(sorted(m for m in ('starlette', 'uvicorn', 'jsonschema', 'httpx') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
