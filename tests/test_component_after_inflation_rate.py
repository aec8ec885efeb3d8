"""A price index's group named after 'inflation rate' ('the inflation rate for the food and beverage
category was 6.1 percent') is that group's series, as 'inflation for food' is: a series the data does not
hold, never the headline rate's row."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package


def test_a_group_after_the_inflation_rate_is_another_series(tmp_path: Path) -> None:
    text = "In Chile the annual inflation rate for the food and beverage category was 11.6 percent in 2022."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2023-03-01")["11.6 percent"]
    assert (result.verdict.value, result.reason) == ("unsupported", "other_series"), result.explanation


def test_the_headline_inflation_rate_is_still_judged(tmp_path: Path) -> None:
    text = "In Chile the annual inflation rate was 11.6 percent in 2022."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2023-03-01")["11.6 percent"]
    assert result.verdict.value == "supported", result.explanation
