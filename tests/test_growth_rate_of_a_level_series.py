"""A growth rate said of a level series ('the population growth rate fell from 2.0 % to 1.0 %', Chinese
'人口增长率', Japanese '人口増加率', Korean '인구 증가율', verb-last or not) is the year-on-year change of the
level rows, judged as a derived figure: each end of a 'from … to' is its own year's rate (the span's first
year, then its last), never a level of the population nor the change over the whole span. A GDP growth
rate so worded stays the economy's real growth, which no nominal GDP row holds.

Packages are publisher-shaped (World Bank layout), figures invented: growth 2.0 % in 2010, 1.0 % in 2022.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, population_and_gdp, population_package

from workbench.languages import unknown_words
from workbench.models import Verdict

ROWS = {("Chile", 2000): 9_233_950, ("Chile", 2009): 10_000_000, ("Chile", 2010): 10_200_000,
        ("Chile", 2021): 11_000_000, ("Chile", 2022): 11_110_000}


@pytest.fixture()
def chile_population(tmp_path: Path) -> list[Path]:
    return [population_package(tmp_path / "pop", ROWS)]


@pytest.mark.parametrize("sentence", [
    "From 2010 to 2022, Chile's population growth rate fell from {a} to {b}.",
    "Chile's annual population growth rate fell from {a} in 2010 to {b} in 2022.",
    "从2010年到2022年,智利的人口增长率从{a}下降到了{b}。",
    "칠레의 인구 증가율은 2010년 {a}에서 2022년 {b}로 떨어졌다.",
])
def test_each_end_of_a_moved_growth_rate_is_its_own_years_change(
        chile_population: list[Path], sentence: str) -> None:
    right = claim_results(sentence.format(a="2.0%", b="1.0%"), chile_population, "2024-06-01")
    assert claim_starting(right, "2.0%").verdict is Verdict.supported
    assert claim_starting(right, "1.0%").verdict is Verdict.supported
    wrong = claim_results(sentence.format(a="2.7%", b="1.0%"), chile_population, "2024-06-01")
    assert claim_starting(wrong, "2.7%").verdict is Verdict.contradicted
    assert claim_starting(wrong, "1.0%").verdict is Verdict.supported


@pytest.mark.parametrize(("sentence", "code"), [
    ("2022年のチリの人口増加率は{x}だった。", "ja"),
    ("2022년 칠레의 인구 증가율은 {x}였다.", "ko"),
    ("2022年智利的人口增长率为{x}。", "zh"),
])
def test_a_verb_last_growth_rate_is_judged_by_the_level_rows(
        chile_population: list[Path], sentence: str, code: str) -> None:
    assert unknown_words(sentence.format(x="1.0%"), code) == []
    assert claim_starting(claim_results(sentence.format(x="1.0%"), chile_population, "2024-06-01"),
                          "1.0%").verdict is Verdict.supported
    assert claim_starting(claim_results(sentence.format(x="1.6%"), chile_population, "2024-06-01"),
                          "1.6%").verdict is Verdict.contradicted


@pytest.mark.parametrize(("first", "verdict"), [("1.0", Verdict.supported), ("1.9", Verdict.contradicted)])
def test_a_growth_rate_over_its_own_span_is_the_mean_yearly_change(
        chile_population: list[Path], first: str, verdict: Verdict) -> None:
    sentence = (f"Chile's annual population growth rate fell from {first} per cent between 2000 and 2010 "
                "to 0.7 per cent between 2010 and 2022.")
    results = claim_results(sentence, chile_population, "2024-06-01")
    assert claim_starting(results, first).verdict is verdict
    assert claim_starting(results, "0.7").verdict is Verdict.supported


def test_a_gdp_growth_rate_that_moved_is_not_the_nominal_change(tmp_path: Path) -> None:
    gdp = {("Chile", 2021): 300e9, ("Chile", 2022): 309e9}  # nominal change 3.0 %
    packages = population_and_gdp(tmp_path, ROWS, gdp)
    results = claim_results("Chile's GDP growth rate fell from 6.0% in 2021 to 3.0% in 2022.", packages, "2024-06-01")
    assert claim_starting(results, "3.0%").verdict is Verdict.unsupported
