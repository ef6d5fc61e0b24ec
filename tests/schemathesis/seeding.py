"""Real resources behind generated ids, for the schemathesis run.

Generated path ids almost never name a resource, so every by-id operation would only ever answer
404. Before a valid (positive) generated request, ``Seeder`` creates what it points at through the
fake's own API, in the environment the request names, lets fake time run so that jobs finish and
videos complete, and puts the new ids into the request. Schemathesis then checks the success
answers too: objects, redirects, binary downloads and state conflicts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
import schemathesis

from runcrate.testing import FakeRuncrate

ED25519_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEEyLpbMf+a6f1HC059kNOgSFYfT8W0KdudphjTY9tfa seed@fake"
JOB = {"command": "python train.py", "gpu_type": "H100", "max_runtime_minutes": 10}
ARTIFACT_PATH = "outputs/result.json"
SETTLE_SECONDS = 600  # long enough for a job to finish and a video to complete


@dataclass
class Seeder:
    """Creates the resources a generated request points at (see the module docstring)."""

    fake: FakeRuncrate
    session: requests.Session

    def seed(self, case: schemathesis.Case) -> None:
        environment = (case.query or {}).get("environment")
        if isinstance(environment, str) and environment != "main":
            self.fake.add_environment(environment)
        resource = case.operation.path.split("/")[1]
        create = self._creators().get(resource)
        if create is None or not case.path_parameters:
            return
        ids = create(environment if isinstance(environment, str) else None)
        self.fake.clock.advance(SETTLE_SECONDS)
        # schemathesis revalidates the edited path: real ids keep the case positive
        case.path_parameters = {
            **case.path_parameters,
            **{k: v for k, v in ids.items() if k in case.path_parameters},
        }

    def _creators(self) -> dict[str, Callable[[str | None], dict[str, str]]]:
        def one(path: str, body: dict[str, Any]) -> Callable[[str | None], dict[str, str]]:
            return lambda environment: {"id": self._create(path, body, environment)["id"]}

        def job_with_artifact(environment: str | None) -> dict[str, str]:
            return {"id": self._create("/api/v1/jobs", JOB, environment)["id"], "path": ARTIFACT_PATH}

        return {
            "instances": one("/api/v1/instances", {"name": "seed", "gpu_type": "H100"}),
            "storage": one("/api/v1/storage", {"name": "seed", "size_gb": 10}),
            "environments": one("/api/v1/environments", {"name": "seeded-by-schemathesis"}),
            "ssh-keys": one("/api/v1/ssh-keys", {"name": "seed", "public_key": ED25519_KEY}),
            "schedules": one("/api/v1/schedules", {"kind": "job", "spec": JOB, "cron": "0 * * * *"}),
            "jobs": job_with_artifact,
            "job-groups": one("/api/v1/jobs", {**JOB, "count": 2}),
            "videos": one("/v1/videos", {"model": "openai/sora-2", "prompt": "a seeded video"}),
        }

    def _create(self, path: str, body: dict[str, Any], environment: str | None) -> dict[str, Any]:
        params = {"environment": environment} if environment and path.startswith("/api/") else None
        response = self.session.post(
            self.fake.url + path,
            json=body,
            params=params,
            headers={"Authorization": f"Bearer {self.fake.api_key}"},
        )
        response.raise_for_status()
        created: dict[str, Any] = response.json()
        return created.get("data", created) if path.startswith("/api/") else created
