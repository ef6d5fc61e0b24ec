"""The generated parts of the documentation site (``tools/docs_hooks.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import runcrate
from tools import docs_hooks


@pytest.fixture(scope="module")
def http_reference(tmp_path_factory: pytest.TempPathFactory) -> str:
    page = tmp_path_factory.mktemp("http") / "index.html"
    docs_hooks.build_http_reference(page)
    return page.read_text(encoding="utf-8")


def test_the_http_reference_loads_nothing_from_another_origin(http_reference: str) -> None:
    head = http_reference[: http_reference.index("</head>")]
    assert f'<meta http-equiv="Content-Security-Policy" content="{docs_hooks.CSP}">' in head
    assert "default-src 'self'" in docs_hooks.CSP and "connect-src 'self'" in docs_hooks.CSP
    assert not re.search(r"<script[^>]+src=", http_reference)  # every script is inlined
    assert not re.search(r"<link[^>]+href=\"https?:", http_reference)
    assert "cdn.redoc.ly/redoc/logo" not in http_reference  # the attribution logo is drawn inline
    assert '"disableTelemetry":true' in http_reference


def test_the_http_reference_renders_the_spec(http_reference: str) -> None:
    assert "<title>Runcrate HTTP API</title>" in http_reference
    for operation in ("submitJob", "createChatCompletion", "getJobArtifact"):
        assert operation in http_reference


def test_the_python_reference_covers_the_public_api() -> None:
    pages = docs_hooks.reference_pages()
    text = "\n".join(pages.values())
    assert next(iter(pages)) == "reference/clients.md"
    for resource in ("instances", "jobs", "chat", "audio", "billing"):
        assert f"reference/client/{resource}.md" in pages
    assert "## client.jobs.artifacts" in pages["reference/client/jobs.md"]
    assert "## client.chat.completions" in pages["reference/client/chat.md"]
    errors = pages["reference/errors.md"]
    assert "::: runcrate.NotFoundError\n" in errors and "::: runcrate.Runcrate\n" not in errors
    documented = set(re.findall(r"^::: runcrate\.(\w+)$", text, flags=re.M))
    assert documented >= set(runcrate.__all__) - {"__version__"}
    assert re.search(r"^::: runcrate\.testing\.\S*FakeRuncrate$", pages["reference/testing.md"], flags=re.M)


def test_the_site_sources_cite_no_private_reference_codes() -> None:
    docs = Path(docs_hooks.PROJECT) / "docs"
    pages = [*docs.glob("*.md"), *docs.glob("guides/*.md"), Path(docs_hooks.PROJECT) / "CHANGELOG.md"]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "runcrate-api.md" not in text, page.name
        assert not re.search(r"\((?:[DPQW]\d+|§\d)[^)]*\)", text), page.name
