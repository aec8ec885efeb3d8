"""Which money series a GDP figure speaks of: the nominal change beside a level in money, and no\nseries that only its file id names."""

from __future__ import annotations

import re
from functools import lru_cache

from ..config import Tolerances
from ..matching import Candidate, ClaimContext
from ..matching.generic import is_generic
from ..models import Claim, Kind
from ..text import token_set
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


def named_only_by_file_id(cand: Candidate, ctx: ClaimContext) -> bool:
    """A series titled only by its value column and its file's id ('Inflation (inflation gdp)', read
    from ``inflation-gdp.csv``) that the sentence names by the id's words alone: the column names the
    measure the rows hold, the id only files them, so 'GDP grew 4 %' does not name this inflation."""
    res = cand.resource
    words = " ".join(re.split(r"[-_.]+", res.name)).strip()  # as the loader spells an untitled resource
    suffix = f" ({words})"
    if not res.metric.endswith(suffix):
        return False
    label = token_set(res.metric[:-len(suffix)])
    own = {t for t in label if not is_generic(t)}
    said = ctx.sentence | ctx.clause | ctx.subject
    return bool(own) and own.isdisjoint(said) and not (token_set(words) - label).isdisjoint(said)
