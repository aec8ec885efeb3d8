"""A figure naming no year, in a draft with no date, that the latest row disagrees with goes to a person
with a reason of its own (``undated_contradiction``) and an explanation saying why: the run date is no
date of the text's, so which year the figure counts is unknown. A mass pinned by its unit and gas that none of
the ten latest years fits is wrong whichever recent year is meant: contradicted by the latest row; 'tonnes of
carbon' may count CO2, so a mass said so stays with a person. So is one that only a row before that decade meets,
whether the decade's rows pass it between two years or not: an old row meeting it dates nothing. Invented figures, a
CDIAC-shaped package in tonnes of carbon per person."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, publisher_package

from workbench.models import Verdict

# tonnes of carbon per person: × 3.664 → Ecuador 2019 2.93 t of CO2, 2020 2.56
PER_CAPITA = {("ECUADOR", 2019): 0.80, ("ECUADOR", 2020): 0.70}


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    totals = {key: 15_000.0 for key in PER_CAPITA}
    return [carbon_package(tmp_path_factory.mktemp("undated") / "carbon", totals, PER_CAPITA)]


def test_an_undated_figure_the_latest_row_disagrees_with_says_why_a_person_decides(carbon: list[Path]) -> None:
    result = claim_results("Each person in Ecuador emits 3.4 tonnes of carbon per person.", carbon, date=None)["3.4 tonnes"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "undated_contradiction", result.reason
    assert "no date" in result.explanation and "a person should decide" in result.explanation, result.explanation


def test_the_same_figure_in_a_dated_draft_stays_contradicted(carbon: list[Path]) -> None:
    result = claim_results("Each person in Ecuador emits 3.4 tonnes of CO2 per person.", carbon,
                           date="2021-06-01")["3.4 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.reason == "contradicted", result.reason


# an undated mass of 5.1 t of CO2 per person, which neither recent year's row fits
@pytest.mark.parametrize("text", [
    "Each person in Ecuador emits 5.1 tonnes of CO2 per person.",
    # 'generating an average of' names no emissions: the words match weakly, but the unit and its gas pin the series
    "Ranking fifth is Ecuador, generating an average of 5.1 tonnes of CO2, 2% of global CO2 emissions.",
    # the sentence names only emissions' level; the page's title says they are CO2's
    "# Carbon dioxide emissions per person, country by country\n\nEcuador had a level of 5.1 tonnes per person.",
], ids=["said plainly", "weakly matched", "under a title naming the gas"])
def test_an_undated_mass_no_recent_year_fits_is_contradicted_by_the_latest_row(carbon: list[Path], text: str) -> None:
    result = claim_results(text, carbon, date=None)["5.1 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2020"


@pytest.mark.parametrize("text", [
    "Each person in Ecuador emits nearly 5.1 tonnes of CO2 per person.",
    "Each person in Ecuador emits 5.1 tonnes of CO2 per person, up from the Kyoto target of 1997.",
    # a place named only after the figure, in another clause, does not pin it
    "In the small Andean state, CO2 emissions come to 5.1 tonnes per person, four times as much as in Ecuador.",
    "# Greenhouse gas emissions per person, country by country\n\nEcuador had a level of 5.1 tonnes per person.",
    # the nearest text naming a gas is the paragraph's, and it counts all greenhouse gases
    "# Carbon dioxide emissions per person, country by country\n\n"
    "Counted with every greenhouse gas, the Andes emit more. Ecuador had a level of 5.1 tonnes per person.",
    # a paragraph speaks beside the figure (a question to the reader), it does not head it as a title does
    "How much carbon dioxide does each of us emit?\n\nEcuador had a level of 5.1 tonnes per person.",
], ids=["nearly", "a sentence writing a year", "a place only in another clause after it", "under a title naming greenhouse gases",
        "a paragraph naming a mixture after a CO2 title", "after a paragraph naming CO2"])
def test_an_undated_mass_no_recent_year_fits_stays_with_a_person_when_its_reading_is_unsure(
        carbon: list[Path], text: str) -> None:
    result = claim_results(text, carbon, date=None)["5.1 tonnes"]
    assert result.verdict is not Verdict.contradicted, result.explanation


def test_a_dated_pages_cell_no_year_of_the_decade_fits_is_contradicted(carbon: list[Path]) -> None:
    text = ("Emissions per head in the Andes:\n\n| Country | CO2 emissions per capita (tonnes) |\n|---|---|\n"
            "| Ecuador | 5.1 |\n")
    result = claim_results(text, carbon, date="2021-06-01")["5.1"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2020"


def test_a_weakly_matched_mass_of_carbon_no_recent_year_fits_stays_with_a_person(carbon: list[Path]) -> None:
    text = "Ranking fifth is Ecuador, generating an average of 5.1 tonnes of carbon, 2% of global emissions."
    result = claim_results(text, carbon, date=None)["5.1 tonnes"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_weakly_matched_mass_far_from_the_only_series_matched_stays_with_a_person(tmp_path: Path) -> None:
    # a package of totals alone: an average's tonnes are read against the country's total, which every year
    # misses millions of times over for that reason alone, no sign of which year the writer meant
    totals = carbon_package(tmp_path / "totals", {("ECUADOR", 2019): 15_000.0, ("ECUADOR", 2020): 14_000.0})
    text = "Ranking fifth is Ecuador, generating an average of 5.1 tonnes of CO2, 2% of global CO2 emissions."
    result = claim_results(text, [totals], date=None)["5.1 tonnes"]
    assert result.verdict is Verdict.needs_review, result.explanation


# tonnes of carbon per person, 2011–2020: × 3.664 → 2.56 … 2.93 t of CO2, 2013 2.75
DECADE = {("ECUADOR", year): value for year, value in
          zip(range(2011, 2021), [0.70, 0.72, 0.75, 0.78, 0.80, 0.79, 0.77, 0.76, 0.80, 0.70])}


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    totals = {key: 15_000.0 for key in DECADE}
    return [carbon_package(tmp_path_factory.mktemp("decade") / "carbon", totals, DECADE)]


def test_a_dated_pages_mass_no_year_of_the_decade_fits_is_contradicted_though_the_data_ends_years_before(
        decade: list[Path]) -> None:
    # a page of 2024 may speak of 2021–2023, which the rows lack; the rows of the decade before it all miss
    text = "Ecuador ranked 81st in the world with CO2 emissions of 3.1 tonnes per person."
    result = claim_results(text, decade, date="2024-06-01")["3.1 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2020"


def test_a_dated_pages_mass_a_year_of_the_decade_fits_stays_with_a_person(decade: list[Path]) -> None:
    text = "Ecuador ranked 81st in the world with CO2 emissions of 2.75 tonnes per person."
    result = claim_results(text, decade, date="2024-06-01")["2.75 tonnes"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_dated_pages_mass_of_carbon_no_year_fits_stays_with_a_person(decade: list[Path]) -> None:
    # 'carbon emissions' in tonnes may count CO2: an unclear scope, not a wrong figure
    text = "Ecuador ranked 81st in the world with carbon emissions of 3.1 tonnes per person."
    result = claim_results(text, decade, date="2024-06-01")["3.1 tonnes"]
    assert result.verdict is Verdict.needs_review, result.explanation


def _decade(first: float, **years: float) -> dict[int, float]:
    """Per-capita rows (t C) of 2010–2020: 0.70 each but ``first`` for 2010 and ``years`` ('y2014': 1.30)."""
    rows = {year: 0.70 for year in range(2011, 2021)} | {2010: first}
    return rows | {int(k[1:]): v for k, v in years.items()}


# 1.392 t C × 3.664 = 5.10 t of CO2; 1.30 and 1.45 t C are 4.76 and 5.31
OLD_ONLY = {("PERU", year): v for year, v in _decade(1.392).items()} \
    | {("ECUADOR", year): v for year, v in _decade(1.392, y2014=1.30, y2015=1.45).items()} \
    | {("CHILE", year): v for year, v in _decade(1.392, y2016=1.392).items()}


@pytest.fixture(scope="module")
def old_only(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    totals = {key: 15_000.0 for key in OLD_ONLY}
    return [carbon_package(tmp_path_factory.mktemp("old_only") / "carbon", totals, OLD_ONLY)]


@pytest.mark.parametrize("place", ["Peru", "Ecuador"], ids=["met by the old row only", "passed between two years"])
def test_an_undated_mass_only_a_row_before_the_decade_meets_is_contradicted(old_only: list[Path], place: str) -> None:
    # 2010's row meets 5.1 t of CO2, and no year of 2011–2020 does (Ecuador's series passes it between 2014 and 2015):
    # wrong whichever recent year the text speaks of, not a stale figure a person must date
    result = claim_results(f"Each person in {place} emits 5.1 tonnes of CO2 per person.", old_only, date=None)["5.1 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2020"
    assert "wrong whichever recent year" in result.explanation, result.explanation


def test_an_undated_mass_a_year_of_the_decade_meets_stays_with_a_person(old_only: list[Path]) -> None:
    result = claim_results("Each person in Chile emits 5.1 tonnes of CO2 per person.", old_only, date=None)["5.1 tonnes"]
    assert result.verdict is Verdict.needs_review, result.explanation


# current US$, invented: the latest decade 2011–2020 runs 137.3–236.6 billion, every year 18.0–236.6 billion
GDP = {("Kazakhstan", year): value * 1e9 for year, value in {
    2000: 18.0, 2005: 57.1, 2010: 148.0, 2011: 192.6, 2012: 208.0, 2013: 236.6, 2014: 221.4, 2015: 184.4,
    2016: 137.3, 2017: 166.8, 2018: 179.3, 2019: 181.7, 2020: 171.1}.items()}


@pytest.fixture(scope="module")
def gdp(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [publisher_package(tmp_path_factory.mktemp("gdp") / "gdp", "gdp", "GDP (current US$)", "GDP", GDP,
                              description="Gross domestic product in current US dollars")]


@pytest.mark.parametrize("text", [
    "# Kazakhstan at a glance\n\nGDP: USD 190.8 billion",
    "Kazakhstan's gross domestic product is about $100 billion.",
], ids=["a fact box's line", "about"])
def test_an_undated_amount_of_the_named_series_no_recent_year_fits_is_contradicted(gdp: list[Path], text: str) -> None:
    [result] = claim_results(text, gdp, date=None).values()
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2020"
    assert "wrong whichever recent year" in result.explanation, result.explanation


@pytest.mark.parametrize("text", [
    # 2015's row fits
    "# Kazakhstan at a glance\n\nGDP: USD 184.4 billion",
    # above every year's figure: another valuation of the economy (at purchasing-power parity) the item need not name
    "# Kazakhstan at a glance\n\nGDP: USD 480 billion",
    # the series is named only by the sentence before: its figure may be another measure's
    "Kazakhstan's GDP grew fast after 2000. Its exports were worth $100 billion.",
], ids=["a recent year fits", "beyond every year", "a measure carried"])
def test_an_undated_amount_stays_with_a_person_when_a_year_or_another_measure_may_give_it(
        gdp: list[Path], text: str) -> None:
    result = next(r for r in claim_results(text, gdp, date=None).values() if "billion" in r.claim.text)
    assert result.verdict is not Verdict.contradicted, result.explanation
