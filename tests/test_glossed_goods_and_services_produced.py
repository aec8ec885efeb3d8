"""A country's GDP as news defines it, 'the goods and services it produced worth …' (Russian 'произвела
товаров и услуг на', Portuguese 'produziu bens e serviços no valor de', glossed as the economic output they
mean: 'goods and services' alone are also what prices are of, so English's words stay no GDP alias), and the
Russian words around such figures ('или', 'в текущих долларах', '2003 г.', 'Международного валютного
фонда') read through the gloss, so the figure is judged by its GDP row instead of left unread.

Packages are World Bank-shaped with invented figures; sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.languages import unknown_words
from workbench.models import Verdict


@pytest.fixture()
def gdp(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, {("Chile", 2030): 20e6, ("Peru", 2030): 35e6},
                              {("Chile", 2030): 412.0e9, ("Peru", 2030): 298.0e9})


@pytest.mark.parametrize(("text", "claim"), [
    ("За 2030 год Чили произвела товаров и услуг на $412 млрд, что позволило ей занять третье место в регионе.",
     "$412 млрд"),
    ("Conforme os dados, em 2030 o Chile produziu bens e serviços no valor de US$ 412 bilhões, o que permitiu "
     "ao país ocupar o terceiro lugar.", "US$ 412 bilhões"),
])
def test_goods_and_services_a_country_produced_are_its_gdp(gdp: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, gdp, "2031-06-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"


def test_a_different_figure_for_the_goods_and_services_is_refuted(gdp: list[Path]) -> None:
    text = "В 2030 году Перу произвела товаров и услуг на $350 млрд."
    assert claim_results(text, gdp, "2031-06-01")["$350 млрд"].verdict is Verdict.contradicted


def test_russian_words_of_a_gdp_table_and_a_forecasters_name_are_known() -> None:
    assert unknown_words("ВВП в текущих долларах, млрд дол. в ценах 2003 г.", "ru") == []
    assert unknown_words("по данным Международного валютного фонда, или на 5% выше прошлогоднего", "ru") == []
