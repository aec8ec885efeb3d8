"""A value kept between runs is keyed by its data and by the code that builds it: the one digest of the
package's code (``code_version``), which changes with any of its source or data files."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.code_version import _walk
from workbench.regex_cache import kept_digest


def test_other_sources_are_a_new_key() -> None:
    assert kept_digest("thing", [b"same data"]) == kept_digest("thing", [b"same data"])
    assert kept_digest("thing", [b"same data"]) != kept_digest("thing", [b"other data"])
    assert kept_digest("thing", [b"same data"]) != kept_digest("other thing", [b"same data"])


def _version_lines(folder: Path) -> list[str]:
    lines: list[str] = []
    _walk(str(folder), lines)
    return lines


def test_a_changed_builder_module_changes_the_code_version(tmp_path: Path) -> None:
    # the module that builds a kept value is one of the files the code version is read from
    builder = tmp_path / "builder.py"
    builder.write_text("def build():\n    return [1, 2]\n", encoding="utf-8")
    first = _version_lines(tmp_path)
    builder.write_text("def build():\n    return [2, 1, 0]\n", encoding="utf-8")
    os.utime(builder, ns=(1, 1))  # another time too, as any edit leaves
    assert _version_lines(tmp_path) != first
