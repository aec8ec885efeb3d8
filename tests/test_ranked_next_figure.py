"""The next item of a ranking, its holder named and then 'at' or 'with' ('at 14.1 tonnes, followed by Chile
at 4.6'), is a reading of the ranking's measure: it takes the unit written once before it, and is judged as
that measure's figure. A figure of another size, or one that counts something, keeps what it has. The
sentences and the package are invented here."""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results

from workbench.extraction import extract_text
from workbench.models import Verdict


def _units(text: str) -> dict[str, str]:
    return {c.text: c.unit for c in extract_text(text)}


def test_the_next_item_of_a_ranking_takes_the_unit_written_before_it() -> None:
    units = _units("Peru comes second at around 14.1 tonnes per person, followed by Chile at 4.6.")
    assert units["4.6"] == "t"
    units = _units("Inflation in Bolivia reached 8.2 %, ahead of Ecuador with 6.5.")
    assert units["6.5"] == "%"


def test_a_ranked_figure_of_another_size_or_a_count_keeps_no_unit() -> None:
    # two hundred times the level is no reading of it; 'stores' are counted things
    assert _units("Peru comes second at 0.9 tonnes per person, followed by Chile at 180.")["180"] == ""
    assert _units("Peru comes second at 4.1 tonnes per person, followed by its rival at 3 stores.")["3"] == ""


def test_the_next_item_of_a_ranking_is_judged_as_the_measure(tmp_path: Path) -> None:
    # the carbon file counts tonnes of carbon per person: 1.2 t C is 4.4 t CO2
    carbon = carbon_package(tmp_path / "carbon", {("PERU", 2019): 9000.0, ("CHILE", 2019): 23000.0},
                            {("PERU", 2019): 0.27, ("CHILE", 2019): 1.2})
    text = ("In 2019 Chile came first in the region at 4.4 tonnes of CO2 per person, followed by Peru at {}.")
    right = claim_results(text.format("1.0"), [carbon], date=None)["1.0"]
    assert right.verdict is Verdict.supported, right.explanation
    wrong = claim_results(text.format("1.9"), [carbon], date=None)["1.9"]  # twice Peru's figure
    assert wrong.verdict is not Verdict.supported and wrong.verdict is not Verdict.unsupported, wrong.explanation
    assert wrong.evidence[0].dimensions.get("Country") == "PERU" and wrong.evidence[0].period == "2019"
