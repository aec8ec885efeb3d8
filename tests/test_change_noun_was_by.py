"""'The fall in Norway was by 8.1 per cent': a noun of change linked to its figure by 'was by' states the
change, as 'was' and 'was of' do, not the level of a rate; so does a figure 'by' opens after a change, its
verb left out ('…, second only to that in Chile, by 7.4 per cent'). Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import claims_in, one_claim

from workbench.models import Kind


@pytest.mark.parametrize(("text", "direction"), [
    ("The fall in Norway's emissions was by 8.1 per cent.", "down"),
    ("The increase in Chile's exports was by 4.2 per cent.", "up"),
])
def test_a_change_noun_that_was_by_a_figure_makes_it_a_change(text: str, direction: str) -> None:
    claim = one_claim(text, dt.date(2020, 5, 1))
    assert claim.kind is Kind.change and claim.direction == direction


@pytest.mark.parametrize("text", [
    "The fall in Norway was by 6.2 per cent, second only to that in Chile, by 7.4 per cent.",
    "Exports fell 6.2 per cent in Norway, and in Chile by 7.4 per cent.",
])
def test_a_figure_opened_by_by_after_a_change_is_the_same_change(text: str) -> None:
    # the change's verb left out: 'by 7.4 per cent' is another fall, not a level of 7.4 %
    claims = {c.text: c for c in claims_in(text, dt.date(2020, 5, 1))}
    assert claims["7.4 per cent"].kind is Kind.change and claims["7.4 per cent"].direction == "down"
