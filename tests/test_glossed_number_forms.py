"""Forms a glossed sentence writes its figure or its measure in that the English reading would lose:
thousands grouped with apostrophes, as Swiss copy writes them in German, French or Italian ("8'738'800",
'8’815’400'), and a Turkish abbreviation with its case ending after an apostrophe ('TÜFE'deki', the CPI's).

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2021): 19_000_000.0}
GDP = {("Kazakhstan", 2021): 197e9}


@pytest.mark.parametrize("text, figure, twin, twin_figure", [
    ("Ende 2021 haben 19'000'000 Menschen in Kasachstan gewohnt.", "19'000'000",
     "At the end of 2021, 19,000,000 people lived in Kazakhstan.", "19,000,000"),
    ("Selon les chiffres publiés par l'office, le Kazakhstan comptait à la fin de 2021 quelque 21’500’000 habitants.",
     "21’500’000", "According to the office, Kazakhstan had some 21,500,000 inhabitants at the end of 2021.", "21,500,000"),
])
def test_thousands_grouped_with_apostrophes_are_one_figure(tmp_path: Path, text: str, figure: str,
                                                         twin: str, twin_figure: str) -> None:
    packages = population_and_gdp(tmp_path, POPULATION, GDP)
    result = claim_results(text, packages, "2023-05-01")[figure]
    in_english = claim_results(twin, packages, "2023-05-01")[twin_figure]
    assert result.claim.value == pytest.approx(float(figure.replace("'", "").replace("’", "")))
    assert (result.verdict, result.reason) == (in_english.verdict, in_english.reason)


def test_an_abbreviation_with_its_turkish_case_ending_names_its_measure(tmp_path: Path) -> None:
    found = claim_results("Şili'de TÜFE'deki yıllık değişim 2022 yılında yüzde 11,6 oldu.", [cpi_package(tmp_path)],
                          "2023-05-01")
    result = next(r for surface, r in found.items() if "11,6" in surface)
    assert result.verdict is Verdict.supported


@pytest.mark.parametrize("text, figure", [
    ("Rusya'nın 2021'deki GSYH'si 131 trilyon ruble oldu.", "131 trilyon"),  # 'deki: the year's ending
    ("Rusya'nın GSYH'si 2021'de 131 trilyon ruble oldu.", "131 trilyon"),  # 'de: the year's ending
])
def test_a_figure_s_case_ending_is_read_with_the_figure(tmp_path: Path, text: str, figure: str) -> None:
    # read whole (the ending no unknown word), the sentence keeps its English twin's verdict: GDP in roubles is
    # a figure the dollar rows cannot judge
    packages = population_and_gdp(tmp_path, POPULATION, {("Russian Federation", 2021): 1_840e9})
    found = claim_results(text, packages, "2023-05-01")
    result = claim_starting(found, figure)
    in_english = claim_results("Russia's GDP in 2021 was 131 trillion roubles.", packages, "2023-05-01")
    twin = claim_starting(in_english, "131")
    assert (result.verdict, result.reason) == (twin.verdict, twin.reason)
