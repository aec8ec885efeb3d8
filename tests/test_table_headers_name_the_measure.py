"""Tables whose header, caption or label names the measure, the unit, the currency or the period, and whose
rows hold bare figures: a note's table of exchange rates in its own language ('Gjennomsnitt US dollar 8,13
8,26' under a header of two years: kroner per dollar, a cross rate for the euro's row), a release's table of
monthly rates under a header of years over their months, whose row label names a measure published as a
percent, and a web page's table copied one cell per line under a header line that states the unit. Every
table and figure here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.extraction import extract_text
from workbench.models import Verdict

from tests.package_support import carbon_package, claim_results, cpi_package, rates_package

# units per US dollar, invented; the euro's row is euros per dollar, as the Federal Reserve's file has it
RATES = {("Norway", 2021): 8.59, ("Norway", 2020): 9.42, ("Denmark", 2021): 6.29, ("Denmark", 2020): 6.54,
         ("Poland", 2021): 3.86, ("Poland", 2020): 3.90, ("Euro", 2021): 0.845, ("Euro", 2020): 0.877}


def _read(text: str) -> dict[str, tuple[str, str | None]]:
    return {c.text: (c.unit, c.period) for c in extract_text(text)}


@pytest.mark.parametrize(("table", "home"), [
    ("Kategori Beskrivelse 2021 2020\n\nGjennomsnitt US dollar 8,59 9,42\nGjennomsnitt Euro 10,17 10,74\n", "NOK"),
    ("Note 2021 2020\nGennemsnitskurs USD 6,29 6,54\nGennemsnitskurs EUR 7,44 7,46\n", "DKK"),
    ("Pozycja 2021 2020\n\nŚrednia USD 3,86 3,90\nŚrednia EUR 4,57 4,45\n", "PLN"),
])
def test_a_rates_tables_figures_are_in_the_home_currency_of_its_labels_language(table: str, home: str) -> None:
    read = _read(table)
    assert {unit for unit, _ in read.values()} == {home}
    assert [period for _, period in read.values()] == ["2021", "2020", "2021", "2020"]


@pytest.mark.parametrize("table", [
    "Kategori Beskrivelse 2021 2020\n\nGjennomsnitt US dollar 8,59 9,42\nGjennomsnitt Euro 10,17 10,74\n",
    "Note 2021 2020\nGennemsnitskurs USD 6,29 6,54\nGennemsnitskurs EUR 7,44 7,46\n",
    "Pozycja 2021 2020\n\nŚrednia USD 3,86 3,90\nŚrednia EUR 4,57 4,45\n",
])
def test_each_rows_rate_is_checked_against_the_series_a_non_base_currency_as_a_cross_rate(table: str, tmp_path: Path) -> None:
    results = claim_results(table, [rates_package(tmp_path, RATES)], date=None)
    assert {surface: r.verdict for surface, r in results.items()} == dict.fromkeys(results, Verdict.supported)
    assert len(results) == 4


def test_a_rates_table_in_a_paragraph_read_through_its_gloss_keeps_its_home_currency(tmp_path: Path) -> None:
    # 'Kurs średni' tells Polish and is glossed into English words, which name no language: the draft's own
    # reading of the row, in złoty, stands
    table = "Pozycja 2021 2020\n\nKurs średni USD 3,86 3,90\nKurs średni EUR 4,57 4,45\n"
    results = claim_results(table, [rates_package(tmp_path, RATES)], date=None)
    assert {surface: (r.claim.unit, r.claim.period, r.verdict) for surface, r in results.items()} == {
        "3,86": ("PLN", "2021", Verdict.supported), "3,90": ("PLN", "2020", Verdict.supported),
        "4,57": ("PLN", "2021", Verdict.supported), "4,45": ("PLN", "2020", Verdict.supported)}


def test_a_wrong_cross_rate_in_such_a_table_is_flagged(tmp_path: Path) -> None:
    table = "Kategori Beskrivelse 2021 2020\n\nGjennomsnitt US dollar 8,59 9,42\nGjennomsnitt Euro 11,40 10,74\n"
    results = claim_results(table, [rates_package(tmp_path, RATES)], date=None)
    assert results["11,40"].verdict is Verdict.contradicted
    assert results["10,74"].verdict is Verdict.supported


def test_one_row_of_two_figures_is_a_record_only_under_a_header_of_as_many_years() -> None:
    assert _read("Beskrivelse 2021 2020\n\nGjennomsnitt US dollar 8,59 9,42\n") == {
        "8,59": ("NOK", "2021"), "9,42": ("NOK", "2020")}
    # no header of years: two figures ending a line may be prose broken at its end, and a comma is no decimal
    assert _read("Gjennomsnitt US dollar 8,59 9,42\n") == {}


def test_an_english_table_names_no_home_currency() -> None:
    read = _read("Item 2021 2020\n\nAverage US dollar 8.59 9.42\n")
    assert "NOK" not in {unit for unit, _ in read.values()}


# a release's table of monthly rates: years over their months, the year's own column first
GROUPED = ("Table 4. Headline and Core Inflation Rates in Chile\n{upper}\n{lower}\n\n"
           "Headline Inflation 4.5 7.2 6.7 3.0 3.1\n")


@pytest.mark.parametrize(("upper", "lower"), [
    ("2 0 2 1 | 2 0 2 0", "Ave Dec Nov | Ave Dec"),
    ("2021 | 2020", "Average Dec Nov | Average Dec"),
    ("2021 2020", "Ave Dec Nov Ave Dec"),  # no pipes: each year's group opens with its own column
])
def test_a_header_of_years_over_months_dates_each_column_and_the_label_names_a_percent(upper: str, lower: str) -> None:
    claims = extract_text(GROUPED.format(upper=upper, lower=lower))
    cells = [(c.text, c.unit, c.period) for c in claims if c.sentence.startswith("Headline")]
    assert cells == [("4.5", "%", "2021"), ("7.2", "%", "2021-12"), ("6.7", "%", "2021-11"),
                     ("3.0", "%", "2020"), ("3.1", "%", "2020-12")]


def test_the_years_own_column_is_judged_as_the_years_average(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Chile", 2021): 4.5, ("Chile", 2020): 3.3})
    results = claim_results(GROUPED.format(upper="2021 | 2020", lower="Ave Dec Nov | Ave Dec"), [cpi], date="2022-02-01")
    assert results["4.5"].verdict is Verdict.supported
    # 10 % off the year's average: an average said to be one is contradicted, not left to a person as
    # a December rate might be
    assert results["3.0"].verdict is Verdict.contradicted


def test_a_header_line_of_other_words_is_no_header_of_months() -> None:
    claims = extract_text("Prices by region\nNorth South | East West\n\nHeadline Inflation 4.5 7.2 6.7 3.0\n")
    assert {c.period for c in claims} == {None}


# a web page's table copied one cell per line: the header line states the unit, the year under it
@pytest.mark.parametrize("page", [
    "世界の二酸化炭素排出量ランキング\n\n排出量(t)\n2019年\n\n3ドイツ\n(Germany)\nPopulation: 83,100,000\n702,000,000\n",
    "Émissions de CO2 par pays\n\nEmissions (t)\n2019\n\n3 Germany\nPopulation: 83,100,000\n702,000,000\n",
    "Países por emisiones\n\nCO2 emissions (Mt)\n2019\n\n3 (Germany)\n702\n",
])
def test_a_figure_alone_on_its_line_takes_the_unit_and_year_of_the_header_line_above(page: str, tmp_path: Path) -> None:
    claims = {c.text: c for c in extract_text(page)}
    lone = claims.get("702,000,000") or claims["702"]
    assert (lone.unit, lone.period) == ("t", "2019")
    carbon = carbon_package(tmp_path / "co2", {("GERMANY", 2019): 191_594.0})  # thousand t of carbon: 702 Mt CO2
    results = claim_results(page, [carbon], date=None)
    assert results[lone.text].verdict is Verdict.supported


def test_a_neighbouring_cells_label_is_not_the_lone_figures_measure() -> None:
    claims = {c.text: c for c in extract_text("Emissions (t)\n2019\n\nGermany\nPopulation: 83,100,000\n702,000,000\n")}
    assert claims["83,100,000"].unit != "t"
    assert claims["702,000,000"].subject == "Emissions"


def test_a_line_of_prose_between_ends_the_look_for_a_header() -> None:
    text = ("Emissions (t)\n2019\n\nThe agency revised its figures in March after a long review of the data.\n\n"
            "5,000\n")
    assert {c.text: c.unit for c in extract_text(text)}["5,000"] != "t"


def test_a_lone_t_in_a_header_is_tonnes_only_beside_an_emissions_words() -> None:
    claims = {c.text: c.unit for c in extract_text("Time (t)\n\nRun 1\n42\n")}
    assert claims["42"] != "t"


@pytest.mark.parametrize("header", ["Beskrivelse 31.12.2021 31.12.2020", "Beskrivelse 2021-12-31 2020-12-31"])
def test_a_header_of_days_dates_each_column_by_its_day(header: str) -> None:
    assert _read(f"{header}\n\nSluttkurs US dollar 8,82 8,53\n") == {"8,82": ("NOK", "2021-12-31"), "8,53": ("NOK", "2020-12-31")}


def test_a_closing_days_rate_is_no_years_average(tmp_path: Path) -> None:
    results = claim_results("Beskrivelse 31.12.2021 31.12.2020\n\nSluttkurs US dollar 8,82 8,53\n",
                            [rates_package(tmp_path, RATES)], date=None)
    # a day's rate against the year's mean: a person decides, never 'supported' nor a false alarm
    assert {r.verdict for r in results.values()} == {Verdict.needs_review}


def test_a_header_of_impossible_days_dates_nothing() -> None:
    assert _read("Beskrivelse 45.13.2021 31.12.2020\n\nSluttkurs US dollar 8,82 8,53\n") == {}


def test_a_markdown_rates_table_in_a_notes_language_is_read_the_same_way(tmp_path: Path) -> None:
    table = ("| Beskrivelse | 2021 | 2020 |\n|---|---|---|\n| Gjennomsnitt US dollar | 8,59 | 9,42 |\n"
             "| Gjennomsnitt Euro | 10,17 | 10,74 |\n")
    results = claim_results(table, [rates_package(tmp_path, RATES)], date=None)
    assert {surface: (r.claim.unit, r.claim.period, r.verdict) for surface, r in results.items()} == {
        "8,59": ("NOK", "2021", Verdict.supported), "9,42": ("NOK", "2020", Verdict.supported),
        "10,17": ("NOK", "2021", Verdict.supported), "10,74": ("NOK", "2020", Verdict.supported)}


def test_a_markdown_table_of_amounts_in_a_named_currency_is_not_a_rates_table() -> None:
    # English labels tell no language: a column of dollar amounts stays dollars
    read = _read("| Item | 2021 | 2020 |\n|---|---|---|\n| Revenue US dollar | 8.59 | 9.42 |\n")
    assert {unit for unit, _ in read.values()} <= {"USD", ""}


@pytest.mark.parametrize("caption", ["Table 7. Consumer prices in Peru (2010 = 100)", "IPC (base 2010=100)"])
def test_an_index_base_in_a_tables_caption_is_no_claim(caption: str) -> None:
    claims = extract_text(f"{caption}\n\nIndex 104.2 108.9 113.5\n")
    assert "100" not in {c.text for c in claims}
    assert {c.text for c in claims} >= {"104.2", "108.9", "113.5"}


def test_a_hundred_after_an_equals_sign_of_no_year_is_still_read() -> None:
    assert [c.value for c in extract_text("The score was 7 = 100 in the old scale.\n") if c.text.startswith("100")] == [100]
