"""A table's cell on a dated page, when neither its row, the table's header nor the text above names a
year: the page's date says when the table was shown, not which year its figures count (a table has no
tense), so the latest row by that date does not call it out of date when an older year fits — a person decides;
one that no year of the decade before the page fits is wrong whichever it counts, and stays contradicted.
A sentence of the same page speaks of the page's present and is still judged by the latest row; a table
whose lead names its year is judged by that year's row. Invented figures, a CDIAC-shaped package in
tonnes of carbon per person."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# tonnes of carbon per person: × 3.664 → Chile 5.50 t of CO2 (2018), 4.40 (2019), 4.03 (2020);
# Peru 2.20 (2018), 1.83 (2019), 1.47 (2020)
PER_CAPITA = {("CHILE", 2018): 1.50, ("CHILE", 2019): 1.20, ("CHILE", 2020): 1.10,
              ("PERU", 2018): 0.60, ("PERU", 2019): 0.50, ("PERU", 2020): 0.40}

TABLE = ("| Position | Country | Emissions of CO2 (per capita) |\n|---|---|---|\n"
         "| 1 | Chile | 5.5 t |\n| 2 | Peru | 2.9 t |\n| 3 | Bolivia | 1.9 t |")
DATE = "2022-06-01"


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    totals = {key: 20_000.0 for key in PER_CAPITA}
    return [carbon_package(tmp_path_factory.mktemp("cells") / "carbon", totals, PER_CAPITA)]


def test_a_cell_no_row_header_or_lead_dates_is_for_review_not_contradicted(carbon: list[Path]) -> None:
    text = "A chart the energy agency circulated, copied here as it stood:\n\n" + TABLE
    results = claim_results(text, carbon, date=DATE)
    chile = results["5.5 t"]  # Chile's 2018 figure: out of date only if the chart meant the latest year
    assert chile.verdict is Verdict.needs_review, chile.explanation
    assert chile.evidence[0].period == "2020"


def test_a_cell_no_year_of_the_decade_before_the_page_fits_is_contradicted(carbon: list[Path]) -> None:
    text = "A chart the energy agency circulated, copied here as it stood:\n\n" + TABLE
    peru = claim_results(text, carbon, date=DATE)["2.9 t"]  # fits no year of Peru's: wrong whichever it counted
    assert peru.verdict is Verdict.contradicted, peru.explanation
    assert peru.evidence[0].period == "2020"


def test_a_lead_naming_the_year_dates_the_cells(carbon: list[Path]) -> None:
    text = "The energy agency's chart of emissions per person in 2020:\n\n" + TABLE
    results = claim_results(text, carbon, date=DATE)
    assert results["2.9 t"].verdict is Verdict.contradicted, results["2.9 t"].explanation
    assert results["5.5 t"].verdict is Verdict.contradicted, results["5.5 t"].explanation


def test_a_sentence_of_the_dated_page_speaks_of_its_present(carbon: list[Path]) -> None:
    text = "Each resident of Peru now emits 2.9 tonnes of CO2 per person, the agency says."
    result = claim_results(text, carbon, date=DATE)["2.9 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2020"
