"""A fact box's line 'Label 20,600,000' (travel and country pages): a figure grouped in thousands after a
capitalised label is a quantity, while a capitalised word before a bare short number stays a name
('Boeing 737'). Checked end to end against a small population package of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from extraction_helpers import claims_in
from package_support import publisher_package

from workbench.cli import main


@pytest.mark.parametrize("text, surface, value", [
    ("Population 14,250,000", "14,250,000", 14_250_000),
    ("Visitors 1,480,000 in the first half", "1,480,000", 1_480_000),
])
def test_a_grouped_figure_after_a_capitalised_label_is_a_quantity(text: str, surface: str, value: int) -> None:
    assert [(c.text, c.value) for c in claims_in(text)] == [(surface, value)]


@pytest.mark.parametrize("text", ["The Boeing 737 landed late.", "Shares in the Nikkei 225 slipped.", "Read Article 50 again."])
def test_a_capitalised_word_before_a_short_bare_number_is_still_a_name(text: str) -> None:
    assert claims_in(text) == []


def _package(folder: Path) -> Path:
    return publisher_package(folder / "pop", "pop", "Population", "Population",
                             {("Portugal", 2022): 14180000, ("Portugal", 2023): 14260000}, "Total population")


def test_a_fact_box_population_line_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "box.md"
    draft.write_text("---\ndate: 2024-09-01\n---\n# Portugal\n\nCapital Lisbon\n\nPopulation 14,260,000\n", encoding="utf-8")
    main(["check", str(draft), "--reference", str(_package(tmp_path)), "--format", "json", "--exit-zero", "--no-progress"])
    results = json.loads(capsys.readouterr().out)["drafts"][0]["results"]
    assert [(r["claim"]["text"], r["verdict"]) for r in results] == [("14,260,000", "supported")]
