"""A figure that compares one place with another: 'Russia's population is about seven times that of
Kazakhstan', 'Kazakhstan's economy is one-eighth the size of Russia's'.

The figure is a ratio of two places' rows of one series, which no row holds and the checker does not
compute: matching finds no series for it and would call it `unsupported` — a false alarm when the
data has rows for both places. A multiple or a share whose sentence names two places the data has
rows for, one on each side of the figure, is sent to a person (`place_ratio`): the rows to compare
exist, the ratio is not judged."""

from __future__ import annotations

from ..matching import ClaimContext
from ..matching.index import ReferenceIndex
from ..models import Claim, Kind, Verdict
from ..places import Places, is_marker
from .decision import Decision, Reason

_UNJUDGED = frozenset({Reason.NO_MATCH, Reason.NO_FIGURE})  # what a ratio of two places' rows ends as


def place_ratio(decision: Decision, claim: Claim, index: ReferenceIndex, ctx: ClaimContext) -> Decision:
    """`needs_review` (``place_ratio``) for a multiple or share of one place's figure over another's
    that nothing judged; else ``decision``."""
    if decision.verdict is not Verdict.unsupported or decision.reason not in _UNJUDGED:
        return decision
    if not (claim.unit == "x" or (claim.kind is Kind.share and claim.unit == "%")):
        return decision
    places = Places.default()
    before, after = set(), set()
    for token, offsets in ctx.positions.items():
        if not is_marker(token) or not places.knows(token) or not index.dim_index.get(token):
            continue  # a city, or a place no resource has rows for: no ratio the data could give
        for at in offsets:
            (before if at < ctx.claim_offset else after if at >= ctx.claim_end else set()).add(token)
    pairs = {(a, b) for a in before for b in after if a != b}
    if not pairs:
        return decision
    first, second = sorted(pairs)[0]
    return Decision(Verdict.needs_review, Reason.PLACE_RATIO,
                    series=f"{places.name_of(first)} and {places.name_of(second)}")
