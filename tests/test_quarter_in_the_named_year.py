"""A quarter or half named without a year is of the year its sentence named before it ('In 2022 the
economy grew 3.1 %, and 1.2 % in the fourth quarter'), as a span of months is; with no year named, it
is the latest one ended by the draft's date. The sentences are written here."""

from __future__ import annotations

import datetime as dt

from extraction_helpers import claims_in

DRAFT_DAY = dt.date(2024, 2, 10)


def _periods(text: str) -> dict[str, str | None]:
    return {c.text: c.period for c in claims_in(text, as_of=DRAFT_DAY)}


def test_a_quarter_after_a_year_is_of_that_year() -> None:
    periods = _periods("In 2022 the harbour handled 3.1% more cargo, and 1.2% more in the fourth quarter.")
    assert periods["1.2%"] == "2022-10/2022-12", periods


def test_a_quarter_after_another_quarter_of_a_year_is_of_that_year() -> None:
    periods = _periods("Retail sales rose 2.4% in the third quarter of 2021 and 1.1% in the fourth quarter.")
    assert periods["1.1%"] == "2021-10/2021-12", periods


def test_a_half_after_a_month_is_of_that_months_year() -> None:
    periods = _periods("Exports fell 5% in March 2019 and 2% in the second half.")
    assert periods["2%"] == "2019-07/2019-12", periods


def test_a_quarter_alone_is_the_latest_ended_by_the_draft() -> None:
    assert _periods("Retail sales rose 1.1% in the fourth quarter.")["1.1%"] == "2023-10/2023-12"


def test_a_baseline_year_does_not_date_the_quarter() -> None:
    periods = _periods("Compared with 2021, retail sales rose 4% in the third quarter.")
    assert periods["4%"] == "2023-07/2023-09", periods
