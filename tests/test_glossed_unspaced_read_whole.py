"""A sentence of a language written without spaces (Japanese, Chinese, Korean) is read whole when its gloss turned
every character of its script into English: a figure it names that the data cannot hold then keeps its English
reading's ``unsupported``, as a spaced language's does. What the gloss left as written is named as the words the
checker did not know, and keeps the figure with a person; so does a list's line that says nothing but a date and
an amount, whose measure is its lead's.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.languages import unknown_words
from workbench.models import Verdict

UNREAD = (Verdict.needs_review, "unknown_language_words")


@pytest.fixture()
def chile_cpi(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi", {("Chile", 2021): 4.5, ("Chile", 2022): 11.6})]


def test_the_unknown_words_of_an_unspaced_sentence_are_what_its_gloss_left_as_written() -> None:
    assert unknown_words("チリの2024年の消費者物価指数は前年比4.5%上昇した。", "ja") == []
    # a day written without its month ('19日', the report's day) is read as no period, no word left
    assert unknown_words("総務省が19日発表した消費者物価指数は前年比4.5%上昇した。", "ja") == []
    # '食品価格指数' (food price index) is no entry: the word, not the run of characters up to a space
    assert unknown_words("チリの2024年の食品価格指数は前年比4.5%上昇した。", "ja") == ["食品価格指数"]
    assert unknown_words("칠레의 2024년 소비자물가지수는 전년 대비 4.5% 상승했다.", "ko") == []


@pytest.mark.parametrize("text", [
    "チリの2024年の消費者物価指数は前年比4.5%上昇した。",
    "智利2024年居民消费价格指数同比上涨4.5%。",
    "칠레의 2024년 소비자물가지수는 전년 대비 4.5% 상승했다.",
])
def test_an_unspaced_sentence_read_whole_keeps_its_english_reading_s_unsupported(
        chile_cpi: list[Path], text: str) -> None:
    english = claim_starting(claim_results("Chile's consumer price index rose 4.5% year on year in 2024.", chile_cpi,
                                           "2025-03-01"), "4.5")
    result = claim_starting(claim_results(text, chile_cpi, "2025-03-01"), "4.5")
    assert english.verdict is Verdict.unsupported
    assert (result.verdict, result.reason) == (english.verdict, english.reason)


def test_an_unspaced_sentence_with_a_word_the_gloss_left_stays_with_a_person(chile_cpi: list[Path]) -> None:
    result = claim_starting(claim_results("チリの2024年の食品価格指数は前年比4.5%上昇した。", chile_cpi, "2025-03-01"),
                            "4.5")
    assert (result.verdict, result.reason) == UNREAD
    assert "食品価格指数" in result.explanation


def test_a_list_s_line_of_a_date_and_an_amount_stays_with_a_person(chile_cpi: list[Path]) -> None:
    # every character of the line is read ('May 2022 130 yen'), but what the amount is sits in the lead above it
    text = "チリの消費者物価指数の推移を見てみましょう。\n\n2022年5月 130円\n"
    result = claim_starting(claim_results(text, chile_cpi, "2023-03-01"), "130")
    assert result.verdict is Verdict.needs_review

