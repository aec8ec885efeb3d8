"""'Chile's peso closed at 850 per dollar': a word several currencies share ('peso', 'dollar', 'rupee')
after a place's possessive is that place's currency, as 'the Chilean peso' is; a possessive of a place
whose currency has no such word ('Chile's copper') names none."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in


@pytest.mark.parametrize("text, unit", [
    ("Chile's peso closed at 850.5 per dollar on Friday.", "CLP"),
    ("Canada's dollar weakened to 1.36 against the U.S. dollar.", "CAD"),
    ("Pakistan's rupee ended at 226.4 per dollar in the interbank market.", "PKR"),
])
def test_a_possessed_currency_word_is_the_places_currency(text: str, unit: str) -> None:
    quoted = [c for c in claims_in(text) if c.unit == unit]
    assert len(quoted) == 1, [(c.text, c.unit) for c in claims_in(text)]


def test_a_possessive_naming_no_currency_leaves_the_figure_bare() -> None:
    claims = claims_in("Chile's copper output reached 850.5 per mine on average.")
    assert all(c.unit != "CLP" for c in claims), [(c.text, c.unit) for c in claims]
