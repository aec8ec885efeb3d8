"""A two-digit year Japanese and Korean news copy dates by ('22年度', '23年平均', '22년 12월', '23년도') is the year in
full, no count of 22; a Japanese average glued to a year ('2023年平均') keeps both the year and the average."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import claims_in, extracted
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.drafts import parse_draft
from workbench.languages import glossed_draft


@pytest.mark.parametrize(("text", "figure", "period"), [
    ("24年度の国内の電力需要は1.8%増えた。", "1.8%", "2024"),
    ("21年平均の全国の家賃は0.4%上昇した。", "0.4%", "2021"),
    ("19年上半期の輸出額は3.6%減少した。", "3.6%", "2019"),
])
def test_a_two_digit_year_dating_a_figure_is_the_year_and_no_count(tmp_path: Path, text: str, figure: str,
                                                                   period: str) -> None:
    claims = extracted(tmp_path, text)
    assert [c["text"] for c in claims] == [figure], claims
    assert claims[0]["period"] == period, claims


@pytest.mark.parametrize(("two_digit", "four_digit"), [
    ("20년도 국내 전력 수요는 2.1% 줄었다.", "2020년도 국내 전력 수요는 2.1% 줄었다."),
    ("20년 3월 국내 전력 수요는 2.1% 줄었다.", "2020년 3월 국내 전력 수요는 2.1% 줄었다."),
])
def test_a_korean_two_digit_year_reads_as_the_year_in_full(tmp_path: Path, two_digit: str, four_digit: str) -> None:
    assert _glossed(two_digit) == _glossed(four_digit)
    assert [c["text"] for c in extracted(tmp_path, two_digit)] == ["2.1%"]


@pytest.mark.parametrize(("text", "count"), [
    ("創業41年ぶりに売上高は5%減少した。", "41"),
    ("過去22年の間に家賃は38%上昇した。", "22"),
    ("22년 만에 전력 수요가 5% 줄었다.", "22"),
])
def test_a_two_digit_count_of_years_stays_a_count(text: str, count: str) -> None:
    glossed = _glossed(text)
    assert f"20{count}" not in glossed and count in glossed, glossed


def _glossed(text: str) -> str:
    glossing = glossed_draft(parse_draft(text.encode(), "nota.md"))
    assert glossing is not None
    return glossing[0].text


@pytest.mark.parametrize(("text", "glossed"), [
    ("2021年平均の全国の家賃は0.4%上昇した。", "2021  average  of"),
    ("全国の家賃は2021年平均で0.4%上昇した。", "2021  average  0.4%"),
])
def test_an_average_glued_to_a_year_keeps_the_year_and_the_average(text: str, glossed: str) -> None:
    assert glossed in _glossed(text)


def test_a_year_average_dates_its_figure(tmp_path: Path) -> None:
    [claim] = extracted(tmp_path, "2021年平均の全国の家賃は0.4%上昇した。")
    assert claim["period"] == "2021" and "average" in claim["subject"], claim


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 49), st.sampled_from(["年度", "年平均", "年上半期", "年末", "년도", "년 3월"]),
       st.text(alphabet="の国内物価は上昇した소비자 0123456789.%", max_size=12))
def test_any_two_digit_year_reads_without_crashing_with_offsets_in_the_text(year: int, after: str, rest: str) -> None:
    text = f"{year:02d}{after}{rest}"
    claims = claims_in(text)
    assert all(c.start >= 0 and c.end <= len(text) for c in claims)
