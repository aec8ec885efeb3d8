"""A list whose items hold bare figures ('- Peru: 2.6') while the line that introduces it states the measure,
the unit and the year once ('Carbon dioxide emitted per resident in 2019 (tonnes):'): each item takes them,
the third item as the first (the lead's per-person words too); a lead naming an emission per person and no unit gives tonnes (up to a
plausible bound), and one that states neither leaves the figures bare. Invented figures, a CDIAC-shaped
package in tonnes of carbon per person."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.extraction.headers import lead_gives_unit
from workbench.models import Verdict
from workbench.structure import list_lead

# tonnes of carbon per person: × 3.664 → Chile 4.40, Peru 1.83, Bolivia 1.10 t of CO2 in 2019
PER_CAPITA = {("CHILE", 2019): 1.20, ("PERU", 2019): 0.50, ("PLURINATIONAL STATE OF BOLIVIA", 2019): 0.30}
ITEMS = "- Chile: 4.4\n- Peru: 2.6\n- Bolivia: 1.1\n"


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    totals = {key: 20_000.0 for key in PER_CAPITA}
    return [carbon_package(tmp_path_factory.mktemp("lead") / "carbon", totals, PER_CAPITA,
                           "National CO2 emissions from fossil fuels and cement")]


@pytest.mark.parametrize("lead", ["Carbon dioxide emitted per resident in 2019 (tonnes):",
                                  "CO2 emissions per person in 2019, by country:"], ids=["unit-stated", "implied"])
def test_every_item_takes_the_measure_unit_and_year_of_the_lead(carbon: list[Path], lead: str) -> None:
    results = claim_results(f"{lead}\n\n{ITEMS}", carbon, date="2021-05-01")
    for figure, verdict in (("4.4", Verdict.supported), ("2.6", Verdict.contradicted), ("1.1", Verdict.supported)):
        result = results[figure]
        assert result.claim.unit == "t", figure
        assert result.verdict is verdict, (figure, result.explanation)
        assert result.evidence[0].period == "2019" and result.evidence[0].value < 2  # the per-person row


def test_a_lead_that_states_no_unit_nor_an_emission_per_person_leaves_items_bare(carbon: list[Path]) -> None:
    results = claim_results(f"The ministry's ranking for 2019:\n\n{ITEMS}", carbon, date="2021-05-01")
    assert all(results[figure].claim.unit in ("", None) for figure in ("4.4", "2.6", "1.1"))
    assert all(results[figure].verdict is not Verdict.contradicted for figure in ("4.4", "2.6", "1.1"))


def test_only_a_line_ending_in_a_colon_leads_a_list() -> None:
    text = "Emissions fell in 2019.\n- Chile: 4.4\n\nPer person (tonnes):\n- Peru: 2.6\n- Bolivia: 1.1"
    assert list_lead(text, text.index("4.4")) is None
    assert list_lead(text, text.index("1.1")) == "Per person (tonnes):"
    assert list_lead(text, text.index("fell")) is None  # no item


def test_only_a_lead_that_states_the_items_unit_speaks_for_each_item() -> None:
    # a lead naming only a measure ('inflation') leaves items that state their own percent to their own words
    assert not lead_gives_unit("Where consumer prices climbed fastest last spring, in order:")
    assert lead_gives_unit("Carbon dioxide emitted per resident in 2019 (tonnes):")
    assert lead_gives_unit("CO2 emissions per person in 2019, by country:")


def test_a_per_capita_lead_leaves_an_item_with_its_own_unit_a_total(tmp_path: Path) -> None:
    # the lead speaks of totals and of per capita; an item that writes its own unit is not per person
    totals = {("CHILE", 2019): 23_000.0, ("PERU", 2019): 15_000.0, ("PLURINATIONAL STATE OF BOLIVIA", 2019): 6_000.0}
    carbon = carbon_package(tmp_path / "carbon", totals, PER_CAPITA, "National CO2 emissions from fossil fuels and cement")
    lead = "Fossil carbon dioxide from Andean neighbours in 2019, in total and per capita:"
    results = claim_results(f"{lead}\n\n- Chile: 84.3 million tonnes of CO2\n- Peru: 55 million tonnes of CO2\n",
                            [carbon], date="2021-05-01")
    for figure in ("84.3 million tonnes", "55 million tonnes"):
        result = results[figure]
        assert result.verdict is Verdict.supported, (figure, result.explanation)
        assert result.evidence[0].value > 1000  # the country's total row, not its per-person one


def test_every_per_person_wording_of_the_unit_list_implies_tonnes() -> None:
    # the emission rule reads the same per-person words as the rest of the engine ('a head' among them)
    assert lead_gives_unit("Fossil CO2 emissions a head across the Andes in 2019:")
