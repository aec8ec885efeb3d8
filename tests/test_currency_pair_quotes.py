"""A currency pair names the currency a bare figure prices and which way round: 'SEK/USD at 0.0952'
or 'the SEK to USD rate' is US dollars per krona, judged by the reciprocal of the rate rows (kronor
per dollar); 'USD/SEK' is the rows' own way round. Without the pair, a bare '0.0952' named no
currency, so no place, and the claim stayed unread. A month named in the rate's own phrase ('the
February average rate of 0.1190') dates it in the year the paragraph carries, not the whole year.

Packages shaped like the Federal Reserve's yearly and monthly files, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package, rates_package

from workbench.models import Verdict

_ROWS = {("Sweden", 2020): 9.2, ("Sweden", 2021): 8.5, ("Sweden", 2022): 10.1,
         ("Mexico", 2020): 21.5, ("Mexico", 2021): 20.3, ("Mexico", 2022): 20.1}


# kronor per dollar, first day of each month, figures invented
_MONTHS = {"2021-01": 8.30, "2021-02": 8.40, "2021-11": 8.90, "2021-12": 9.10}


@pytest.fixture()
def rates(tmp_path: Path) -> Path:
    return rates_package(tmp_path, _ROWS, source="Central bank")


def test_a_pair_in_the_sentence_prices_the_first_currency_in_dollars(rates: Path) -> None:
    found = claim_results("In 2021 the SEK/USD exchange rate averaged 0.1176, and in 2022 it averaged 0.0902.",
                          [rates], "2023-03-01")
    assert found["0.1176"].verdict is Verdict.supported, found["0.1176"].explanation
    assert found["0.1176"].evidence[0].dimensions["Country"] == "Sweden"
    assert found["0.0902"].verdict is Verdict.contradicted, found["0.0902"].explanation
    assert found["0.0902"].evidence[0].period == "2022"


def test_a_pair_in_an_earlier_sentence_names_the_currency_of_the_rate(rates: Path) -> None:
    found = claim_results("Over these years the SEK to USD exchange rate moved a lot. "
                          "The average rate for 2020 was 0.1087.", [rates], "2023-03-01")
    assert found["0.1087"].verdict is Verdict.supported, found["0.1087"].explanation
    assert found["0.1087"].evidence[0].dimensions["Country"] == "Sweden"


def test_a_pair_with_the_dollar_first_is_read_as_the_rows_are(rates: Path) -> None:
    found = claim_results("In 2022 the USD/SEK exchange rate averaged 10.10.", [rates], "2023-03-01")
    assert found["10.10"].verdict is Verdict.supported, found["10.10"].explanation
    assert found["10.10"].evidence[0].dimensions["Country"] == "Sweden"



def test_a_month_named_in_the_figures_phrase_dates_it_in_the_carried_year(tmp_path: Path) -> None:
    found = claim_results("Through 2021 the SEK to USD exchange rate drifted lower. Set side by side, the February "
                          "average rate of 0.1190 and the December average rate of 0.1200 tell the story.",
                          [monthly_rates_package(tmp_path / "fx", "Sweden", _MONTHS)], "2023-03-01")
    assert found["0.1190"].verdict is Verdict.supported, found["0.1190"].explanation
    assert found["0.1190"].evidence[0].period == "2021-02"
    assert found["0.1200"].verdict is Verdict.contradicted, found["0.1200"].explanation
    assert found["0.1200"].evidence[0].period == "2021-12"


def test_a_pair_in_the_paragraph_before_names_the_currency_of_the_rate(rates: Path) -> None:
    """The pair stands in the paragraph before: a reader carries it to the rate of the next one, as they
    carry it from an earlier sentence of the same paragraph."""
    found = claim_results("Over these years the SEK to USD exchange rate moved a lot.\n\n"
                          "Measured over 2020, the exchange rate averaged 0.1087. Over 2022 the exchange rate averaged 0.1300.",
                          [rates], "2023-03-01")
    assert found["0.1087"].verdict is Verdict.supported, found["0.1087"].explanation
    assert found["0.1087"].evidence[0].dimensions["Country"] == "Sweden"
    assert found["0.1300"].verdict is Verdict.contradicted, found["0.1300"].explanation
    assert found["0.1300"].evidence[0].period == "2022"


def test_a_rate_after_a_paragraph_naming_no_pair_names_no_place(rates: Path) -> None:
    found = claim_results("Currencies moved a lot over these years.\n\n"
                          "Measured over 2020, the exchange rate averaged 0.1087.", [rates], "2023-03-01")
    assert found["0.1087"].verdict is Verdict.needs_review, found["0.1087"].explanation
