"""'The fall in Norway was by 8.1 per cent': a noun of change linked to its figure by 'was by' states the
change, as 'was' and 'was of' do, not the level of a rate. Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import one_claim

from workbench.models import Kind


@pytest.mark.parametrize(("text", "direction"), [
    ("The fall in Norway's emissions was by 8.1 per cent.", "down"),
    ("The increase in Chile's exports was by 4.2 per cent.", "up"),
])
def test_a_change_noun_that_was_by_a_figure_makes_it_a_change(text: str, direction: str) -> None:
    claim = one_claim(text, dt.date(2020, 5, 1))
    assert claim.kind is Kind.change and claim.direction == direction
