"""'Russia holds fifth place, with a GDP of $3.38 trillion': an amount of money given with a place's standing
among others (an ordinal beside a standing noun, ``standing_nouns`` in data/lexicon.json: 'fifth position', 'the
fourth place in the ranking') that lies outside every figure the place's series ever held is no year's figure
of that series. A league table of economies is often drawn up on another valuation of the same thing (at
purchasing-power parity rather than at market exchange rates), which the item need not name: the row it misses
does not show the figure wrong, so a person judges it (verdicts.md, 'What the item does not carry'). Only money
has valuations: a ranking of emitters in tonnes counts the same tonnes, and a miss of them stays contradicted;
so does a figure inside the series' range, which some year's row could be."""

from __future__ import annotations

import re
from functools import lru_cache

from ...matching import ClaimContext
from ...matching.measure import ADDRESS_LAYER
from ...models import Claim, Kind, Verdict
from ...numbers import lexicon, ordinal_suffix
from ...units import is_money
from ..decision import Decision, Reason
from ..observations import yearly_figures

_LEVELS = (Kind.level, Kind.count)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    words = lexicon()
    return (frozenset(words["standing_nouns"]), frozenset(words["ordinal_units"]),
            re.compile(rf"\d+{ordinal_suffix()}"))


def names_a_standing(words: frozenset[str]) -> bool:
    """An ordinal ('fifth', '5th') and a standing noun ('place', 'position') among one text's words."""
    nouns, ordinals, numbered = _vocabulary()
    return not nouns.isdisjoint(words) and any(w in ordinals or numbered.fullmatch(w) for w in words)


def _standing_near(ctx: ClaimContext) -> bool:
    """The sentence, its paragraph so far or a text the measure may be carried from (not the page's
    address, whose words are a slug) gives a standing."""
    texts = (ctx.sentence, ctx.before, *(words for layer, words, _text in ctx.measure_layers if layer != ADDRESS_LAYER))
    return any(names_a_standing(words) for words in texts)


def standing_beyond_series(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """An amount of money contradicted by its row, given with a standing among places, and above (or below)
    every year's figure of the place's series → needs_review: probably the ranking's own valuation."""
    if decision.verdict is not Verdict.contradicted or claim.kind not in _LEVELS or not decision.lead \
            or not is_money(claim.unit):
        return decision
    figures = yearly_figures(decision.lead[0])
    if len(figures) < 2 or min(figures.values()) <= claim.value <= max(figures.values()):
        return decision
    if not _standing_near(ctx):
        return decision
    return decision.for_review(Reason.STANDING_MEASURE)
