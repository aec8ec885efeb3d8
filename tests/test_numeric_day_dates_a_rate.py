"""A day written in figures ('as of 17/03/2031', '17.03.2031', '2031-03-17') dates a rate as a day written in words
does: a line above a table of one day's rates makes each a price of that day, for a person against the month's
average (``different_period``) — never contradicted by the year's mean, which a day's rate need not meet. A slash
date both of whose figures may be the month ('05/03/2031') names only its year, as before.

Invented figures: a yearly and a monthly file of a currency's units per US dollar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package, rates_package

from workbench.matching.carried import read_periods
from workbench.models import Verdict


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("rates")
    yearly = rates_package(folder / "yearly", {("Thailand", 2031): 41.20})
    monthly = monthly_rates_package(folder / "monthly", "Thailand", {"2031-02": 40.10, "2031-03": 38.22, "2031-04": 41.90})
    return [yearly, monthly]


@pytest.mark.parametrize("day", ["17/03/2031", "17.03.2031", "2031-03-17", "03/17/2031"])
def test_a_rate_of_a_day_written_in_figures_is_for_a_person_against_its_month(rates: list[Path], day: str) -> None:
    text = f"Foreign exchange rates as of {day}\n\nMid rate = 38.19 Baht/US Dollar"
    result = next(iter(claim_results(text, rates, date=None).values()))
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period", result.reason
    assert result.evidence[0].period == "2031-03", result.evidence


@pytest.mark.parametrize(("text", "period"), [
    ("rates as of 17/03/2031", "2031-03-17"),
    ("Stand 01.04.2031", "2031-04-01"),
    ("as of 2031-12-31", "2031-12-31"),
    ("on 05/03/2031", "2031"),  # the 5th of March or the 3rd of May: its year alone
])
def test_a_day_in_figures_is_read_as_that_day(text: str, period: str) -> None:
    assert [p for _, _, p in read_periods(text, dt.date(2032, 1, 1))] == [period]
