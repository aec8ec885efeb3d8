"""A table of exchange rates captioned as amounts of each row's currency per one unit of another ('foreign
currency per 1 NZD'), its columns dated as 'year ended 31 December 2021' or, as such tables abbreviate,
'year ended 31 Dec 21': the base currency's row is the other currency's price in US dollars, judged by the
reciprocal of its yearly row; a year ending in June is twelve months straddling two calendar years.
Another currency's row holds cross rates, never judged by that currency's own row. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, module_package, rates_package

from workbench.extraction.headers import ColumnHeader
from workbench.models import Verdict

RATES = {("New Zealand", 2021): 1.4140, ("New Zealand", 2022): 1.5800, ("Japan", 2021): 109.8}


fx = module_package(rates_package, RATES)


def _table(header: str, usd: str, yen: str = "77.70") -> str:
    return ("Exchange rates used in these accounts, in foreign currency per 1 NZD.\n\n"
            f"| Country | {header} | Currency |\n|---|---|---|\n"
            f"| United States | {usd} | US dollar |\n| Japan | {yen} | yen |\n")


@pytest.mark.parametrize(("header", "usd", "verdict"), [
    ("Average rate for year ended 31 December 2021", "0.7072", Verdict.supported),  # 1 / 1.4140
    ("Average rate for year ended 31 Dec 21", "0.7072", Verdict.supported),
    ("Average rate for year ended 31 Dec 21", "0.6400", Verdict.contradicted),
])
def test_the_base_row_is_the_priced_currency_in_dollars(fx: Path, header: str, usd: str, verdict: Verdict) -> None:
    results = claim_results(_table(header, usd), [fx], date="2022-08-01")
    assert results[usd].verdict is verdict, results[usd].explanation
    assert results[usd].evidence[0].period == "2021"
    # the yen's row is a cross rate: its own row against the dollar (109.8) says nothing of it
    assert results["77.70"].verdict is not Verdict.contradicted, results["77.70"].explanation


def test_a_year_ended_in_june_straddles_two_calendar_years(fx: Path) -> None:
    assert ColumnHeader("Average rate for year ended 30 Jun 22").year == "2021-07/2022-06"
    assert ColumnHeader("Rate, year ending June 30, 2022").year == "2021-07/2022-06"
    result = claim_results(_table("Average rate for year ended 30 Jun 22", "0.6700"), [fx], date="2022-08-01")["0.6700"]
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize(("header", "year"), [
    # two digits after the month are the day unless a day came first or they are joined to the month
    ("Average rate for year ended June 30", None),
    ("Average rate for year ended September 15", None),
    ("Average rate for year ended June 30, 2022", "2021-07/2022-06"),
    ("Average rate for year ended 30 Sep 22", "2021-10/2022-09"),
    ("Average rate for year ended Sep-22", "2021-10/2022-09"),
])
def test_a_header_s_day_is_never_read_as_its_year(header: str, year: str | None) -> None:
    assert ColumnHeader(header).year == year
