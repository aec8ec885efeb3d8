"""A figure written in another script's digits ('۷٫۵ tonnes') stands in its sentence as extraction reads it, with
ASCII digits ('7.5 tonnes'): every reader of a figure's raw text finds it there through ``text.surface_at``, the
substance reader too, so the words right after the figure say what its mass is of. Sentences written here."""

from __future__ import annotations

import pytest

from workbench.substances import OTHER, claim_substance, without_unit_substance
from workbench.text import surface_at

# the sentence names carbon right after the figure and CO2 elsewhere: only the words after the figure decide
SENTENCE = "The mill released 7.5 tonnes of carbon last year, while CO2 from its trucks fell."


@pytest.mark.parametrize("surface", ["7.5 tonnes", "۷٫۵ tonnes", "৭.৫ tonnes", "７．５ tonnes"])
def test_a_figure_in_any_script_s_digits_is_found_in_its_sentence(surface: str) -> None:
    assert surface_at(SENTENCE, surface) == SENTENCE.index("7.5 tonnes")


def test_a_figure_its_sentence_does_not_hold_is_nowhere() -> None:
    assert surface_at(SENTENCE, "۸٫۵ tonnes") == -1


@pytest.mark.parametrize("surface", ["7.5 tonnes", "۷٫۵ tonnes"])
def test_the_words_after_a_figure_in_other_digits_name_its_substance(surface: str) -> None:
    assert claim_substance(SENTENCE, surface) == "C"
    # 'of' and another noun: a mass of something else, whatever gas the sentence names later
    assert claim_substance("The kiln turned out 7.5 tonnes of lime, and its CO2 fell.", surface) == OTHER


def test_the_unit_s_substance_is_cut_with_a_figure_in_other_digits() -> None:
    sentence = "Each resident emitted 9.1 tonnes CO2 per year, the agency said."
    assert without_unit_substance(sentence, "৯.১ tonnes") == "Each resident emitted  per year, the agency said."
