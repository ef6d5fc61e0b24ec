"""Generate ``runcrate/resources/__init__.py``: every resource class the clients hand out, and its
``with_raw_response`` / ``with_streaming_response`` views, importable by one public name each.

The classes live in private modules: the generated ones in ``runcrate/_generated/resources`` and the
hand-written ones in ``runcrate/resources/_async`` and its sync twin ``_sync``. A hand-written class
subclasses the generated class it stands in for (``Speech`` extends ``AudioSpeech``), and the clients
only ever hand out the subclass, so a generated class that a hand-written one extends is not exported.
The module is read from the source (``ast``), so a new operation or resource is exported by
``make generate`` alone.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from generator.surface import render_lazy_exports

RESOURCE_BASES = frozenset({"SyncResource", "AsyncResource"})
VIEW_SUFFIXES = ("WithRawResponse", "WithStreamingResponse")


@dataclass(frozen=True)
class _Class:
    name: str
    module: str
    bases: tuple[str, ...]
    """The last part of each base's name (``generated.AsyncJobs`` → ``AsyncJobs``)."""


def _classes(directory: Path, package: str) -> list[_Class]:
    found = []
    for path in sorted(directory.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                bases = tuple(ast.unparse(base).rpartition(".")[2] for base in node.bases)
                found.append(_Class(node.name, f"{package}.{path.stem}", bases))
    return found


def public_resource_classes(generated: Path, hand_written: dict[str, Path]) -> dict[str, str]:
    """Each exported class name → the module defining it.

    ``generated`` is the directory of the generated resource modules; ``hand_written`` maps the
    package of each directory of hand-written (or unasync'd) resource modules to that directory.
    """
    generated_classes = _classes(generated, "runcrate._generated.resources")
    written = [cls for package, path in hand_written.items() for cls in _classes(path, package)]
    extended = {base for cls in written for base in cls.bases}
    resources = {cls.name for cls in generated_classes if RESOURCE_BASES & set(cls.bases)}
    exported: dict[str, str] = {}
    for cls in [*written, *(cls for cls in generated_classes if cls.name not in extended)]:
        is_resource = cls.name in resources or bool((resources | RESOURCE_BASES) & set(cls.bases))
        if not (is_resource or cls.name.endswith(VIEW_SUFFIXES)):
            continue  # a result type (``GeneratedImage``, ``SpeechResponse``): ``runcrate`` exports it
        if exported.setdefault(cls.name, cls.module) != cls.module:
            raise ValueError(
                f"two resource classes named {cls.name}: in {exported[cls.name]} and {cls.module}"
            )
    return dict(sorted(exported.items()))


DOCSTRING = """The resource classes: the types of ``client.instances``, ``client.jobs.artifacts``,
``client.chat.completions.with_raw_response`` and every other namespace the clients hand out, for
annotating code that takes one (``def launch(instances: runcrate.resources.Instances) -> None``).

A client builds its resources; construct a ``Runcrate`` or ``AsyncRuncrate`` rather than a resource.
Every name is imported on first use, so ``import runcrate.resources`` costs nothing.
"""


def render_public_resources(
    output: Path, header: str, generated: Path, hand_written: dict[str, Path]
) -> None:
    """Write ``runcrate/resources/__init__.py`` (see the module docstring)."""
    imports: dict[str, list[str]] = {}
    for name, module in public_resource_classes(generated, hand_written).items():
        imports.setdefault(module, []).append(name)
    render_lazy_exports(output, header, DOCSTRING, dict(sorted(imports.items())))
