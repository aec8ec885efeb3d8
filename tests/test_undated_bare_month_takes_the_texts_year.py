"""In a draft with no date, a month named without a year ('inflation eased to 12.9 % in December') is the month
of the year the text above names ('prices rose 0.4 % in December 2022'), not of the day the checker runs: the
figure is judged for that year. With no year in the text, it stays a guess for a person. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"))


def test_a_bare_month_takes_the_year_an_earlier_sentence_names(cpi: Path) -> None:
    text = ("Consumer prices in Chile rose 0.4% over the month of December 2022. "
            "Annual average inflation eased to 12.9% in December.")
    result = claim_results(text, [cpi], date=None)["12.9%"]
    assert result.claim.period == "2022-12", result.explanation
    assert result.verdict is Verdict.contradicted, result.explanation  # the 2022 average is 11.6
    assert result.evidence and result.evidence[0].period == "2022", result.explanation
    assert "2022" in result.explanation and "no date" in result.explanation, result.explanation


def test_a_bare_month_takes_the_year_of_the_paragraph_before(cpi: Path) -> None:
    text = ("Chile's statistics office published its 2022 price report on Monday.\n\n"
            "Inflation stood at 12.9% in December, the office said.")
    result = claim_results(text, [cpi], date=None)["12.9%"]
    assert result.claim.period == "2022-12", result.explanation


def test_with_no_year_in_the_text_a_bare_month_is_not_judged_by_the_run_dates_year(cpi: Path) -> None:
    result = claim_results("Inflation in Chile stood at 30.5% in December.", [cpi], date=None)["30.5%"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_bare_month_under_a_named_day_is_the_last_one_over_by_then(cpi: Path) -> None:
    # the day the text names is its present: the December told on 10 January 2023 is December 2022
    text = ("On 10 January 2023, Chile's statistics office published its price report. "
            "Inflation stood at 12.9% in December, the office said.")
    result = claim_results(text, [cpi], date=None)["12.9%"]
    assert result.claim.period == "2022-12", result.explanation


def test_a_bare_day_under_a_named_day_is_the_last_one_by_then(tmp_path: Path) -> None:
    package = population_package(tmp_path / "pop", {("Norway", 2029): 5_470_000, ("Norway", 2030): 5_520_000})
    text = ("On 1 June 2030, 5,512,300 people lived in Norway, the statistics office reports. "
            "As of 1 January, 5,488,100 people lived in the country.")
    assert claim_results(text, [package], date=None)["5,488,100"].claim.period == "2030-01-01"
    later = ("On 1 June 2030, 5,512,300 people lived in Norway, the statistics office reports. "
             "As of 1 December, 5,481,000 people lived in the country.")
    assert claim_results(later, [package], date=None)["5,481,000"].claim.period == "2029-12-01"
