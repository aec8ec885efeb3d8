"""How news names a place and a series beyond the country's own name: a demonym ('the Zambian
economy'), a valuation basis the data does not hold ('GDP at purchasing power parity'), prices
said to be 'more expensive'.

Packages here are shaped like a publisher's (World Bank layout, no ``workbench`` block); their
figures are invented for the tests, and so are the sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dated_draft
from package_support import publisher_package
from package_support import only_result as only

from extraction_helpers import claims_in
from workbench.models import Verdict

PRICES = {("Zambia", 2020): 15.7, ("Zambia", 2021): 22.0, ("Uruguay", 2020): 9.8, ("Uruguay", 2021): 7.7,
          ("Dominican Republic", 2020): 3.8, ("Dominican Republic", 2021): 8.2,
          ("Portugal", 2020): -0.1, ("Portugal", 2021): 1.3}
GDP = {("Chile", 2021): 316.6e9, ("Kenya", 2021): 110.3e9}


def consumer_prices(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation", PRICES)


def gdp(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "gdp", "gdp", "GDP (current US$)", "Value", GDP, description="GDP (current US$)")


@pytest.mark.parametrize(("title", "country"), [("the Zambian economy", "Zambia"),
                                                ("Uruguayan households", "Uruguay"),
                                                ("the Dominican economy", "Dominican Republic")])
def test_a_demonym_in_the_title_names_the_place(tmp_path: Path, title: str, country: str) -> None:
    figure = PRICES[(country, 2021)]
    text = f"# Prices squeeze {title}\n\nAverage inflation reached {figure}% in 2021, the central bank said."
    agreeing = only(text, [consumer_prices(tmp_path)], date="2022-06-01")
    assert agreeing.verdict is Verdict.supported, agreeing.explanation
    assert agreeing.evidence[0].dimensions.get("Country") == country
    wrong = only(text.replace(f"{figure}%", f"{figure + 5}%"), [consumer_prices(tmp_path)], date="2022-06-01")
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


@pytest.mark.parametrize("text", ["Chile's GDP at purchasing power parity was $316.6 billion in 2021.",
                                  "Measured at PPP, Chile's economy was worth $316.6 billion in 2021.",
                                  "In 2021 the GDP of Kenya, adjusted for price differences, was $520 billion."])
def test_gdp_at_purchasing_power_parity_is_another_series(tmp_path: Path, text: str) -> None:
    result = only(text, [gdp(tmp_path)])
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation


def test_gdp_at_market_rates_is_still_judged(tmp_path: Path) -> None:
    assert only("Chile's GDP was $316.6 billion in 2021.", [gdp(tmp_path)]).verdict is Verdict.supported
    assert only("Kenya's GDP was $520 billion in 2021.", [gdp(tmp_path)]).verdict is Verdict.contradicted


def test_more_expensive_on_average_is_a_price_rise(tmp_path: Path) -> None:
    text = "Goods and services in Zambia were on average 22% more expensive in 2021 than in 2020, the office said."
    agreeing = only(text, [consumer_prices(tmp_path)], date="2022-03-01")
    assert agreeing.verdict is Verdict.supported, agreeing.explanation
    assert agreeing.evidence[0].dimensions.get("Country") == "Zambia"
    wrong = only(text.replace("22%", "12%"), [consumer_prices(tmp_path)], date="2022-03-01")
    assert wrong.verdict in (Verdict.contradicted, Verdict.needs_review), wrong.explanation
    assert wrong.verdict is not Verdict.supported


@pytest.mark.parametrize("text", ["Total output for Africa reached $2.9 trillion in 2021, more than Kenya and Chile together.",
                                  "Latin America's economies produced $5.4 trillion in 2021, led by Chile.",
                                  "The 2021 regional total of GDP reached $1.6 trillion, with Chile and Kenya the largest.",
                                  "The GDP of the two countries combined was $427 billion in 2021, with Chile the larger."])
def test_a_region_or_a_combined_figure_is_not_one_named_country(tmp_path: Path, text: str) -> None:
    result = only(text, [gdp(tmp_path)])
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation


def test_a_country_that_holds_a_continent_in_its_name_stays_that_country(tmp_path: Path) -> None:
    rows = {("South Africa", 2021): 419.0e9, ("Kenya", 2021): 110.3e9}
    pkg = publisher_package(tmp_path / "gdp2", "gdp", "GDP (current US$)", "Value", rows, description="GDP (current US$)")
    result = only("South Africa's GDP was $419 billion in 2021, the largest in Africa after Nigeria.", [pkg])
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "South Africa"


def _claims(text: str) -> list:
    return claims_in(f"---\ndate: 2024-03-01\n---\n\n{text}\n")


def test_a_unit_written_once_is_carried_to_the_bare_figures_of_its_list() -> None:
    claims = _claims("Other nations emitting more than 10 million metric tons of carbon a year are "
                     "Chile (19.9), Colombia (18.5) and Peru (11.1).")
    listed = {c.text: (c.unit, c.value) for c in claims}
    assert listed["19.9"] == ("t", 19.9e6) and listed["11.1"] == ("t", 11.1e6), listed
    joined = {c.text: (c.unit, c.value) for c in _claims("Chile and Peru follow with 19.9 and 11.1 million tonnes.")}
    assert joined["19.9"] == ("t", 19.9e6), joined
    labelled = {c.text: c.unit for c in _claims("Peru 'Tonnes of CO2' value is 40,440,000")}
    assert labelled["40,440,000"] == "t", labelled


def test_bare_figures_keep_no_unit_when_none_is_written_for_them() -> None:
    claims = {c.text: c.unit for c in _claims("Chile (19.9), Colombia (18.5) and Peru (11.1) lead the index, "
                                               "ahead of 12 others.")}
    assert claims["19.9"] == "" and claims["11.1"] == "", claims
    scores = {c.text: c.unit for c in _claims("Prices rose 7.5% and exports reached $3 billion; "
                                              "the index: Chile (19.9) and Peru (11.1).")}
    assert scores["19.9"] == "", scores


def test_a_figure_in_parentheses_after_a_name_is_that_place_s(tmp_path: Path) -> None:
    rows = {("Chile", 2021): 316.6e9, ("Kenya", 2021): 110.3e9, ("Norway", 2021): 482.2e9}
    pkg = publisher_package(tmp_path / "gdp3", "gdp", "GDP (current US$)", "Value", rows, description="GDP (current US$)")
    from workbench.check import check_draft
    from workbench.config import Config
    from workbench.drafts import parse_draft
    from workbench.reference.loader import load_reference
    text = "Economies with a GDP above $100 billion in 2021 were Chile (316.6), Kenya (110.3) and Norway (482.2)."
    draft = parse_draft(f"---\ndate: 2022-09-01\n---\n\n{text}\n".encode(), "draft.md")
    report = check_draft(draft, load_reference([pkg]), Config(root=tmp_path, reference=[pkg]))
    got = {r.claim.text: (r.verdict, r.evidence[0].dimensions.get("Country") if r.evidence else None)
           for r in report.results}
    assert got["316.6"] == (Verdict.supported, "Chile"), got
    assert got["110.3"] == (Verdict.supported, "Kenya"), got
    assert got["482.2"] == (Verdict.supported, "Norway"), got


def test_a_table_s_country_with_a_note_in_parentheses_is_that_country() -> None:
    from workbench.places import Places
    places = Places.default()
    assert places.resolve("ITALY (INCLUDING SAN MARINO)").key == "ITA"
    assert places.resolve("JAPAN (EXCLUDING THE RUYUKU ISLANDS)").key == "JPN"
    assert places.resolve("YUGOSLAVIA (MONTENEGRO & SERBIA)") is None


SHILLING = {("Kenya", 2017): 103.41, ("Kenya", 2018): 101.30}


def test_a_rate_in_units_per_dollar_is_of_the_currency_the_text_before_names(tmp_path: Path) -> None:
    pkg = publisher_package(tmp_path / "fx", "fx", "Official exchange rate (LCU per US$, period average)",
                            "Exchange rate", SHILLING)
    text = ("The Kenyan shilling steadied in 2017, traders said.\n\n"
            "It averaged 103.41 units per dollar over 2017, the central bank said.")
    agreeing = only(text, [pkg], date="2019-06-01")
    assert (agreeing.verdict, agreeing.evidence[0].period) == (Verdict.supported, "2017"), agreeing.explanation
    wrong = only(text.replace("103.41", "96.20"), [pkg], date="2019-06-01")
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    # with no currency named anywhere, the figure is nobody's rate
    alone = only(text.split("\n\n")[1], [pkg], date="2019-06-01")
    assert alone.verdict is not Verdict.supported and not alone.evidence, alone.explanation


@pytest.mark.parametrize(("wording", "verdict", "reason"), [
    ("annual average inflation rate reached", Verdict.contradicted, "contradicted"),
    ("inflation averaged", Verdict.contradicted, "contradicted"),
    ("inflation reached", Verdict.needs_review, "either"),
    ("consumer price inflation reached", Verdict.needs_review, "either")])
def test_an_average_of_a_year_just_over_is_judged_by_that_year_s_row_with_a_flag(
        tmp_path: Path, wording: str, verdict: Verdict, reason: str) -> None:
    # a draft dated a week into 2022: by the publication lag the 2021 row came out later, but a
    # sentence that reports the year's average had that average at hand
    text = f"Zambia's {wording} 14.9% in 2021, with an average monthly rise of 1.1%."
    result = next(r for r in _results(text, [consumer_prices(tmp_path)], "2022-01-07") if r.claim.text == "14.9%")
    assert result.verdict is verdict, result.explanation
    assert (reason == "either" or result.reason == reason) and "postdated" in result.flags


@pytest.mark.parametrize(("text", "verdict"), [
    ("On average, in 2021, Zambia's consumer prices rose 14.9%, the statistics office said.", Verdict.contradicted),
    ("In 2021, on average, Zambia's consumer prices rose 14.9%, the statistics office said.", Verdict.contradicted),
    # another figure in the opening phrase: the average may be that figure's, so the lag stands
    ("On average 3.2% a month, in 2021, Zambia's consumer prices rose 14.9%.", Verdict.needs_review)])
def test_an_average_said_in_the_sentence_s_opening_phrase_is_the_main_clause_s(
        tmp_path: Path, text: str, verdict: Verdict) -> None:
    # 'On average, in 2021, …': the opening adverbial speaks of the figure of the clause it opens
    result = next(r for r in _results(text, [consumer_prices(tmp_path)], "2022-01-07") if r.claim.text == "14.9%")
    assert result.verdict is verdict, result.explanation
    assert "postdated" in result.flags


def test_an_average_of_a_year_not_yet_over_stays_for_review(tmp_path: Path) -> None:
    text = "Zambia's annual average inflation rate reached 14.9% in 2021, the statistics office said."
    result = only(text, [consumer_prices(tmp_path)], date="2021-11-20")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "postdated_evidence"), result.explanation


def _results(text: str, packages: list[Path], date: str) -> list:
    from workbench.check import check_draft
    from workbench.config import Config
    from workbench.drafts import parse_draft
    from workbench.reference.loader import load_reference
    draft = parse_draft(dated_draft(text, date).encode(), "draft.md")
    return check_draft(draft, load_reference(packages), Config(root=packages[0].parent, reference=packages)).results
