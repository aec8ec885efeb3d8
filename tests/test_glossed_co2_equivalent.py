"""A mass of CO2-equivalent greenhouse gases is another series than fossil CO2, in every language the
checker reads: 'di CO2 equivalente', 'CO2-Äquivalente', 'd'équivalent CO2', 'в эквиваленте CO2',
'ekwiwalentu CO2' are glossed to the English words that name it, and the emission verbs around them
('ha emesso', 'stieß … aus', 'выбросила', 'wyemitowała') read, so a figure that happens to equal the
fossil row is unsupported, never confirmed by it.

Package CDIAC-shaped, figures invented (each equivalent figure is the fossil row × 3.664 on purpose).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting

from workbench.models import Verdict

# thousand t C; × 3.664 for CO2
TOTALS = {("ITALY", 2021): 87_000.0, ("FRANCE", 2021): 83_000.0, ("GERMANY", 2021): 180_000.0,
          ("RUSSIAN FEDERATION", 2021): 480_000.0, ("POLAND", 2021): 88_000.0, ("BRAZIL", 2021): 130_000.0}


@pytest.fixture()
def carbon(tmp_path: Path) -> list[Path]:
    return [carbon_package(tmp_path / "co2", TOTALS)]


@pytest.mark.parametrize("text, figure", [
    ("Nel 2021 l'Italia ha emesso 319 milioni di tonnellate di CO2 equivalente.", "319"),
    ("En 2021, la France a émis 304 millions de tonnes d'équivalent CO2.", "304"),
    ("Deutschland stieß 2021 rund 660 Millionen Tonnen CO2-Äquivalente aus.", "660"),
    ("В 2021 году Россия выбросила 1760 млн тонн в эквиваленте CO2.", "1760"),
    ("W 2021 roku Polska wyemitowała 322 mln ton ekwiwalentu CO2.", "322"),
    ("Em 2021, o Brasil emitiu 476 milhões de toneladas de CO2 equivalente.", "476"),
])
def test_a_co2_equivalent_figure_is_not_judged_by_the_fossil_row(carbon: list[Path], text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, carbon, "2023-02-01"), figure)
    assert result.verdict is Verdict.unsupported


def test_the_same_figure_of_co2_itself_is_the_fossil_row_s(carbon: list[Path]) -> None:
    result = claim_starting(claim_results("Nel 2021 l'Italia ha emesso 319 milioni di tonnellate di CO2.", carbon,
                                          "2023-02-01"), "319")
    assert result.verdict is Verdict.supported


# t C per person; × 3.664 for CO2 per person
PER_HEAD_TOTALS = {("HUNGARY", 2020): 13_000.0, ("FRANCE", 2020): 80_000.0}
PER_HEAD = {("HUNGARY", 2020): 1.2, ("FRANCE", 2020): 1.1}


@pytest.mark.parametrize("text, figure", [
    ("Counting the other greenhouse gases in equivalent CO2, Hungary's emissions came to 6.3 tonnes per person "
     "in 2020.", "6.3"),
    ("En comptant les autres gaz à effet de serre en équivalent CO2, la France a émis 6,1 tonnes par habitant en "
     "2020.", "6,1"),
    ("Duke numëruar edhe gazrat e tjera serrë në ekuivalent të CO2, Hungaria lëshoi 6.3 ton për frymë në vitin "
     "2020.", "6.3"),
])
def test_a_per_head_figure_of_gases_in_equivalent_co2_is_not_judged_by_the_fossil_row(
        tmp_path: Path, text: str, figure: str) -> None:
    # 'equivalent CO2' (the word before the gas, as French and Albanian glosses put it) names the mixture as
    # 'CO2 equivalent' does: the sentence's 'CO2' is no second substance that leaves it open
    carbon = [carbon_package(tmp_path / "co2", PER_HEAD_TOTALS, PER_HEAD)]
    result = claim_starting(claim_results(text, carbon, "2022-03-01"), figure)
    assert result.verdict is Verdict.unsupported
