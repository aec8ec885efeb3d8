"""Country names written without their accents, as French copy often writes capitals ('Emirats arabes unis',
'Etats-Unis', 'Koweit' for 'Émirats arabes unis', 'États-Unis', 'Koweït'), are the countries CLDR names with
them; a ranking of the largest emitters ('premiers émetteurs mondiaux', 'maggiori emettitori', 'mayores
emisores', 'maiores emissores') names the emissions measure. Invented rows; own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.languages import language
from workbench.models import Verdict

# thousand metric tons of carbon: UAE 2018 → 204.8 Mt CO2, Kuwait 2018 → 105.8 Mt CO2
CARBON = {("UNITED ARAB EMIRATES", 2017): 54_000.0, ("UNITED ARAB EMIRATES", 2018): 55_900.0,
          ("KUWAIT", 2017): 28_000.0, ("KUWAIT", 2018): 28_877.0}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_package(tmp_path_factory.mktemp("gulf") / "carbon", CARBON)]


def test_unaccented_country_names_are_the_countries() -> None:
    french = language("fr")
    assert french is not None
    assert french.glossary["emirats arabes unis"] == french.glossary["émirats arabes unis"] == "United Arab Emirates"
    assert french.glossary["koweit"] == "Kuwait"
    assert french.glossary["etats-unis"] == french.glossary["états-unis"]


def test_a_french_ranking_of_emitters_with_unaccented_names_is_judged(packages: list[Path]) -> None:
    results = claim_results("Parmi les premiers émetteurs mondiaux en 2018, on trouve l'Iran, suivi des Emirats "
                            "arabes unis (205 MtCO2) et du Koweit (96 MtCO2).", packages, date="2020-03-01")
    assert results["205 MtCO2"].verdict is Verdict.supported, results["205 MtCO2"].explanation
    kuwait = results["96 MtCO2"]
    assert kuwait.verdict is Verdict.contradicted, kuwait.explanation
    assert kuwait.evidence[0].dimensions.get("Country") == "KUWAIT"


@pytest.mark.parametrize(("code", "phrase"), [("fr", "premiers émetteurs"), ("fr", "principaux émetteurs"),
                                              ("it", "maggiori emettitori"), ("es", "mayores emisores"),
                                              ("pt", "maiores emissores")])
def test_rankings_of_emitters_gloss_to_the_largest_emitters(code: str, phrase: str) -> None:
    lang = language(code)
    assert lang is not None and lang.glossary[phrase] == "largest emitters"
