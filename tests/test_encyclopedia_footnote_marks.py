"""An encyclopedia's footnote marks pasted with its figures ('[4]', '[a]', '[note 3]', '[citation needed]', a superscript
digit) are layout, not words of the claim: the figure keeps its scale and currency across them. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in

from workbench.drafts import mask_markup


@pytest.mark.parametrize("text, surface, unit, value", [
    ("Ruritania's output came to 312.4 billion[7] USD in 2021.", "312.4 billion[7] USD", "USD", 312.4e9),
    ("Ruritania's output came to $48.2 billion[b] in 2021.", "$48.2 billion", "USD", 48.2e9),
    ("Ruritania's output came to €48.2 bn[note 2] in 2021.", "€48.2 bn", "EUR", 48.2e9),
    ("Inflation in Ruritania was 6[c]% in 2021.", "6[c]%", "%", 6),
    ("The fund lent 48.2 million[3] pounds in 2021.", "48.2 million[3] pounds", "GBP", 48.2e6),
    # a mark between the figure and its scale word leaves them a run of blanks apart
    ("The fund lent 48.2[3] million pounds in 2021.", "48.2[3] million pounds", "GBP", 48.2e6),
    ("Ruritania's output came to $312 400[12] million in 2021.", "$312 400[12] million", "USD", 312.4e9),
])
def test_a_mark_between_a_figure_and_its_unit_cuts_nothing_off(text: str, surface: str, unit: str, value: float) -> None:
    claims = [c for c in claims_in(text) if c.unit == unit]
    assert [(c.text, float(c.value)) for c in claims] == [(surface, pytest.approx(value))]


@pytest.mark.parametrize("text, blanked", [
    ("grew 4%[citation needed] in 2021", "grew 4%                  in 2021"),
    ("Ruritania[a] had 3 467 112¹ people", "Ruritania    had 3 467 112  people"),
    ("an area of 10⁶ km² [1] and a list [2]", "an area of 10⁶ km² [1] and a list [2]"),  # a power, a unit, spaced brackets
    ("see [the office](https://example.org)[3]", "see  the office" + " " * 25),
])
def test_only_marks_glued_to_what_they_annotate_are_blanked(text: str, blanked: str) -> None:
    assert mask_markup(text) == blanked
