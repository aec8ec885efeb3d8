"""A Chinese sentence giving a population growth rate ('人口增长率为1.5%') is read as English says it
('population growth rate was 1.5%'): the change of the population rows between the year and the one before
judges it, as it does the English sentence.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, population_package

from workbench.languages import unknown_words
from workbench.models import Verdict


@pytest.fixture()
def chile_population(tmp_path: Path) -> list[Path]:
    return [population_package(tmp_path / "pop", {("Chile", 2021): 19_000_000, ("Chile", 2022): 19_285_000})]


def test_a_population_growth_rate_leaves_no_chinese_word_unread() -> None:
    assert unknown_words("2022年智利的人口增长率为1.5%。", "zh") == []


@pytest.mark.parametrize(("figure", "verdict"), [("1.5%", Verdict.supported), ("1.9%", Verdict.contradicted)])
def test_a_chinese_population_growth_rate_is_judged_by_the_population_rows(
        chile_population: list[Path], figure: str, verdict: Verdict) -> None:
    result = claim_starting(claim_results(f"2022年智利的人口增长率为{figure}。", chile_population, "2024-06-01"), figure)
    assert result.verdict is verdict
