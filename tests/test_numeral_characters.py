"""Figures written in Chinese and Japanese numeral characters (workbench/numeral_characters.py, languages.json
'numeral_characters'): read as the same figure in digits is, wherever that figure would be a quantity
('二十九．一五元', '百分之三點二', '三成', '一千二百亿元'), never inside a name, an idiom, a rank or a date.
Sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from language_support import extracted_claims


@pytest.mark.parametrize(("text", "claim", "value", "unit"), [
    ("据报道，该县去年的蔬菜平均价格为每公斤十二．三五元，比前年略高。", "十二．三五元", 12.35, "CNY"),
    ("据该市的数据显示，当地居民消费价格同比上涨百分之二點四，涨幅有所扩大。", "百分之二點四", 2.4, "%"),
    ("该省今年的财政收入为三千四百亿元，比去年有所增长。", "三千四百亿元", 3.4e11, "CNY"),
    ("据主办方的数据显示，展会吸引了二十六万人参观。", "二十六万人", 260_000, ""),
    ("据调查，该地区约有四成家庭拥有汽车，比五年前明显增加。", "四成", 40, "%"),
    ("该行的贷款利率下调了零点二五个百分点，为今年首次。", "零点二五个百分点", 0.25, "pp"),
    ("该港口去年的吞吐量为一百零六万吨，创历史新高。", "一百零六万吨", 1_060_000, "t"),
    ("統計局によると、同社の売上高は四千二百億円となった。", "四千二百億円", 4.2e11, "JPY"),
])
def test_a_figure_in_characters_is_read_as_in_digits(tmp_path: Path, text: str, claim: str, value: float,
                                                      unit: str) -> None:
    found = extracted_claims(tmp_path, text)
    assert found[claim][0] == pytest.approx(value)
    assert found[claim][1] == unit


@pytest.mark.parametrize("text", [
    "该省积极参与一带一路建设，并在十四五规划中提出新的目标。",
    "三中全会以后，该市在全省排名第一，二〇二三年的经济也在增长。",
    "一名记者表示，该县的价格在三四元之间，也有一些变化。",
    "他们一点一滴地积累经验，千万不要放弃。",
])
def test_numerals_of_names_idioms_ranks_and_dates_are_no_claims(tmp_path: Path, text: str) -> None:
    assert extracted_claims(tmp_path, text) == {}


_DIGITS = "〇一二三四五六七八九"


def _in_characters(number: int) -> str:
    """``number`` (1–9999) as Chinese writes it in characters: '二十九', '一百零五', '三千四百'."""
    parts: list[str] = []
    zero = False
    for size, mark in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // size % 10
        if digit == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append("零")
            zero = False
        parts.append(("" if size == 10 and digit == 1 and not parts else _DIGITS[digit]) + mark)
    return "".join(parts)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(whole=st.integers(min_value=2, max_value=9999), fraction=st.integers(min_value=0, max_value=99),
       unit=st.sampled_from(["元", "万元", "亿元", "吨", "人"]))
def test_characters_and_digits_give_the_same_value(tmp_path: Path, whole: int, fraction: int, unit: str) -> None:
    decimals = f"{fraction:02d}".rstrip("0")
    written = _in_characters(whole) + ("点" + "".join(_DIGITS[int(d)] for d in decimals) if decimals else "")
    # grouped as a newspaper writes a quantity: a bare four-digit run before 人 may be a year, characters never are
    digits = f"{whole:,}" + (f".{decimals}" if decimals else "")
    template = "据该省的数据显示，去年的总量为{}{}，比前年有所增长。"
    in_characters = extracted_claims(tmp_path, template.format(written, unit))
    in_digits = extracted_claims(tmp_path, template.format(digits, unit))
    assert list(in_characters.values()) == list(in_digits.values())
    assert list(in_characters) == [written + unit]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="该省的数据显示去年总量比前年有所增长经济价格上涨稳定发展，。", min_size=1, max_size=40))
def test_text_without_numeral_characters_gives_no_claims(tmp_path: Path, text: str) -> None:
    assert extracted_claims(tmp_path, "据国家统计局的数据显示，" + text) == {}
