"""A sentence that lists regions by their bare names, each with its figure in parentheses, and closes the list
with the plural noun ('… in Orenburg (61.2 %), Omsk (73.4 %) and Samara (80.1 %) regions'): each figure is its
region's, not the all-urban city of the same name, and the measure stands at the head of the sentence, before
the place the subject reads ('lowest in Orenburg'). Invented figures in a bureau-shaped table; sentences
written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results

from workbench.models import Verdict


@pytest.fixture()
def bureau(tmp_path: Path) -> Path:
    """Regions and their main cities on one day: urban and total counts (shares: Orenburg Region 61.2 %,
    Omsk Region 73.4 %, Samara Region 80.1 %; each city 100 %)."""
    folder = tmp_path / "bureau"
    folder.mkdir()
    (folder / "units_population_2024-01-01.csv").write_text(
        "unit_name_en,level,total,urban,rural\n"
        "Orenburg Region,region,1850000,1132200,717800\n"
        "Orenburg,city_administration,550000,550000,\n"
        "Omsk Region,region,1850000,1357900,492100\n"
        "Omsk,city_administration,1100000,1100000,\n"
        "Samara Region,region,3100000,2483100,616900\n"
        "Samara,city_administration,1150000,1150000,\n", encoding="utf-8")
    return folder


def test_each_name_of_a_list_closed_by_regions_is_that_region(bureau: Path) -> None:
    found = claim_results("The share of urban population is lowest in Orenburg (61.2%), Omsk (73.4%) and "
                          "Samara (80.1%) regions.", [bureau], date="2024-03-01")
    for figure, region in (("61.2%", "Orenburg Region"), ("73.4%", "Omsk Region"), ("80.1%", "Samara Region")):
        result = found[figure]
        assert result.verdict is Verdict.supported, result.explanation
        assert result.evidence[0].dimensions.get("unit_name_en") == region


def test_a_place_after_a_rank_is_where_not_what(bureau: Path) -> None:
    # 'highest in Samara region': the measure is the sentence's head, so a wrong share is contradicted by the
    # region's row, not left as a figure the data has nothing on
    result = claim_results("The share of urban population is highest in Samara region (85.7%).", [bureau],
                           date="2024-03-01")["85.7%"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].dimensions.get("unit_name_en") == "Samara Region"
