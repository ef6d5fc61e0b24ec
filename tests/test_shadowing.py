"""``import runcrate`` warns when another distribution that installs ``runcrate`` sits beside it.

Each case lays out a site-packages directory as pip leaves it (the package, plus one
``<name>-<version>.dist-info`` directory per installed distribution) and imports the package from
there in a fresh interpreter.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "runcrate"


def import_from_site(tmp_path: Path, *dist_infos: str) -> subprocess.CompletedProcess[str]:
    site = tmp_path / "site-packages"
    site.mkdir()
    (site / "runcrate").symlink_to(PACKAGE, target_is_directory=True)
    for name in dist_infos:
        (site / name).mkdir()
    code = f"import sys; sys.path.insert(0, {str(site)!r}); import runcrate; print(runcrate.__file__)"
    return subprocess.run(
        [sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, timeout=60, check=True
    )


@pytest.mark.parametrize(
    ("dist_info", "named"),
    [
        ("runcrate_sdk-0.5.0.dist-info", "runcrate-sdk (the official Runcrate SDK)"),
        ("Runcrate_SDK-0.1.3.dist-info", "runcrate-sdk (the official Runcrate SDK)"),
        ("runcrate-0.3.0.dist-info", "runcrate (an RO-Crate tool unrelated to Runcrate)"),
    ],
)
def test_another_runcrate_distribution_is_warned_about(tmp_path: Path, dist_info: str, named: str) -> None:
    result = import_from_site(tmp_path, "runcrate_client-0.1.0.dist-info", dist_info)
    assert result.stdout.strip().endswith("runcrate/__init__.py")
    assert f"RuntimeWarning: {named} is installed in the same environment as runcrate-client" in result.stderr
    assert "<string>:1" in result.stderr  # the warning points at the importing line
    assert result.stderr.count("RuntimeWarning") == 1


@pytest.mark.parametrize(
    "dist_infos",
    [
        (),
        ("runcrate_client-0.1.0.dist-info",),
        ("runcrate_client-0.1.0.dist-info", "runcrate_sdk_extras-1.0.dist-info", "httpx-0.28.1.dist-info"),
        ("runcrate_sdk.egg-link",),
    ],
)
def test_nothing_is_said_without_a_conflict(tmp_path: Path, dist_infos: tuple[str, ...]) -> None:
    assert import_from_site(tmp_path, *dist_infos).stderr == ""
