"""Temporary: splice the spec fragments into openapi/runcrate.yaml's placeholders.

Usage: .venv/bin/python openapi/fragments/merge.py OUT.yaml
Fragments: openapi/fragments/<part>.tags.yaml (list items at 2 spaces), <part>.paths.yaml
(path keys at 2 spaces), <part>.schemas.yaml (schema names at 4 spaces). Parts are taken in the
order inference, infra_core, infra_jobs (missing parts are skipped).
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
PARTS = ["inference", "infra_core", "infra_jobs"]


def main(out: str) -> None:
    text = (HERE.parent / "runcrate.yaml").read_text()
    for kind in ("tags", "paths", "schemas"):
        chunks = []
        for part in PARTS:
            f = HERE / f"{part}.{kind}.yaml"
            if f.exists():
                chunks.append(f.read_text().rstrip("\n"))
        text = text.replace(f"#@{kind.upper()}@", "\n".join(chunks) if chunks else "")
    Path(out).write_text(text)


main(sys.argv[1])
