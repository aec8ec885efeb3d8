"""A table whose cells hold bare figures while the caption right above it states the measure and unit
once ('Carbon dioxide emitted per resident (tonnes), by country:'): each cell takes the caption's unit,
as it would its column's, in English and in French alike. A header pasted as years alone ('1990 | 2019 |
|', the empty corner above the rows' names left out) heads the figure columns, one year each. Invented
figures, a CDIAC-shaped package in tonnes of carbon per person."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.extraction.headers import TableHeaders
from workbench.models import Verdict

# tonnes of carbon per person: × 3.664 gives tonnes of CO2 (Chile 2019: 4.40, Peru 2019: 1.83)
PER_CAPITA = {("CHILE", 1990): 0.70, ("CHILE", 2019): 1.20, ("PERU", 1990): 0.30, ("PERU", 2019): 0.50}


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    totals = {key: 10_000.0 for key in PER_CAPITA}
    return [carbon_package(tmp_path_factory.mktemp("caption") / "carbon", totals, PER_CAPITA)]


ENGLISH = ("Carbon dioxide emitted per resident (tonnes), by country:\n\n"
           "| Country | 2019 |\n|---|---|\n| Chile | 4.4 |\n| Peru | 2.6 |")
FRENCH = ("Émissions de CO2 par habitant (tonnes) :\n"
          "1990 | 2019 | |\n\nChili | 2,6 | 4,4 |\nPérou | 1,1 | 2,6 |")


@pytest.mark.parametrize("text", [ENGLISH, FRENCH], ids=["english", "french"])
def test_each_cell_takes_the_unit_its_caption_states(carbon: list[Path], text: str) -> None:
    results = claim_results(text, carbon, date="2021-05-01")
    chile, peru = results["4,4" if "4,4" in results else "4.4"], results["2,6" if "Pérou | 1,1" in text else "2.6"]
    assert chile.verdict is Verdict.supported, chile.explanation
    assert (chile.evidence[0].dimensions["Country"], chile.evidence[0].period) == ("CHILE", "2019")
    assert peru.verdict is Verdict.contradicted, peru.explanation  # 1.83 t of CO2, not 2.6
    assert peru.evidence[0].period == "2019"


def test_a_caption_aside_that_states_no_unit_gives_none(carbon: list[Path]) -> None:
    # '(see the note below)' is no unit: a bare figure stays bare, and no tonne-row speaks against it
    text = ("Carbon dioxide emitted per resident (see the note below), by country:\n\n"
            "| Country | 2019 |\n|---|---|\n| Peru | 2.6 |")
    peru = claim_results(text, carbon, date="2021-05-01")["2.6"]
    assert peru.claim.unit in ("", None)
    assert peru.verdict is not Verdict.contradicted, peru.explanation


def test_a_columns_own_unit_outranks_the_caption(carbon: list[Path]) -> None:
    text = ("Carbon dioxide emitted per resident (tonnes):\n\n"
            "| Country | Emissions in 2019 (kg) |\n|---|---|\n| Chile | 4400 |")
    chile = claim_results(text, carbon, date="2021-05-01")["4400"]
    assert chile.claim.value == pytest.approx(4.4) and chile.claim.unit == "t"  # 4,400 kg, not 4,400 t


def test_a_header_of_years_with_the_corner_left_out_heads_the_figure_columns() -> None:
    text = "Emissions per person:\n1990 | 2019 | |\n\nChile | 2.6 | 4.4 |\nPeru | 1.1 | 2.6 |"
    tables = TableHeaders(text)
    first, second = (tables.column_at(text.index(figure)) for figure in ("2.6 | 4.4", "4.4"))
    assert first is not None and first.year == "1990"
    assert second is not None and second.year == "2019"
    assert tables.column_at(text.index("Peru")) is None or tables.column_at(text.index("Peru")).year is None


PER_PERSON_PARAGRAPH = ("Entre 1990 et 2019, les émissions de CO2 par habitant ont presque doublé au Chili, "
                        "selon l'inventaire du ministère.\nÉmissions 2019 :\n")


def test_a_paragraph_naming_an_emission_per_person_gives_a_bare_table_tonnes_per_person(carbon: list[Path]) -> None:
    text = PER_PERSON_PARAGRAPH + "Pays | 2019 |\n\nChili | 4,4 |\nPérou | 2,6 |"
    results = claim_results(text, carbon, date="2021-05-01")
    chile, peru = results["4,4"], results["2,6"]
    assert (chile.claim.value, chile.claim.unit) == (4.4, "t")
    assert chile.verdict is Verdict.supported, chile.explanation
    assert chile.evidence[0].value == pytest.approx(1.20)  # the per-person row, not the country's total
    assert peru.verdict is Verdict.contradicted, peru.explanation


@pytest.mark.parametrize("paragraph, cell", [
    ("Emissions of the region rose again in 2019, the ministry says:\n", "2.6"),  # no per-person words
    (PER_PERSON_PARAGRAPH, "2600"),  # beyond any tonnage per person: another unit (kilograms)
], ids=["no-per-person", "too-large"])
def test_a_bare_cell_stays_bare_without_an_emission_per_person(carbon: list[Path], paragraph: str, cell: str) -> None:
    text = paragraph + f"| Country | 2019 |\n|---|---|\n| Peru | {cell} |"
    peru = claim_results(text, carbon, date="2021-05-01")[cell]
    assert peru.claim.unit in ("", None)
    assert peru.verdict is not Verdict.contradicted, peru.explanation
