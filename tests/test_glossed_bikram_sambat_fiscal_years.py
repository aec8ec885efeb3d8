"""Nepali copy states its fiscal years in the Bikram Sambat calendar ('आर्थिक वर्ष २०७९/८०': mid-July 2022
to mid-July 2023), read as the Gregorian years they span: a fiscal year against the calendar rows is
another period for a person, never a year 2079 the data has no figure for."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

NEPAL = {("Nepal", 2021): 4.1, ("Nepal", 2022): 7.7, ("Nepal", 2023): 7.1}


@pytest.mark.parametrize("year", ["२०७९/८०", "2079/80"])
def test_a_bikram_sambat_fiscal_year_is_another_period_of_the_calendar_rows(tmp_path: Path, year: str) -> None:
    text = f"नेपाल में आर्थिक वर्ष {year} में औसत मुद्रास्फीति 6.20 प्रतिशत रही।"
    result = claim_results(text, [cpi_package(tmp_path / "cpi", NEPAL)], date="2024-05-02")["6.20 प्रतिशत"]
    assert (result.verdict.value, result.reason) == ("needs_review", "different_period"), result.explanation
    assert "2022" in result.explanation and "2079" not in result.explanation


def test_a_year_without_the_fiscal_years_words_is_not_converted(tmp_path: Path) -> None:
    text = "नेपाल में 2079 में औसत मुद्रास्फीति 6.20 प्रतिशत रही।"
    result = claim_results(text, [cpi_package(tmp_path / "cpi", NEPAL)], date="2024-05-02")["6.20 प्रतिशत"]
    assert result.verdict.value == "unsupported", result.explanation
