"""A bare figure a linking word joins to a subject that ends in a unit and a per-person phrase ('Peru's CO2
tonnes per capita was 1.9') is in that unit, a quantity per person, and is judged as the per-capita measure.
A subject with no unit before its phrase gives none. The sentences and the package are invented here."""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results

from workbench.extraction import extract_text
from workbench.models import Kind, Verdict


def test_a_figure_linked_to_a_subject_ending_in_a_unit_per_person_takes_that_unit() -> None:
    found = {c.text: c for c in extract_text("In 2019 Peru's CO2 tonnes per capita was 1.9, below its neighbours.")}
    assert (found["1.9"].unit, found["1.9"].kind) == ("t", Kind.ratio)
    found = {c.text: c for c in extract_text("Chile's metric tons per person stood at 4.4 in 2019.")}
    assert found["4.4"].unit == "t"


def test_a_subject_with_no_unit_before_its_per_person_phrase_gives_none() -> None:
    found = {c.text: c for c in extract_text("In 2019 Peru's emissions per capita were 1.9, below its neighbours.")}
    assert found["1.9"].unit == ""


def test_the_figure_is_judged_as_the_per_capita_measure(tmp_path: Path) -> None:
    # the carbon file counts tonnes of carbon per person: 0.27 t C is 0.99 t CO2
    carbon = carbon_package(tmp_path / "carbon", {("PERU", 2019): 9000.0}, {("PERU", 2019): 0.27})
    text = "In 2019 Peru's CO2 tonnes per capita was {}, well below the region's average."
    right = claim_results(text.format("0.99"), [carbon], date=None)["0.99"]
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].dimensions.get("Country") == "PERU"
    wrong = claim_results(text.format("1.9"), [carbon], date=None)["1.9"]
    assert wrong.verdict is not Verdict.supported, wrong.explanation
