"""A sign written after the figure that several currencies share ('元': the renminbi, the New Taiwan dollar, the
Hong Kong dollar, the pataca) names no country itself: the currency its paragraph names decides, as a reader of
the page reads it (currencies.json ``shared_signs.signs_after``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted

FRONT = "---\ndate: 2025-03-04\n---\n\n"


def _unit_of(tmp_path: Path, text: str, surface: str) -> str:
    claims = {c["text"]: c for c in extracted(tmp_path, FRONT + text)}
    assert surface in claims, list(claims)
    return claims[surface]["unit"]


@pytest.mark.parametrize(("text", "surface", "unit"), [
    # the NT dollar's close, written with the shared sign
    ("新台幣兌美元昨天收在30.25元，升值3分。", "30.25元", "TWD"),
    # the place alone tells it: the island's revenue in its own money
    ("台灣本季營收達120億元。", "120億元", "TWD"),
    # the renminbi named: its own
    ("人民幣兌美元昨天收在7.12元。", "7.12元", "CNY"),
    # nothing named: the sign's first currency, as before
    ("本季營收達120億元。", "120億元", "CNY"),
])
def test_the_currency_a_paragraph_names_reads_a_shared_sign_after_the_figure(tmp_path: Path, text: str, surface: str,
                                                                             unit: str) -> None:
    assert _unit_of(tmp_path, text, surface) == unit


def test_a_currency_named_in_the_paragraph_before_reads_the_sign(tmp_path: Path) -> None:
    text = "新台幣昨天大幅升值。\n\n匯價收在30.25元，全日成交量放大。"
    assert _unit_of(tmp_path, text, "30.25元") == "TWD"


def test_two_currencies_named_leave_the_default(tmp_path: Path) -> None:
    # both the mainland's and the island's money named: the sign alone cannot tell which, so it is not re-read
    text = "人民幣與新台幣昨天同步走弱，匯價收在30.25元。"
    assert _unit_of(tmp_path, text, "30.25元") == "CNY"


def test_english_copy_with_the_sign_reads_it_alike(tmp_path: Path) -> None:
    claims = {c["text"]: c for c in extracted(tmp_path, FRONT + "The Taiwan dollar ended at 30.25 元 on Monday.")}
    assert claims["30.25 元"]["unit"] == "TWD"
