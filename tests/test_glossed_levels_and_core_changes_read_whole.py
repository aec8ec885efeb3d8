"""Index levels and a core series' change read whole (workbench/data/languages.json): Thai's 'slowed'
(ชะลอตัวลง, ชะลอตัว) and Malay's 'daripada' (from, the level a year before) are glossed, so a sentence
giving the CPI's level and the rate's slowdown is read word for word and its level keeps the English twin's
``unsupported`` (the packages hold rates, no index level) instead of going to a person for words unread; so is
Chinese copy on the core CPI 'excluding food and energy prices' (扣除, 能源价格) whose rise 'widened' (扩大) by
points: another series than the headline rate.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

RATES = {("Thailand", 2023): 1.4, ("Malaysia", 2023): 2.6, ("China", 2022): 2.0, ("China", 2023): 0.2}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi", RATES)]


@pytest.mark.parametrize("text, figure", [
    # Thai: the index of March 2024 equals 107.35; the rate rose at a pace that slowed
    ("ดัชนีราคาผู้บริโภคของไทยเดือนมีนาคม 2567 เท่ากับ 107.35 อัตราเงินเฟ้อทั่วไปสูงขึ้นร้อยละ 0.8 ในอัตราที่ชะลอตัวลง",
     "107.35"),
    ("ดัชนีราคาผู้บริโภคของไทยเดือนมีนาคม 2567 เท่ากับ 107.35 อัตราเงินเฟ้อทั่วไปชะลอตัว", "107.35"),
    # Malay: the index of March 2024 rose 1.8 percent to 131.2 from 128.9 a year before
    ("Indeks Harga Pengguna Malaysia Mac 2024 meningkat 1.8 peratus kepada 131.2 daripada 128.9 pada bulan yang sama "
     "tahun sebelumnya.", "131.2"),
    ("Indeks Harga Pengguna Malaysia Mac 2024 meningkat 1.8 peratus kepada 131.2 daripada 128.9 pada bulan yang sama "
     "tahun sebelumnya.", "128.9"),
])
def test_an_index_level_beside_a_slowdown_or_a_level_before_is_unsupported(
        packages: list[Path], text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, packages, "2024-04-15"), figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "no_match")


def test_a_chinese_core_rate_s_change_in_points_is_another_series(packages: list[Path]) -> None:
    # June 2023: the core CPI excluding food and energy rebounded slightly, up 0.4 % year on year, its rise
    # 0.2 points wider than the month before's
    text = "2023年6月,扣除食品和能源价格的中国核心CPI略有回升,同比上涨0.4%,涨幅比上月扩大0.2个百分点。"
    result = claim_starting(claim_results(text, packages, "2023-07-15"), "0.2个百分点")
    assert result.verdict is Verdict.unsupported, result.explanation
