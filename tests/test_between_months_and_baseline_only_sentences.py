"""Periods a reader takes from the words around a figure:

- 'for the period between January and December 2022' is the whole year, as 'January to December 2022' is:
  its average is judged by the year's row (not read as December alone, a month's rate for review);
- in a draft with no date, 'last year' under a paragraph whose last sentence names a year only as the baseline
  it compares with ('Compared with 2021, the rate more than doubled') is counted from the year the sentence
  before names ('In 2022, …'): the baseline's sentence speaks of that year too.
The package is shaped like the World Bank's consumer-price file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict


def test_between_two_months_of_a_year_is_the_span_of_them(tmp_path: Path) -> None:
    text = ("Consumer prices in Chile for the period between January and December 2022 rose by 11.6 per cent "
            "compared with the same period of the year before.")
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2023-01-09")["11.6 per cent"]
    assert result.verdict is Verdict.supported, result.explanation


def test_two_months_joined_by_and_stay_months(tmp_path: Path) -> None:
    # no 'between': two months, not the span of them
    text = "Consumer prices in Chile rose 11.6 per cent in January and December 2022."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2023-01-09")["11.6 per cent"]
    assert result.verdict is not Verdict.supported, result.explanation


def test_last_year_under_a_baseline_only_sentence_counts_from_the_year_above_it(tmp_path: Path) -> None:
    text = ("In 2022, consumer prices across the region rose at the fastest pace in decades. Compared with 2021, "
            "the rate more than doubled.\n\n"
            "Among the larger economies, inflation in Chile last year reached 11.6%.")
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date=None)["11.6%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "2022" in result.explanation, result.explanation
