"""Exchange rates written with nothing but the currency ('it came in at 65 rupees'): the words around
the amount call it a rate, the currency names the place, and the amount must be one the series could
hold; read so only from the words around it, a disagreeing figure goes to a person."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package, publisher_package

RATES = {("India", 2016): 67.20, ("India", 2017): 65.12, ("India", 2018): 68.39,
         ("South Africa", 2017): 13.32, ("South Africa", 2018): 13.23}


@pytest.fixture
def fx(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "fx", "fx", "Official exchange rate (LCU per US$, period average)",
                             "Exchange rate", RATES)


def verdict_of(text: str, surface: str, fx: Path, date: str = "2019-06-01") -> tuple[str, str]:
    result = claim_results(text, [fx], date=date)[surface]
    return result.verdict.value, result.reason or ""


@pytest.mark.parametrize("text, surface", [
    ("The exchange rate drifted lower through 2017. It settled at 65 rupees over the year.", "65 rupees"),
    ("Traders watched the average rate all through 2018. By the close it had averaged 68.4 rupees.", "68.4 rupees"),
    ("The annual average rate eased to 13.3 rand in 2017.", "13.3 rand"),
    ("Exchange rates were in focus in 2018. It ended the year averaging 13.2 rand.", "13.2 rand"),
])
def test_an_amount_of_a_currency_the_words_around_call_a_rate_is_its_country_s_rate(fx: Path, text: str,
                                                                                      surface: str) -> None:
    assert verdict_of(text, surface, fx)[0] == "supported"


def test_a_rate_read_only_from_the_words_around_it_that_disagrees_goes_to_a_person(fx: Path) -> None:
    verdict, reason = verdict_of("The average rate jumped to 72 rupees in 2018.", "72 rupees", fx)
    assert (verdict, reason) == ("needs_review", "rate_unsaid")


def test_a_month_s_average_is_not_judged_by_the_year_s_rows(fx: Path) -> None:
    verdict, reason = verdict_of("The monthly average rate reached 68.39 rupees in March 2018.", "68.39 rupees", fx)
    assert verdict == "needs_review", reason


@pytest.mark.parametrize("text, surface", [
    ("The exchange rate was steady in 2017. A kilo of lentils cost 65 rupees.", "65 rupees"),
    ("The average rate for a hotel room was 6,500 rupees in 2018.", "6,500 rupees"),
    ("Rupee savings paid well in 2018. It came to 65 rupees a month.", "65 rupees"),
])
def test_a_sum_of_money_beside_rate_words_is_no_rate(fx: Path, text: str, surface: str) -> None:
    assert verdict_of(text, surface, fx)[0] == "unsupported"


def monthly_package(folder: Path) -> Path:
    """A FRED-shaped monthly series: first day of each month, one place, no title of its own."""
    return monthly_rates_package(folder, "Japan", {"2023-10": 132.1, "2023-11": 135.6, "2023-12": 141.2, "2024-01": 146.9,
                                                   "2024-02": 150.3})


@pytest.mark.parametrize("text, surface, verdict", [
    # a month followed by a year counted from the draft's date is that year's month
    ("The monthly average rate rose to 135.5 yen in November last year.", "135.5 yen", "supported"),
    ("The monthly average rate rose to 141.3 yen in December of last year.", "141.3 yen", "supported"),
    # a bare month closing a span whose start is dated is the first such month after the start
    ("The monthly average rate jumped from 135.5 yen in November 2023 to 141.3 yen in December.", "141.3 yen",
     "supported"),
    ("The monthly average rate climbed from 141.3 yen in December last year to 146.8 yen in January.", "146.8 yen",
     "supported"),
])
def test_a_month_dated_by_words_is_read_in_the_year_they_say(tmp_path: Path, text: str, surface: str,
                                                             verdict: str) -> None:
    result = claim_results(text, [monthly_package(tmp_path / "fx")], date="2024-03-05")[surface]
    assert result.verdict.value == verdict, result.explanation
    assert result.evidence[0].period == {"135.5 yen": "2023-11", "141.3 yen": "2023-12", "146.8 yen": "2024-01"}[surface]


@pytest.mark.parametrize("rows, verdict", [
    ({("Portugal", 2018): 0.847}, "supported"),  # one place in the data uses the euro: it is the place
    ({("Portugal", 2018): 0.847, ("France", 2018): 0.847}, "unsupported"),  # several: no place to read
])
def test_the_currency_names_its_place_only_when_one_place_in_the_data_uses_it(tmp_path: Path, rows: dict,
                                                                              verdict: str) -> None:
    fx = publisher_package(tmp_path / "eur", "eur", "Official exchange rate (LCU per US$, period average)",
                           "Exchange rate", rows)
    assert verdict_of("The average rate eased to 0.85 euros in 2018.", "0.85 euros", fx)[0] == verdict
