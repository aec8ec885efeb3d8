"""A capital letter glued to a figure in a table cell, no currency anywhere: '4.4T' under 'Carbon emitted
per resident' is tonnes per person, as a reader takes it (trillions of tonnes per person are no figure);
under a money column or outside a table the letter is no tonne. A per-capita column's cells are per person.
An undated draft's figure that names no year is never contradicted by the latest row: which year the
text counts is unknown. Invented figures, a CDIAC-shaped package in tonnes of carbon per person."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# tonnes of carbon per person: × 3.664 → Chile 2019 4.40 t of CO2, 2020 4.03; Peru 2019 1.83, 2020 1.47
PER_CAPITA = {("CHILE", 2019): 1.20, ("CHILE", 2020): 1.10, ("PERU", 2019): 0.50, ("PERU", 2020): 0.40}

TABLE = ("| Place | Nation | Carbon emitted per resident |\n|---|---|---|\n"
         "| 1 | Chile | 4.4T |\n| 2 | Peru | 2.9 T |")


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    totals = {key: 20_000.0 for key in PER_CAPITA}
    return [carbon_package(tmp_path_factory.mktemp("letter") / "carbon", totals, PER_CAPITA)]


def test_a_t_glued_in_an_emissions_column_is_tonnes_per_person(carbon: list[Path]) -> None:
    text = "CO2 emissions per person in 2019, the ministry's ranking:\n\n" + TABLE
    results = claim_results(text, carbon, date="2021-05-01")
    chile, peru = results["4.4T"], results["2.9 T"]
    assert (chile.claim.value, chile.claim.unit) == (4.4, "t")
    assert chile.verdict is Verdict.supported, chile.explanation
    assert chile.evidence[0].value == pytest.approx(1.20) and chile.evidence[0].period == "2019"  # per person
    assert peru.verdict is Verdict.contradicted, peru.explanation


def test_the_letter_is_no_tonne_under_a_money_column_or_in_prose(carbon: list[Path]) -> None:
    money = "| Country | GDP (US$) |\n|---|---|\n| Chile | 0.3T |"
    prose = "Chile's carbon emissions hit 4.4T in 2019."
    for text, figure in ((money, "0.3"), (prose, "4.4")):
        results = claim_results(text, carbon, date="2021-05-01")
        assert all(result.claim.unit != "t" for surface, result in results.items() if surface.startswith(figure))


def test_an_undated_figure_naming_no_year_is_not_contradicted_by_the_latest_row(carbon: list[Path]) -> None:
    results = claim_results(TABLE, carbon, date=None)  # no date, no year: 2.9 t fits no row, but which year?
    assert results["2.9 T"].verdict is Verdict.needs_review, results["2.9 T"].explanation
    dated = claim_results("Per capita CO2 emissions in 2019:\n\n" + TABLE, carbon, date="2021-05-01")
    assert dated["2.9 T"].verdict is Verdict.contradicted, dated["2.9 T"].explanation
