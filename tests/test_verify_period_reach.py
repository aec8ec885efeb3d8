"""Which period a figure speaks of when the text counts it from another ('im Vorjahr', 'last year'),
calls it a forecast, or names a period the data does not reach. A year counted from the day the
checker runs is a guess: nothing is contradicted or unsupported on a guess. A forecast is no
outturn of the last complete year. Packages are publisher-shaped, figures invented; sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi")


def test_a_glossed_previous_year_counts_from_the_year_its_sentence_names(cpi: Path) -> None:
    found = claim_results("Von 1,3 Prozent im Vorjahr stieg die Inflationsrate in Norwegen im Jahr 2021 "
                          "auf 3,5 Prozent.", [cpi], None)
    earlier = found["1,3 Prozent"]
    assert earlier.verdict is Verdict.supported
    assert earlier.evidence[0].period == "2020"
    assert "read as 2020" in earlier.explanation
    found = claim_results("Von 2,2 Prozent im Vorjahr stieg die Inflationsrate in Norwegen im Jahr 2021 "
                          "auf 3,5 Prozent.", [cpi], None)
    assert found["2,2 Prozent"].verdict is Verdict.contradicted  # the same year judged, and wrong


@pytest.mark.parametrize("text, claim", [
    ("Chilean inflation averaged 7.7% last year.", "7.7%"),
    ("Consumer prices in Norway were up 9.9 per cent on average last year, the bureau said.", "9.9 per cent"),
    ("L'inflation au Chili a atteint 9,9 % l'an dernier.", "9,9 %"),
])
def test_last_year_in_an_undated_draft_that_names_no_year_is_for_review(cpi: Path, text: str, claim: str) -> None:
    result = claim_results(text, [cpi], None)[claim]
    assert result.verdict is Verdict.needs_review
    assert "counted from the day of the check" in result.explanation


def test_last_year_in_a_dated_draft_is_judged(cpi: Path) -> None:
    result = claim_results("Chilean inflation averaged 9.6% last year.", [cpi], "2023-03-01")["9.6%"]
    assert result.verdict is Verdict.contradicted
    assert result.evidence[0].period == "2022"
