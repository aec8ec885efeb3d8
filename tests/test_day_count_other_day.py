"""'Chile now has 19,415,873 people': a count written to the person, against a register's count of
1 January that it misses by some thousands, is another day's count — the slack that lets a rounded
figure agree ('19.4 million') must not let a different exact count pass as the row's. The row neither
confirms nor refutes it: a person decides. A figure rounded or cut as far as its difference from the
row is that row's, and a count dated to the row's own day is judged by it.

Invented figures: a register of areas dated by its file name, as statistics offices publish it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from package_support import claim_results

from workbench.models import Verdict
from workbench.verify.observations import DaySide, count_of_another_day

DAY_COUNT = 19_412_300


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("register")
    (folder / "area_population_2031-01-01.csv").write_text(
        "Area,Total,Men,Women\n"
        f"Chile,{DAY_COUNT},9541000,9871300\n"
        "Peru,33870000,16800000,17070000\n", encoding="utf-8")
    return [folder]


def test_an_exact_count_that_misses_the_days_row_is_another_days_count(register: list[Path]) -> None:
    text = "The population of Chile is 19,415,873 people, the statistics office said."
    result = claim_results(text, register, "2031-02-14")["19,415,873"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period", result.reason
    assert result.evidence[0].period == "2031-01-01"
    assert "another day" in result.explanation and "3,573" in result.explanation, result.explanation


@pytest.mark.parametrize("figure", ["19.4 million", "19,412,000", "19,400,000"])
def test_a_figure_rounded_from_the_days_row_is_that_row(register: list[Path], figure: str) -> None:
    text = f"The population of Chile is {figure} people, the statistics office said."
    result = claim_results(text, register, "2031-02-14")[figure]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_count_dated_to_the_rows_day_is_judged_by_it(register: list[Path]) -> None:
    text = "On 1 January 2031 the population of Chile was 19,412,300 people, the statistics office said."
    result = claim_results(text, register, "2031-02-14")["19,412,300"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_count_of_a_later_day_off_by_less_than_counts_move_is_another_days_count(register: list[Path]) -> None:
    # 19,650,118 is 1.2 % above the 1 January count, written in September: less than a population moves in
    # eight months (count_drift_per_year), so a count of that day, not a contradiction of the register's
    text = "Chile's total population is 19,650,118 people, the statistics office said."
    result = claim_results(text, register, "2031-09-10")["19,650,118"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
    assert "another day" in result.explanation, result.explanation


@pytest.mark.parametrize(("text", "figure", "date"), [
    # written in February, 1.2 % off: more than a month and a half could move it
    ("Chile's total population is 19,650,118 people, the statistics office said.", "19,650,118", "2031-02-14"),
    # a count dated to the row's own day is judged by it
    ("On 1 January 2031 Chile's total population was 19,650,118 people, the statistics office said.", "19,650,118",
     "2031-09-10"),
    # 9 % off in September: no population moves so far in eight months
    ("Chile's total population is 21,150,118 people, the statistics office said.", "21,150,118", "2031-09-10"),
])
def test_a_count_off_by_more_than_the_days_between_allow_stays_contradicted(register: list[Path], text: str,
                                                                            figure: str, date: str) -> None:
    result = claim_results(text, register, date)[figure]
    assert result.verdict is Verdict.contradicted, result.explanation


ROW_DAY = dt.date(2031, 1, 1)


@pytest.mark.parametrize(("day", "side", "within_years", "expected"), [
    (dt.date(2030, 10, 1), "either", None, True),
    (dt.date(2030, 10, 1), "before", None, True),
    (dt.date(2030, 10, 1), "after", None, False),  # a day before the row's, read only after it
    (dt.date(2031, 4, 1), "after", None, True),
    (dt.date(2031, 4, 1), "before", None, False),  # a day after the row's, read only before it
    (ROW_DAY, "either", None, False),  # the row's own day is no other day
    (dt.date(2030, 10, 1), "before", 0.1, False),  # a quarter before, farther than a tenth of a year
])
def test_the_one_rule_of_a_count_of_another_day_reads_the_side_and_the_window(day: dt.date, side: DaySide,
                                                                              within_years: float | None,
                                                                              expected: bool) -> None:
    # 0.6 % off the row's count, a quarter away: within a quarter's move (4 % a year)
    assert count_of_another_day(19_301_457, DAY_COUNT, day, ROW_DAY, side, within_years) is expected


def test_the_one_rule_allows_no_more_than_counts_move_between_the_days() -> None:
    # a month's move at least, even a day away: 0.3 % off is that; 0.4 % is more than a twelfth of 4 %
    assert count_of_another_day(DAY_COUNT * 1.003, DAY_COUNT, dt.date(2031, 1, 2), ROW_DAY)
    assert not count_of_another_day(DAY_COUNT * 1.004, DAY_COUNT, dt.date(2031, 1, 2), ROW_DAY)
    # a quarter's move is about 1 %: 2 % off a quarter before is no count of that day
    assert not count_of_another_day(DAY_COUNT * 0.98, DAY_COUNT, dt.date(2030, 10, 1), ROW_DAY, "before")
