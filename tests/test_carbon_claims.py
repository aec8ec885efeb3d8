"""CO2 claims as news and indicator pages write them, against a table in tonnes of carbon.

The package is test_units_measures' invented national emissions table (thousand tonnes of carbon,
per capita in tonnes of carbon); the sentences are written here.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from test_units_measures import TABLE, one, package

from extraction_helpers import claims_in
from workbench.models import Verdict

__all__ = ["package"]


def _wide_emissions(folder: Path, rows: list[list]) -> Path:
    """A publisher-shaped wide table (a column per fuel, in thousand tonnes of carbon) at ``folder``."""
    folder.mkdir()
    with (folder / "emissions.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
              *({"name": c, "type": "number"} for c in rows[0][2:])]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "emissions", "title": "National CO2 emissions (thousand metric tons of carbon)",
        "resources": [{"name": "emissions", "path": "emissions.csv", "schema": {"fields": fields}}],
        "sources": [{"title": "Emissions institute", "path": "https://emissions.example.org"}]}), encoding="utf-8")
    return folder


def _claims(text: str) -> dict[str, tuple[float, str]]:
    return {c.text: (c.value, c.unit) for c in claims_in(f"---\ndate: 2015-01-01\n---\n\n{text}\n")}


def test_a_unit_in_parentheses_after_the_measure_is_the_bare_figures_unit() -> None:
    claims = _claims("The value for CO2 emissions (kt) in Brazil was 513,000 as of 2013.")
    assert claims["513,000"] == (513_000_000.0, "t")
    assert _claims("Coal output (million tonnes) in Chile was 4.5 in 2013.")["4.5"] == (4_500_000.0, "t")
    # a scale abbreviation is never read as a unit: 'Population (m)' is not in metres
    assert _claims("Population (m) of Chile was 19.6 in 2020.")["19.6"][1] == ""


def test_a_sentence_referring_back_to_the_indicator_keeps_its_unit_and_substance(package: Path) -> None:
    text = ("The value for CO2 emissions (kt) in Brazil was 513,000 as of 2013. Over the past four years this "
            "indicator reached a minimum value of 440,000 in 2010.")
    assert _claims(text)["440,000"] == (440_000_000.0, "t")
    first = one(text, package, "513,000")
    assert first.verdict is Verdict.supported and "3.664" in first.explanation
    later = one(text, package, "440,000")  # 120,000 kt C × 3.664 = 439,700 kt CO2
    assert later.verdict is Verdict.supported and later.evidence[0].resource == f"{TABLE}:total"
    assert "3.664" in later.explanation
    wrong = one(text.replace("440,000", "452,000"), package, "452,000")
    assert wrong.verdict is not Verdict.supported


def test_co2_equivalents_and_other_gases_are_not_read_against_carbon(package: Path) -> None:
    plural = one("In 2010, France emitted 366 million tonnes of CO2 equivalents.", package, "366 million tonnes")
    assert plural.verdict is Verdict.unsupported and not plural.evidence  # all greenhouse gases, not CO2
    # an inventory's wording, the gas spelled out with its formula in brackets before 'equivalent'
    inventory = one("France's total greenhouse gas emissions, as carbon dioxide (CO2) equivalent, were 366 million "
                    "tonnes in 2010, the statistics office said.", package, "366 million tonnes")
    assert inventory.verdict is Verdict.unsupported and not inventory.evidence, inventory.explanation
    text = "In France, carbon emissions fell 5% in 2011, methane emissions by 1.4% and nitrous oxide emissions by 2%."
    for figure in ("1.4%", "2%"):
        gas = one(text, package, figure)
        assert gas.verdict is Verdict.unsupported and not gas.evidence, figure
    carbon = one(text, package, "5%")  # 100,000 → 95,000 kt C
    assert carbon.verdict is Verdict.supported and carbon.evidence[0].resource == f"{TABLE}:total"


def test_carbon_dioxide_spelled_out_names_a_co2_series_as_firmly_as_co2(tmp_path: Path) -> None:
    from test_matching import write_package

    rows = [{"period": str(y), "value": v, "country": "Brazil"} for y, v in ((2011, 125e6), (2012, 130e6))]
    # beside it a concentration series named in full ('carbon dioxide'), as the CO2 packages ship them
    co2 = write_package(tmp_path / "reference", [
        {"name": "co2-by-nation", "metric": "national CO2 emissions from fuels and cement manufacture",
         "aliases": ["carbon emissions"], "unit": "t C", "dims": ["country"], "rows": rows},
        {"name": "co2-concentration", "metric": "atmospheric carbon dioxide concentration", "unit": "ppm",
         "rows": [{"period": "2012", "value": 393.8}]}])
    right = one("Brazil emitted 476 million tonnes of carbon dioxide in 2012.", co2, "476 million tonnes")
    assert right.verdict is Verdict.supported and right.reason == "supported_within_tolerance", right.explanation
    wrong = one("Brazil emitted 500 million tonnes of carbon dioxide in 2012.", co2, "500 million tonnes")
    assert (wrong.verdict, wrong.reason) == (Verdict.contradicted, "contradicted"), wrong.explanation
    assert "3.664" in wrong.explanation


def test_total_in_the_claim_names_the_total_not_a_column_labelled_not_in_total(tmp_path: Path) -> None:
    rows = [["Year", "Country", "Total", "Solid Fuel", "Liquid Fuel", "Cement", "Bunker fuels (Not in Total)"],
            [2011, "CHILE", 20000, 8000, 11100, 900, 1500], [2012, "CHILE", 21000, 8500, 11550, 950, 1400]]
    folder = _wide_emissions(tmp_path / "wide", rows)
    result = one("Chile's total fossil-fuel CO2 emissions rose 4.2% in 2012.", folder, "4.2%")  # 21,000 / 20,000: +5 %
    assert (result.verdict, result.reason) == (Verdict.contradicted, "contradicted"), result.explanation
    assert result.evidence[0].resource == "emissions:total"


def test_a_bare_figure_compared_with_a_measured_one_takes_its_unit_place_and_substance(package: Path) -> None:
    text = ("Brazil's per capita carbon dioxide emissions for 2012 were 0.8 compared to France, which stood at 1.5 "
            "tonnes of carbon.")
    assert _claims(text)["0.8"] == (0.8, "t")
    result = one(text, package, "0.8")  # Brazil 2012: 0.66 t C
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].dimensions == {"Country": "BRAZIL"} and "CO2" not in result.explanation
    world = one("Brazil's per capita emissions of 0.66 tonnes of carbon in 2012 were well below the world "
                "average (1.2).", package, "1.2")
    assert world.verdict is Verdict.unsupported and not world.evidence  # the table has no world row
    assert _claims("The plant employs 300 people, more than the 250 tonnes it ships.")["300"] == (300.0, "")


def test_a_year_over_year_rise_in_ppm_is_computed_from_the_monthly_series(tmp_path: Path) -> None:
    from test_matching import check_text, write_package

    months = {"2023-05": 424.0, "2024-04": 426.6, "2024-05": 427.1}
    ppm = write_package(tmp_path / "reference", [
        {"name": "co2-monthly", "metric": "monthly mean carbon dioxide at the observatory", "unit": "ppm",
         "aliases": ["co2 concentration"], "rows": [{"period": p, "value": v} for p, v in months.items()]}])
    text = "The observatory measured a carbon dioxide concentration of 427.1 ppm in May 2024, a year-over-year rise of {} ppm."
    def one(body: str, package: Path, figure: str):
        return check_text(f"---\ndate: 2024-07-01\n---\n\n{body}\n", package)[0][figure]

    right = one(text.format("3.1"), ppm, "3.1 ppm")
    assert right.verdict is Verdict.supported and right.evidence[0].period == "2024-05", right.explanation
    wrong = one(text.format("3.5"), ppm, "3.5 ppm")
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_a_share_over_a_long_span_is_read_near_its_end_never_from_a_year_the_part_was_zero(tmp_path: Path) -> None:
    rows = [["Year", "Country", "Total", "Solid Fuel", "Cement"],
            *([y, "CHILE", 100 + y - 1850, 100 + y - 1850, 0] for y in range(1850, 1856)),
            [2011, "CHILE", 20000, 18000, 900], [2012, "CHILE", 21000, 19000, 950]]
    folder = _wide_emissions(tmp_path / "wide", rows)
    result = one("In Chile, cement made up 11.7% of emissions from 1850 until 2012.", folder, "11.7%")
    assert result.verdict is not Verdict.supported
    lead = result.evidence[0]
    assert lead.value != 0 and lead.period == "2012", (lead.period, lead.value, result.explanation)


def test_a_change_in_tonnes_of_co2_is_pinned_by_its_unit_as_the_level_is(package: Path) -> None:
    # Brazil's total: 130,000 (2012) → 140,000 (2013) thousand t C, 10 Mt C = 36.6 Mt CO2 more
    text = "Brazil released 513 million tonnes of carbon dioxide in 2013, {} million tonnes more than in 2012."
    right = one(text.format("36.6"), package, "36.6 million tonnes")
    assert right.verdict is Verdict.supported, right.explanation
    wrong = one(text.format("20"), package, "20 million tonnes")
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_carbon_turns_into_co2_by_the_readers_factor_at_the_ends_of_the_band(package: Path) -> None:
    # Brazil 2013: 140,000 thousand t C × 3.664 = 512.96 Mt CO2. '510.41' reaches (510.415 × 1.005 =) 512.967
    # and holds it; '510.39' reaches 512.947 and misses it: the factor's fourth digit decides, as the reader's sum does
    inside = one("Brazil's CO2 emissions came to 510.41 million tonnes in 2013.", package, "510.41 million tonnes")
    assert inside.verdict is Verdict.supported, inside.explanation
    outside = one("Brazil's CO2 emissions came to 510.39 million tonnes in 2013.", package, "510.39 million tonnes")
    assert outside.verdict is Verdict.contradicted, outside.explanation


def test_a_ranking_sentence_that_follows_closely_takes_the_measure_named_before(package: Path) -> None:
    # 'follows closely behind' ranks the figure and names no measure of its own: the per-person series named in
    # the paragraph before is the figure's, not a column of the country's total
    text = ("In 2011, France's carbon emissions per capita were 1.5 tonnes of carbon.\n\n"
            "Brazil follows closely behind at 0.64 tonnes.")
    result = one(text, package, "0.64 tonnes")
    assert result.evidence[0].resource == f"{TABLE}:per-capita", result.explanation
    # the row agrees read as carbon; the text names no substance, so it is not called a contradiction
    assert result.verdict is not Verdict.contradicted, result.explanation


def test_a_list_under_a_heading_naming_an_emissions_inventory_is_judged_as_the_inventorys_co2(package: Path) -> None:
    # Brazil 2011: 125,000 thousand t C × 3.664 = 458.0 Mt CO2; France: 95,000 × 3.664 = 348.1 Mt CO2. The heading
    # names no 'emissions', only the inventory that counts them, and each entry is a place and a figure
    text = ("# Largest national totals of 2011 (the Global Carbon Project's data, in metric tons)\n\n"
            "1. Brazil — 458 Million Tons\n\n2. France — 310 Million Tons\n")
    right = one(text, package, "458 Million Tons")
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].resource == f"{TABLE}:total", right.explanation
    wrong = one(text, package, "310 Million Tons")
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    # an entry with words of its own may count something the heading does not: still for a person
    own_words = one(text.replace("2. France — 310 Million Tons", "2. France's steel mills used 310 Million Tons"),
                    package, "310 Million Tons")
    assert own_words.verdict is not Verdict.contradicted, own_words.explanation
    # 'carbon' and 'project' apart name no inventory: the figure stays for a person
    unnamed = one(text.replace("the Global Carbon Project's data", "a carbon project's data"), package, "310 Million Tons")
    assert unnamed.verdict is not Verdict.contradicted, unnamed.explanation


@pytest.mark.parametrize(("text", "verdict"), [
    ("Brezilya'da 2011 yılında kömür yakımından 55 megaton karbondioksit salındı.", Verdict.supported),
    ("Brezilya'da 2011 yılında kömür yakımından 62 megaton karbondioksit salındı.", Verdict.contradicted),
])
def test_turkish_co2_from_burning_coal_is_the_solid_fuel_column(package: Path, text: str, verdict: Verdict) -> None:
    # Brazil's 2011 solid fuel: 15,000 thousand t C = 55.0 Mt CO2; its total (458 Mt CO2) is another measure
    result = one(text, package, text.split(" yakımından ")[1].split(" karbondioksit")[0])
    assert result.verdict is verdict, result.explanation
    assert "Solid Fuel" in result.evidence[0].metric, result.explanation
