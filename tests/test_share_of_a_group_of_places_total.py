"""'About 2.1 % of total global emissions': a share whose whole is a group of places' total (the world's, the
EU's), against a national table with no row of the group (invented figures). The whole is the group's, so the
share is not computed from another column of the place's own row (bunker fuels over its total happen to give
2.1 %): unsupported, not supported by that ratio. A share of the place's own total is computed as before."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from package_support import claim_results

from workbench.models import Verdict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("share") / "carbon"
    (folder / "data").mkdir(parents=True)
    rows: list[list[object]] = [["Year", "Country", "Total", "Gas Fuel", "Bunker fuels (Not in Total)"]]
    rows += [[year, country, total, total // 5, total * 21 // 1000]
             for year in (2018, 2019) for country, total in (("MALAYSIA", 60_000), ("THAILAND", 70_000))]
    with (folder / "data" / "nation.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    unit = "(thousand metric tons of C)"
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
              {"name": "Total", "type": "number", "description": f"Total carbon emissions {unit}"},
              {"name": "Gas Fuel", "type": "number", "description": f"Carbon emissions from gas fuel consumption {unit}"},
              {"name": "Bunker fuels (Not in Total)", "type": "number", "description": f"Emissions from bunker fuels {unit}"}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "carbon", "title": "National CO2 emissions from fossil fuels",
        "sources": [{"title": "Carbon inventory", "path": "https://carbon.example.org"}],
        "resources": [{"name": "nation", "path": "data/nation.csv", "schema": {"fields": fields}}]}), encoding="utf-8")
    return folder


def test_a_share_of_global_emissions_is_not_another_columns_ratio(package: Path) -> None:
    text = ("In 2019 Malaysia released the second-highest CO2 emissions of the region (220 Mt), about 2.1% of "
            "total global emissions.")
    result = claim_results(text, [package], date="2021-03-01")["2.1%"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_share_of_the_places_own_total_is_still_computed(package: Path) -> None:
    text = "Gas made up 20% of Malaysia's total CO2 emissions in 2019."
    result = claim_results(text, [package], date="2021-03-01")["20%"]
    assert result.verdict is Verdict.supported, result.explanation
