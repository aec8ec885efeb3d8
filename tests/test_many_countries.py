"""Drafts that give figures for several countries at once: pasted bullet lists, league tables,
'respectively' beside a comparison, round-ups whose lead dates every rate to the year's end. Each
figure must be judged by its own country's row, never by a neighbour's."""

from __future__ import annotations

from pathlib import Path

from package_support import CPI_WORDS, claim_results, monthly_rates_package, publisher_package, rates_package
from test_units_measures import TABLE, one, package

from extraction_helpers import claims_in
from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.structure import plain_tables
from workbench.models import ClaimResult
from workbench.reference.loader import load_reference

__all__ = ["package"]

INFLATION = {("Kenya", 2019): 5.2, ("Kenya", 2020): 5.4, ("Zambia", 2019): 9.2, ("Zambia", 2020): 15.7,
             ("Uruguay", 2019): 7.9, ("Uruguay", 2020): 9.8, ("Peru", 2019): 2.1, ("Peru", 2020): 1.8,
             ("Kazakhstan", 2019): 5.3, ("Kazakhstan", 2020): 6.8, ("Ukraine", 2019): 7.9,
             ("Ukraine", 2020): 2.7, ("Russian Federation", 2019): 4.5, ("Russian Federation", 2020): 3.4}


def _inflation(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation",
                              INFLATION, description=CPI_WORDS)]


def test_a_pasted_bullet_list_gives_each_item_its_own_sentence(tmp_path: Path) -> None:
    # The last item's later year belongs to that item; the others keep the year of the paragraph above.
    text = ("Consumer prices rose fastest in these countries in 2020, the statistics office said.\n\n"
            "The countries with the highest inflation were:\n\n"
            "  \u2022 Zambia (15.7%)\n  \u2022 Uruguay (9.8%)\n  \u2022 Kenya (5.4% but 9.2% in 2019).")
    results = claim_results(text, _inflation(tmp_path), date="2021-03-01")
    for figure, country in (("15.7%", "Zambia"), ("9.8%", "Uruguay")):
        result = results[figure]
        assert result.verdict.value == "supported", (figure, result.explanation)
        assert result.evidence[0].period == "2020" and country in str(result.evidence[0].dimensions)
    # 'but 9.2 % in 2019': the year is the contrasted figure's, not Kenya's 5.4 %
    assert results["9.2%"].claim.period == "2019" and results["5.4%"].claim.period != "2019"


def test_respectively_pairs_the_places_named_since_the_figure_before_not_the_baseline(tmp_path: Path) -> None:
    # 'than Russia' is the baseline; earlier places have figures of their own.
    text = ("Among Russia's neighbours, prices rose fastest in 2020 in Zambia at 15.7%, and inflation in Kenya "
            "and Ukraine was also higher than in Russia - 5.4% and 2.7%, respectively.")
    results = claim_results(text, _inflation(tmp_path), date="2021-03-01")
    for figure, country in (("5.4%", "Kenya"), ("2.7%", "Ukraine")):
        result = results[figure]
        assert result.verdict.value == "supported", (figure, result.explanation)
        assert country in str(result.evidence[0].dimensions)


def test_a_place_that_leads_into_its_own_figure_is_not_the_figure_before_it(tmp_path: Path) -> None:
    # Peru's 1.8 % must be judged by Peru's row, never by Kazakhstan's named after it.
    text = "The slowest inflation in 2020 was recorded in Peru, where it was only 1.8%, and Kazakhstan with 6.8%."
    results = claim_results(text, _inflation(tmp_path), date="2021-03-01")
    assert results["1.8%"].verdict.value == "supported", results["1.8%"].explanation
    assert "Peru" in str(results["1.8%"].evidence[0].dimensions)
    assert "Kazakhstan" in str(results["6.8%"].evidence[0].dimensions)


def test_a_lead_that_dates_the_rates_to_the_years_end_keeps_them_from_contradiction(tmp_path: Path) -> None:
    # December rates of a round-up, far from (or close to) the annual averages: for review, not false alarms.
    lead = "Uruguay, where inflation at the end of last year was 9.4%, ranked third in the region.\n\n"
    body = "Inflation was highest in 2020 in Zambia (22.1%), while in Kenya the rate was 5.1%."
    results = claim_results(lead + body, _inflation(tmp_path), date="2021-02-20")
    for figure, country in (("22.1%", "Zambia"), ("5.1%", "Kenya")):
        assert results[figure].verdict.value == "needs_review", (figure, results[figure].explanation)
        assert country in str(results[figure].evidence[0].dimensions)
    # the same figures under a lead that speaks of averages are contradicted
    averaged = "Uruguay's inflation averaged 9.8% last year, the statistics office said.\n\n"
    results = claim_results(averaged + body, _inflation(tmp_path / "again"), date="2021-02-20")
    assert results["22.1%"].verdict.value == "contradicted", results["22.1%"].explanation
    assert results["5.1%"].verdict.value == "contradicted", results["5.1%"].explanation


def test_a_year_end_lead_of_last_year_in_an_undated_draft_still_dates_the_rates(tmp_path: Path) -> None:
    # undated: 'last year' cannot be set against the figures' 2020, so the lead is not taken to speak of another year
    lead = "Uruguay, where inflation at the end of last year was 9.4%, ranked third in the region.\n\n"
    body = "Inflation was highest in 2020 in Zambia (22.1%), while in Peru the rate was 1.9%."
    results = claim_results(lead + body, _inflation(tmp_path), date=None)
    assert results["22.1%"].verdict.value == "needs_review", results["22.1%"].explanation


def test_a_league_table_is_read_row_by_row_under_its_column_headers(tmp_path: Path) -> None:
    # GitHub tables may leave out the rows' outer pipes; the header gives the unit and the year, a rank
    # column holds positions, not claims, and a span in another column does not date the figure.
    text = ("Where prices rose fastest:\n\n"
            "Country | Inflation, 2020 | Rank | Data since |\n"
            "---|---|---|---|\n"
            "Zambia | 15.7 | 1 | 1986 - 2020 |\n"
            "Uruguay | 9.8 | 2 | 1960 - 2020 |\n"
            "Kazakhstan | 6.8 | 3 | 1994 - 2020 |\n"
            "Russian Federation | 3.4 | 4 | 1992 - 2020 |\n"
            "Kenya | 5.4 | 5 | 1960 - 2020 |")
    results = claim_results(text, _inflation(tmp_path), date="2021-06-01")
    assert sorted(results) == ["15.7", "3.4", "5.4", "6.8", "9.8"]  # no rank is a claim
    for figure, country in (("15.7", "Zambia"), ("9.8", "Uruguay"), ("3.4", "Russian"), ("5.4", "Kenya")):
        result = results[figure]
        assert result.verdict.value == "supported", (figure, result.explanation)
        assert result.evidence[0].period == "2020" and country in str(result.evidence[0].dimensions)


def test_a_value_two_rows_share_is_judged_by_each_rows_own_country(tmp_path: Path) -> None:
    # Ukraine and Kenya both print 2.7: Kenya's (5.4 in its row) must not borrow Ukraine's agreement.
    text = ("| Country | Inflation, 2020 |\n|---|---|\n| Ukraine | 2.7 |\n| Peru | 1.8 |\n| Kenya | 2.7 |")
    ukraine, kenya = sorted((r for r in _all_results(text, _inflation(tmp_path)) if r.claim.text == "2.7"),
                            key=lambda r: r.claim.line)
    assert ukraine.verdict.value == "supported" and "Ukraine" in str(ukraine.evidence[0].dimensions)
    assert kenya.verdict.value == "contradicted", (kenya.reason, kenya.explanation)
    assert "Kenya" in str(kenya.evidence[0].dimensions)


def _all_results(text: str, packages: list[Path]) -> list[ClaimResult]:
    """Every claim of a draft, repeated figures included (``claim_results`` keys them by text)."""
    draft = parse_draft(f"---\ndate: 2021-06-01\n---\n\n{text}\n".encode(), "draft.md")
    return check_draft(draft, load_reference(packages), Config(root=packages[0].parent, reference=packages)).results


def test_a_row_whose_country_is_unknown_never_borrows_the_row_above(tmp_path: Path) -> None:
    # 'S. Tome' names no place the reader knows: the figure is for a person, not Peru's record above it.
    text = ("Inflation in 2020:\n\n| Country | Inflation, 2020 |\n|---|---|\n| Peru | 1.8 |\n| S.T.&Prn | 1.8 |")
    peru, unknown = sorted((r for r in _all_results(text, _inflation(tmp_path)) if r.claim.text == "1.8"),
                           key=lambda r: r.claim.line)
    assert peru.verdict.value == "supported" and "Peru" in str(peru.evidence[0].dimensions)
    assert unknown.verdict.value != "supported", unknown.explanation
    assert not unknown.evidence or "Peru" not in str(unknown.evidence[0].dimensions)


def test_a_group_named_in_the_possessive_is_where_its_figure_is(tmp_path: Path) -> None:
    # 'the euro zone's (0.3 %)' beside 'Kenya's (5.4 %)': the group's own row, not a measure called 'zone'.
    rows = {("Kenya", 2020): 5.4, ("Euro area", 2020): 0.3}
    packages = [publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation",
                                  rows, description=CPI_WORDS),
                rates_package(tmp_path, {("Euro", 2020): 0.877, ("Kenya", 2020): 106.5})]
    text = "In 2020, inflation in Zambia far exceeded Kenya's (5.4%) and the euro zone’s (0.3%)."
    results = claim_results(text, packages, date="2021-06-01")
    assert results["5.4%"].verdict.value == "supported", results["5.4%"].explanation
    group = results["0.3%"]
    assert group.verdict.value == "supported", group.explanation
    assert "Euro area" in str(group.evidence[0].dimensions)


def test_a_fact_box_label_saying_per_person_names_the_per_capita_column(package: Path) -> None:
    # A round-up's fact box, the country in the heading above: 1.6 t C per person × 3.664 = 5.86 t CO2.
    text = ("## France\n\n> CO2 emissions (2010): 366 million metric tons\n\n"
            "> CO2 emissions per person (2010): 5.9 metric tons")
    result = one(text, package, "5.9 metric tons")
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].resource == f"{TABLE}:per-capita"


def test_year_end_wording_of_another_year_does_not_date_a_later_rate(tmp_path: Path) -> None:
    # 'at the end of the strike in 1990' speaks of 1990: the 2020 rates below stay judged as averages.
    lead = "Zambia's copper output fell 7 % at the end of the strike in 1990.\n\n"
    body = "Inflation was highest in 2020 in Zambia (22.1%), while in Peru the rate was 1.9%."
    results = claim_results(lead + body, _inflation(tmp_path), date="2021-02-20")
    assert results["22.1%"].verdict.value == "contradicted", results["22.1%"].explanation


# A plain-text table as a statistical release pastes it: a line of years over one row per country.
_PLAIN_TABLE = ("Consumer price inflation, annual averages:\n\n"
                "Country 2020 2019\n"
                "Kenya 5.4% 5.2%\n"
                "Zambia 15.7% 9.2%\n"
                "Uruguay 9.8% 7.9%\n"
                "Peru 1.8% 2.1%")


def test_a_plain_text_table_reads_each_figure_under_its_column_year(tmp_path: Path) -> None:
    # The first figure after a row's label is a cell, not part of a name ('Boeing 737'); each row is
    # its own record, and the line of years dates each column.
    claims = {(c.line, c.text): c for c in claims_in(f"{_PLAIN_TABLE}\n")}
    assert claims[(4, "5.4%")].period == "2020" and claims[(4, "5.2%")].period == "2019"
    assert claims[(7, "1.8%")].period == "2020" and claims[(7, "2.1%")].period == "2019"
    results = claim_results(_PLAIN_TABLE, _inflation(tmp_path), date="2021-06-01")
    for figure, country, year in (("15.7%", "Zambia", "2020"), ("9.2%", "Zambia", "2019"), ("7.9%", "Uruguay", "2019"),
                                  ("2.1%", "Peru", "2019")):
        result = results[figure]
        assert result.verdict.value == "supported", (figure, result.explanation)
        assert result.evidence[0].period == year and country in str(result.evidence[0].dimensions)


def test_a_value_two_plain_rows_share_is_judged_by_each_rows_own_country(tmp_path: Path) -> None:
    # Kenya's 2.7 must not borrow Ukraine's agreement from the row above: each line is its own record.
    text = "Inflation in 2020:\n\nUkraine 2.7%\nPeru 1.8%\nKenya 2.7%"
    ukraine, kenya = sorted((r for r in _all_results(text, _inflation(tmp_path)) if r.claim.text == "2.7%"),
                            key=lambda r: r.claim.line)
    assert ukraine.verdict.value == "supported" and "Ukraine" in str(ukraine.evidence[0].dimensions)
    assert kenya.verdict.value != "supported", (kenya.reason, kenya.explanation)
    assert "Kenya" in str(kenya.evidence[0].dimensions)


def test_lines_of_prose_and_names_with_numbers_are_no_plain_table() -> None:
    # Two lines are no table, and a name followed by its number in prose stays a name.
    text = "The order went to Boeing 737 crews.\n\nKenya 5.4\nZambia 15.7\n"
    claims = claims_in(text)
    assert "737" not in [c.text for c in claims]
    texts = "Kenya 5.4 rose.\nZambia 15.7 fell.\nPeru 1.8 held.\n"  # figures inside prose lines: no cells
    assert plain_tables(texts) == ()


def test_a_plain_table_of_exchange_rates_reads_each_row_as_its_currency(tmp_path: Path) -> None:
    # A central bank's release: labels in capitals naming a place and its currency, a line of years,
    # the paragraph above calling the figures exchange rates. Each cell is that currency per dollar in
    # its column's year; a row of a currency the data lacks is never judged by a neighbour's.
    rates = {("Chile", 2021): 759.27, ("Chile", 2022): 873.31, ("Peru", 2021): 3.8811, ("Peru", 2022): 3.8353,
             ("Kenya", 2021): 109.64, ("Kenya", 2022): 117.87}
    text = ("Average exchange rates, in units of each currency per U.S. dollar:\n\n"
            "COUNTRY CURRENCY 2022 2021\n"
            "CHILE PESO 873.31 759.27\n"
            "PERU SOL 3.8353 3.8811\n"
            "KENYA SHILLING 117.87 109.64\n"
            "UGANDA SHILLING 3689.82 3587.05")
    results = claim_results(text, [rates_package(tmp_path, rates)], date="2023-03-01")
    for figure, country, year in (("873.31", "Chile", "2022"), ("3.8811", "Peru", "2021"), ("109.64", "Kenya", "2021")):
        result = results[figure]
        assert result.verdict.value == "supported", (figure, result.explanation)
        assert result.evidence[0].period == year and country in str(result.evidence[0].dimensions)
    assert results["3587.05"].verdict.value != "supported"
    assert not results["3587.05"].evidence or "Kenya" not in str(results["3587.05"].evidence[0].dimensions)


def test_a_place_and_currency_in_a_table_not_about_exchange_rates_stay_bare_figures() -> None:
    # The same labels over trade volumes: no exchange-rate words before the table, so no currency.
    text = ("Exports in thousand tonnes:\n\nCOUNTRY PRODUCT 2022 2021\nCHILE PESO 873 759\nPERU SOL 38 31\n"
            "KENYA SHILLING 117 109\n")
    claims = claims_in(text)
    assert claims and all(c.unit != "CLP" and c.unit != "PEN" and c.unit != "KES" for c in claims)


def test_a_dollar_rate_table_of_places_alone_reads_each_row_in_its_places_money(tmp_path: Path) -> None:
    # A portal's list: each row a country, its rate in local currency per dollar, the month it is of
    # ('Mar / 2021' dates the row), then changes in percent. A country the data lacks stays unjudged.
    monthly = monthly_rates_package(tmp_path / "fx", {"Peru": {"2021-03": 3.7170, "2021-01": 3.6190},
                                                      "Chile": {"2021-03": 722.90}})
    text = ("Dollar exchange rates: how many local currency units one USD buys.\n\n"
            "Countries Latest value Reference date Change three months\n"
            "Chile 722.90 Mar / 2021 1.20%\n"
            "Peru 3.7170 Mar / 2021 2.71%\n"
            "Uganda 3655.20 Mar / 2021 -0.40%")
    results = claim_results(text, [monthly], date="2021-06-01")
    for figure, country in (("722.90", "Chile"), ("3.7170", "Peru")):
        result = results[figure]
        assert result.claim.period == "2021-03", (figure, result.claim.period)
        assert result.verdict.value == "supported", (figure, result.explanation)
        assert country in str(result.evidence[0].dimensions)
    assert results["3655.20"].verdict.value != "supported"


def test_a_figure_with_decimals_before_a_month_is_no_day_of_it() -> None:
    # '10 May' is a day; '1.25 May 2021' is a table's figure beside its date, and stays a figure.
    texts = [c.text for c in claims_in("Kenya 1.25 May 2021 0.5%\nPeru 2.50 May 2021 0.7%\n"
                                       "Chile 3.75 May 2021 0.9%\n\nIt opened on 10 May 2021.\n")]
    assert "1.25" in texts and "3.75" in texts and "10" not in texts


def test_a_plain_rows_cells_side_by_side_are_never_a_range() -> None:
    # '1.20% -0.40%': a change over three months, then one over twelve; in prose '5% - 7%' stays a range.
    text = ("Kenya 109.64 1.20% -0.40%\nPeru 3.7170 2.71% -1.10%\nChile 722.90 0.50% 3.30%\n\n"
            "Growth of 5% - 7% is expected.\n")
    claims = {c.text: c for c in claims_in(text)}
    assert claims["-0.40%"].value == -0.4 and claims["1.20%"].value_high is None
    assert claims["5% - 7%"].value_high == 7


def test_a_list_of_names_with_numbers_is_no_plain_table() -> None:
    # 'Boeing 737' on each line is a fleet's list of models, not rows of figures.
    text = "The fleet:\n\nBoeing 737\nAirbus 320\nEmbraer 190\n"
    assert plain_tables(text) == ()
    assert claims_in(text) == []
