"""A bound the text negates: 'not below 146.8 million' is at least it, 'did not exceed 5 %' at most.

Extraction reads the qualifier word before a figure ('below', 'exceed'); a negation just before
that word (``negation_words``: 'not', 'never', "n't"…, at most one word between, the verb in 'did
not rise above') turns the bound around. Left as read, 'not below 146.8 million' would be an upper
bound that 145.2 million satisfies — a silent pass.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..config import Tolerances
from ..extraction.periods import YEAR_DIGITS
from ..matching import ClaimContext
from ..models import Claim, Qualifier
from ..numbers import alternation, lexicon
from .wording import normalized

_FLIPPED = {Qualifier.gt: Qualifier.le, Qualifier.ge: Qualifier.lt,
            Qualifier.lt: Qualifier.ge, Qualifier.le: Qualifier.gt}


def negated_bound(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """The claim with its bound turned around when a negation stands before the bound's words."""
    if claim.qualifier not in _FLIPPED or not tol.negation_words or not ctx.sentence_text:
        return claim
    before = ctx.sentence_text[:ctx.claim_offset]
    phrase = _bound_before(before)
    if phrase is None or _negation(tuple(tol.negation_words)).search(before[:phrase.start()]) is None:
        return claim
    return claim.model_copy(update={"qualifier": _FLIPPED[claim.qualifier]})


# A period right after the figure: 'in 2016', 'in March 2020'.
_DATED_AFTER = re.compile(rf"\s*(?:in|on)\s+(?:[A-Za-z]+\s+)?{YEAR_DIGITS}(?!\d)")


def dated_right_after(ctx: ClaimContext) -> bool:
    """Whether the figure's own period follows it ('0.3 % in 2016'): that period is the figure's,
    whatever span the sentence or the text before it speaks of."""
    return bool(ctx.sentence_text) and _DATED_AFTER.match(ctx.sentence_text, ctx.claim_end) is not None


def extreme_value_claim(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """'With a minimum of 0.3 % in 2016 and a maximum of 15.3 % in 1974': the lowest and highest
    values of a series (``extreme_value_words`` with a period right after the figure), read as
    stated — not 'at least 0.3 %', a bound the row would have to clear."""
    if claim.qualifier not in _FLIPPED or not tol.extreme_value_words or not ctx.sentence_text:
        return claim
    phrase = _bound_before(ctx.sentence_text[:ctx.claim_offset])
    if phrase is None or normalized(phrase.group()) not in {normalized(w) for w in tol.extreme_value_words}:
        return claim
    if not dated_right_after(ctx):
        return claim
    return claim.model_copy(update={"qualifier": Qualifier.exact})


@lru_cache(maxsize=1)
def _bound_words() -> re.Pattern[str]:
    """A bound's words of the lexicon ('no more than', 'below') right before the figure."""
    words = alternation([p for group in ("gt", "ge", "lt", "le") for p in lexicon()["qualifiers"][group]])
    return re.compile(rf"(?<![\w'’-])(?:{words})\s*$", re.I)


@lru_cache(maxsize=256)  # negated_bound and extreme_value_claim read the same text of one claim
def _bound_before(before: str) -> re.Match[str] | None:
    """The bound's words right before the figure; leftmost start: the longest bound the words make."""
    return _bound_words().search(before)


@lru_cache(maxsize=8)
def _negation(negations: tuple[str, ...]) -> re.Pattern[str]:
    """A negation, then at most one word (a verb: 'did not rise'), at the end of the text."""
    neg = alternation([n.strip() for n in negations if n.strip()])
    # "n't" is glued to its verb ("didn't"); other negations stand as words
    return re.compile(rf"(?:(?<![\w'’])(?:{neg})|n['’]t)(?:\s+[\w'’-]+)?\s+$", re.I)
