"""A price index's group named in an inflation sentence ('housing, water, electricity, gas and other fuels
(2.0 per cent)', the statistics offices' COICOP group) is a part of the consumer-price index, not a fuel's
share of a country's fossil CO2, which the words 'gas' and 'fuels' alone would match. Invented figures: a
CDIAC-shaped table with a gas column, and a World Bank-shaped CPI package; the sentences are written here."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("groups")
    co2 = root / "co2"
    (co2 / "data").mkdir(parents=True)
    with (co2 / "data" / "co2-by-nation.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["Year", "Country", "Total", "Gas Fuel"],
                                      [2021, "NORWAY", 10000, 3000], [2022, "NORWAY", 10400, 3120]])
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
              {"name": "Total", "type": "number",
               "description": "Total carbon emissions from fossil fuels and cement (thousand metric tons of C)"},
              {"name": "Gas Fuel", "type": "number",
               "description": "Carbon emissions from gas fuel consumption (thousand metric tons of C)"}]
    (co2 / "datapackage.json").write_text(json.dumps({
        "name": "co2", "title": "National CO2 emissions from fossil fuels and cement manufacture",
        "sources": [{"title": "Carbon inventory", "path": "https://carbon.example.org"}],
        "resources": [{"name": "co2-by-nation", "path": "data/co2-by-nation.csv", "schema": {"fields": fields}}]}),
        encoding="utf-8")
    return [co2, cpi_package(root / "cpi")]


def test_a_price_group_in_an_inflation_sentence_is_no_fuels_share_of_co2(packages: list[Path]) -> None:
    text = ("Norway's inflation of 5.8 per cent in 2022 was driven by transport (9.1 per cent) and housing, water, "
            "electricity, gas and other fuels (12.5 per cent), the statistics office said.")
    result = claim_results(text, packages)["12.5 per cent"]
    assert result.verdict is not Verdict.contradicted, result.explanation
    assert "CO2" not in result.explanation and "Gas Fuel" not in result.explanation, result.explanation


def test_gas_named_with_emissions_is_still_the_fuels_share(packages: list[Path]) -> None:
    text = "Gas burning made up 30.0 per cent of Norway's fossil CO2 emissions in 2022, the inventory shows."
    result = claim_results(text, packages)["30.0 per cent"]
    assert result.verdict is Verdict.supported, result.explanation
