"""Figures in Chinese and Japanese copy (workbench/data/languages.json 'figure_scales', 'figure_units'):
a scale character after a figure is its scale ('万' 10^4, '亿'/'億' 10^8, '万亿'/'兆' 10^12, '千', '百万'),
a currency word its unit, '人' a count of people, a figure glued to the ideograph before it is read,
full-width digits and '％' too. Sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_support import extracted_claims


@pytest.mark.parametrize(("text", "claim", "value", "unit"), [
    ("该省去年的地区生产总值为35万亿元，比前年增长4.1%。", "35万亿元", 35e12, "CNY"),
    ("该公司对外投资达2.3万亿美元。", "2.3万亿美元", 2.3e12, "USD"),
    ("该市常住人口为2.7亿人。", "2.7亿人", 2.7e8, ""),
    ("据主办方的数据显示，展会在五天里吸引了86万人参观，其中也有外国游客。", "86万人", 860_000, ""),
    ("据该县的数据显示，旅游收入为8千万元，而上年是6千万元。", "8千万元", 8e7, "CNY"),
    ("据报道，该行在日本的贷款为450亿日元，也对中小企业发放贷款。", "450亿日元", 4.5e10, "JPY"),
    ("今年的防卫予算は8,500億円だった。", "8,500億円", 8.5e11, "JPY"),
    ("政府の借金は1.2兆円に達した。", "1.2兆円", 1.2e12, "JPY"),
    ("全年人口为１３亿人。", "１３亿人", 1.3e9, ""),
    # '憶' (memory), typed for '億' by its shared reading 'oku': a slip common enough in Japanese copy to be read
    ("同社の売上高は12憶円で、前年を上回った。", "12憶円", 1.2e9, "JPY"),
])
def test_scale_character_and_unit_after_a_figure(tmp_path: Path, text: str, claim: str, value: float,
                                                 unit: str) -> None:
    found = extracted_claims(tmp_path, text)
    assert found[claim][0] == pytest.approx(value)
    assert found[claim][1] == unit
    if not unit:
        assert found[claim][2] == "count"  # people are counted, not money


@pytest.mark.parametrize(("text", "claim", "value"), [
    ("该地区失业率5.1%，与上月持平。", "5.1%", 5.1),
    ("今年の物価は前年比2.9%上昇した。", "2.9%", 2.9),
    ("据国家统计局的数据显示，工业产出增长６．２％，其中制造业也在增长。", "６．２％", 6.2),
])
def test_a_figure_glued_to_the_ideograph_before_it(tmp_path: Path, text: str, claim: str, value: float) -> None:
    found = extracted_claims(tmp_path, text)
    assert found[claim][:2] == (pytest.approx(value), "%")


def test_a_date_keeps_its_figures(tmp_path: Path) -> None:
    found = extracted_claims(tmp_path, "2023年11月，居民消费价格同比上涨0.7%。")
    assert set(found) == {"0.7%"}


@pytest.mark.parametrize("text", [
    "据该省的数据显示，第2季度的工业产出也在增长，而近4年来首次下降。",
    "統計局によると、第4四半期の物価も上昇した。3年間で初めて。",
])
def test_an_ordinal_or_a_span_of_time_is_no_claim(tmp_path: Path, text: str) -> None:
    assert extracted_claims(tmp_path, text) == {}


def test_a_korean_quarter_is_an_ordinal_not_a_count(tmp_path: Path) -> None:
    # '2분기': the second quarter ('ordinal_after_figure'); the rate beside it is the one claim
    found = extracted_claims(tmp_path, "통계청에 따르면 올해 2분기 소비자물가 상승률은 2.7%였다.")
    assert set(found) == {"2.7%"}


def test_a_full_stop_before_a_figure_is_no_decimal_point(tmp_path: Path) -> None:
    found = extracted_claims(tmp_path, "据该市的数据显示，物价也在上涨。1-10月，该市居民消费价格比上年同期上涨0.4%。")
    assert not any(value == pytest.approx(0.1) for value, _, _ in found.values())
    assert found["0.4%"][:2] == (pytest.approx(0.4), "%")


@pytest.mark.parametrize(("text", "claim", "value", "unit"), [
    ("財務省によると、来年度の予算は4兆2000億円となる見込みだ。", "4兆2000億円", 4.2e12, "JPY"),
    ("主催者によると、来場者は2万8000人だった。", "2万8000人", 28_000, ""),
    ("据统计，该省的人口为1亿3千万人，其中城市人口也在增长。", "1亿3千万人", 1.3e8, ""),
])
def test_a_figure_written_in_parts_of_its_scales(tmp_path: Path, text: str, claim: str, value: float, unit: str) -> None:
    found = extracted_claims(tmp_path, text)
    assert found[claim][:2] == (pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "claim", "value", "unit"), [
    ("据报道，新建的铁路全长48千米，而旧线路也在运营。", "48千米", 48, "km"),
    ("据统计，该省的粮食产量为650万吨，比上年也有增长。", "650万吨", 6.5e6, "t"),
])
def test_a_unit_that_starts_with_a_scale_character_is_the_unit(tmp_path: Path, text: str, claim: str,
                                                                 value: float, unit: str) -> None:
    found = extracted_claims(tmp_path, text)
    assert found[claim][:2] == (pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "claim", "value"), [
    ("2010 年到 2020 年这十年里，该省人口共减少 35 万，而城市人口有所增加。", "35 万", 350_000),
    ("据报道，该市 2023 年 的旅游收入为 8.2 亿 元，比上年增长 6%。", "8.2 亿 元", 8.2e8),
])
def test_a_scale_set_apart_by_a_space_is_the_figures(tmp_path: Path, text: str, claim: str, value: float) -> None:
    # machine-spaced Chinese copy puts a space between a figure and its scale character
    found = extracted_claims(tmp_path, text)
    assert found[claim][0] == pytest.approx(value), found
