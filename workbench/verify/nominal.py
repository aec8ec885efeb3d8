"""Whether a percent change of a money series is the nominal one its current-price rows give."""

from __future__ import annotations

from functools import lru_cache

from ..config import Tolerances
from ..models import Claim, Kind
from ..units import is_money
from .wording import holds_any


def nominal_beside_level(claim: Claim, tol: Tolerances) -> bool:
    """'Output was $197bn, a 15 % increase': a sentence that states the measure's level in money
    beside its percent change speaks of money, so the change is the nominal one, unless it says it
    is real (``real_claim_words``)."""
    if holds_any(claim.sentence, tol.real_claim_words):
        return False
    return _states_money_level(claim.sentence)


@lru_cache(maxsize=4096)
def _states_money_level(sentence: str) -> bool:
    """The sentence states an amount of money as a level (not a change of one)."""
    from ..extraction import extract_text  # extraction is heavy and only this rule needs it here

    return any(is_money(c.unit) and c.kind is Kind.level for c in extract_text(sentence))
