"""In a draft with no date, a month named without a year ('inflation eased to 12.9 % in December') is the month
of the year the text above names ('prices rose 0.4 % in December 2022'), not of the day the checker runs: the
figure is judged for that year. With no year in the text, it stays a guess for a person. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

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
