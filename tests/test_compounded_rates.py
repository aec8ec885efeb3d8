"""A change over a span read from a series of yearly rates (inflation) is the rates compounded, with
or without the first year, never the change between the first and last years' rates. Invented
figures (package_support.CPI); the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI, claim_results, cpi_package

from workbench.models import Verdict


def _compounded(years: range) -> float:
    level = 1.0
    for year in years:
        level *= 1 + CPI[("Chile", year)] / 100
    return round((level - 1) * 100, 2)


@pytest.mark.parametrize("years", [range(2020, 2023), range(2021, 2023)])
def test_a_price_increase_over_a_span_is_the_yearly_rates_compounded(tmp_path: Path, years: range) -> None:
    figure = f"{_compounded(years)} %"
    text = f"From 2020 to 2022, consumer prices in Chile rose {figure} in all."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")])[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert "∏" in result.explanation


def test_the_change_between_two_years_rates_is_no_price_increase(tmp_path: Path) -> None:
    between = round((CPI[("Chile", 2022)] / CPI[("Chile", 2020)] - 1) * 100, 1)  # 3.0 → 11.6: 286.7 %
    text = f"From 2020 to 2022, consumer prices in Chile rose {between} % in all."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")])[f"{between} %"]
    assert result.verdict is not Verdict.supported, result.explanation
