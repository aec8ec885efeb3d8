"""A figure its clause dates by a month ('in December was 9.1 %') keeps that month when a joined clause
names a whole year for the next figure ('and over the whole year 2030 averaged 7.1 %'): the year's
average does not contradict the month's rate."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict


def test_the_months_rate_is_not_judged_by_the_later_clauses_year(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Chile", 2029): 3.0, ("Chile", 2030): 7.1})
    results = claim_results("Consumer price inflation in Chile in December was 9.1 % and over the whole year 2030 "
                            "averaged 7.1 %, the statistics office said.", [cpi], date="2031-01-20")
    month = results["9.1 %"]
    assert month.verdict is Verdict.needs_review, month.explanation
    assert "December 2030" in month.explanation
    assert results["7.1 %"].verdict is Verdict.supported


def test_a_year_two_words_after_the_figure_still_dates_it(tmp_path: Path) -> None:
    # the control: no period before the figure, so the year after it is its own
    cpi = cpi_package(tmp_path / "cpi", {("Chile", 2029): 3.0, ("Chile", 2030): 7.1})
    result = claim_results("Consumer price inflation in Chile was 7.1 % over the whole year 2030, the office said.",
                           [cpi], date="2031-01-20")["7.1 %"]
    assert result.verdict is Verdict.supported, result.explanation
