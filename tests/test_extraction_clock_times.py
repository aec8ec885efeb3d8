"""Market reports time their quotes by a 24-hour clock before a time zone ('At 0915 GMT, the peso
was quoted at 19.80'): the time is no quantity. A figure that cannot be a time (minutes of 60 or more,
a thousands separator), or one with no time zone after it, is read as before."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in


@pytest.mark.parametrize("text", [
    "At 0915 GMT, the peso was quoted at 19.80 per dollar.",
    "By 0730 local time the krona had firmed 0.4% against the euro.",
    "The lira traded at 18.65 to the dollar at 0045 UTC.",
])
def test_a_clock_time_before_a_zone_is_no_claim(text: str) -> None:
    surfaces = [c.text for c in claims_in(text)]
    assert not any(s.strip() in {"0915", "0730", "0045"} for s in surfaces), surfaces
    assert len(surfaces) >= 1, surfaces  # the quote itself is still read


@pytest.mark.parametrize("text, figure", [
    ("Some 1975 GMT workers joined the strike.", "1975"),  # 75 minutes: no time
    ("Exports reached 2,300 tonnes, the ministry said.", "2,300 tonnes"),
    ("Police counted 845 protesters outside the bank.", "845"),  # no time zone after it
])
def test_figures_that_are_no_clock_time_stay_claims(text: str, figure: str) -> None:
    assert figure in [c.text for c in claims_in(text)]
