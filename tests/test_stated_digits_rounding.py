"""A figure is read by the digits it states (verdicts.md's Label rules): '8,000,000' and '$10,000' state their
units, so their trailing zeros are no rounding to millions or thousands, while '8 million' states millions
and '1,980万' ten-thousands. One rule for every path, a level read from a row as a per-head figure
computed from two packages. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict
from workbench.verify.tolerance import written_place

POPULATION = {("Chile", 2021): 8_420_000, ("Chile", 2022): 8_470_000}
GDP = {("Chile", 2021): 83_105_400_000, ("Chile", 2022): 86_000_000_000}  # 9,870 dollars a head in 2021


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("digits"), POPULATION, GDP)


@pytest.mark.parametrize(("sentence", "figure", "verdict"), [
    ("The census office said Chile's population was 8 million in 2021.", "8 million", Verdict.supported),
    ("The census office said Chile's population was 8,420,000 in 2021.", "8,420,000", Verdict.supported),
    ("The census office said Chile's population was 8,000,000 in 2021.", "8,000,000", Verdict.contradicted),
    ("The ministry said Chile's GDP per capita was $9,870 in 2021.", "$9,870", Verdict.supported),
    ("The ministry said Chile's GDP per capita was $10,000 in 2021.", "$10,000", Verdict.contradicted),
])
def test_trailing_zeros_written_are_stated_digits(packages: list[Path], sentence: str, figure: str,
                                                  verdict: Verdict) -> None:
    result = claim_results(sentence, packages, date="2023-03-01")[figure]
    assert result.verdict is verdict, result.explanation


def test_the_place_of_the_last_written_digit() -> None:
    assert written_place(9000.0, "9.000 dólares") == 1.0
    assert written_place(19_800_000.0, "1,980万人") == 10_000.0
    assert written_place(2.3e12, "2 300 milliards") == 1e9
    assert written_place(0.05, "0,05 %") == pytest.approx(0.01)
    assert written_place(1.5, "1½") is None  # a fraction glyph writes no digit of the half
    assert written_place(4.4331e12, "4兆4331億ドル") is None  # a compound of two figures: left to the scale read


def test_digits_that_are_no_longer_the_value_state_no_place() -> None:
    assert written_place(7.7, "107.7%") is None  # an index on its base read as the rise it implies
    assert written_place(1e300, "1" + "0" * 5000) is None  # more digits than a float holds


@pytest.fixture(scope="module")
def large_economy(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("large"), POPULATION, {("Chile", 2022): 2_266_000_000_000})


@pytest.mark.parametrize(("sentence", "figure", "verdict"), [
    # '2兆3000億' counts to the 億 (10^8), its zeros written out: 2.3000 trillion, not 2.3 rounded
    ("統計局によると、チリの2022年のGDPは2兆3000億ドルだった。", "2兆3000億ドル", Verdict.contradicted),
    ("統計局によると、チリの2022年のGDPは2兆2700億ドルだった。", "2兆2700億ドル", Verdict.supported),
    # one scale and one decimal states tenths of a trillion
    ("統計局によると、チリの2022年のGDPは2.3兆ドルだった。", "2.3兆ドル", Verdict.supported),
])
def test_a_figure_written_in_parts_states_the_digits_of_its_last_part(large_economy: list[Path], sentence: str,
                                                                      figure: str, verdict: Verdict) -> None:
    result = claim_results(sentence, large_economy, date="2023-09-01")[figure]
    assert result.verdict is verdict, result.explanation
