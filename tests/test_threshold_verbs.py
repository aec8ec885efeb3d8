"""'It passed 20 million': a threshold verb (passed, crossed, exceeded, surpassed, topped) names no
measure of its own, so a figure whose sentence says only that takes the measure of the heading or the
sentence before, as 'it reached 20 million' does, and reads it as a lower bound. Invented figures;
sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_package

from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2021): 19_700_000, ("Kazakhstan", 2022): 20_030_000}


@pytest.fixture()
def national(tmp_path: Path) -> list[Path]:
    return [population_package(tmp_path / "pop", POPULATION)]


@pytest.mark.parametrize("verb", ["passed", "crossed", "exceeded", "surpassed", "topped"])
def test_a_threshold_verb_takes_the_heading_s_measure(national: list[Path], verb: str) -> None:
    text = f"# Kazakhstan's population\n\nIn 2022 it {verb} 20 million for the first time."
    [result] = claim_results(text, national, date="2023-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


def test_a_threshold_not_reached_is_not_supported(national: list[Path]) -> None:
    """The 2021 row (19.7 million) is below the bound: not supported; a measure carried from the heading
    makes the disagreement a person's to confirm."""
    [result] = claim_results("# Kazakhstan's population\n\nIn 2021 it passed 20 million.", national,
                             date="2023-06-01").values()
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2021"
