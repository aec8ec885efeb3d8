"""Japanese copy writes a yen rate with its sen ('151円85銭': 151.85 yen), and Japanese, Chinese and
Korean copy a stock's date whole ('2031年3月31日時点', '截至2031年12月31日', '2031년 12월 31일 기준'). The sen
are the rate's hundredths, not a figure of their own; the date is the count's period, and its month and
day no figures.

The packages are shaped like the Federal Reserve's yearly rates and the World Bank's population, with
invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp, rates_package

from workbench.models import Verdict


def test_a_yen_rate_with_its_sen_is_one_figure(tmp_path: Path) -> None:
    rates = rates_package(tmp_path, {("Japan", 2030): 140.2, ("Japan", 2031): 151.85})
    results = claim_results("2031年の円相場の年間平均は1ドル＝151円85銭だった。", [rates], "2032-02-01")
    rate = results["151円85銭"]
    assert rate.claim.value == 151.85
    assert rate.verdict is Verdict.supported, rate.explanation
    assert not any(text.startswith("85") for text in results)


@pytest.mark.parametrize(("text", "figure", "day"), [
    ("総務省によると、2031年3月31日時点の日本の人口は1億2410万人だった。", "1億2410万人", "2031-03-31"),
    ("截至2031年12月31日，日本人口为1亿2410万人。", "1亿2410万人", "2031-12-31"),
    ("2031년 12월 31일 기준 일본 인구는 1억 2410만 명이다.", "1억 2410만 명", "2031-12-31")])
def test_a_count_dated_by_a_whole_date(tmp_path: Path, text: str, figure: str, day: str) -> None:
    population = population_and_gdp(tmp_path, {("Japan", 2031): 124_100_000.0}, {("Japan", 2031): 4.2e12})[0]
    results = claim_results(text, [population], "2032-02-01")
    assert set(results) == {figure}, list(results)  # neither the month nor the day is a figure
    count = results[figure]
    assert count.claim.period == day
    assert count.verdict is not Verdict.contradicted, count.explanation
