"""Fossil CO2 news in Turkish, Polish, Spanish and Italian read through the gloss: Turkish 'karbon
salınımı' (carbon emissions) and the case endings it joins to a name with an apostrophe ('Şili’de',
'Kenya’nın'), Polish 'emisje ... spadły/wzrosły w porównaniu z rokiem 2020 o 4,9%' and its locative
names ('we Francji'), Spanish 'alcanzaron' (reached) and Italian 'Ue' (the EU) name the measure, the
place and the change, so the figure is judged by its row instead of left unread.

The package is publisher-shaped with invented figures: a country's emissions in thousand tonnes."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict


@pytest.fixture()
def emissions(tmp_path: Path) -> Path:
    rows = {("Chile", 2020): 80_000, ("Chile", 2021): 83_920, ("Kenya", 2020): 18_400, ("Kenya", 2021): 21_500,
            ("France", 2020): 300_000, ("France", 2021): 282_900}
    return publisher_package(tmp_path / "co2", "co2", "CO2 emissions (kt)", "CO2 emissions (kt)", rows,
                             description="Carbon dioxide emissions from burning fossil fuels, thousand tonnes")


@pytest.mark.parametrize(("text", "claim"), [
    ("Yeni verilere göre Şili, 2021’de 83,9 milyon ton karbon salınımı gerçekleştirdi.", "83,9 milyon ton"),
    ("Kenya’nın toplam karbon salınımı 2021 yılında 21,5 milyon ton oldu.", "21,5 milyon ton"),
])
def test_turkish_carbon_emissions_of_a_country_named_with_its_case_ending(emissions: Path, text: str,
                                                                         claim: str) -> None:
    result = claim_results(text, [emissions], "2022-06-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021"
    wrong = claim_results(text.replace(claim[:4], "95,1"), [emissions], "2022-06-01")
    wrong_result = next(r for k, r in wrong.items() if k.startswith("95,1"))
    assert wrong_result.verdict is not Verdict.supported, wrong_result.explanation


def test_a_polish_fall_compared_with_a_year_is_a_change(emissions: Path) -> None:
    # 282,900 / 300,000 − 1 = −5.7 %
    text = "W 2021 roku emisje CO2 we Francji spadły w porównaniu z rokiem 2020 o 5,7%."
    result = claim_results(text, [emissions], "2022-06-01")["5,7%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert [c.period for c in result.evidence[0].cells] == ["2020", "2021"]
    wrong = claim_results(text.replace("5,7%", "8,2%"), [emissions], "2022-06-01")["8,2%"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_spanish_emissions_that_reached_a_figure(emissions: Path) -> None:
    text = "Las emisiones de CO2 de Kenia alcanzaron 21,5 millones de toneladas métricas en 2021."
    result = claim_results(text, [emissions], "2022-06-01")["21,5 millones de toneladas métricas"]
    assert result.verdict is Verdict.supported, result.explanation


def test_an_italian_change_of_the_eu_is_a_place_the_data_lacks(emissions: Path) -> None:
    text = "Nel 2021 le emissioni di CO2 nell’Ue sono diminuite del 2,5% rispetto all’anno precedente."
    result = claim_results(text, [emissions], "2022-06-01")["2,5%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason != "unknown_language_words"
