"""'The all-time high of Chile's GDP is 368 billion dollars', no year named: the latest row disagrees
and an older row agrees, which reads as out of date — but the sentence calls the figure the series'
record, and when the agreeing row is the series' highest (or, for a record low, its lowest) year, the
figure is that record: supported by that row."""

from __future__ import annotations

from ...config import Tolerances
from ...matching import ClaimContext
from ...models import Claim, Flag, Verdict
from ...numbers import data_json
from ...periods import YEAR, granularity
from ..observations import yearly_figures
from ..decision import Decision, Reason, undated_stale_reading
from ..wording import find_any

# the words of a record level (``Tolerances.record_level_words``) that make it the lowest, not the highest
_LOW_WORDS = tuple(data_json("currencies.json")["exchange_rates"]["record_low_words"])


def record_level(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A STALE reading of a figure naming no period whose sentence calls it a record level, agreeing with
    the series' extreme year → supported by that row."""
    if not undated_stale_reading(decision, claim, ctx):
        return decision
    then = decision.lead[1]
    found = find_any(claim.sentence, tol.record_level_words)
    if not found:
        return decision
    lowest = any(word in found[0].group().lower().split() for word in _LOW_WORDS)
    if granularity(then.period) != YEAR or then.candidate is not decision.lead[0].candidate:
        return decision
    figures = yearly_figures(then)
    if len(figures) < 2 or then.period.start.year not in figures:
        return decision
    extreme = (min if lowest else max)(figures, key=figures.__getitem__)
    if extreme != then.period.start.year:
        return decision
    flags = [f for f in decision.flags if f not in (Flag.stale, Flag.needs_review)]
    return Decision(Verdict.supported, Reason.SUPPORTED_WITHIN_TOLERANCE, flags=flags, lead=[then],
                    ranked=decision.ranked)
