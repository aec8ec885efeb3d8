"""One country spelled differently by two packages ('North Macedonia' by a World Bank-style table,
'MACEDONIA' by a CDIAC-style one): a place the text names reaches each package's own spelling of it,
whichever package loads first and whichever spelling's words stand nearest the figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from package_support import claim_results, cpi_package

INFLATION_ROWS = {("North Macedonia", 2022): 14.2, ("Moldova", 2022): 28.6, ("Serbia", 2022): 12.0}
EMISSION_ROWS = [("MACEDONIA", 2019, 2010), ("REPUBLIC OF MOLDOVA", 2019, 1420), ("SERBIA", 2019, 12900)]


def _inflation_package(folder: Path) -> Path:
    """World Bank layout and spelling: 'North Macedonia', 'Moldova'."""
    return cpi_package(folder, INFLATION_ROWS)


def _emissions_package(folder: Path) -> Path:
    """CDIAC layout and spelling: upper-case names, 'MACEDONIA', 'REPUBLIC OF MOLDOVA'."""
    (folder / "data").mkdir(parents=True)
    lines = ["Year,Country,Total", *(f"{y},{c},{v}" for c, y, v in EMISSION_ROWS)]
    (folder / "data" / "nation.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
              {"name": "Total", "type": "number", "description": "Total carbon emissions from fossil fuel consumption "
                                                                  "and cement production (thousand metric tons of C)"}]
    descriptor = {"name": "co2-nation", "title": "National CO2 emissions from fossil fuels and cement manufacture",
                  "sources": [{"name": "Carbon office", "path": "https://carbon.example.org", "title": "Carbon office"}],
                  "resources": [{"name": "nation", "path": "data/nation.csv", "schema": {"fields": fields}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


def _packages(tmp_path: Path, inflation_first: bool) -> list[Path]:
    packages = [_inflation_package(tmp_path / "cpi"), _emissions_package(tmp_path / "co2")]
    return packages if inflation_first else packages[::-1]


@pytest.mark.parametrize("inflation_first", [True, False])
@pytest.mark.parametrize("text", ["Consumer-price inflation in North Macedonia ran at 14.2% last year.",
                                  "North Macedonia's annual inflation came to 14.2% in 2022."])
def test_a_place_whose_other_spelling_is_a_word_of_its_name_keeps_its_own_rows(
        tmp_path: Path, text: str, inflation_first: bool) -> None:
    # 'Macedonia', the other package's whole name, stands nearer the figure than the mention's start
    result = claim_results(text, _packages(tmp_path, inflation_first))["14.2%"]
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].dimensions.get("Country") == "North Macedonia"


@pytest.mark.parametrize("inflation_first", [True, False])
def test_the_longer_spelling_keeps_its_rows_when_the_shorter_stands_nearer(tmp_path: Path, inflation_first: bool) -> None:
    # 'Moldova' (the inflation package's name) stands nearer the figure than 'REPUBLIC OF MOLDOVA' begins
    text = "Fossil fuels and cement in the Republic of Moldova gave emissions of 1,420 thousand metric tons of carbon in 2019."
    result = claim_results(text, _packages(tmp_path, inflation_first))["1,420 thousand metric tons"]
    assert result.verdict.value == "supported", result.explanation
    assert result.evidence[0].dimensions.get("Country") == "REPUBLIC OF MOLDOVA"


@pytest.mark.parametrize("inflation_first", [True, False])
def test_a_place_neither_package_has_rows_for_is_still_told_apart(
        tmp_path: Path, inflation_first: bool) -> None:
    # the spellings joined are only those of one place: Croatia reaches no other country's rows
    result = claim_results("Inflation in Croatia reached 12.0% in 2022.", _packages(tmp_path, inflation_first))["12.0%"]
    assert result.verdict.value != "supported", result.explanation


@pytest.mark.parametrize("inflation_first", [True, False])
@pytest.mark.parametrize("text", ["North Macedonia and Serbia both recorded inflation of 12.0% in 2022.",
                                  # the group's last place ends in the other package's whole name
                                  "Prices in Serbia and North Macedonia rose by an annual 12.0% in 2022."])
def test_a_group_named_with_one_figure_is_read_in_each_packages_spelling(
        tmp_path: Path, text: str, inflation_first: bool) -> None:
    # Serbia's row agrees, North Macedonia's (14.2 %) does not: one figure said of both is no pass
    result = claim_results(text, _packages(tmp_path, inflation_first))["12.0%"]
    assert result.verdict.value == "needs_review", result.explanation
    assert "North Macedonia" in result.explanation and "MACEDONIA" not in result.explanation
