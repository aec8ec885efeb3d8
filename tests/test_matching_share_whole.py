"""'85 % of India's emissions of 440 Mt were from coal': the part the clause names belongs to the
share; the figure after 'emissions of' is the whole, read against the table's total column. A part
named for the figure itself ('coal emissions of 305 Mt') stays the part.

A publisher-shaped wide table of our own (test_verify_derived's): total, solid fuel, cement.
"""

from __future__ import annotations

from pathlib import Path

from test_matching import check_text
from package_support import claim_results
from test_verify_derived import _wide_package

from workbench.models import Verdict


def _lead(sentence: str, package: Path, claim: str):
    results, _ = check_text(f"---\ndate: 2015-01-01\n---\n\n{sentence}\n", package)
    return results[claim].evidence[0]


def test_the_whole_a_share_is_taken_of_is_the_total(tmp_path: Path) -> None:
    package = _wide_package(tmp_path / "wide")
    results, _ = check_text("---\ndate: 2015-01-01\n---\n\nFor 2008, 69% of India's CO2 emissions of 330 million "
                            "metric tons of carbon were from coal.\n", package)
    result = results["330 million metric tons"]
    # the total (439.7 Mt) disagrees, and coal's 304.7 Mt is not what the figure measures
    assert result.verdict is Verdict.contradicted
    assert result.evidence[0].resource.endswith("total") and result.evidence[0].value == 439655000


def test_a_part_named_for_the_figure_itself_stays_the_part(tmp_path: Path) -> None:
    package = _wide_package(tmp_path / "wide")
    lead = _lead("For 2008, India's CO2 emissions from coal came to 305 thousand metric tons of carbon.",
                 package, "305 thousand metric tons")
    assert "solid" in lead.resource


def test_a_list_of_parts_split_across_clauses_names_the_total(tmp_path: Path) -> None:
    # the list's last item opens the figure's clause ('…, and cement production rose …'): the items
    # before the comma are the figure's too, so the parts it lists are what the total covers
    package = _wide_package(tmp_path / "wide")
    results, _ = check_text("---\ndate: 2015-01-01\n---\n\nChina's emissions from burning coal, oil, and cement "
                            "production reached 2,006 million metric tons of carbon in 2008.\n", package)
    result = results["2,006 million metric tons"]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].resource.endswith("total")
    results, _ = check_text("---\ndate: 2015-01-01\n---\n\nChina's emissions from burning coal, oil, and cement "
                            "production reached 2,300 million metric tons of carbon in 2008.\n", package)
    assert results["2,300 million metric tons"].evidence[0].resource.endswith("total")


def test_a_clause_after_a_figure_keeps_its_own_part(tmp_path: Path) -> None:
    # 'and' after a clause holding a figure opens a new statement, not the end of a list
    package = _wide_package(tmp_path / "wide")
    lead = _lead("In 2008 India's emissions from coal were 305 million metric tons of carbon, and cement "
                 "emissions came to 31 million metric tons of carbon.", package, "31 million metric tons")
    assert "cement" in lead.resource


def _described_wide_package(folder: Path) -> Path:
    """A wide table whose part is described in the words news uses for the whole ('carbon dioxide
    emissions'), and whose total column is labelled only 'Total'."""
    import csv
    import json
    folder.mkdir(parents=True)
    columns = ["Year", "Country", "Total", "Coal", "Cement"]
    with (folder / "emissions.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([columns, [2008, "INDIA", 439655, 304701, 31070],
                                      [2008, "CHILE", 20000, 5000, 900]])
    metric = {"Total": {"metric": "Total", "unit": "t", "scale": 1000.0, "kind": "level"},
              "Coal": {"metric": "Coal", "unit": "t", "scale": 1000.0, "kind": "level"},
              "Cement": {"metric": "Carbon dioxide emissions from cement production", "unit": "t",
                         "scale": 1000.0, "kind": "level"}}
    (folder / "datapackage.json").write_text(json.dumps({"name": "fuels", "resources": [{
        "name": "fuels", "path": "emissions.csv", "title": "Fuels by nation",
        "schema": {"fields": [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
                              *({"name": c, "type": "number"} for c in columns[2:])]},
        "sources": [{"title": "Inventory", "path": "https://inventory.example.org"}],
        "workbench": {"fields": {"period": "Year", "value": columns[2:]}, "metrics": metric}}]}), encoding="utf-8")
    return folder


def test_a_part_named_only_by_the_tables_shared_words_stands_for_the_total(tmp_path: Path) -> None:
    package = _described_wide_package(tmp_path / "fuels")
    results, _ = check_text("---\ndate: 2015-01-01\n---\n\nIndia's carbon dioxide emissions reached "
                            "439.7 million metric tons of carbon in 2008.\n", package)
    result = results["439.7 million metric tons"]
    assert result.evidence[0].resource.endswith("total"), [e.resource for e in result.evidence]
    assert result.verdict is not Verdict.contradicted
    lead = _lead("India's carbon dioxide emissions from cement production reached 31 million metric tons of "
                 "carbon in 2008.", package, "31 million metric tons")
    assert lead.resource.endswith("cement")


def _fuels_package(folder: Path) -> Path:
    """A CDIAC-shaped wide table without a workbench block: total, solid, liquid and gas fuel, cement."""
    import json
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "emissions.csv").write_text(
        "Year,Country,Total,Solid Fuel,Liquid Fuel,Gas Fuel,Cement\n"
        "2008,INDIA,440000,217800,90000,101200,31000\n2008,CHILE,20000,5000,11000,3100,900\n", encoding="utf-8")
    described = {"Total": "Total carbon emissions from fossil fuel consumption and cement production "
                          "(thousand metric tons of C)",
                 "Solid Fuel": "Carbon emissions from solid fuel consumption",
                 "Liquid Fuel": "Carbon emissions from liquid fuel consumption",
                 "Gas Fuel": "Carbon emissions from gas fuel consumption",
                 "Cement": "Carbon emissions from cement production"}
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
              *({"name": c, "type": "number", "description": d} for c, d in described.items())]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "fuels", "title": "Carbon emissions from fuels and cement by nation",
        "sources": [{"title": "Inventory", "path": "https://inventory.example.org"}],
        "resources": [{"name": "emissions", "path": "data/emissions.csv", "schema": {"fields": fields}}]}),
        encoding="utf-8")
    return folder


def test_the_other_columns_of_a_table_are_no_rival_readings_of_a_part(tmp_path: Path) -> None:
    # oil's share is 20.5 %; gas's 23 % and the other columns disagreeing too are other measures,
    # not rival readings that would make the named part's contradiction uncertain
    package = _fuels_package(tmp_path / "fuels")
    text = ("In 2008 total emissions reached 440 million metric tons of carbon. Crude oil and petroleum products "
            "account for the largest fraction of the Indian emissions, 25% in 2008.")
    result = claim_results(text, [package])["25%"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert "liquid" in result.evidence[0].resource


def test_a_subscript_two_is_the_two_of_co2() -> None:
    from workbench.text import token_set
    assert token_set("CO₂ emissions") == token_set("CO2 emissions")
