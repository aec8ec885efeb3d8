"""A year's inflation in a country whose statistics office announces it as the annual average
(places.json ``year_rate_basis`` ``annual_average``: Germany, Austria, Switzerland, China, the Netherlands) is
that average: the annual row missing it widely is a disagreement, contradicted, not a December rate for a
person to weigh (rate_basis) as elsewhere. A rate the text dates to a month stays a month's.

A year labelled inside brackets after a comparison ('lower in 2023 than the year before (2022: …)')
dates the bracketed figure, not the year compared first.

Publisher-shaped packages, invented figures, sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Germany", 2021): 3.1, ("Germany", 2022): 6.9, ("Germany", 2023): 5.9,
        ("Switzerland", 2022): 2.8, ("China", 2022): 2.0,
        ("Norway", 2021): 3.5, ("Norway", 2022): 5.8}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("average-places") / "cpi", ROWS)


@pytest.mark.parametrize(("sentence", "figure", "period"), [
    ("German consumer prices rose 7.8% in 2022, the statistics office said.", "7.8%", "2022"),
    ("Die Inflationsrate in Deutschland lag 2022 bei 7,8 Prozent.", "7,8 Prozent", "2022"),
    ("Swiss inflation reached 3.3% in 2022.", "3.3%", "2022"),
    ("China's consumer prices rose 2.4% in 2022.", "2.4%", "2022"),
])
def test_a_year_rate_of_an_annual_average_place_that_the_row_misses_is_contradicted(
        cpi: Path, sentence: str, figure: str, period: str) -> None:
    result = claim_results(sentence, [cpi], date="2023-06-01")[figure]
    assert (result.verdict, result.reason) == (Verdict.contradicted, "contradicted"), result.explanation
    assert result.evidence[0].period == period


def test_the_same_gap_elsewhere_stays_for_review(cpi: Path) -> None:
    # Norway's year figure 13 % off its average: as likely December's rate, the basis unsaid
    result = claim_results("Norway's consumer prices rose 6.6% in 2022.", [cpi], date="2023-06-01")["6.6%"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "rate_basis"), result.explanation


def test_an_annual_average_place_still_agrees_and_a_month_is_still_a_month(cpi: Path) -> None:
    agreeing = claim_results("German consumer prices rose 6.9% in 2022.", [cpi], date="2023-06-01")["6.9%"]
    assert agreeing.verdict is Verdict.supported, agreeing.explanation
    december = claim_results("German inflation stood at 8.6% in December 2022.", [cpi], date="2023-06-01")["8.6%"]
    assert december.verdict is not Verdict.contradicted, december.explanation


def test_a_bracketed_year_after_a_comparison_dates_its_own_figure(cpi: Path) -> None:
    text = "German inflation was lower in 2023 than the year before (2022: 7.8%)."
    result = claim_results(text, [cpi], date="2024-02-01")["7.8%"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2022"
