"""A month's rate beside its sentence's year-on-year (or cumulative) rate is the change over the month:
'prices rose 0.4 % in March, while year on year they were up 6.1 %'. Yearly rows hold no such series, so
the figure is unsupported (another series), never a different period judged by the latest year's row —
in an undated draft too, whose month's year is only the run date's. The year-on-year figure itself, and
a month's rate with no such neighbour, keep their readings. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"))


@pytest.mark.parametrize(("sentence", "month_figure"), [
    ("In Norway, consumer prices rose 0.6 % in October, while year on year they were up 6.9 %.", "0.6 %"),
    ("Chile's prices went up 0.8% in September; on an annual basis inflation stood at 13.7%.", "0.8%"),
    ("El instituto de estadística de Chile informó que los precios subieron en agosto un 1,2 %, "
     "mientras que la inflación acumulada del año llegó a 9,8 %.", "1,2 %"),
    ("Norveç'te tüketici fiyatları ekim ayında yüzde 0,6 artarken, yıllık bazda yüzde 6,9 oldu.", "yüzde 0,6"),
])
@pytest.mark.parametrize("date", [None, "2022-11-15"])
def test_a_months_rate_beside_the_years_is_the_change_over_the_month(
        cpi: Path, sentence: str, month_figure: str, date: str | None) -> None:
    result = claim_results(sentence, [cpi], date=date)[month_figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series" and "month-on-month" in result.explanation, result.explanation
    assert not result.evidence, result.explanation  # no year's row is its evidence


def test_the_year_on_year_figure_keeps_its_reading(cpi: Path) -> None:
    result = claim_results("In Norway, consumer prices rose 0.6 % in October, while year on year they were up 6.9 %.",
                           [cpi], date=None)["6.9 %"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason != "other_series", result.explanation


@pytest.mark.parametrize("sentence", [
    "In Norway, inflation rose to 6.9 % in October from 6.0 % in September.",
    "In Norway, inflation was 6.9 % in October, up from 6.0 % in September, year on year.",
])
def test_a_months_twelve_month_rate_alone_is_a_different_period(cpi: Path, sentence: str) -> None:
    result = claim_results(sentence, [cpi], date="2022-11-15")["6.9 %"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason != "other_series", result.explanation
