"""A price index's level and a core series in copy of another language (workbench/data/languages.json
'bare_level_concepts', the glossaries' index and point words, Japanese core-CPI phrases).

An index's level is written with no unit ('the index stood at 104.2'): a glossed sentence read word for word
that names an index and matches nothing keeps its ``unsupported``, as its English twin does, where a bare figure
of a sentence naming no index still goes to a person. A Japanese index 'excluding fresh food', in the past form
copy writes as often as the present one, is core CPI, another series than the headline rate it would fit; and a
sentence after Japanese's own full stop is a sentence of its own in English, not the tail of the one before.
Thai's 'slowed' (ชะลอตัวลง) and Malay's 'daripada' (from, the level a year before) are glossed, so a level beside
the rate's slowdown is read whole too; so is Chinese copy on the core CPI 'excluding food and energy prices' (扣除,
能源价格) whose rise 'widened' (扩大) by points: another series than the headline rate.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

# invented annual rates; the Norway and Japan rows fit the sentences' rates below
RATES = {("Norway", 2021): 3.5, ("Norway", 2022): 5.8, ("Japan", 2021): 1.2, ("Japan", 2022): 2.5,
         ("Thailand", 2023): 1.4, ("Malaysia", 2023): 2.6, ("China", 2022): 2.0, ("China", 2023): 0.2}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi", RATES)]


# Malay: the index of March 2024 rose 1.8 percent to 131.2 from 128.9 a year before
MALAY_LEVELS = ("Indeks Harga Pengguna Malaysia Mac 2024 meningkat 1.8 peratus kepada 131.2 daripada 128.9 pada bulan "
                "yang sama tahun sebelumnya.")


@pytest.mark.parametrize("text, figure, date, reason", [
    # German: the national index in points, its base in brackets (no package counts in points: unit_not_held)
    ("Der Landesindex der Konsumentenpreise für Norwegen steht nun bei 104,2 Punkten (Dezember 2015 = 100).", "104,2", "2023-05-01",
     "unit_not_held"),
    # Arabic: the consumer price index of 2022 reached a level, against the year before's
    ("بلغ الرقم القياسي لأسعار المستهلك في النرويج لعام 2022 نحو 118.4 مقابل 112.9 لعام 2021.", "118.4", "2023-05-01",
     "no_match"),
    # Indonesian, with the English words its copy borrows ('year on year')
    ("Indeks harga konsumen Norwegia naik year on year dari 112,9 pada 2021 menjadi 118,4 pada 2022.", "118,4", "2023-05-01", "no_match"),
    # Thai: the index of March 2024 equals 107.35; the rate rose at a pace that slowed
    ("ดัชนีราคาผู้บริโภคของไทยเดือนมีนาคม 2567 เท่ากับ 107.35 อัตราเงินเฟ้อทั่วไปสูงขึ้นร้อยละ 0.8 ในอัตราที่ชะลอตัวลง",
     "107.35", "2024-04-15", "no_match"),
    ("ดัชนีราคาผู้บริโภคของไทยเดือนมีนาคม 2567 เท่ากับ 107.35 อัตราเงินเฟ้อทั่วไปชะลอตัว", "107.35", "2024-04-15", "no_match"),
    (MALAY_LEVELS, "131.2", "2024-04-15", "no_match"),
    (MALAY_LEVELS, "128.9", "2024-04-15", "no_match"),
])
def test_an_index_level_read_word_for_word_is_unsupported_as_in_english(
        packages: list[Path], text: str, figure: str, date: str, reason: str) -> None:
    result = claim_starting(claim_results(text, packages, date), figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, reason)


def test_a_bare_figure_of_a_sentence_naming_no_index_still_goes_to_a_person(packages: list[Path]) -> None:
    # every word read, the measure (tonnes per person) in an earlier clause: the bare figure's unit is the reader's guess
    text = "Norwegen stößt mehr als acht Tonnen pro Kopf aus, Chile nur 4,4."
    result = claim_starting(claim_results(text, packages, "2023-05-01"), "4,4")
    assert result.verdict is Verdict.needs_review


@pytest.mark.parametrize("core", ["生鮮食品を除いた総合指数", "生鮮食品を除く総合指数", "生鮮食品及びエネルギーを除いた総合指数"])
def test_a_japanese_index_excluding_fresh_food_is_another_series_than_the_headline(
        packages: list[Path], core: str) -> None:
    # the headline's 2.5 % is Japan's 2022 row; the core index's 2.6 %, a sentence of its own after '。', is no figure of it
    text = f"2022年平均の日本の消費者物価指数は前年比2.5%上昇した。値動きの激しい{core}は同2.6%上昇した。"
    found = claim_results(text, packages, "2023-02-01")
    assert found["2.5%"].verdict is Verdict.supported
    assert (found["2.6%"].verdict, found["2.6%"].reason) == (Verdict.unsupported, "other_series")



@pytest.mark.parametrize("span", ["2年ぶり", "5カ月ぶり"])
def test_a_japanese_time_since_is_a_duration_not_a_claim(packages: list[Path], span: str) -> None:
    # '…は2年ぶりに上昇した': it rose for the first time in two years; the two years are no figure of the index
    text = f"2022年の日本の消費者物価指数は前年比2.5%上昇し、{span}の上昇となった。"
    found = claim_results(text, packages, "2023-02-01")
    assert list(found) == ["2.5%"]


def test_a_chinese_core_rate_s_change_in_points_is_another_series(packages: list[Path]) -> None:
    # June 2023: the core CPI excluding food and energy rebounded slightly, up 0.4 % year on year, its rise
    # 0.2 points wider than the month before's
    text = "2023年6月,扣除食品和能源价格的中国核心CPI略有回升,同比上涨0.4%,涨幅比上月扩大0.2个百分点。"
    result = claim_starting(claim_results(text, packages, "2023-07-15"), "0.2个百分点")
    assert result.verdict is Verdict.unsupported, result.explanation
