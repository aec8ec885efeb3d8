"""Forms of figures in news copy that batch 5 of the dev set showed the extractor missing, as
classes: temperatures with a bare C or F glued to the figure, and the rest added below. Every
sentence here is written for the test, none is from the dev set."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, pytest.approx(c.value), c.unit) for c in claims_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Overnight lows of -7C were recorded in the glens.", [("-7C", -7, "°C")]),
    ("Forecasters expect highs of 31C on Sunday, or 88F.", [("31C", 31, "°C"), ("88F", 88, "°F")]),
    ("It was minus 12.5C at the airfield at dawn.", [("minus 12.5C", -12.5, "°C")]),
    ("Prairie towns saw -38C (-36F) before sunrise.", [("-38C", -38, "°C"), ("-36F", -36, "°F")]),
    ("Bake at 180C for 40 minutes.", [("180C", 180, "°C")]),
    ("The city hit 41.2C, its hottest day on record.", [("41.2C", 41.2, "°C")]),
])
def test_temperature_with_a_glued_scale_letter(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "The iPhone 5C sold well in its first month.",
    "Pupils of Class 4C visited the museum.",
    "The shop sold 30c pens.",              # cents, in lower case
    "The sensor reads 5 C when idle.",      # spaced: no glued letter
    "Flights leave from gate 12F.",         # a place's name, as "seat 3C"
    "She sat in seat 3C by the window.",
])
def test_a_glued_letter_that_is_no_temperature(text: str) -> None:
    assert all(c.unit not in ("°C", "°F") for c in claims_in(text))
