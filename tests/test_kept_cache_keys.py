"""A value kept between runs is keyed by the code that builds it, not only by its data."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from workbench import regex_cache
from workbench.regex_cache import kept_digest


def _builder(path: Path, body: str):  # noqa: ANN202 - a loaded module's function
    path.write_text(f"def build():\n    return {body}\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build


def test_a_changed_builder_is_a_new_key(tmp_path: Path) -> None:
    sources, path = [b"same data"], tmp_path / "builder.py"
    first = kept_digest("thing", sources, _builder(path, "[1, 2]"))
    again = kept_digest("thing", sources, _builder(path, "[1, 2]"))
    regex_cache._module_code.cache_clear()  # a new process reads the changed file afresh
    changed = kept_digest("thing", sources, _builder(path, "[2, 1]"))  # the same file, another body
    assert first == again and first != changed
