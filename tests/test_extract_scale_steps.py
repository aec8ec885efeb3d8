"""A small whole number right after a word for a step of a scale ('level 3', 'stage 4', 'phase two',
'tier 2') names the step; the same words before a measure, or a figure after them that counts, stay.
Sentences written here."""

from __future__ import annotations

from extraction_helpers import claims_in


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, c.value, c.unit) for c in claims_in(text)]


def test_steps_of_a_scale_are_no_claims() -> None:
    assert _read("The region stays at level 2 of the drought plan.") == []
    assert _read("Phase three of the tram line will cost $85 million.") == [("$85 million", 85e6, "USD")]
    assert _read("The utility moved to stage 5 power cuts and the tier 1 ratio was 11%.") == [("11%", 11, "%")]


def test_measures_after_the_same_words_stay() -> None:
    assert _read("River levels rose 2 metres overnight.") == [("2 metres", 2, "m")]
    assert _read("The index reached a level of 4,120 points.") == [("4,120 points", 4120, "points")]
