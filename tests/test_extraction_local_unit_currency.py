"""Wire copy names a currency once, then calls it 'the local unit': a figure quoted against another
currency ('at 1,310.5 against the American currency', 'at 83.2(provisional) against the dollar') in a
sentence naming no other currency is the one currency its paragraph named before; an aside in
brackets after the figure does not break the quote, and 'the American currency' is the dollar."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_in


@pytest.mark.parametrize("text", [
    "The won slid for a third day. In Seoul, the local currency closed at 1,310.5 against the American currency.",
    "The won slid for a third day. In Seoul, the local unit ended at 1,310.5(provisional) against the dollar.",
    "The won slid for a third day. Dealers said the domestic currency settled at 1,310.5 (provisional) to the US dollar.",
])
def test_the_local_unit_is_the_currency_its_paragraph_named(text: str) -> None:
    quoted = [c for c in claims_in(text) if c.text.startswith("1,310.5")]
    assert [c.unit for c in quoted] == ["KRW"], [(c.text, c.unit) for c in claims_in(text)]


def test_a_local_unit_with_no_currency_named_before_stays_bare() -> None:
    # nothing says which money the local unit is: no currency is guessed
    claims = claims_in("Markets were calm. The local currency closed at 1,310.5 against the dollar.")
    assert all(c.unit in ("", None) for c in claims if c.text.startswith("1,310.5")), [(c.text, c.unit) for c in claims]


def test_a_currency_named_in_another_paragraph_is_not_the_local_unit() -> None:
    text = "The won slid for a third day.\n\nThe local currency closed at 1,310.5 against the dollar."
    claims = claims_in(text)
    assert all(c.unit != "KRW" for c in claims if c.text.startswith("1,310.5")), [(c.text, c.unit) for c in claims]
