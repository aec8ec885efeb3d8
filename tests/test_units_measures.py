"""Units and measures read from a publisher's metadata, as a wide emissions table ships them.

The package is written here, in the shape of a national emissions table with no ``workbench``
block: the unit is stated once, in the total column's description, and stated wrong by a
thousand (the values are thousand tonnes of carbon, the description says million); the sibling
columns state none. The figures are made up for the test and chosen so that total ÷ per capita
is a plausible population only at a thousand tonnes.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_matching import check_text

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import Verdict
from workbench.unit_families import convert_factor
from workbench.reference import load_reference
from workbench.reference.units import read_unit, unit_from_metadata
from workbench.substances import OTHER, claim_substance

TABLE = "emissions-by-nation"
COLUMNS = {
    "Total": "Total carbon emissions from fuel use and cement (million metric tons of C)",
    "Solid Fuel": "Carbon emissions from solid fuel consumption",
    "Liquid Fuel": "Carbon emissions from liquid fuel consumption",
    "Cement": "Carbon emissions from cement production",
    "Per Capita": "Per capita carbon emissions (metric tons of carbon)",
}
ROWS = [  # Year, Country, Total, Solid, Liquid, Cement, Per Capita (thousand t C; t C per person)
    [2010, "FRANCE", 100000, 10000, 80000, 10000, 1.6],
    [2011, "FRANCE", 95000, 9000, 77000, 9000, 1.5],
    [2010, "BRAZIL", 120000, 15000, 90000, 15000, 0.62],
    [2011, "BRAZIL", 125000, 15000, 94000, 16000, 0.64],
    [2012, "BRAZIL", 130000, 16000, 98000, 16000, 0.66],
    [2013, "BRAZIL", 140000, 17000, 105000, 18000, 0.70],
]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("units") / "emissions"
    folder.mkdir()
    with (folder / "emissions.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["Year", "Country", *COLUMNS], *ROWS])
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string", "description": "Nation"},
              *({"name": c, "type": "number", "description": d} for c, d in COLUMNS.items())]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "emissions", "title": "National emissions from fuels and cement",
        "resources": [{"name": TABLE, "path": "emissions.csv", "schema": {"fields": fields}}],
        "sources": [{"title": "Emissions institute", "path": "https://emissions.example.org"}]}), encoding="utf-8")
    return folder


def one(text: str, package: Path, figure: str):
    # dated after the years these sentences claim, so their yearly rows are published by the draft's date
    results, _ = check_text(f"---\ndate: 2016-06-01\n---\n\n{text}\n", package)
    return results[figure]


def test_a_mass_keeps_the_substance_its_unit_names() -> None:
    assert unit_from_metadata("Emissions (thousand metric tons of C)") == read_unit("thousand metric tons of C")
    assert read_unit("thousand metric tons of C").unit == "t C"
    assert read_unit("Mt CO2").unit == "t CO2" and read_unit("Mt CO2").scale == 1e6
    assert read_unit("t C").unit == "t C"  # a canonical unit written in a block reads as itself
    assert unit_from_metadata("Energy (million tonnes of oil equivalent)").unit == "t"  # no substance the checker converts
    assert convert_factor("t C", "t CO2") == pytest.approx(3.664, rel=1e-3)
    assert convert_factor("t CO2", "t C") == pytest.approx(1 / 3.664, rel=1e-3)
    assert convert_factor("t C", "t") == 1.0 and convert_factor("t", "t CO2") == 1.0  # one side silent
    assert convert_factor("t C", "t CO2e") is None and convert_factor("t C", f"t {OTHER}") is None


def test_a_claims_substance_comes_from_the_words_after_its_figure_then_its_sentence() -> None:
    assert claim_substance("Output was 3.1 billion tonnes of carbon, up from 2009.", "3.1 billion tonnes") == "C"
    assert claim_substance("Emissions hit 4.2 Gt CO2 last year.", "4.2 Gt") == "CO2"
    assert claim_substance("Emissions hit 4.2 gigatonnes (Gt) of CO2 last year.", "4.2 gigatonnes") == "CO2"
    assert claim_substance("Its CO2 emissions were about 600 million tonnes.", "600 million tonnes") == "CO2"
    assert claim_substance("Mills made 90 million tonnes of steel.", "90 million tonnes") == OTHER
    assert claim_substance("It emitted 9 Gt CO2e of greenhouse gases.", "9 Gt") == "CO2e"
    assert claim_substance("It emitted 9 Gt of emissions.", "9 Gt") is None
    assert claim_substance("Carbon emissions were 9 Gt.", "9 Gt") is None  # 'carbon emissions' is said of both


def test_siblings_take_the_stated_unit_and_a_per_capita_column_corrects_its_scale(package: Path) -> None:
    data = load_reference([package])
    total = data.resources[f"{TABLE}:total"].frame
    assert set(total["unit"]) == {"t C"}
    # 'million' would make total ÷ per capita 62 billion Frenchmen: the scale read is a thousand.
    assert total[(total["Country"] == "FRANCE") & (total["period"] == "2010")]["value"].iloc[0] == 100000 * 1e3
    solid = data.resources[f"{TABLE}:solid-fuel"].frame
    assert set(solid["unit"]) == {"t C"} and solid["value"].iloc[0] == 10000 * 1e3
    per_capita = data.resources[f"{TABLE}:per-capita"].frame
    assert set(per_capita["unit"]) == {"t C"} and per_capita["value"].iloc[0] == pytest.approx(1.6)


def test_carbon_is_compared_with_co2_at_44_over_12_and_the_explanation_says_so(package: Path) -> None:
    right = one("France emitted 366 million tonnes of CO2 in 2010.", package, "366 million tonnes")
    assert right.verdict is Verdict.supported and right.evidence[0].value == 100000 * 1e3
    assert "CO2" in right.explanation and "3.664" in right.explanation
    wrong = one("France emitted 100 million tonnes of CO2 in 2010.", package, "100 million tonnes")
    assert wrong.verdict is not Verdict.supported
    carbon = one("France emitted 100 million tonnes of carbon in 2010.", package, "100 million tonnes")
    assert carbon.verdict is Verdict.supported and "3.664" not in carbon.explanation


def test_a_mass_of_something_else_or_of_all_greenhouse_gases_is_not_an_emission(package: Path) -> None:
    cement = one("France produced 37 million tonnes of cement in 2010.", package, "37 million tonnes")
    assert cement.verdict is Verdict.unsupported and not cement.evidence
    gases = one("France emitted 366 million tonnes of CO2e of greenhouse gases in 2010.", package,
                "366 million tonnes")
    assert gases.verdict is Verdict.unsupported and not gases.evidence


def test_the_total_is_meant_when_the_text_names_what_it_covers_and_a_part_when_it_names_one(package: Path) -> None:
    total = one("Brazil's carbon emissions from fuel use and cement were 120 million tonnes of carbon in 2010.",
                package, "120 million tonnes")
    assert total.verdict is Verdict.supported and total.evidence[0].resource == f"{TABLE}:total"
    part = one("Brazil's cement emissions were 15 million tonnes of carbon in 2010.", package, "15 million tonnes")
    assert part.verdict is Verdict.supported and part.evidence[0].resource == f"{TABLE}:cement"
    coal = one("Brazil's coal emissions were 15 million tonnes of carbon in 2011.", package, "15 million tonnes")
    assert coal.evidence[0].resource == f"{TABLE}:solid-fuel"  # the everyday word for the column's label


def test_a_share_of_the_measure_is_a_share_of_the_tables_total(package: Path) -> None:
    share = one("In France, liquid fuels made up 70% of emissions in 2010.", package, "70%")
    assert share.verdict is Verdict.contradicted
    assert share.evidence[0].value == pytest.approx(80.0) and "total" in share.evidence[0].formula
    both = check_text("---\ndate: 2015-01-01\n---\n\nIn Brazil coal was 12.5% of the total in 2010 and 10% in "
                      "2011.\n", package)[0]
    assert both["12.5%"].verdict is Verdict.supported
    later = both["10%"]  # the whole is named once, before this figure
    assert later.verdict is Verdict.contradicted and later.evidence[0].value == pytest.approx(15000 / 125000 * 100)


def test_a_unit_word_is_no_country_code_of_another_package(package: Path, tmp_path: Path) -> None:
    # A World Bank-style table with ISO codes beside the names: 'TON' is Tonga's code, 'tons' a unit.
    other = tmp_path / "prices"
    other.mkdir()
    rows = [["Country", "Country Code", "Year", "Inflation"], ["France", "FRA", 2010, 1.5], ["Brazil", "BRA", 2010, 5.0],
            ["Tonga", "TON", 2010, 3.5], ["United States", "USA", 2010, 1.6]]
    with (other / "inflation.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    (other / "datapackage.json").write_text(json.dumps({"name": "prices", "resources": [{
        "name": "inflation", "path": "inflation.csv", "title": "Inflation, consumer prices (annual %)",
        "schema": {"fields": [{"name": "Country", "type": "string"}, {"name": "Country Code", "type": "string"},
                              {"name": "Year", "type": "year"}, {"name": "Inflation", "type": "number"}]}}]}),
        encoding="utf-8")
    draft = "---\ndate: 2015-01-01\n---\n\nAt 100 million metric tons of carbon in 2010, France was a mid-sized emitter.\n"
    report = check_draft(parse_draft(draft.encode("utf-8"), "draft.md"), load_reference([package, other]),
                         Config(root=tmp_path, reference=[package, other]))
    [result] = [r for r in report.results if r.claim.text == "100 million metric tons"]
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions == {"Country": "FRANCE"}


def test_a_per_capita_column_is_no_part_of_the_total(package: Path) -> None:
    result = one("On a per capita basis, Brazil's carbon emissions were 0.62 tonnes of carbon per person in 2010.",
                 package, "0.62 tonnes")
    assert result.verdict is Verdict.supported and result.evidence[0].resource == f"{TABLE}:per-capita"


STATIONS = [
    {"name": f"co2-annmean-{code}", "metric": f"Mean (co2 annmean {code})", "unit": "ppm",
     "aliases": ["carbon dioxide concentration", f"co2 annual mean {words}"],
     "rows": [{"period": str(y), "value": v} for y, v in values.items()]}
    for code, words, values in [("gl", "global", {2014: 395.1, 2015: 397.0}),
                                ("mlo", "Mauna Loa Observatory", {2014: 398.4, 2015: 400.5})]]


def test_the_station_or_the_global_series_named_in_the_text_is_the_one_meant(tmp_path: Path) -> None:
    from test_matching import write_package

    package = write_package(tmp_path / "reference", STATIONS)
    station = one("At Mauna Loa Observatory the carbon dioxide concentration was 400.5 ppm in 2015.", package, "400.5 ppm")
    assert station.verdict is Verdict.supported and station.evidence[0].resource == "co2-annmean-mlo"
    world = one("The global carbon dioxide concentration was 397 ppm in 2015.", package, "397 ppm")
    assert world.verdict is Verdict.supported and world.evidence[0].resource == "co2-annmean-gl"
    # The station named in the sentence before carries over; naming none leaves both in play.
    carried = check_text("---\ndate: 2016-06-01\n---\n\nMeasurements at Mauna Loa go back decades. The carbon dioxide "
                         "concentration was 400.5 ppm in 2015.\n", package)[0]["400.5 ppm"]
    assert carried.verdict is Verdict.supported and carried.evidence[0].resource == "co2-annmean-mlo"
    unnamed = one("The carbon dioxide concentration was 400.5 ppm in 2015.", package, "400.5 ppm")
    assert unnamed.verdict is Verdict.needs_review


def test_a_rate_a_year_over_a_span_is_the_compound_growth_with_a_slack_spread_over_its_years(package: Path) -> None:
    # Brazil's total: 120,000 (2010) → 140,000 (2013): 5.27 % a year compounded.
    grew = one("Brazil's carbon emissions grew at an annual rate of 5.3% from 2010 to 2013.", package, "5.3%")
    assert grew.claim.kind.value == "change" and grew.verdict is Verdict.supported
    compound = ((140000 / 120000) ** (1 / 3) - 1) * 100
    mean = (125000 / 120000 + 130000 / 125000 + 140000 / 130000 - 3) / 3 * 100
    assert {round(e.value, 4) for e in grew.evidence[:2]} == {round(compound, 4), round(mean, 4)}
    # Half a point a year is a one-year rate's slack; over three years it would pass 4.9 % for 5.27 %.
    wrong = one("Brazil's carbon emissions grew 4.9% a year from 2010 to 2013.", package, "4.9%")
    assert wrong.verdict is Verdict.contradicted


def test_a_resource_is_attributed_to_the_source_its_file_name_points_to(tmp_path: Path) -> None:
    folder = tmp_path / "ppm"
    folder.mkdir()
    for code, value in (("gl", 397.0), ("mlo", 400.5)):
        (folder / f"co2-annmean-{code}.csv").write_text(f"Year,Mean\n2015,{value}\n", encoding="utf-8")
    resources = [{"name": f"co2-annmean-{code}", "path": f"co2-annmean-{code}.csv",
                  "schema": {"fields": [{"name": "Year", "type": "year"}, {"name": "Mean", "type": "number"}]}}
                 for code in ("gl", "mlo")]
    (folder / "datapackage.json").write_text(json.dumps({"name": "ppm", "resources": resources, "sources": [
        {"title": "Carbon dioxide trends, Mauna Loa, Hawaii", "path": "https://station.example.org/mlo"},
        {"title": "Carbon dioxide trends, Global", "path": "https://station.example.org/global"}]}),
        encoding="utf-8")
    data = load_reference([folder])
    world = data.resources["co2-annmean-gl"].frame
    station = data.resources["co2-annmean-mlo"].frame
    assert set(world["source_title"]) == {"Carbon dioxide trends, Global"}
    assert set(world["source_url"]) == {"https://station.example.org/global"}
    assert set(station["source_title"]) == {"Carbon dioxide trends, Mauna Loa, Hawaii"}


def test_an_indicator_name_is_read_by_the_one_metadata_reader() -> None:
    from workbench.errors import UsageError
    from workbench.fetch.worldbank import unit_from_indicator_name

    for name, unit in [("Land area (sq. km)", ("km2", 1.0)), ("Emissions excluding LULUCF (kt)", ("t", 1000.0)),
                       ("Exports of goods (current US$)", ("USD", 1.0)), ("Life expectancy at birth (years)",
                                                                        ("years", 1.0))]:
        reading = unit_from_metadata(name)
        assert unit_from_indicator_name(name) == unit == (reading.unit, reading.scale)
    # A rate in local currency per dollar is no dollar figure, for the loader as for the fetcher.
    assert unit_from_metadata("Official exchange rate (LCU per US$, period average)") is None
    with pytest.raises(UsageError):
        unit_from_indicator_name("Official exchange rate (LCU per US$, period average)")


@pytest.mark.parametrize("unit", ["oz", "ly", "points", "mph", "°C", "TEU"])
def test_a_unit_of_measure_never_compares_with_a_plain_count(unit: str) -> None:
    # every unit of the vocabulary is a family of its own, not a number of things
    assert convert_factor(unit, "") is None and convert_factor("", unit) is None


def test_a_bare_figure_compares_with_the_units_listed_to_share_the_count_family() -> None:
    # 'the annual average was 400.8' after a sentence in ppm is read against the ppm series
    assert convert_factor("ppm", "") == 1.0
