"""Places named as the sides of a conflict ('the Russia-Ukraine war', 'the war in Ukraine') are an event,
not the place a figure is about — whatever the script or accent of the names' capitals."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, country_code, cpi_package

from workbench.matching.conflicts import joined_sides, names_a_conflict
from workbench.models import Verdict


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


@pytest.mark.parametrize("text, sides", [
    # Korean and Japanese copy joins a war's sides with a middle dot, which their English reading keeps
    ("Gas prices soared once the Russia · Ukraine war began.", "Russia · Ukraine"),
    ("Gas prices soared once the Russia・Ukraine war began.", "Russia・Ukraine"),
])
def test_names_joined_by_a_middle_dot_before_a_conflict_noun_are_its_sides(text: str, sides: str) -> None:
    assert [text[a:b] for a, b in joined_sides(text)] == [sides]
    start = text.index("Russia")
    assert names_a_conflict(text, start, start + len("Russia"))


# invented yearly rates: the sides' own rows would answer a figure wrongly read as theirs
WAR_YEAR_RATES = {("South Korea", 2029): 1.3, ("Japan", 2029): 2.1, ("Russia", 2029): 9.4, ("Ukraine", 2029): 17.2}


@pytest.mark.parametrize("text, figure, country", [
    ("통계청에 따르면 소비자물가는 2029년 러시아·우크라이나 전쟁에 1.3% 올랐다.", "1.3%", "South Korea"),
    ("総務省によると、日本の2029年の消費者物価はロシア・ウクライナ戦争の影響で2.1%上昇した。", "2.1%", "Japan"),
])
def test_a_war_named_by_its_sides_leaves_the_figure_to_the_country_the_text_names(
        tmp_path: Path, text: str, figure: str, country: str) -> None:
    """'러시아·우크라이나 전쟁' (the Russia–Ukraine war) is the cause the sentence gives: the rate is the one of the
    country whose statistics office or name the sentence cites, not Russia's or Ukraine's."""
    result = claim_results(text, [cpi_package(tmp_path / "cpi", WAR_YEAR_RATES)], date="2030-01-10")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert country_code(country) in result.evidence[0].dimensions.values(), result.evidence[0].dimensions
