"""Korean and Japanese exchange-rate copy is read whole: the verb endings and nouns that close its clauses
('상승한 것이다', '집계됐다', '변동していることがわかります'), the comparison words ('에 비해', '大きく'), a pair's name
written with a middle dot ('원·달러') and a day of the month written alone ('31일', the report's day, as
Japanese '19日' is read) leave no word unread, so the English reading's verdict stands.

Packages are publisher-shaped (FRED layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, rates_package

from workbench.languages import unknown_words
from workbench.models import Verdict


@pytest.fixture()
def won_rates(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path / "fx", {("South Korea", 2022): 1291.8, ("South Korea", 2023): 1306.8})]


@pytest.mark.parametrize(("text", "code"), [
    ("2023년 연초 환율인 1,270원에 비해서는 약 20원 상승했으며, 연평균 환율은 1,306원으로 집계됐다.", "ko"),
    ("5일 한국은행에 따르면 2023년 평균 원·달러 환율은 1,306원으로 전년에 비해 상승한 것으로 집계됐다.", "ko"),
    ("최근 30일간 원/달러 환율은 2% 상승한 것이다.", "ko"),
    ("ここ3年間の平均レートは1ドル130円でしたが、過去20年間をみると大きく変動していることがわかります。", "ja"),
])
def test_rate_copy_s_clause_endings_leave_no_word_unread(text: str, code: str) -> None:
    assert unknown_words(text, code, capitals=True) == []


def test_a_korean_yearly_average_rate_read_whole_is_checked(won_rates: list[Path]) -> None:
    text = "12일 한국은행에 따르면 2023년 연평균 원·달러 환율은 1,306원으로 집계됐다."
    result = claim_starting(claim_results(text, won_rates, "2024-02-01"), "1,306")
    assert result.verdict is Verdict.supported


def test_a_korean_rate_far_from_the_row_is_contradicted_once_read_whole(won_rates: list[Path]) -> None:
    text = "12일 한국은행에 따르면 2023년 연평균 원·달러 환율은 1,406원으로 집계됐다."
    result = claim_starting(claim_results(text, won_rates, "2024-02-01"), "1,406")
    assert result.verdict is Verdict.contradicted


@pytest.fixture()
def yen_rates(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path / "fx", {("Japan", 2022): 131.5, ("Japan", 2023): 140.5})]


@pytest.mark.parametrize("text", [
    "円相場は昨年末から15円以上も下落し、1ドル=146円台となった。",  # fell by more than 15 yen since the end of last year
    "円相場は昨年末から15円も下落した。",  # fell by as much as 15 yen
    "円相場は昨年末から15円以上下落した。",
])
def test_a_japanese_figure_before_a_fall_verb_with_mo_or_ijou_is_a_change(yen_rates: list[Path], text: str) -> None:
    """'15円以上も下落' is the yen's fall, not a rate of 15 yen to the dollar: 'も' after a quantity stresses its size
    (no 'also' between the figure and its verb) and '以上' after its unit is its 'or more'."""
    claim = claim_starting(claim_results(text, yen_rates, "2024-02-15"), "15").claim
    assert claim.kind.value == "change"
    assert claim.direction == "down"
    if "以上" in text:
        assert claim.qualifier.value in ("ge", "gt")


def test_mo_after_a_noun_is_still_also() -> None:
    from workbench.drafts import parse_draft
    from workbench.glossed import glossed_draft

    draft, _gloss = glossed_draft(parse_draft("---\ndate: 2024-02-15\n---\n\n輸入物価も上昇した。\n".encode(), "x.md"))
    assert "also" in draft.text
