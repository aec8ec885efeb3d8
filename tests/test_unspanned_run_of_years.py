"""'Inflation has stayed between 6 % and 8 % for several years': a figure said of a run of years nobody
counted is not judged by one year's row, agreeing or not (needs_review, run_unsaid); a figure its own year
dates stays that year's, whatever the sentence says of years around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

# Invented yearly averages.
RATES = {("Chile", 2017): 2.2, ("Chile", 2018): 2.3, ("Chile", 2019): 2.6}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", RATES)


@pytest.mark.parametrize("text", [
    "In Chile, inflation has stayed between 2% and 3% for several years.",
    "In Chile, consumer prices have risen about 2.5% a year in recent years.",
    "Chile's inflation rate was about 4% for many years.",
])
def test_a_figure_held_over_an_uncounted_run_of_years_is_for_a_person(package: Path, text: str) -> None:
    [result] = claim_results(text, [package], date="2020-03-01").values()
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "run_unsaid"


def test_a_figure_dated_by_its_own_year_is_that_years(package: Path) -> None:
    [result] = claim_results("In Chile, inflation was 2.6% in 2019, the highest for years.", [package],
                             date="2020-03-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2019"


@pytest.mark.parametrize(("text", "verdict"), [
    # 'last year' dates the figure as '2019' does
    ("Consumer prices in Chile went up 2.6% last year, the steepest rise for some years.", Verdict.supported),
    # a record or a state the run qualifies, said before the figure: not the figure's span
    ("Chile's inflation, which had stayed low for years, reached 4.1% last year.", Verdict.contradicted),
])
def test_a_figure_dated_by_a_relative_year_or_a_record_for_years_is_judged(package: Path, text: str,
                                                                            verdict: Verdict) -> None:
    [result] = claim_results(text, [package], date="2020-03-01").values()
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2019"
