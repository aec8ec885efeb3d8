"""Korean (pass 18): a data entry of languages.json. Its particles are glued to the noun before them,
so it is read as an unspaced language; its figures carry 만, 억, 조 glued to them, written in parts
with spaces ('656조 9천억 원'), '%', 원 (won) and 달러 (dollars)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted
from package_support import claim_results, cpi_package, rates_package

from workbench.models import Verdict


@pytest.mark.parametrize("text, expected", [
    ("올해 반도체 수출은 1,240억 달러로 집계됐다.", ("1,240억 달러", 1.24e11, "USD")),
    ("내년 정부 예산은 712조 3천억 원으로 편성됐다.", ("712조 3천억 원", 7.123e14, "KRW")),
    ("시내버스 요금은 1만2000원으로 오른다.", ("1만2000원", 12000, "KRW")),
    ("이 도시의 인구는 3천400만 명이다.", ("3천400만 명", 3.4e7, "")),
    ("중고차 가격은 1억 2천만 원까지 올랐다.", ("1억 2천만 원", 1.2e8, "KRW")),
    ("지난달 소비자물가는 전년 동월 대비 2.7% 상승했다.", ("2.7%", 2.7, "%")),
    ("실업률은 3.1%로 0.4퍼센트포인트 하락했다.", ("0.4퍼센트포인트", 0.4, "pp")),
    ("중앙은행은 기준금리를 0.25%p 인하해 연 3.0%로 낮췄다.", ("0.25%p", 0.25, "pp")),
    ("고용률은 62.1%로 0.3%포인트 올랐다.", ("0.3%포인트", 0.3, "pp")),
])
def test_korean_figures_scales_and_units(tmp_path: Path, text: str, expected: tuple[str, float, str]) -> None:
    claims = extracted(tmp_path, text)
    surface, value, unit = expected
    assert (surface, pytest.approx(value), unit) in [(c["text"], c["value"], c["unit"]) for c in claims]


def test_a_scale_said_again_starts_another_figure(tmp_path: Path) -> None:
    claims = extracted(tmp_path, "세 공장의 매출은 각각 4조 5조 6조 원 수준이다.")
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(4e12), "KRW"), (pytest.approx(5e12), "KRW"),
                                                         (pytest.approx(6e12), "KRW")]


def test_chinese_parts_below_a_myriad_are_multiplied_whole(tmp_path: Path) -> None:
    claims = extracted(tmp_path, "该市常住人口为2千300万人。")
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(2.3e7), "")]


def test_korean_inflation_is_checked_against_the_world_bank_figure(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("South Korea", 2022): 5.1, ("South Korea", 2023): 3.6})
    results = claim_results("한국의 소비자물가 상승률은 2022년 5.1%를 기록했다.", [cpi], "2024-02-01")
    assert results["5.1%"].verdict is Verdict.supported, results["5.1%"].explanation
    assert results["5.1%"].evidence[0].period == "2022"


@pytest.mark.parametrize("when", ["작년말", "지난해 말"])
def test_a_rate_at_the_end_of_last_year_is_that_days_not_the_years_average(tmp_path: Path, when: str) -> None:
    # '작년말' (at the end of last year): the year's last close, which the year's average (or the year before's,
    # that it happens to meet) neither confirms nor contradicts
    package = rates_package(tmp_path, {("South Korea", 2029): 1150.0, ("South Korea", 2030): 1102.0}, source="Federal Reserve")
    text = f"{when} 원·달러 환율은 1150.2원을 기록했다고 한국은행이 밝혔다."
    result = claim_results(text, [package], date="2031-01-22")["1150.2원"]
    assert result.verdict is Verdict.needs_review, result.explanation
