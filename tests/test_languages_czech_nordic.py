"""Czech, Slovak, Swedish, Danish and Norwegian news read through their own words (glossaries in
``workbench/data/languages.json``): the average annual rate of a year is judged by the country's row,
a month's twelve-month rate or one day's exchange rate is left for review, and a core index
('ekskl. energi') or food prices ('ceny potravin') name no series of the data. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package, rates_package

from workbench.models import Verdict

ROWS = {("Czechia", 2020): 3.0, ("Czechia", 2021): 3.9, ("Czechia", 2022): 14.8,
        ("Sweden", 2021): 2.2, ("Sweden", 2022): 8.1, ("Sweden", 2023): 8.4,
        ("Denmark", 2022): 7.5, ("Denmark", 2023): 3.4, ("Norway", 2022): 5.5, ("Norway", 2023): 5.4,
        ("Slovak Republic", 2022): 12.6, ("Slovak Republic", 2023): 10.4}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


def test_czech_average_rate_of_last_year_is_judged_by_the_row(cpi: Path) -> None:
    found = claim_results("Průměrná roční míra inflace v Česku loni činila 14,8 procenta, uvedl statistický úřad.",
                          [cpi], "2023-01-12")
    assert found["14,8 procenta"].verdict is Verdict.supported


def test_czech_country_in_the_genitive_names_the_place(cpi: Path) -> None:
    found = claim_results("V roce 2021 byla průměrná míra inflace České republiky 4,6 %, jak uvedl úřad.", [cpi], "2023-01-12")
    assert found["4,6 %"].verdict is Verdict.contradicted


def test_czech_december_year_on_year_rate_is_for_review(cpi: Path) -> None:
    found = claim_results("Meziroční inflace v Česku v prosinci 2022 zpomalila na 15,8 procenta.", [cpi], "2023-01-12")
    assert found["15,8 procenta"].verdict is Verdict.needs_review


def test_swedish_monthly_rate_is_for_review(cpi: Path) -> None:
    found = claim_results("Inflationstakten i Sverige enligt KPI steg under mars 2023 till 10,6 procent, enligt SCB.",
                          [cpi], "2023-04-14")
    assert found["10,6 procent"].verdict is Verdict.needs_review


def test_danish_core_index_names_no_series(cpi: Path) -> None:
    found = claim_results("I Danmark steg forbrugerprisindekset ekskl. energi og fødevarer med 4,9 pct. i 2023.\n\n"
                          "Det samlede forbrugerprisindeks i Danmark steg med 3,4 pct. i 2023.", [cpi], "2024-02-10")
    assert found["4,9 pct"].verdict is Verdict.unsupported
    assert found["3,4 pct"].verdict is Verdict.supported


def test_norwegian_dollar_rate_of_one_day_is_for_review(tmp_path: Path) -> None:
    fx = rates_package(tmp_path, {("Norway", 2023): 10.56, ("Norway", 2024): 10.76})
    found = claim_results("Onsdag steg dollarkursen til 11,12 mot norske kroner, den sterkeste kursen i år.", [fx], "2024-04-17")
    assert found["11,12"].verdict is Verdict.needs_review


@pytest.mark.parametrize(("text", "claim"), [
    ("On the last trading day of 2023 a dollar cost 10.05 kronor, against 10.86 a year before.", "10.05 kronor"),
    ("Den sista handelsdagen 2023 kostade en dollar 10,05 kronor.", "10,05 kronor"),
])
def test_a_rate_of_the_years_first_or_last_trading_day_is_one_days(tmp_path: Path, text: str, claim: str) -> None:
    fx = rates_package(tmp_path, {("Sweden", 2022): 10.12, ("Sweden", 2023): 10.61})
    found = claim_results(text, [fx], "2024-02-01")
    # one day's rate: never contradicted by the year's average, and read as that day's (not left unread)
    assert found[claim].verdict is Verdict.needs_review, found[claim].explanation
    assert found[claim].claim.period == "2023-12-31", found[claim].explanation


@pytest.mark.parametrize(("text", "claim"), [
    ("Na Slovensku priemerná ročná inflácia za rok 2023 dosiahla 10,4 %, v potravinách sa ceny zvýšili o 16,2 %.", "16,2 %"),
    ("V Česku ceny potravin v roce 2022 vzrostly v průměru o 19,8 %, celková inflace činila 15,1 %.", "19,8 %"),
])
def test_slovak_and_czech_food_prices_are_another_series(cpi: Path, text: str, claim: str) -> None:
    # food prices are a group of the index: the all-items rows must not judge them
    result = claim_results(text, [cpi], "2024-01-20")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series", result.reason


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("Priemerná ročná miera inflácie na Slovensku dosiahla v roku 2023 úroveň 10,4 percenta.", "10,4 percenta", Verdict.supported),
    ("Medziročná inflácia na Slovensku v decembri 2023 klesla na 6,4 percenta.", "6,4 percenta", Verdict.needs_review),
])
def test_slovak_average_and_months_rate(cpi: Path, text: str, claim: str, verdict: Verdict) -> None:
    found = claim_results(text, [cpi], "2024-01-20")
    assert found[claim].verdict is verdict, found[claim].explanation



def test_swedish_comparison_of_two_countries_names_each_ones_place(tmp_path: Path) -> None:
    """'Sverige hade … medan Danmark hade …': Swedish's 'hade' (had) and 'medan' (while) tell the language where
    'per capita' looks English, so 'Danmark' is read as Denmark, the figure's place, not left unnamed."""
    from package_support import carbon_package

    carbon = carbon_package(tmp_path / "co2", {("SWEDEN", 2019): 12_000.0, ("DENMARK", 2019): 8_000.0},
                            {("SWEDEN", 2019): 0.98, ("DENMARK", 2019): 1.25})
    found = claim_results("Sverige hade en utsläppsnivå på 3,6 ton per capita medan Danmark hade 4,6 ton per capita.",
                          [carbon], "2020-06-01")
    result = claim_starting(found, "4,6 ton")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "DENMARK"
