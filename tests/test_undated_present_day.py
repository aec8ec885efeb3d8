"""An undated draft that names a day of a year as its present ('the current rate is … on 16 August
2022') was written before that year ended: its figure for the year is one to date, which the year's
row, published later, cannot contradict; so was one that calls the year itself its present ('the average rate
in the current year 2022'). A day not called the present, or of a later year, dates nothing, nor does a
'this year' that names no year."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, module_package, rates_package

from workbench.models import Verdict

# Invented yearly averages, rupees per US dollar.
RATES = {("India", 2021): 73.9, ("India", 2022): 78.6, ("India", 2023): 82.6}


package = module_package(rates_package, RATES)


@pytest.mark.parametrize(("present", "day"), [
    ("and the current exchange rate is at 79.15 INR on August 16, 2022", "2022-08-16"),
    ("while today, 3 September 2022, the rupee trades at 79.4 INR", "2022-09-03"),
])
def test_a_year_not_over_at_the_texts_present_is_for_review(package: Path, present: str, day: str) -> None:
    text = f"The average exchange rate of the Indian rupee in 2022 was 76.9 INR, {present}."
    result = claim_results(text, [package], date=None)["76.9 INR"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "year_not_over"), result.explanation
    assert result.evidence[0].period == "2022"
    assert f"names a day ({day}) of that year as its present" in result.explanation


@pytest.mark.parametrize("other", [
    "and the rupee was at 79.15 INR on August 16, 2022",  # a day, not called the present
    "and the current exchange rate is at 83.1 INR on March 16, 2023",  # the present, after the year
    "and the current exchange rate is at 82.8 INR on December 31, 2022",  # the year's last day: it is over
    "and the current exchange rate is at 79.9 INR in September 2022",  # a month, no day of the present
])
def test_other_days_leave_the_contradiction(package: Path, other: str) -> None:
    text = f"The average exchange rate of the Indian rupee in 2022 was 76.9 INR, {other}."
    result = claim_results(text, [package], date=None)["76.9 INR"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_dated_draft_keeps_its_own_date(package: Path) -> None:
    text = ("The average exchange rate of the Indian rupee in 2022 was 76.9 INR, and the current exchange "
            "rate is at 79.15 INR on August 16, 2022.")
    result = claim_results(text, [package], date="2023-05-02")["76.9 INR"]
    assert result.verdict is Verdict.contradicted, result.explanation


@pytest.mark.parametrize("sentence", [
    "The national average inflation rate stands at 7.3 percent in the current year 2022, the highest in a decade.",
    "This year (2022) the average inflation rate has reached 7.3 percent so far.",
])
def test_a_year_the_text_calls_its_present_is_for_review(tmp_path: Path, sentence: str) -> None:
    package = cpi_package(tmp_path / "cpi", {("India", 2021): 5.1, ("India", 2022): 6.7})
    result = claim_results(f"Prices in India keep climbing. {sentence}", [package], date=None)["7.3 percent"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "year_not_over"), result.explanation
    assert "calls that year its present" in result.explanation


def test_a_this_year_of_another_clause_leaves_the_contradiction(tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "cpi", {("India", 2021): 5.1, ("India", 2022): 6.7})
    text = "At a summit this year, ministers heard that India's average inflation rate in 2022 was 7.3 percent."
    result = claim_results(text, [package], date=None)["7.3 percent"]
    assert result.verdict is Verdict.contradicted, result.explanation
