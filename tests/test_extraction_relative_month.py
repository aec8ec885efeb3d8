"""'Last month' and 'this month' name calendar months counted from the draft's date; after a
baseline word ('up 0.3 % from last month') the month is the change's base, not its period."""

from __future__ import annotations

import pytest
from conftest import dated_draft

from extraction_helpers import claims_in


def _periods(sentence: str, date: str) -> dict[str, str | None]:
    return {c.text: c.period for c in claims_in(dated_draft(sentence, date))}


@pytest.mark.parametrize("sentence, date, surface, period", [
    ("The won's average rate last month was 1,391.6 won, dealers said.", "2025-12-14", "1,391.6 won", "2025-11"),
    ("The rupee averaged 86.4 to the dollar last month.", "2026-01-09", "86.4", "2025-12"),
    ("So far this month the rand has averaged R17.95 to the dollar.", "2025-03-20", "R17.95", "2025-03"),
])
def test_a_month_named_by_its_distance_from_the_draft_is_that_month(sentence: str, date: str, surface: str,
                                                                     period: str) -> None:
    assert _periods(sentence, date)[surface] == period


def test_last_month_after_a_baseline_word_is_no_period_of_the_figure() -> None:
    got = _periods("Consumer prices rose 0.3% from last month, the statistics office said.", "2025-06-12")
    assert got["0.3%"] != "2025-05"


@pytest.mark.parametrize("sentence", [
    "Fuel sales reached 4.2 million litres last year in June.",
    "Fuel sales reached 4.2 million litres last year\nin June.",
])
def test_a_month_of_a_relative_year_is_that_years_month_however_in_is_written(sentence: str) -> None:
    assert _periods(sentence, "2024-03-05")["4.2 million litres"] == "2023-06"


# spans counted back in months cross the year they end in
@pytest.mark.parametrize("sentence, surface, period", [
    ("Grain exports rose 6.5% in the 12 months ended February 2024.", "6.5%", "2023-03/2024-02"),
    ("Grain exports rose 6.5% in the three months ended January 2024.", "6.5%", "2023-11/2024-01"),
    ("Grain exports rose 6.5% in the year to January 2024.", "6.5%", "2023-02/2024-01"),
])
def test_a_span_counted_back_from_an_early_month_opens_in_the_year_before(sentence: str, surface: str,
                                                                           period: str) -> None:
    assert _periods(sentence, "2024-03-05")[surface] == period


@pytest.mark.parametrize("sentence, date, period", [
    ("Wool prices held at 7.4% in the three months to December, the board said.", "2024-01-24", "2023-10/2023-12"),
    ("Wool prices held at 7.4% in the three months to March, the board said.", "2024-05-02", "2024-01/2024-03"),
    ("Wool prices held at 7.4% in the six months ended September.", "2024-05-02", "2023-04/2023-09"),
])
def test_months_counted_back_from_a_month_with_no_year_end_in_its_latest_at_the_draft_date(
        sentence: str, date: str, period: str) -> None:
    assert _periods(sentence, date)["7.4%"] == period
