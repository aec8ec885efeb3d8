"""A value kept between runs is keyed by the code that builds it, not only by its data."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from workbench.regex_cache import kept_digest


def _builder(folder: Path, name: str, body: str):  # noqa: ANN202 - a loaded module's function
    path = folder / f"{name}.py"
    path.write_text(f"def build():\n    return {body}\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules.pop(name, None)
    return module.build


def test_a_changed_builder_is_a_new_key(tmp_path: Path) -> None:
    sources = [b"same data"]
    first = kept_digest("thing", sources, _builder(tmp_path, "builder_a", "[1, 2]"))
    again = kept_digest("thing", sources, _builder(tmp_path, "builder_a", "[1, 2]"))
    changed = kept_digest("thing", sources, _builder(tmp_path, "builder_b", "[2, 1]"))
    assert first == again and first != changed
