"""'rose from 31 450 in 2016 to 33 720 in 2017': a two-digit figure after 'to' that opens a number written
with a space between its thousands is no tail of a year span ('2016 to 33' is no 2016–2033): each figure
keeps its own year. Sentences written here."""

from __future__ import annotations

import datetime as dt

from extraction_helpers import claims_in


def test_a_spaced_thousands_number_after_to_is_no_year_tail() -> None:
    claims = claims_in("---\ndate: 2019-01-10\n---\n\nNorway's exports, in thousand tonnes, rose from 31 450 in 2016 "
                       "to 33 720 in 2017.\n", dt.date(2019, 1, 10))
    periods = {c.text: c.period for c in claims}
    assert periods.get("31 450") == "2016" and periods.get("33 720") == "2017", periods
