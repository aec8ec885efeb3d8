"""The scale a figure's own words put on its numeral is read one way, from the numeral as written: '13,5 million
tonnes' is 13.5 times a million (a decimal comma, no thousands group), so the bare '12' joined to it is 12 million
tonnes, not 1.2 million; and a figure in a unit that says its own scale ('ppm') drops whatever scale it took, its
own scale word or one shared with it. Sentences written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench


def _read(tmp_path: Path, text: str) -> list[tuple[str, float, str]]:
    draft = tmp_path / "note.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return [(c["text"], c["value"], c["unit"]) for c in json.loads(run.stdout)["claims"]]


@pytest.mark.parametrize(("text", "first"), [
    ("Grain shipments from the port came to 14 and 15,5 million tonnes in the last two seasons, the authority said.",
     14e6),
    ("The mine's coal output was 8 and 9,75 million tonnes in its first two years.", 8e6),
])
def test_a_bare_figure_takes_the_scale_of_a_decimal_comma_figure(tmp_path: Path, text: str, first: float) -> None:
    read = _read(tmp_path, text)
    assert [(v, u) for _, v, u in read][0] == (pytest.approx(first), "t")


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Imports of the fuel reached 1 250 million tonnes in the year, the agency said.", 1250e6, "t"),
    # read as '1' and a scale of 1,250, the figure would lose that 'scale' as a slip before its unit
    ("Carbon dioxide in the crowded hall reached 1 250 ppm by the afternoon, the inspectors found.", 1250, "ppm"),
])
def test_a_thousands_grouped_figure_keeps_its_whole_numeral(tmp_path: Path, text: str, value: float, unit: str) -> None:
    """'1 250 million tonnes' is 1,250 times a million: the blank groups thousands, it ends no numeral."""
    assert [(v, u) for _, v, u in _read(tmp_path, text)] == [(pytest.approx(value), unit)]


def test_a_figure_sharing_a_slipped_scale_drops_it_too(tmp_path: Path) -> None:
    """'at 2 and 3 million parts per million': the bare '2' takes the unit and the slip with it, and both go."""
    read = _read(tmp_path, "Readings at the two stations were 2 and 3 million parts per million above the baseline.")
    assert [(v, u) for _, v, u in read] == [(pytest.approx(2), "ppm"), (pytest.approx(3), "ppm")]
