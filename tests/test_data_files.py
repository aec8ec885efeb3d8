"""The vocabulary and rule files a newsroom edits (``workbench/data/*.json``) say each thing once: a key
written twice in one object is silently overridden by the later one when the file is read, so a word a
newsroom adds to a glossary, or a list it extends, can vanish without an error."""

from __future__ import annotations

import json
from importlib import resources

import pytest

DATA = resources.files("workbench").joinpath("data")
JSON_FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".json"))


def _repeated_keys(text: str) -> list[str]:
    repeated: list[str] = []

    def check(pairs: list[tuple[str, object]]) -> dict[str, object]:
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                repeated.append(key)
            seen.add(key)
        return dict(pairs)

    json.loads(text, object_pairs_hook=check)
    return repeated


def test_the_checker_finds_a_repeated_key() -> None:
    assert _repeated_keys('{"words": {"rok": "year", "rok": "years"}}') == ["rok"]


@pytest.mark.parametrize("name", JSON_FILES)
def test_no_data_file_writes_a_key_twice(name: str) -> None:
    assert _repeated_keys(DATA.joinpath(name).read_text(encoding="utf-8")) == []
