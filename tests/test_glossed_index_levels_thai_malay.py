"""An index level in Thai and Malay copy read whole (workbench/data/languages.json): Thai's 'slowed'
(ชะลอตัวลง, ชะลอตัว) and Malay's 'daripada' (from, the level a year before) are glossed, so a sentence
giving the CPI's level and the rate's slowdown is read word for word and its level keeps the English twin's
``unsupported`` (the packages hold rates, no index level) instead of going to a person for words unread.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

RATES = {("Thailand", 2023): 1.4, ("Malaysia", 2023): 2.6}


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
