"""National emissions as lists and rankings write them, against a small national-carbon table (invented
figures):

- a share and an amount in one sentence: 'Chile accounted for 11 % of world emissions with 85.1 million
  tons' takes the world as the whole of the share only; the amount after it is the subject's own;
- an item of a list under a lead that ends with a colon takes the lead's measure."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# thousand tonnes of carbon (× 3.664: Chile 80.6, Peru 55.0 million t CO2 in 2015)
TOTALS = {2014: {"CHILE": 21_000, "PERU": 14_500}, 2015: {"CHILE": 22_000, "PERU": 15_000}}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    totals = {(country, year): total for year, by_country in TOTALS.items() for country, total in by_country.items()}
    return carbon_package(tmp_path_factory.mktemp("share") / "carbon-by-country", totals)


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("In 2015 Chile accounted for 11% of world emissions with 85.1 million tons of CO2.",
     "85.1 million tons", Verdict.contradicted),
    ("Chile accounted for 11 percent of the world's emissions with 80.6 million tons of CO2 in 2015.",
     "80.6 million tons", Verdict.supported),
])
def test_the_amount_after_a_share_of_the_world_is_the_subjects(package: Path, text: str, claim: str,
                                                                verdict: Verdict) -> None:
    result = claim_results(text, [package], date="2017-03-01")[claim]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2015" and "CHILE" in str(result.evidence[0])


def test_the_share_itself_keeps_the_world_as_its_whole(package: Path) -> None:
    result = claim_results("In 2015 Chile accounted for 11% of world emissions with 85.1 million tons of CO2.",
                           [package], date="2017-03-01")["11%"]
    assert result.verdict is Verdict.unsupported and "World" in result.explanation, result.explanation


# A list's lead names what every item measures: 'the largest emitting countries in 2015:' then an item
# that names only its place and figures is that place's emissions. (Its contradicted figures stand below
# the CO2 reading: one a little above it, naming no gas, may count all greenhouse gases — gas_unnamed.)
@pytest.mark.parametrize("layout", [" ", "\n\n"])
@pytest.mark.parametrize(("item", "claim", "verdict"), [
    ("2. Peru, up 3 percent to 52.0 million tons.", "52.0 million tons", Verdict.contradicted),
    ("Peru, up 3 percent to 55.0 million tons.", "55.0 million tons", Verdict.supported),
])
def test_an_item_under_a_list_lead_takes_the_leads_measure(package: Path, layout: str, item: str, claim: str,
                                                            verdict: Verdict) -> None:
    text = f"A survey ranked the largest emitting countries of the region for 2015:{layout}{item}"
    result = claim_results(text, [package], date="2017-03-01")[claim]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2015" and "PERU" in str(result.evidence[0])



# The next item of a ranking writes its scale word and leaves the unit to the reader: 'followed by Peru with
# 61.3 million' is tons, as the figure it follows, and Peru's (a share in parentheses after it too).
@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("In 2015 Chile emitted 85.1 million tons, followed by Peru with 51.3 million (8%).", "51.3 million",
     Verdict.contradicted),
    ("In 2015 Chile accounted for 11 percent of world emissions with 80.6 million tons, ahead of Peru with "
     "55.0 million.", "55.0 million", Verdict.supported),
])
def test_the_next_item_of_a_ranking_takes_the_unit_of_the_figure_before(package: Path, text: str, claim: str,
                                                                       verdict: Verdict) -> None:
    result = claim_results(text, [package], date="2017-03-01")[claim]
    assert result.claim.unit == "t" and result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2015" and "PERU" in str(result.evidence[0])


def test_a_scaled_count_after_a_ranked_mass_keeps_what_it_counts(package: Path) -> None:
    result = claim_results("In 2015 Chile emitted 85.1 million tons, followed by Peru with 31 million people.",
                           [package], date="2017-03-01")["31 million"]
    assert result.claim.unit != "t"


def test_the_average_citizen_as_subject_reads_the_per_capita_column(tmp_path: Path) -> None:
    # a table with a per-capita column: Chile 2015 1.222 t C a person = 4.48 t CO2 (× 3.664)
    folder = tmp_path / "fossil-co2"
    (folder / "data").mkdir(parents=True)
    rows = [["Year", "Country", "Total", "Per Capita"], [2014, "CHILE", 21_000, 1.167], [2015, "CHILE", 22_000, 1.222]]
    with (folder / "data" / "fossil-fuel-co2-by-country.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
              {"name": "Total", "type": "number", "description": "Total carbon emissions from fossil fuel "
               "consumption and cement production (thousand metric tons of C)"},
              {"name": "Per Capita", "type": "number", "description": "Per capita carbon emissions (metric tons of carbon)"}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "fossil-co2", "title": "Carbon emissions from fossil fuels and cement by country",
        "sources": [{"title": "Carbon inventory", "path": "https://carbon.example.org"}],
        "resources": [{"name": "fossil-fuel-co2-by-country", "path": "data/fossil-fuel-co2-by-country.csv",
                       "schema": {"fields": fields}}]}), encoding="utf-8")
    supported = claim_results("In 2015 the average Chilean emitted 4.48 tCO2.", [folder], date="2017-03-01")["4.48 tCO2"]
    assert supported.verdict is Verdict.supported, supported.explanation
    assert supported.evidence[0].resource.lower().endswith("per-capita")
    off = claim_results("Each Chilean emitted 4.9 tonnes of CO2 in 2015.", [folder], date="2017-03-01")["4.9 tonnes"]
    assert off.verdict is Verdict.contradicted and off.evidence[0].resource.lower().endswith("per-capita"), off.explanation
