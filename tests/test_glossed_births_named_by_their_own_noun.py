"""A sentence of another language read whole that counts births or deaths ('新生儿数量为9.5万人', '출생아 수는
9만 명', '出生数は9万人') names its own measure, as 'unemployment' or 'wages' do, whether or not the data holds
it: its English reading's 'nothing matches' stands (unsupported), as it does for the English sentence, rather
than going to a person as words the checker could not read. The half-year words of Chinese, Japanese and Korean
('上半年', '上半期', '상반기') are read as English writes them, the first six months of the year. Arabic, Swahili,
Vietnamese and Greek births ('المواليد', 'walizaliwa', 'ca sinh', 'γεννήθηκαν') are read the same way.

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
