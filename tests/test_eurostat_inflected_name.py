"""Eurostat states a member state's inflation only as its harmonised index (HICP), and Slavic languages decline its
name ('według Eurostatu', 'podle Eurostatu', 's Eurostatem'): named so in a rate's sentence, it makes the rate
the harmonised index, which a national CPI series does not hold (unsupported, other_series)."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

CPI = {("Hungary", 2021): 5.1, ("Hungary", 2022): 14.6}


def test_a_polish_rate_according_to_eurostat_is_the_harmonised_index(tmp_path: Path) -> None:
    text = "Według Eurostatu inflacja na Węgrzech wyniosła w 2022 roku 15,3 proc."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", CPI)], date=None)["15,3 proc"]
    assert (result.verdict.value, result.reason) == ("unsupported", "other_series"), result.explanation


def test_a_polish_rate_of_the_national_office_is_judged(tmp_path: Path) -> None:
    text = "Według urzędu statystycznego inflacja na Węgrzech wyniosła w 2022 roku 15,3 proc."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", CPI)], date=None)["15,3 proc"]
    assert result.verdict.value == "contradicted", result.explanation
