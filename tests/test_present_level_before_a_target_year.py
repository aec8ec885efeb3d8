"""'By 2045 the country's population will have shrunk from its current level of 52.3 million to 44 million': the level
a forecast starts from is the present's, two figures each with their own scale, not a range running downwards and not
figures of the target year. Judged so, an undated draft's 'current' level some recent rows fit is for a person
(which year is meant), never unsupported as a figure of 2045. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_package

from workbench.extraction import extract_text
from workbench.models import Qualifier, Verdict

FORECAST = "By 2045 the population of Peru will have shrunk from its current level of 34.6 million to 31 million."


@pytest.mark.parametrize("text, figure", [
    (FORECAST, "34.6 million"),
    ("Peru's population may reach 38 million by 2045, up from today's 34.6 million.", "34.6 million"),
    # 'the current' and 'its current' with no 'level' after them: the level of the present too
    ("By 2045 the population of Peru will have shrunk from the current 34.6 million to 31 million.", "34.6 million"),
    ("By 2045 the population of Peru will have shrunk from its current 34.6 million to 31 million.", "34.6 million"),
])
def test_the_level_after_a_present_word_names_no_target_year(text: str, figure: str) -> None:
    claims = {c.text: c for c in extract_text(text)}
    assert figure in claims, list(claims)
    assert claims[figure].period is None
    assert claims[figure].qualifier is not Qualifier.range


def test_the_target_figure_keeps_its_year_and_a_rising_span_stays_a_range() -> None:
    claims = {c.text: c for c in extract_text(FORECAST)}
    assert claims["31 million"].period == "2045"
    ranged = {c.text: c for c in extract_text("Estimates for Peru run from 33.1 million to 35.2 million people.")}
    assert ranged["33.1 million to 35.2 million"].qualifier is Qualifier.range


def test_the_current_level_of_an_undated_draft_is_for_review(tmp_path: Path) -> None:
    package = population_package(tmp_path / "pop", {("Peru", y): v for y, v in
                                                   [(2019, 34_100_000), (2020, 34_600_000), (2021, 34_620_000),
                                                    (2022, 34_350_000), (2023, 34_000_000)]})
    result = claim_results(FORECAST, [package], date=None)["34.6 million"]
    assert result.verdict is Verdict.needs_review, result.explanation
