"""GDP, population and income copy of Malay, Thai, Japanese, Korean and Vietnamese pages is read whole: a Bernama-style
dateline with its day ('KOTA BHARU, 3 Mac -') and a currency's sign glued to a figure ('RM1.9') leave no word unread;
Thai 'คน' (people) is read right after a figure and its scale ('5.4 ล้านคน'), and a bracketed Buddhist-era year
('(2550)') as the Gregorian one; Japanese '1人当たり' is per capita, no count of one person; a Vietnamese fact sheet's
short line ('GDP: 224,3 tỷ USD (2022);') is read in Vietnamese under a heading whose words tell no language.

Packages are World Bank-shaped, figures invented; the sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, population_and_gdp

from workbench.drafts import parse_draft
from workbench.extraction import extract
from workbench.glossed import claims_as_read
from workbench.languages import gloss_paragraphs, unknown_words
from workbench.models import Verdict


@pytest.mark.parametrize(("text", "code"), [
    ("KOTA BHARU, 3 Mac - Keluaran Dalam Negara Kasar (KDNK) nominal negeri bagi 2024 berjumlah RM1.9 trilion.", "id"),
    ("Ketua Perangkawan berkata pertumbuhan itu meningkat kepada 4.2 peratus daripada 3.6 peratus.", "id"),
    ("지난해 1인당 국민총소득(잠정)은 3만 4천달러를 기록했다.", "ko"),
    ("これを自国通貨の年間平均為替レートでドル建てに換算した。", "ja"),
])
def test_gdp_and_income_copy_leaves_no_word_unread(text: str, code: str) -> None:
    assert unknown_words(text, code, capitals=True) == []


def test_a_word_glued_to_a_figure_that_is_no_currency_s_sign_stays_unread() -> None:
    # 'XQ' is no currency's code: the word before the digits is still one the reader could not read
    assert "XQ1" in unknown_words("Pendapatan itu berjumlah XQ1.9 trilion pada 2024.", "id", capitals=True)


def _gloss(text: str, code: str) -> str:
    return " ".join(gloss_paragraphs(text, [(0, len(text), code)]).text.split())


def test_thai_people_after_a_figure_and_its_scale_and_a_bracketed_buddhist_year() -> None:
    glossed = _gloss("ประชากร 5.4 ล้านคน (2550)", "th")
    assert "5.4 million people" in glossed
    assert "2007" in glossed and "2550" not in glossed


def test_thai_people_inside_another_word_is_not_read_as_people() -> None:
    # 'คนไทย' (Thai people) away from any figure: its 'คน' is left as written, no 'people' from two letters
    assert "people" not in _gloss("คนไทยส่วนใหญ่เห็นด้วย", "th")


def test_japanese_per_capita_written_with_a_one_is_no_count() -> None:
    glossed = _gloss("タイの1人当たりGDPは約7,800ドルだった。", "ja")
    assert "per capita GDP" in glossed
    assert "1 people" not in glossed


def test_a_vietnamese_fact_sheet_line_under_an_untold_heading_is_read() -> None:
    text = "---\ndate: 2024-05-01\n---\n\n# Khái quát về Cộng hòa Kazakhstan\n\nGDP:          261,4 tỷ USD (2023);\n"
    draft = parse_draft(text.encode(), "fact-sheet.md")
    claims = claims_as_read(draft, extract(draft), extract)
    assert [(c.value, c.unit, c.period) for c in claims] == [(261_400_000_000.0, "USD", "2023")]


@pytest.fixture()
def kazakh_economy(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, {("Kazakhstan", 2023): 20_000_000.0},
                              {("Kazakhstan", 2023): 260_000_000_000.0})


def test_a_japanese_per_capita_gdp_is_checked_per_head(kazakh_economy: list[Path]) -> None:
    text = "カザフスタンの1人当たりGDPは2023年時点で約13,000ドルに達しました。"
    result = claim_starting(claim_results(text, kazakh_economy, "2024-06-01"), "13,000")
    assert result.verdict is Verdict.supported, result.explanation


def test_a_vietnamese_per_capita_line_is_checked_per_head(kazakh_economy: list[Path]) -> None:
    text = "# Khái quát về Cộng hòa Kazakhstan\n\nGDP/người: 14500,5 USD (2023) (theo WB);"
    result = claim_starting(claim_results(text, kazakh_economy, "2024-06-01"), "14500,5")
    assert result.verdict is Verdict.contradicted, result.explanation  # 13,000 a head


def test_korean_more_than_between_a_figure_and_its_unit() -> None:
    # '20여년간': for more than 20 years, a span of time, no count of 20
    assert "more than 20 years" in _gloss("개혁 이후 20여년간 인구가 늘었다.", "ko")
    assert "more than 500 people" in _gloss("행사에 500여 명이 모였다.", "ko")
