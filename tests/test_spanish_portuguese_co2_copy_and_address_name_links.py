"""Latin American carbon dioxide copy in Spanish and Portuguese read through the gloss, and a country's name of
several words in a page's address.

Spanish and Portuguese words of emissions news ('apenas', 'gas de efecto invernadero', 'contaminación planetaria',
'matriz energética', 'atingiram', 'CO₂-eq', 'cidadão estadunidense') are glossed, so a sentence the checker now reads
whole is answered as its English is (a year after the data's end, a share of the world no row holds) rather than
left to a person as unread words. A page's address writes a name's links in lower case ('trinidad-and-tobago'):
read with them so, as the gazetteer writes the name, it names the country.

Packages are publisher-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, publisher_package

from workbench.glossed import UNKNOWN_LANGUAGE_WORDS
from workbench.models import Verdict


@pytest.fixture()
def emissions(tmp_path: Path) -> Path:
    rows = {("Chile", 2020): 80_000, ("Chile", 2021): 83_920, ("Brazil", 2020): 450_000, ("Brazil", 2021): 480_000}
    return publisher_package(tmp_path / "co2", "co2", "CO2 emissions (kt)", "CO2 emissions (kt)", rows,
                             description="Carbon dioxide emissions from burning fossil fuels, thousand tonnes")


@pytest.mark.parametrize(("text", "claim"), [
    ("Em 2024, as emissões antrópicas associadas à matriz energética do Chile atingiram 95 milhões de toneladas "
     "de CO₂-eq.", "95 milhões de toneladas"),
    ("Em termos de emissões por habitante, cada chileno, produzindo e consumindo energia em 2024, emitiu em média "
     "4,1 toneladas de CO₂-eq.", "4,1 toneladas"),
    ("Segundo os dados, 1,2% de todas as emissões entre 1850 e 2021 vieram daqui, do Chile.", "1,2%"),
    ("Cada chileno emitiu em 2021 o equivalente a 27,5% do que um cidadão estadunidense emitiu.", "27,5%"),
    ("El dióxido de carbono es el principal gas de efecto invernadero. Chile apenas carga 0,3 por ciento del total "
     "mundial de este gas.", "0,3 por ciento"),
    ("Chile emitió en 2021 unos 84 millones de toneladas de gases de efecto invernadero, lo que significa el 0,2% de "
     "la contaminación planetaria.", "0,2%"),
])
def test_co2_copy_read_whole_is_answered_not_left_unread(emissions: Path, text: str, claim: str) -> None:
    result = claim_results(text, [emissions], "2025-03-01")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason != UNKNOWN_LANGUAGE_WORDS, result.explanation


def test_a_spanish_emission_of_carbon_dioxide_is_judged(emissions: Path) -> None:
    # 83,920 kt is 83.9 million tonnes: the singular 'emisión' names the measure as 'emisiones' does
    text = "En 2021, la emisión de dióxido de carbono de Chile fue de 83,9 millones de toneladas."
    result = claim_results(text, [emissions], "2022-06-01")["83,9 millones de toneladas"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.fixture()
def per_head(tmp_path: Path) -> Path:
    return carbon_package(tmp_path / "carbon", {("TRINIDAD AND TOBAGO", 2020): 11_500, ("NORWAY", 2020): 11_000},
                          per_capita={("TRINIDAD AND TOBAGO", 2020): 8.2, ("NORWAY", 2020): 2.0})


def test_a_countrys_name_with_a_link_in_the_address_names_the_country(per_head: Path) -> None:
    text = "Its fossil fuel emissions came to 8.2 metric tons of carbon per person in 2020."
    url = "https://climate.example.org/nations/trinidad-and-tobago.html"
    result = claim_results(text, [per_head], "2022-01-01", url=url)["8.2 metric tons"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "TRINIDAD AND TOBAGO"
    unnamed = claim_results(text, [per_head], "2022-01-01", url="https://climate.example.org/nations/page.html")
    assert unnamed["8.2 metric tons"].verdict is Verdict.needs_review
