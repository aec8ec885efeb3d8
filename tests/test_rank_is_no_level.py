"""A rank beside a measure ('das 41. bevölkerungsreichste Land', 'dünyanın 18. büyük ülkesi', 'nền kinh tế lớn
thứ 27') is a place in a league table, which no row of a level series holds: the claim contract has no kind
for it, so it is read as English writes a rank ('the 41st most populous'), no claim, and never matched as a
level of the population or of GDP. The figures around it stay claims.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_package

from workbench.languages import glossed_in

ROWS = {("Chile", 2021): 19_000_000, ("Chile", 2022): 19_300_000}


@pytest.fixture()
def chile_population(tmp_path: Path) -> list[Path]:
    return [population_package(tmp_path / "pop", ROWS)]


@pytest.mark.parametrize(("sentence", "rank", "code"), [
    ("Mit rund 19 Millionen Einwohnern war Chile 2022 das 41. bevölkerungsreichste Land der Welt.", "41", "de"),
    ("Chile, 19 milyon nüfusuyla 2022 yılında dünyanın 41. kalabalık ülkesiydi.", "41", "tr"),
    ("Năm 2022, Chile với 19 triệu dân là quốc gia đông dân thứ 41 thế giới.", "41", "vi"),
    ("Chile z 19 mln mieszkańców zajmowało w 2022 r. 41. miejsce na świecie.", "41", "pl"),
    ("Chile, con 19 millones de habitantes en 2022, ocupaba el 41.º lugar del mundo.", "41", "es"),
    ("O Chile, com 19 milhões de habitantes em 2022, ocupava o 41º lugar no mundo.", "41", "pt"),
    ("2022년 칠레의 인구는 1900만 명으로 세계 41위였다.", "41", "ko"),
])
def test_a_rank_is_no_claim_and_the_count_beside_it_still_is(
        chile_population: list[Path], sentence: str, rank: str, code: str) -> None:
    results = claim_results(sentence, chile_population, "2024-06-01")
    assert not [text for text in results if text.startswith(rank)]
    assert [text for text in results if text.startswith("19")]
    assert "41st" in glossed_in(sentence, code)


def test_a_day_before_a_month_in_lower_case_stays_a_date() -> None:
    assert "9 May" in glossed_in("Am 9. mai stieg die Zahl der Einwohner auf 19 Millionen.", "de")


def test_a_korean_rank_suffix_leaves_the_yuan_a_currency() -> None:
    assert "7.1 yuan" in glossed_in("환율은 달러당 7.1위안이었다.", "ko")
