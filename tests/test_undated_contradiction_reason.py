"""A figure naming no year, in a draft with no date, that the latest row disagrees with goes to a person
with a reason of its own (``undated_contradiction``) and an explanation saying why: the run date is no
date of the text's, so which year the figure counts is unknown. Invented figures, a CDIAC-shaped package
in tonnes of carbon per person."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# tonnes of carbon per person: × 3.664 → Ecuador 2019 2.93 t of CO2, 2020 2.56
PER_CAPITA = {("ECUADOR", 2019): 0.80, ("ECUADOR", 2020): 0.70}


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    totals = {key: 15_000.0 for key in PER_CAPITA}
    return [carbon_package(tmp_path_factory.mktemp("undated") / "carbon", totals, PER_CAPITA)]


def test_an_undated_figure_the_latest_row_disagrees_with_says_why_a_person_decides(carbon: list[Path]) -> None:
    result = claim_results("Each person in Ecuador emits 3.4 tonnes of CO2 per person.", carbon, date=None)["3.4 tonnes"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "undated_contradiction", result.reason
    assert "no date" in result.explanation and "a person should decide" in result.explanation, result.explanation


def test_the_same_figure_in_a_dated_draft_stays_contradicted(carbon: list[Path]) -> None:
    result = claim_results("Each person in Ecuador emits 3.4 tonnes of CO2 per person.", carbon,
                           date="2021-06-01")["3.4 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.reason == "contradicted", result.reason
