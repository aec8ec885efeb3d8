"""Places named as the sides of a conflict ('the Russia-Ukraine war', 'the war in Ukraine') are an event,
not the place a figure is about — whatever the script or accent of the names' capitals."""

from __future__ import annotations

import pytest

from workbench.matching.conflicts import joined_sides, names_a_conflict


@pytest.mark.parametrize("text, sides", [
    ("Fuel prices climbed after the Russia-Ukraine war began.", "Russia-Ukraine"),
    ("Trade collapsed during the Britain-Éire conflict of the 1930s.", "Britain-Éire"),
    ("Trade collapsed during the Éire-Britain conflict of the 1930s.", "Éire-Britain"),
])
def test_names_joined_before_a_conflict_noun_are_its_sides(text: str, sides: str) -> None:
    assert [text[a:b] for a, b in joined_sides(text)] == [sides]


@pytest.mark.parametrize("text, place, side", [
    ("Prices rose after the war in Ukraine, the central bank said.", "Ukraine", True),
    ("Prices rose after the invasion of Ukraine, the central bank said.", "Ukraine", True),
    ("Prices rose in Ukraine after the harvest failed.", "Ukraine", False),
])
def test_a_place_after_a_conflict_noun_and_its_preposition_is_a_side(text: str, place: str, side: bool) -> None:
    start = text.index(place)
    assert names_a_conflict(text, start, start + len(place)) is side
