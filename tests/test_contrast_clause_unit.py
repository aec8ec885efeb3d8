"""A bare figure ending a clause set against a reading with its unit ('…, while every French person is
responsible for around 5') is a reading of that measure in that unit: the writer left the unit off the
second figure, not the measure. Before, the bare figure was read as a count and matched whatever
series its words touched (a world CO2 concentration without France), a false 'unsupported'.

Packages are CDIAC- and World Bank-shaped (``package_support``), figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results, cpi_package

from workbench.extraction import extract_text
from workbench.models import Verdict


def test_the_bare_figure_of_a_contrasted_clause_takes_the_readings_unit() -> None:
    found = {c.text: c for c in extract_text(
        "Chileans emit about 1.2 tonnes of carbon per person, whereas each Peruvian accounts for roughly 0.5.")}
    assert (found["0.5"].unit, found["0.5"].kind) == (found["1.2 tonnes"].unit, found["1.2 tonnes"].kind)
    rates = {c.text: c for c in extract_text("Inflation in Chile was 11.6% in 2022, while in Peru it reached 8.")}
    assert rates["8"].unit == "%"
    # a clause counting something of its own keeps its count; a figure of another size keeps nothing
    counted = {c.text: c for c in extract_text("The plant emits 9 tonnes a day, while the other employs 5 workers.")}
    assert counted["5"].unit != "t"
    far = {c.text: c for c in extract_text("Chile emits 1.2 tonnes of carbon per person, while Peru stands at 90.")}
    assert far["90"].unit != "t"


def test_a_contrasted_per_person_figure_is_judged_by_the_per_capita_row(tmp_path: Path) -> None:
    carbon = carbon_package(tmp_path / "carbon", {("CHILE", 2020): 23000.0, ("PERU", 2020): 15000.0},
                            {("CHILE", 2020): 1.2, ("PERU", 2020): 0.45})
    text = ("In 2020 every Chilean emitted about 1.2 tonnes of carbon per person, while every Peruvian was "
            "responsible for around 0.45.")
    found = claim_results(text, [carbon, cpi_package(tmp_path / "cpi")], "2023-06-01")
    result = found["0.45"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "PERU", result.evidence[0]
