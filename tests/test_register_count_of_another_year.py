"""A count with no day of its own ('Valparaíso is home to 1,912,400 people') in a draft dated in a year
after the only rows the data holds, a register's counts of 1 January of an earlier year: the figure is a
count of the draft's time, and a disagreeing row of an earlier year's day is another day's count of what the
register holds, for a person to weigh (needs_review, a different period), never a contradiction: the dev
set's Label rules read a region's count of another day against a one-day table so. A count the row agrees
with, or one in a draft of the register's own year, is judged as before. The register is invented, dated by
its file name."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting

from workbench.models import Verdict
from workbench.verify import Reason


@pytest.fixture()
def register(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "register"
    folder.mkdir()
    (folder / "region_population_2031-01-01.csv").write_text(
        "Region,Total,Men,Women\nValparaíso Region,1815902,880000,935902\nBiobío Region,1613059,780000,833059\n",
        encoding="utf-8")
    return [folder]


def test_a_later_years_count_is_another_days_count_for_review(register: list[Path]) -> None:
    text = "The Valparaíso Region is home to 1,912,400 people, the statistics office said."
    result = claim_starting(claim_results(text, register, "2032-06-04"), "1,912,400")
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == Reason.DIFFERENT_PERIOD.value
    assert result.evidence[0].period == "2031-01-01"


def test_the_same_count_in_a_draft_of_the_registers_year_stays_for_review(register: list[Path]) -> None:
    text = "The Valparaíso Region is home to 1,912,400 people, the statistics office said."
    result = claim_starting(claim_results(text, register, "2031-06-04"), "1,912,400")
    assert result.verdict is not Verdict.unsupported, result.explanation


def test_a_later_years_count_the_row_agrees_with_is_not_turned_away(register: list[Path]) -> None:
    text = "The Valparaíso Region is home to 1,815,902 people, the statistics office said."
    result = claim_starting(claim_results(text, register, "2032-06-04"), "1,815,902")
    assert result.verdict is not Verdict.unsupported, result.explanation


def test_a_count_on_the_registers_day_is_still_judged(register: list[Path]) -> None:
    text = "On 1 January 2031 the Valparaíso Region was home to 1,912,400 people, the statistics office said."
    result = claim_starting(claim_results(text, register, "2032-06-04"), "1,912,400")
    assert result.verdict is not Verdict.unsupported, result.explanation
    assert result.evidence[0].period == "2031-01-01"
