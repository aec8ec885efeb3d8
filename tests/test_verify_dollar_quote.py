"""A currency news prices in US dollars — the euro, the pound, the Australian, New Zealand and Canadian
dollars — is judged by the reciprocal of a series that gives its units per US dollar: 'the euro at
$1.08', 'the pound hit 1.2861 dollars', 'Average exchange rate in 2019: 0.7538 USD' under a heading on
the Canadian dollar. A currency union's rate filed under the currency's own name ('Euro') is that
currency's; its members' rows of earlier years are their old currencies'."""

from __future__ import annotations

from pathlib import Path


import pytest
from package_support import claim_results, rates_package

# Units per US dollar, as the Federal Reserve's series give them; the figures are invented.
RATES = {("Euro", 2018): 0.8470, ("Euro", 2019): 0.8930, ("Euro", 2023): 0.9250,
         ("Austria", 1999): 12.92, ("Austria", 2000): 14.92,
         ("United Kingdom", 2019): 0.7830, ("United Kingdom", 2022): 0.8110,
         ("Canada", 2014): 1.1043, ("Canada", 2019): 1.3270, ("Canada", 2020): 1.3420,
         ("India", 2019): 70.42}


@pytest.fixture
def fx(tmp_path: Path) -> Path:
    return rates_package(tmp_path, RATES, source="Federal Reserve Bank of St. Louis")


def verdict_of(text: str, surface: str, fx: Path, date: str | None = "2024-06-01") -> tuple[str, float | None]:
    result = claim_results(text, [fx], date=date)[surface]
    return result.verdict.value, (result.evidence[0].cells[0].value if result.evidence and result.evidence[0].cells else None)


@pytest.mark.parametrize("text, surface, verdict, cell", [
    ("In 2019 the euro averaged $1.12 against the dollar.", "$1.12", "supported", 0.8930),
    ("The euro averaged $1.25 in 2019, its strongest year.", "$1.25", "contradicted", 0.8930),
    ("Sterling averaged $1.28 in 2019 as Brexit talks dragged on.", "$1.28", "supported", 0.7830),
    ("Against the £, the dollar averaged $1.35 in 2019.", "$1.35", "contradicted", 0.7830),  # the pound by its sign
    ("By 2023, with an average rate of 1.08, the euro had lost ground since 2018.", "1.08", "supported", 0.9250),
])
def test_a_dollar_price_of_a_dollar_quoted_currency_is_judged_by_the_reciprocal_row(
        fx: Path, text: str, surface: str, verdict: str, cell: float) -> None:
    assert verdict_of(text, surface, fx) == (verdict, cell)


def test_a_heading_names_the_currency_a_bare_rate_is_quoted_for(fx: Path) -> None:
    text = "# Historical Euro Exchange Rate Table\n\nIn 2018, the average rate for USD was 1.18."
    assert verdict_of(text, "1.18", fx)[0] == "supported"


def test_a_euro_rate_is_not_read_from_a_member_s_old_currency(fx: Path) -> None:
    # Austria's 1999 row is schillings per dollar: no reading of the euro, either way round
    verdict, _ = verdict_of("In 1999 the euro averaged $1.07 against the dollar.", "$1.07", fx)
    assert verdict == "unsupported"


@pytest.mark.parametrize("text, surface", [
    ("The euro zone's biggest bank paid a dividend of €1,361 per lot in 2019.", "€1,361"),
    ("In 2019 the rupee fell while Brent crude cost $64.30 a barrel, priced in dollars.", "$64.30 a barrel"),
])
def test_a_sum_of_money_beside_a_currency_is_no_rate(fx: Path, text: str, surface: str) -> None:
    assert verdict_of(text, surface, fx)[0] == "unsupported"


def test_a_heading_naming_the_country_names_the_currency_a_dollar_rate_prices(fx: Path) -> None:
    text = "# Canada's exchange rate, year by year\n\nAverage exchange rate in 2019: 0.7538 USD."
    assert verdict_of(text, "0.7538 USD", fx) == ("supported", 1.3270)  # 1 / 1.3270 = 0.75358


@pytest.mark.parametrize("text, surface", [
    ("Over 2014 a US dollar cost 0.906 Canadian dollars on average.", "0.906 Canadian dollars"),
    ("One US dollar bought 1.12 euros on average in 2019.", "1.12 euros"),
])
def test_an_amount_written_in_the_currency_is_its_price_of_the_dollar_never_turned_round(
        fx: Path, text: str, surface: str) -> None:
    """The figure names its own currency, so it is that currency's units per dollar: a writer who put the
    dollar's price there is contradicted by the rows as published, not supported by their reciprocal."""
    verdict, _cell = verdict_of(text, surface, fx)
    assert verdict == "contradicted"


def test_a_place_named_around_a_bare_average_rate_makes_no_currency_quote(fx: Path) -> None:
    # 'average rate' alone is no exchange rate: Germany named beside it does not make 1.12 a euro's price
    text = "# Germany's import prices\n\nThe average rate of pass-through from import prices was 1.12 in 2019."
    assert verdict_of(text, "1.12", fx)[0] == "unsupported"
