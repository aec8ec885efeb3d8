"""'Last year' in an undated draft whose text above dates its present by a month ('the rate of 4.2 percent
in March 2022'): the text was written in that year, so its last year is the one before, as a reader counts
it; a year alone named above ('Inflation in 2021') stays the year the story is about."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package


def test_last_year_under_a_month_of_the_text_is_the_year_before_it(tmp_path: Path) -> None:
    text = ("The statistics office said annual inflation in Chile was 9.4 percent in March 2022.\n\n"
            "Last year, average inflation in Chile was 4.5 percent.")
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date=None)["4.5 percent"]
    assert result.verdict.value == "supported", result.explanation
    assert "2021" in result.explanation, result.explanation


def test_last_year_under_a_year_alone_is_that_year(tmp_path: Path) -> None:
    text = "# Inflation in Chile in 2021\n\nLast year, average inflation in Chile was 4.5 percent."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date=None)["4.5 percent"]
    assert result.verdict.value == "supported", result.explanation
    assert "2021" in result.explanation, result.explanation


def test_last_year_under_a_december_is_that_december_s_year(tmp_path: Path) -> None:
    """A December's rate is told in the January after it: its 'last year' is the December's year."""
    text = ("The statistics office said consumer prices in Chile rose 12.8 percent in the year to December 2022.\n\n"
            "Last year, average inflation in Chile was 11.6 percent.")
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date=None)["11.6 percent"]
    assert result.verdict.value == "supported", result.explanation
    assert "2022" in result.explanation, result.explanation
