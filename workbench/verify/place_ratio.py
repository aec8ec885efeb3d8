"""A figure that compares one place with another: 'Russia's population is about seven times that of
Kazakhstan', 'Kazakhstan's economy is one-eighth the size of Russia's'.

The figure is a ratio of two places' rows of one series, which no row holds and the checker does not
compute: matching finds no series for it and would call it `unsupported` — a false alarm when the
data has rows for both places. A multiple, or a share worded as a ratio ('the size of', ``share_ratio_words``), whose sentence names
two places the data has rows for, one on each side of the figure, is sent to a person (`place_ratio`): the rows to compare
exist, the ratio is not judged."""

from __future__ import annotations

from ..matching import ClaimContext
from ..matching.index import ReferenceIndex
from ..models import Claim, Kind, Verdict
from ..numbers import data_json
from ..places import Places, is_marker
from .decision import Decision, Reason
from .wording import holds_any

_UNJUDGED = frozenset({Reason.NO_MATCH, Reason.NO_FIGURE})  # what a ratio of two places' rows ends as


def place_ratio(decision: Decision, claim: Claim, index: ReferenceIndex, ctx: ClaimContext) -> Decision:
    """`needs_review` (``place_ratio``) for a multiple or share of one place's figure over another's
    that nothing judged; else ``decision``."""
    if decision.verdict is not Verdict.unsupported or decision.reason not in _UNJUDGED:
        return decision
    if not (claim.unit == "x" or (claim.kind is Kind.share and claim.unit == "%")):
        return decision
    if claim.unit != "x" and not holds_any(claim.sentence[ctx.claim_end:], data_json("multiples.json")["share_ratio_words"]):
        return decision  # '12 % of its exports to Uganda': a share between two places, not their ratio
    places = Places.default()
    before: list[tuple[int, str]] = []  # (distance from the figure, place)
    after: list[tuple[int, str]] = []
    for token, offsets in ctx.positions.items():
        if not is_marker(token) or not places.knows(token) or not index.dim_index.get(token):
            continue  # a city, or a place no resource has rows for: no ratio the data could give
        for at in offsets:
            if at < ctx.claim_offset:
                before.append((ctx.claim_offset - at, token))
            elif at >= ctx.claim_end:
                after.append((at - ctx.claim_end, token))
    # the places nearest the figure on each side are the two it compares
    pairs = sorted((d1 + d2, a, b) for d1, a in before for d2, b in after if a != b)
    if not pairs:
        return decision
    _, first, second = pairs[0]
    return Decision(Verdict.needs_review, Reason.PLACE_RATIO,
                    series=f"{places.name_of(first)} and {places.name_of(second)}")
