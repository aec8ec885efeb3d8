"""A statistics release lists a month's change, the 12-month rate and the twelve-month average in one
sentence: the average word belongs to its own figure, and the figure whose own clause says 'year on
year' is a month's 12-month rate — another period than the annual row, not a contradiction of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi")]


def test_the_year_on_year_figure_beside_an_average_is_a_months_rate(cpi: list[Path]) -> None:
    text = ("In 2022 Chile's consumer prices rose 0.3% month on month, 12.8% year on year "
            "and 11.6% on the twelve-month average.")
    results = claim_results(text, cpi, date="2023-01-20")
    assert results["12.8%"].verdict is Verdict.needs_review
    assert results["11.6%"].verdict is Verdict.supported


def test_an_average_in_the_figures_own_words_still_judges_it(cpi: list[Path]) -> None:
    # no basis word in its own clause: the sentence's average is this figure's, and 9.9 % is wrong (an
    # average over the basket, 'rose on average by', would not say which basis: periods.json basket_average_words)
    text = "Inflation in Chile averaged 9.9% in 2022, the statistics office said."
    assert claim_results(text, cpi, date="2023-01-20")["9.9%"].verdict is Verdict.contradicted


def test_the_basis_named_before_each_figure_as_turkish_writes_it(cpi: list[Path]) -> None:
    text = ("Şili'de tüketici fiyatları 2022 yılında bir önceki yılın aynı ayına göre yüzde 12,8, on iki aylık "
            "ortalamalara göre yüzde 11,6 arttı.")
    results = claim_results(text, cpi, date="2023-01-20")
    assert results["yüzde 12,8"].verdict is Verdict.needs_review
    assert results["yüzde 11,6"].verdict is Verdict.supported




@pytest.mark.parametrize("text", [
    "Germany's year-to-year inflation rate stood at 8.7% in 2022.",
    "German consumer prices rose 8.7% in 2022, the biggest year-to-year increase since 1951.",
])
def test_a_year_to_year_rate_is_a_months_rate(tmp_path: Path, text: str) -> None:
    # 'year-to-year', as 'year-over-year': a month's 12-month rate, another period than the year's average it misses
    cpi = [cpi_package(tmp_path / "cpi", {("Germany", 2021): 3.1, ("Germany", 2022): 6.9})]
    assert claim_results(text, cpi, date="2023-03-20")["8.7%"].verdict is Verdict.needs_review
    # without the basis word, the year's rate is judged by the year's average
    plain = "Germany's inflation rate stood at 8.7% in 2022."
    assert claim_results(plain, cpi, date="2023-03-20")["8.7%"].verdict is Verdict.contradicted
