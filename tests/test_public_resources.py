"""``runcrate.resources``: the class of every namespace a client hands out, and of its views, by one
public name each; and the classes the SDK builds refuse to be called."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import runcrate
import runcrate.resources
from runcrate import AsyncRuncrate, Runcrate
from tools.public_api import namespaces

KEY = "rc_live_" + "u" * 32
VIEWS = ("with_raw_response", "with_streaming_response")


def _handed_out(client: Runcrate | AsyncRuncrate) -> Iterator[tuple[str, Any]]:
    """Every resource reachable from ``client`` and every view of one, by path."""
    for path, resource in namespaces(client):
        yield path, resource
        for view in VIEWS:
            if hasattr(type(resource), view):
                yield f"{path}.{view}", getattr(resource, view)


@pytest.mark.parametrize("client_class", [Runcrate, AsyncRuncrate])
def test_each_namespace_and_view_is_an_instance_of_the_exported_class_of_its_name(
    client_class: type[Runcrate] | type[AsyncRuncrate],
) -> None:
    client = client_class(api_key=KEY)
    seen = 0
    for path, obj in _handed_out(client):
        name = type(obj).__name__
        assert name in runcrate.resources.__all__, f"{path}: {name} is not exported"
        assert type(obj) is getattr(runcrate.resources, name), path
        seen += 1
    assert seen >= 60


def test_every_export_is_a_class_a_client_hands_out() -> None:
    handed_out = {
        type(obj)
        for client in (Runcrate(api_key=KEY), AsyncRuncrate(api_key=KEY))
        for _, obj in _handed_out(client)
    }
    exported = {getattr(runcrate.resources, name) for name in runcrate.resources.__all__}
    # Generated views of sub-resources a hand-written class replaces are still what those
    # resources' own with_raw_response gives; everything exported is handed out somewhere.
    assert exported - handed_out == set()
    assert sorted(dir(runcrate.resources)) == sorted(runcrate.resources.__all__)


def test_an_unknown_name_is_an_attribute_error_and_the_private_packages_still_import() -> None:
    with pytest.raises(AttributeError, match=r"runcrate\.resources.*Instance"):
        _ = runcrate.resources.Instance  # type: ignore[attr-defined]
    from runcrate.resources import _sync

    assert _sync.__name__ == "runcrate.resources._sync"


def test_importing_the_module_imports_no_resource() -> None:
    code = (
        "import sys, runcrate.resources\n"
        "loaded = [m for m in sys.modules if m.startswith(('runcrate.resources.', 'runcrate._generated'))]\n"
        "print(sorted(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "[]", result.stderr


def test_a_resource_annotates_a_helper_and_is_the_clients(runcrate_client: Runcrate) -> None:
    def launch(instances: runcrate.resources.Instances) -> str:
        return instances.create("crate-box", gpu_type="H100").id

    assert isinstance(runcrate_client.instances, runcrate.resources.Instances)
    assert runcrate_client.instances.get(launch(runcrate_client.instances)).name == "crate-box"


@pytest.mark.parametrize(
    ("cls", "made_by"),
    [
        (runcrate.resources.Instances, "a client's attributes"),
        (runcrate.resources.AsyncJobArtifacts, "a client's attributes"),
        (runcrate.resources.Schedules, "a client's attributes"),
        (runcrate.SyncPage, "a list method"),
        (runcrate.AsyncPage, "a list method"),
        (runcrate.GeneratedImage, r"images\.generate\(\)"),
        (runcrate.AsyncGeneratedImage, r"images\.generate\(\)"),
    ],
)
def test_calling_a_class_the_sdk_builds_says_where_its_objects_come_from(cls: type, made_by: str) -> None:
    with pytest.raises(TypeError, match=rf"^{cls.__name__} objects come from {made_by}.*created directly"):
        cls()


def test_what_the_sdk_builds_still_works(runcrate_client: Runcrate) -> None:
    assert isinstance(runcrate_client.jobs.list(), runcrate.SyncPage)
    image = runcrate_client.images.generate("black-forest-labs/FLUX.1-schnell", "a crate").data[0]
    assert isinstance(image, runcrate.GeneratedImage)
    assert image.to_bytes()
    copy = runcrate_client.with_options(timeout=5)
    assert copy.instances is not runcrate_client.instances
    assert copy.instances._engine is copy._engine
