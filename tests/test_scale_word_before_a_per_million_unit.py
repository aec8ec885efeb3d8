"""A unit that says its own scale ('parts per million') takes no scale word before it: '411,8 millions de
parties par million' is a writer's slip for 411.8 ppm, and so is '409,6 millions' after it, which takes the
same unit; a checker reading 411.8 million ppm would cry 'scale slip' at a right figure. Sentences written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench


def _read(tmp_path: Path, text: str) -> list[tuple[str, float, str]]:
    draft = tmp_path / "air.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return [(c["text"], c["value"], c["unit"]) for c in json.loads(run.stdout)["claims"]]


@pytest.mark.parametrize("text", [
    "Selon l'observatoire, le dioxyde de carbone a atteint 411,8 millions de parties par million, contre 409,6 millions l'an passé.",
    "The observatory said carbon dioxide reached 411.8 million parts per million, against 409.6 million the year before.",
])
def test_a_scale_word_before_parts_per_million_is_a_slip(tmp_path: Path, text: str) -> None:
    read = [(v, u) for _, v, u in _read(tmp_path, text)]
    assert read == [(pytest.approx(411.8), "ppm"), (pytest.approx(409.6), "ppm")]


def test_a_scale_word_of_another_unit_still_counts(tmp_path: Path) -> None:
    """Tonnes say no scale of their own: '36,2 millions de tonnes' stays 36.2 million tonnes."""
    text = "Les émissions du pays ont atteint 36,2 millions de tonnes en 2030, selon l'agence."
    assert [(v, u) for _, v, u in _read(tmp_path, text)][0] == (pytest.approx(36.2e6), "t")
