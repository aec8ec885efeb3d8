"""Per-capita CO2 rankings in tonnes of CO2 against a national table in tonnes of carbon (invented
figures): 'X is followed by A, B and C … per capita carbon dioxide emissions (30.0, 18.0 and 12.5 tonnes
respectively)'. Each figure is its own list item's (the place named before the list stands apart from
it), read through the carbon-to-CO2 factor, and a list of per-capita figures is no breakdown of an
earlier total (rates per person add up to nothing), so no series is taken from it."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from package_support import claim_results

from workbench.models import Verdict

# tonnes of carbon per person (× 3.664: Chile 29.9, Peru 18.3, Uruguay 12.5 t CO2); totals in thousand t C
PER_CAPITA = {"BOLIVIA": 11.0, "CHILE": 8.16, "PERU": 5.0, "URUGUAY": 3.42}
TOTALS = {"BOLIVIA": 120_000, "CHILE": 150_000, "PERU": 160_000, "URUGUAY": 11_800}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pc") / "carbon-by-nation"
    (folder / "data").mkdir(parents=True)
    rows: list[list[object]] = [["Year", "Country", "Total", "Per Capita"]]
    rows += [[2016, country, TOTALS[country], PER_CAPITA[country]] for country in PER_CAPITA]
    rows += [[2015, country, TOTALS[country] - 1000, PER_CAPITA[country] - 0.4] for country in PER_CAPITA]
    with (folder / "data" / "co2-by-nation.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
              {"name": "Total", "type": "number", "description": "Total carbon emissions from fossil fuel "
               "consumption and cement production (thousand metric tons of C)"},
              {"name": "Per Capita", "type": "number",
               "description": "Per capita carbon emissions (metric tons of carbon)"}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "carbon-by-nation", "title": "National CO2 emissions from fossil fuels and cement",
        "sources": [{"title": "Carbon inventory", "path": "https://carbon.example.org"}],
        "resources": [{"name": "co2-by-nation", "path": "data/co2-by-nation.csv", "schema": {"fields": fields}}]}),
        encoding="utf-8")
    return folder


RANKING = ("In 2016, Bolivia was one of the largest per capita emitters, with 40.3 tonnes of carbon dioxide a "
           "year. In the region, Bolivia is followed by Chile, Peru and Uruguay, also among the highest emitters "
           "of per capita carbon dioxide emissions (30.0, 19.4 and 12.5 tonnes respectively).")


@pytest.mark.parametrize(("claim", "verdict", "place"), [
    ("30.0", Verdict.supported, "CHILE"), ("19.4", Verdict.contradicted, "PERU"),
    ("12.5 tonnes", Verdict.supported, "URUGUAY")])
def test_each_item_of_a_per_capita_ranking_is_its_own_places(package: Path, claim: str, verdict: Verdict,
                                                             place: str) -> None:
    result = claim_results(RANKING, [package], date="2018-03-01")[claim]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2016"
    assert result.evidence[0].value == pytest.approx(PER_CAPITA[place]), result.explanation


def test_the_place_named_before_the_list_is_no_item_of_it(package: Path) -> None:
    text = ("Bolivia is followed by Chile, Peru and Uruguay in per capita carbon dioxide emissions "
            "(29.9, 18.3 and 12.5 tonnes respectively) in 2016.")
    results = claim_results(text, [package], date="2018-03-01")
    assert [results[c].verdict for c in ("29.9", "18.3", "12.5 tonnes")] == [Verdict.supported] * 3, \
        [results[c].explanation for c in results]
