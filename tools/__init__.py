"""Maintainer tooling: the documentation site's build hooks and the breaking-change gates.

Nothing here ships in the wheel; ``make docs``, ``make api-diff`` and ``make check`` run it.
"""
