"""'from 12 million tonnes in 1995 to 45 million in 2015': each end of a span keeps the year written
after it — '1995 to 45 million' is no span of years, so the first figure is 1995's, not 2015's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_helpers import claims_in  # noqa: E402


@pytest.mark.parametrize(("text", "first", "year"), [
    ("Chile's emissions climbed from 12 million tonnes in 1995 to 45 million tonnes in 2015.", "12 million tonnes", "1995"),
    ("Exports slid in 2019 to 12 billion dollars, the lowest in a decade.", "12 billion dollars", "2019"),
])
def test_a_two_digit_amount_with_a_scale_is_no_end_of_a_span_of_years(text: str, first: str, year: str) -> None:
    assert {c.text: c.period for c in claims_in(text)}[first] == year


def test_a_span_of_years_with_a_short_end_still_reads() -> None:
    claims = claims_in("Output per worker rose 14% between 2011 and 19, the ministry said.")
    assert [c.period for c in claims if c.text == "14%"] == ["2011/2019"]
