"""A region or city of one country named by the text — a Philippine region ('Western Visayas'), a Japanese region
('九州地方'), a Turkish city with its case ending ('İzmir'in') — is the place of the figure: a part of
the country that a row of the whole country does not hold (unsupported), not a figure whose place the text leaves
unsaid (gazetteer.csv subdivisions and cities; languages.json glosses). Figures and sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_package

from workbench.models import Verdict


@pytest.mark.parametrize("text, figure", [
    ("Headline inflation in Western Visayas eased to 2.6 percent in 2023 from 3.9 percent in 2022.", "2.6 percent"),
    ("Consumer prices in Kyushu rose 3.2% in 2023.", "3.2%"),
    ("九州地方の消費者物価は2023年に3.2%上昇した。", "3.2%"),
])
def test_a_regions_inflation_is_not_the_countrys(tmp_path: Path, text: str, figure: str) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Philippines", 2022): 5.8, ("Philippines", 2023): 6.0,
                                         ("Japan", 2022): 2.5, ("Japan", 2023): 3.2})
    result = claim_results(text, [cpi], date="2024-03-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_turkish_citys_population_is_not_the_countrys(tmp_path: Path) -> None:
    population = population_package(tmp_path / "population", {("Turkey", 2022): 85_300_000, ("Turkey", 2023): 85_800_000})
    text = "Açıklanan verilere göre İzmir'in toplam nüfusu 2023 yılında 4 milyon 480 bin olarak açıklandı."
    result = claim_results(text, [population], date="2024-03-01")["4 milyon 480 bin"]
    assert result.verdict is Verdict.unsupported, result.explanation
