"""One virtual environment per peer under ``.cache/bench-venvs/``.

Our SDK and the official ``runcrate-sdk`` both import as ``runcrate``, so every peer gets its own
environment. All of them are pinned to the harness's own httpx version, so that the HTTP layer under
every peer is the same code. An environment is rebuilt only when its requirements change (a stamp
file records them); one that cannot be installed (no network, say) is reported with the reason.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tomllib
import venv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / ".cache"
VENVS = CACHE / "bench-venvs"
PIP_TIMEOUT_SECONDS = 600
AIOHTTP = "aiohttp==3.14.5"
"""The raw aiohttp floor and our aiohttp transport run on the same aiohttp."""
COMMON = ("sniffio==1.3.1",)
"""In every environment: without sniffio, httpcore 1.0 retries ``import sniffio`` (a failing search of
``sys.path``) on every async lock it creates, which costs more than any SDK's own work on an async
request (see benchmarks/notes.md). openai depends on it; the others do not."""


@dataclass(frozen=True)
class Peer:
    name: str
    label: str
    requirements: tuple[str, ...]
    """pip arguments; ``-e PATH`` installs the working tree editable."""
    distributions: tuple[str, ...]
    """Distributions whose installed versions the report lists."""


PEERS: dict[str, Peer] = {
    peer.name: peer
    for peer in (
        Peer(
            "ours",
            "runcrate-client (ours)",
            # httpx-sse only for the decoder comparison; aiohttp for our aiohttp transport (the
            # SDK imports it only when asked).
            ("-e", str(REPO), "httpx-sse==0.4.3", AIOHTTP),
            ("runcrate-client", "httpx", "attrs", "msgspec", "anyio", "httpx-sse", "aiohttp"),
        ),
        Peer("httpx", "raw httpx", (), ("httpx", "httpcore", "h11")),
        Peer("aiohttp", "raw aiohttp", (AIOHTTP,), ("aiohttp", "multidict", "yarl")),
        Peer(
            "official", "runcrate-sdk 0.5.0", ("runcrate-sdk==0.5.0",), ("runcrate-sdk", "httpx", "pydantic")
        ),
        Peer("openai", "openai 3.51.0", ("openai==3.51.0",), ("openai", "httpx", "pydantic")),
    )
}


LABELS = {
    **{peer.name: peer.label for peer in PEERS.values()},
    "ours_aiohttp": "ours on aiohttp",
    "httpx_sse": "httpx-sse 0.4.3",
}
"""Column names in the report: every environment, plus what runs inside another one's."""
HOSTS = {"ours_aiohttp": "ours", "httpx_sse": "ours"}


def env_name(column: str) -> str:
    """The environment a report column runs in (our aiohttp transport runs in ours)."""
    return HOSTS.get(column, column)


@dataclass(frozen=True)
class PeerEnv:
    peer: Peer
    python: Path | None
    """None when the environment could not be installed."""
    reason: str = ""
    versions: dict[str, str] | None = None

    @property
    def ok(self) -> bool:
        return self.python is not None


def _constraint() -> str:
    return f"httpx=={httpx.__version__}"


def _project_requirements(peer: Peer) -> dict[str, Any]:
    """What installing the working tree brings in (its dependencies and extras), for a peer that
    installs it: a dependency added to ``pyproject.toml`` must rebuild that environment."""
    if "-e" not in peer.requirements:
        return {}
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return {
        "dependencies": project.get("dependencies", []),
        "optional": project.get("optional-dependencies", {}),
    }


def _stamp(peer: Peer) -> str:
    text = json.dumps(
        [peer.requirements, COMMON, _constraint(), sys.version, _project_requirements(peer)], sort_keys=True
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _python(root: Path) -> Path:
    return root / "bin" / "python"


def _tail(text: str, lines: int = 4) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:])


def _versions(python: Path, distributions: tuple[str, ...]) -> dict[str, str]:
    script = (
        "import importlib.metadata as m, json, sys\n"
        "found = {}\n"
        "for name in sys.argv[1:]:\n"
        "    try: found[name] = m.version(name)\n"
        "    except m.PackageNotFoundError: pass\n"
        "print(json.dumps(found))"
    )
    out = subprocess.run(
        [str(python), "-c", script, *distributions], capture_output=True, text=True, check=True
    )
    result: dict[str, str] = json.loads(out.stdout)
    return result


def ensure(peer: Peer, *, log: bool = True) -> PeerEnv:
    """The peer's environment, created or updated as needed."""
    root = VENVS / peer.name
    python = _python(root)
    stamp_file = root / ".bench-stamp"
    stamp = _stamp(peer)
    if not (python.exists() and stamp_file.exists() and stamp_file.read_text() == stamp):
        if log:
            print(f"[bench] installing the {peer.name} environment in {root} ...", flush=True)
        try:
            venv.EnvBuilder(clear=True, with_pip=True).create(root)
        except (OSError, subprocess.CalledProcessError) as exc:
            return PeerEnv(peer, None, f"could not create a virtual environment: {exc}")
        constraints = root / "constraints.txt"
        constraints.write_text(_constraint() + "\n")
        command = [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-c",
            str(constraints),
            _constraint(),
            *COMMON,
            *peer.requirements,
        ]
        try:
            done = subprocess.run(
                command, check=False, capture_output=True, text=True, timeout=PIP_TIMEOUT_SECONDS
            )
        except subprocess.TimeoutExpired:
            return PeerEnv(peer, None, f"pip install timed out after {PIP_TIMEOUT_SECONDS} s")
        if done.returncode != 0:
            return PeerEnv(peer, None, f"pip install failed: {_tail(done.stderr)}")
        stamp_file.write_text(stamp)
    return PeerEnv(peer, python, versions=_versions(python, peer.distributions))


def ensure_all(names: list[str] | None = None) -> dict[str, PeerEnv]:
    return {name: ensure(PEERS[name]) for name in names or list(PEERS)}
