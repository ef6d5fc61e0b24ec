"""MkDocs hooks (``mkdocs.yml``): the generated parts of the documentation site.

- The Python API pages, one per group of the public API, each a list of mkdocstrings ``:::``
  directives. The groups are found at build time (the clients' resources by walking a real client,
  as the breaking-change gate does), so the reference follows the code wherever it moves.
- ``changelog.md``, from ``CHANGELOG.md``.
- ``http/index.html``, the HTTP reference, rendered from ``openapi/runcrate.yaml`` by Redocly with
  its scripts inlined. A Content-Security-Policy keeps the page from reaching any other origin,
  and the attribution logo it would load from a CDN is drawn inline instead.
"""

from __future__ import annotations

import importlib
import inspect
import os
import re
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from tools.public_api import namespaces

PROJECT = Path(__file__).resolve().parent.parent
SPEC = PROJECT / "openapi" / "runcrate.yaml"
REDOCLY = PROJECT / "node_modules" / ".bin" / "redocly"
API_SECTION = "Python API"

CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:"
)
_REDOC_HEAD = (
    f'<head>\n  <meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
    '  <link rel="icon" href="data:,">'
)
_LOGO = re.compile(r"https://cdn\.redoc\.ly/redoc/logo-mini(?:-full)?\.svg")
_LOGO_INLINE = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='56' height='14'%3E"
    "%3Ctext x='0' y='11' font-family='sans-serif' font-size='12' fill='%23888'%3ERedocly"
    "%3C/text%3E%3C/svg%3E"
)


def reference_pages() -> dict[str, str]:
    """``reference/<name>.md`` -> Markdown, in navigation order."""
    runcrate = importlib.import_module("runcrate")
    exported = {name: getattr(runcrate, name) for name in runcrate.__all__ if name != "__version__"}
    errors = [n for n, v in exported.items() if inspect.isclass(v) and issubclass(v, BaseException | Warning)]
    clients = ["Runcrate", "AsyncRuncrate"]
    others = [n for n in exported if n not in errors and n not in clients]
    pages = {
        "reference/clients.md": _page(
            "Clients",
            "`Runcrate` and `AsyncRuncrate` take the same options and have the same resources and methods; "
            "the async client's methods are coroutines, its iterators `async for` ones.",
            [f"runcrate.{name}" for name in clients],
        ),
    }
    client = runcrate.Runcrate(api_key="rc_live_" + "0" * 32)
    try:
        for path, resource in namespaces(client):
            page_path = f"reference/client/{path.split('.')[1]}.md"
            page = pages.setdefault(page_path, f"# {'.'.join(path.split('.')[:2])}\n\n{_ASYNC_NOTE}\n")
            pages[page_path] = page + _resource_section(path, type(resource))
    finally:
        client.close()
    pages["reference/errors.md"] = _page(
        "Errors",
        "Every exception the SDK raises derives from `RuncrateError`.",
        [f"runcrate.{n}" for n in errors],
    )
    pages["reference/responses.md"] = _page(
        "Streams, pages and responses",
        "What API methods return besides models, and sentinels.",
        [f"runcrate.{n}" for n in others],
    )
    for module_name, title in (("runcrate.types", "Types"), ("runcrate.models", "Models")):
        pages.update(_module_page(module_name, title))
    pages.update(_module_page("runcrate.testing", "Fake server (runcrate.testing)"))
    return pages


_ASYNC_NOTE = "`AsyncRuncrate` has the same methods with the same parameters; `await` them."


def _page(title: str, intro: str, identifiers: list[str]) -> str:
    return f"# {title}\n\n{intro}\n\n" + "".join(f"::: {identifier}\n\n" for identifier in identifiers)


def _resource_section(path: str, cls: type) -> str:
    """The section of one namespace, documenting its class by its public name in
    ``runcrate.resources``."""
    return (
        f"\n## {path}\n\n::: runcrate.resources.{cls.__qualname__}\n"
        "    options:\n      show_root_heading: false\n      heading_level: 3\n      show_bases: false\n"
    )


def _module_page(module_name: str, title: str) -> dict[str, str]:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        return {}
    names = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
    identifiers = []
    for name in sorted(names):
        value = getattr(module, name)
        if inspect.ismodule(value):
            continue
        if inspect.isclass(value) and value.__module__.startswith("runcrate"):
            identifiers.append(f"{value.__module__}.{value.__qualname__}")
        else:
            identifiers.append(f"{module_name}.{name}")
    intro = (inspect.getdoc(module) or "").split("\n\n")[0]
    return {f"reference/{module_name.rpartition('.')[2]}.md": _page(title, intro, identifiers)}


def _nav_titles(pages: dict[str, str]) -> Iterator[dict[str, str]]:
    for path, text in pages.items():
        yield {text.partition("\n")[0].removeprefix("# "): path}


def build_http_reference(out: Path) -> None:
    """Render the spec with Redocly (scripts inlined), then make the page self-contained."""
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    command = [
        str(REDOCLY),
        "build-docs",
        str(SPEC),
        "--inlineBundle",
        "--openapi.disableTelemetry=true",
        "--title",
        "Runcrate HTTP API",
        "-o",
        str(out),
    ]
    run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    if run.returncode != 0 or not out.exists():
        raise RuntimeError(f"redocly build-docs failed (exit {run.returncode}):\n{run.stdout}{run.stderr}")
    html = out.read_text(encoding="utf-8")
    if "<head>" not in html:
        raise RuntimeError("redocly build-docs wrote a page without <head>: cannot add its security policy")
    html = _LOGO.sub(_LOGO_INLINE, html.replace("<head>", _REDOC_HEAD, 1))
    out.write_text(html, encoding="utf-8")


# --- MkDocs events --------------------------------------------------------------------------------


class _Build:
    """What one build generates: the reference pages (found in on_config, where the nav is set)
    and a scratch directory for the HTTP reference (removed after the build)."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        self.scratch: tempfile.TemporaryDirectory[str] | None = None


_build = _Build()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _build.pages = reference_pages()
    for section in config.nav or []:
        if isinstance(section, dict) and API_SECTION in section:
            section[API_SECTION] = list(_nav_titles(_build.pages))
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, text in _build.pages.items():
        files.append(File.generated(config, path, content=text))
    changelog = (PROJECT / "CHANGELOG.md").read_text(encoding="utf-8")
    files.append(File.generated(config, "changelog.md", content=changelog.replace("](docs/", "](")))
    _build.scratch = tempfile.TemporaryDirectory(prefix="http-reference-")
    page = Path(_build.scratch.name) / "index.html"
    build_http_reference(page)
    files.append(File.generated(config, "http/index.html", abs_src_path=str(page)))
    return files


def on_post_build(config: MkDocsConfig) -> None:
    if _build.scratch is not None:
        _build.scratch.cleanup()
        _build.scratch = None
