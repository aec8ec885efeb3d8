"""A sentence of another language read whole that counts births or deaths ('新生儿数量为9.5万人', '출생아 수는
9만 명', '出生数は9万人') names its own measure, as 'unemployment' or 'wages' do, whether or not the data holds
it: its English reading's 'nothing matches' stands (unsupported), as it does for the English sentence, rather
than going to a person as words the checker could not read. The half-year words of Chinese, Japanese and Korean
('上半年', '上半期', '상반기') are read as English writes them, the first six months of the year. Arabic, Swahili,
Vietnamese and Greek births ('المواليد', 'walizaliwa', 'ca sinh', 'γεννήθηκαν') are read the same way. Chinese
deaths, a natural decrease and the urban population's share of the whole country ('死亡人口', '自然减少', '城市人口占全国的')
are series of their own too, never the whole population the sentence's '人口' would otherwise name; '人口' written
right after a figure ('3400万人口') is its counted noun, whole.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, population_package

from workbench.models import Verdict


@pytest.fixture()
def chile_population(tmp_path: Path) -> list[Path]:
    return [population_package(tmp_path / "pop", {("Chile", 2022): 19_600_000, ("Chile", 2023): 19_700_000})]


@pytest.mark.parametrize(("text", "figure"), [
    ("Chile recorded 95,000 births in the first half of 2023.", "95,000"),
    ("2023年上半年智利新生儿数量为9.5万人。", "9.5"),
    ("2023년 상반기 칠레의 출생아 수는 9만 명이었다.", "9"),
    ("2023年上半期のチリの出生数は9万人だった。", "9"),
])
def test_a_count_of_births_read_whole_is_unsupported_as_in_english(
        chile_population: list[Path], text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, chile_population, "2024-06-01"), figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "no_match")
    assert result.claim.period == "2023-01/2023-06"


@pytest.mark.parametrize(("text", "figure"), [
    ("في عام 2023 بلغ عدد المواليد في تشيلي 190 ألف مولود.", "190"),
    ("Mwaka 2023 watoto 190,000 walizaliwa nchini Chile.", "190,000"),
    ("Năm 2023 Chile có 190.000 ca sinh.", "190.000"),
    ("Το 2023 στη Χιλή γεννήθηκαν 190.000 παιδιά.", "190.000"),
])
def test_births_of_a_year_in_other_scripts_are_unsupported_as_in_english(
        chile_population: list[Path], text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, chile_population, "2024-06-01"), figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "no_match")


def test_a_population_figure_of_a_half_year_is_another_period_than_the_annual_row(
        chile_population: list[Path]) -> None:
    result = claim_starting(claim_results("2023년 상반기 칠레의 인구는 1970만 명이었다.", chile_population, "2024-06-01"),
                            "1970")
    assert result.reason == "different_period"


@pytest.mark.parametrize(("text", "figure"), [
    ("2023年该国死亡人口数达到12.5万人,死亡率较去年上升3.1%。", "12.5"),
    ("2023年该国死亡人口数达到12.5万人,死亡率较去年上升3.1%。", "3.1"),
    ("2023年智利人口自然减少约2.1万,为历史最高水平。", "2.1"),
    ("2023年智利人口数量约为1970万,其中,智利的城市人口占全国的88%。", "88"),
])
def test_chinese_deaths_natural_decrease_and_urban_share_are_not_the_population(
        chile_population: list[Path], text: str, figure: str) -> None:
    # each sentence says '人口' (population): read word for word, the series its own noun names is another
    result = claim_starting(claim_results(f"# 智利人口\n\n{text}", chile_population, "2024-06-01"), figure)
    assert result.verdict is Verdict.unsupported, result.explanation


def test_chinese_population_written_after_a_figure_is_its_counted_noun(tmp_path: Path) -> None:
    rows = {("Chile", 2023): 19_700_000}
    text = "目前南美洲人口排名第二的是秘鲁有3400万人口。"
    results = claim_results(text, [population_package(tmp_path / "pop", rows)], "2024-06-01")
    result = claim_starting(results, "3400")
    assert result.claim.text == "3400万人口"
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation
