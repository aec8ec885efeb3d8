"""A table of one rate a year ('Year Mexican Peso to Dollar' over '2015 15.84'): each row's figure is an amount of the
column's currency per US dollar, checked against that currency's row of the rate series; a header of two such
columns does not say which one a figure stands in."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

# Units per US dollar; the figures are invented.
RATES = {("Mexico", 2015): 15.84, ("Mexico", 2016): 18.66, ("Norway", 2016): 8.40}


@pytest.fixture
def fx(tmp_path: Path) -> Path:
    return rates_package(tmp_path, RATES)


def test_lone_year_row_under_a_currency_column_is_that_currency_per_dollar(fx: Path) -> None:
    text = "# The peso over the years\n\nPesos for one dollar\nYear Mexican Peso to Dollar\n\n2016 18.6612"
    result = claim_results(text, [fx], date="2024-06-01")["18.6612"]
    assert result.claim.unit == "MXN"
    assert result.verdict.value == "supported", result.explanation


def test_a_row_among_others_of_the_table_is_read_so_too(fx: Path) -> None:
    text = "# The peso over the years\n\nYear Mexican Peso to Dollar\n2015 15.8410\n2016 21.0100"
    results = claim_results(text, [fx], date="2024-06-01")
    assert results["15.8410"].verdict.value == "supported", results["15.8410"].explanation
    assert results["21.0100"].claim.unit == "MXN"


def test_two_currency_columns_leave_the_figure_unpriced() -> None:
    from extraction_helpers import claims_in

    claims = claims_in("# Rates\n\nYear Mexican Peso to Dollar Krone to Dollar\n\n2016 18.6612\n")
    assert all(c.unit != "MXN" and c.unit != "NOK" for c in claims if c.text == "18.6612")
