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


@pytest.mark.parametrize("text, place, people, named", [
    ("Fuel costs soared after the Ukrainian crisis broke out.", "Ukrainian", True, True),
    ("Bond yields spiked during the Greek debt crisis of 2010.", "Greek", True, True),
    ("Gas prices doubled in the Ukraine crisis, traders said.", "Ukraine", False, True),
    # French, Romanian and Italian place the adjective after the noun: 'la crise ukrainienne', glossed
    ("Before the crisis Ukrainian, the consumer prices had risen.", "Ukrainian", True, True),
    ("Since the war Ukrainian has driven up costs.", "Ukrainian", True, True),
    # the adjective before a noun of its own is that noun's: the figure's place, as English places it
    ("Since the war Russian inflation has stayed high.", "Russian", True, False),
    ("Ukrainian inflation reached 26% last year.", "Ukrainian", True, False),
    # a place's own crisis, named with its possessive, is the place the story speaks of
    ("Argentina's crisis pushed inflation above 200%.", "Argentina", False, False),
    # a name after an event's noun is no adjective of it
    ("After the crisis Ukraine raised rates.", "Ukraine", False, False),
])
def test_a_place_or_people_naming_an_event_is_not_a_place_of_the_figure(text: str, place: str, people: bool,
                                                                       named: bool) -> None:
    start = text.index(place)
    assert names_a_conflict(text, start, start + len(place), people) is named
