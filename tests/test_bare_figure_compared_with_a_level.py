"""A bare figure a compared link joins to a level of its size in another unit ('0.9 metric tons of carbon,
well below the global average (1.20)', '3.10 tonnes a year, against 3.25 for the world') is that measure's
reading: it is read in that unit and judged as it. The world's per-capita figure is then a row the carbon
data does not hold (unsupported), not a reading of an unrelated series that happens to be bare."""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results, ppm_package

from workbench.extraction import extract_text
from workbench.models import Kind, Verdict


def test_the_compared_bare_figure_takes_the_levels_unit() -> None:
    units = {c.text: c.unit for c in extract_text(
        "Peru's per capita emission rate for 2010 of 0.45 metric tons of carbon is well below the global "
        "average (1.20) and below its neighbours'.")}
    assert units["1.20"] == units["0.45 metric tons"] == "t"
    units = {c.text: c.unit for c in extract_text(
        "Each Peruvian emits 3.10 tonnes a year, against 3.25 for the average inhabitant of the planet.")}
    assert units["3.25"] == "t"


def test_a_figure_of_another_size_or_a_counted_word_keeps_no_unit() -> None:
    # fifty times the level is no reading of it; '12 companies' counts something else
    units = {c.text: c.unit for c in extract_text("Peru emitted 0.45 metric tons per person, against 25 a decade ago.")}
    assert units["25"] == ""
    units = {c.text: c.unit for c in extract_text("Peru emitted 3.1 tonnes per person, against 4 companies that reported.")}
    assert units["4"] == ""


def test_the_worlds_average_is_not_judged_by_a_nations_rows(tmp_path: Path) -> None:
    carbon = carbon_package(tmp_path / "carbon", {("PERU", 2010): 13000.0}, {("PERU", 2010): 0.45})
    # a global series a bare '1.20' beside 'global' would otherwise be read against
    growth = ppm_package(tmp_path / "gas", {"co2-gr-gl": ("Year", "year", "Annual Increase", [(2010, 2.42)])})
    text = ("Peru's per capita emission rate for 2010 of 0.45 metric tons of carbon is well below the global "
            "average (1.20) and below its neighbours'.")
    results = claim_results(text, [carbon, growth], date=None)
    assert results["0.45 metric tons"].verdict is Verdict.supported
    assert results["1.20"].verdict is Verdict.unsupported


def test_the_compared_bare_figure_takes_the_levels_kind_too() -> None:
    # a reading of a temperature or a price per litre is no count of things
    found = {c.text: c for c in extract_text("The afternoon brought 36 degrees to Lyon, compared with 39 in Nimes.")}
    assert (found["39"].unit, found["39"].kind) == (found["36 degrees"].unit, found["36 degrees"].kind)
    assert found["39"].kind is not Kind.count


def test_a_bare_figure_after_a_span_of_rates_is_a_rate() -> None:
    found = {c.text: c for c in extract_text("Unemployment stood at 6-7 % in spring, against 9 a year earlier.")}
    assert found["9"].unit == "%"


def test_the_list_a_compared_link_opens_takes_the_unit_to_its_last_figure() -> None:
    # the unit is written once; every figure of the compared list is a reading of it, the last one too
    units = {c.text: c.unit for c in extract_text(
        "Chile emits 4.2 metric tons per person, against 2.1, 7.9 and 36 for Peru, Spain and Kuwait.")}
    assert units["2.1"] == units["7.9"] == units["36"] == "t"
    units = {c.text: c.unit for c in extract_text(
        "Inflation was 3.4 % in Chile, against 2.9 and 11 in Peru and Argentina.")}
    assert units["2.9"] == units["11"] == "%"
    # a count joined to the list keeps its own reading
    units = {c.text: c.unit for c in extract_text(
        "Chile emits 4.2 metric tons per person, against 2.1 for Peru and 40 companies that reported.")}
    assert units["40"] == ""
    units = {c.text: c.unit for c in extract_text("Each Chilean emits 4.2 metric tons vs 2.1 and 16 for Peru and Kuwait.")}
    assert units["16"] == "t"
