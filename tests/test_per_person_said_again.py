"""A bare figure followed by a noun and a per-person phrase ('about 4.6 emissions per head') takes the unit
of an earlier figure of its paragraph, of its size, whose sentence names that noun per person ('an emission
per head of 14.1 tonnes'): the writer named the unit once. Another paragraph, another noun or a figure of
another size keeps what it has. The sentences and the package are invented here."""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results

from workbench.extraction import extract_text
from workbench.models import Kind, Verdict

_FIRST = "In 2019 Chile led the region with an emission per head of 14.1 tonnes."


def _found(text: str) -> dict:
    return {c.text: c for c in extract_text(text)}


def test_the_per_person_figure_takes_the_unit_the_paragraph_named_for_it() -> None:
    found = _found(f"{_FIRST} Peru came fourth with about 4.6 emissions per head.")
    assert (found["4.6"].unit, found["4.6"].kind) == ("t", Kind.ratio)


def test_another_paragraph_noun_or_size_gives_no_unit() -> None:
    assert _found(f"{_FIRST}\n\nPeru came fourth with about 4.6 emissions per head.")["4.6"].unit == ""
    assert _found(f"{_FIRST} Peru came fourth with 4.6 cars per head.")["4.6"].unit == ""
    assert _found(f"{_FIRST} Peru came fourth with 460 emissions per head.")["460"].unit == ""


def test_the_figure_is_judged_as_the_per_capita_measure(tmp_path: Path) -> None:
    # the carbon file counts tonnes of carbon per person: 1.26 t C is 4.6 t CO2
    carbon = carbon_package(tmp_path / "carbon", {("PERU", 2019): 9000.0, ("CHILE", 2019): 23000.0},
                            {("PERU", 2019): 1.26, ("CHILE", 2019): 3.85})
    text = _FIRST.replace("tonnes", "tonnes of CO2") + " Peru came fourth with {} emissions per head."
    right = claim_results(text.format("4.6"), [carbon], date=None)["4.6"]
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].dimensions.get("Country") == "PERU"
