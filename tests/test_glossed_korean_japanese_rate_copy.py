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
