"""A region named in another language ('in Europa', 'Avrupa', 'Zentralasien') is that region, not a word
the checker cannot read; with Italian 'rispettivamente del 3,5% e del 2,5%' each figure pairs with its own
place, so the region's figure is not judged by the country's rows. Sentences and figures written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

CO2_WORDS = "Carbon dioxide emissions from the burning of fossil fuels (kt)"
EMISSIONS = {("Italy", 2018): 340_000, ("Italy", 2019): 330_000}


@pytest.fixture()
def co2(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "co2", "co2", "CO2 emissions", "Emissions", EMISSIONS, description=CO2_WORDS)]


def test_each_figure_of_a_respectively_pair_keeps_its_own_place(co2: list[Path]) -> None:
    text = ("Nel 2019 le emissioni di CO2 da combustibili fossili in Italia e in Europa sono diminuite "
            "rispettivamente del 2,9% e del 1,4% rispetto al 2018.")
    results = claim_results(text, co2, date="2020-05-01")
    assert results["2,9%"].verdict is Verdict.supported  # 330,000 / 340,000 − 1 = −2.94 %
    assert results["1,4%"].verdict is Verdict.unsupported  # Europe: no rows, Italy's must not judge it


PER_HEAD = {("South Korea", 2018): 12.3, ("India", 2018): 1.9, ("Germany", 2018): 9.1, ("Japan", 2018): 8.9}


@pytest.fixture()
def per_head(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "per-head", "co2-per-head", "CO2 emissions per capita",
                              "CO2 emissions (metric tons per capita)", PER_HEAD,
                              description="Carbon dioxide emissions per person, in tonnes")]


@pytest.mark.parametrize(("text", "figure"), [
    # Korean names a region by its own word, with a particle glued to it ('유럽과', '남아시아는'): an average of a
    # region's countries, which no row of a table of nations holds
    ("2018년 1인당 이산화탄소 배출량은 남아시아 국가들이 평균 2t, 유럽과 동아시아가 각각 6.4t이었다.", "2t"),
    ("2018년 1인당 이산화탄소 배출량은 남아시아 국가들이 평균 2t, 유럽과 동아시아가 각각 6.4t이었다.", "6.4t"),
    ("2018년 사하라 이남 아프리카 국가들의 1인당 이산화탄소 배출량은 평균 0.7t이었다.", "0.7t"),
])
def test_a_region_named_in_korean_is_no_row_of_a_table_of_nations(per_head: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, per_head, date="2020-12-16")[figure]
    assert result.verdict is Verdict.unsupported
    assert result.reason == "place_not_covered"
