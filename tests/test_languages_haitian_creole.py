"""Haitian Creole read, and a Portuguese month's rate told by 'em termos mensais'.

CLDR holds no names for Haitian Creole (babel's 'ht' is empty), so its months, Haiti ('Ayiti', 'Dayiti') and
the gourde are glossed with its news words; its own short words ('ak', 'nan', 'yon', 'pou', 'daprè') tell it
from French. A rate 'pa mwa' (a month) is a month's change, which the annual packages do not hold; 'pa ane'
is a year's. The package is World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import detect, glossed_in
from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi",
                        {("Haiti", 2040): 11.2, ("Haiti", 2041): 13.4, ("Uruguay", 2041): 6.6})]


def test_a_creole_sentence_is_told_creole_not_french() -> None:
    assert detect("Daprè bank santral la, pri manje yo ogmante anpil nan peyi a pou ane 2041 an.") == "ht"
    assert detect("Selon la banque centrale, les prix des aliments ont beaucoup augmenté en 2041.") == "fr"


def test_creole_months_and_the_gourde_are_glossed() -> None:
    glossed = glossed_in("Nan mwa desanm 2041, to chanj la rive 160 goud pou yon dola.", "ht")
    assert "December" in glossed and "gourdes" in glossed and "exchange rate" in glossed


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("Daprè bank santral la, to enflasyon an Ayiti te rive 13.4% pou ane 2041 an.", "13.4%", Verdict.supported),
    ("Daprè bank santral la, to enflasyon an Ayiti te rive 19.9% pou ane 2041 an.", "19.9%", Verdict.contradicted),
    # a month's change: the packages hold annual rates only
    ("Daprè bank santral la, to enflasyon an Ayiti te rive 1.8% pa mwa nan ane 2041 an.", "1.8%", Verdict.unsupported),
    # no place named: the rate could be any country's
    ("Daprè bank santral la, to enflasyon an te rive 19.9% pou ane 2041 an.", "19.9%", Verdict.needs_review),
])
def test_a_creole_inflation_rate(cpi: list[Path], text: str, claim: str, verdict: Verdict) -> None:
    result = claim_results(text, cpi, "2042-06-01")[claim]
    assert result.verdict is verdict, result.explanation
    if verdict is Verdict.unsupported:
        assert "month" in result.explanation, result.explanation


def test_a_creole_rate_of_last_month_is_another_period_than_the_year(cpi: list[Path]) -> None:
    result = claim_results("Enflasyon anyèl nan peyi Dayiti atenn 15.1% pandan mwa me ki sot pase a.", cpi,
                           "2041-08-04")["15.1%"]
    assert result.verdict is Verdict.needs_review and "May 2041" in result.explanation, result.explanation


def test_a_portuguese_rate_in_monthly_terms_is_a_month_change(cpi: list[Path]) -> None:
    text = ("No Uruguai, os preços ao consumidor subiram 0,84 por cento em termos mensais em março de 2041, "
            "segundo o instituto de estatística.")
    result = claim_results(text, cpi, "2042-06-01")["0,84 por cento"]
    assert result.verdict is Verdict.unsupported and "month" in result.explanation, result.explanation
