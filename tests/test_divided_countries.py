"""A country once divided (workbench/data/places.json ``divided_countries``): a CDIAC-style table that keeps the
parts' own rows beside the country's ('FEDERAL REPUBLIC OF GERMANY' and 'FORMER GERMAN DEMOCRATIC REPUBLIC' to
1990, 'GERMANY' from 1991) must not give West Germany's rows to Germany, though the Federal Republic's name is
Germany's official one: a figure of unified Germany would be judged by half the country.

The package is CDIAC-shaped, its figures invented; the sentences are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.matching.index import _PlaceResolver
from workbench.models import Verdict

# thousand metric tons of carbon
TOTALS = {("FEDERAL REPUBLIC OF GERMANY", 1988): 200_000, ("FORMER GERMAN DEMOCRATIC REPUBLIC", 1988): 90_000,
          ("GERMANY", 1995): 240_000, ("GERMANY", 1996): 245_000, ("FRANCE", 1988): 100_000, ("FRANCE", 1995): 98_000}


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("divided") / "carbon", TOTALS)


def test_a_part_of_a_divided_country_is_not_the_country_beside_its_other_part() -> None:
    found = _PlaceResolver().places_of(["GERMANY", "FEDERAL REPUBLIC OF GERMANY", "FORMER GERMAN DEMOCRATIC REPUBLIC",
                                        "FRANCE"])
    assert found is not None and found["GERMANY"].key == "DEU" and found["FRANCE"].key == "FRA"
    assert "FEDERAL REPUBLIC OF GERMANY" not in found


def test_without_its_other_part_the_official_name_is_the_country() -> None:
    # a table of today's countries under their official names: the Federal Republic is Germany
    found = _PlaceResolver().places_of(["Federal Republic of Germany", "French Republic", "Italian Republic"])
    assert found is not None and found["Federal Republic of Germany"].key == "DEU"


def test_a_unified_germany_figure_is_never_judged_by_west_germanys_row(carbon: Path) -> None:
    # 1,060 Mt CO2 is about both parts of 1988 (290,000 t C × 3.664); the Federal Republic alone held 733 Mt
    result = claim_results("Germany emitted 1,060 million tonnes of CO2 in 1988.", [carbon])["1,060 million tonnes"]
    assert result.verdict is not Verdict.contradicted, result.explanation
    assert all(e.dimensions.get("Country") != "FEDERAL REPUBLIC OF GERMANY" for e in result.evidence), result.evidence
    # Germany's own rows still judge its figures after union
    after = claim_results("Germany emitted 879 million tonnes of CO2 in 1995.", [carbon])["879 million tonnes"]
    assert after.verdict is Verdict.supported, after.explanation
    assert after.evidence[0].dimensions.get("Country") == "GERMANY"
