"""Claim × ranked candidates → a decision: the verdict, why (``Reason``), flags and the leading evidence.

Nothing here words a sentence; ``explain`` does that from the decision.

Evidence is ranked by score, then current period before older ones, a figure read directly
before a computed one, the newest period, the smallest deviation — and, when all of that ties
(two sources giving the same figure), by resource name and then row number (``Observation.origin``),
so the order is total and the same in every process, whatever its hash seed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..config import Tolerances
from ..matching import Candidate, ClaimContext, MatchMode, ReferenceIndex
from ..matching.context import MissingValue
from ..models import Claim, Flag, Verdict
from ..periods import Period, try_parse_period
from .observations import Observation, observe_change, observe_direct, observe_share
from .tolerance import CONTRADICTS, SUPPORTS, UNSURE

# Candidates scoring within this of the best are "about equally" good matches.
AMBIGUITY_MARGIN = 0.08
# Below this metric score a match is weak: support is flagged, contradiction goes to review.
STRONG_METRIC = 0.75


class Reason(StrEnum):
    """Which branch of the decision gave the verdict."""

    NO_MATCH = "no_match"  # nothing in the reference data matches the claim
    PLACE_NOT_COVERED = "place_not_covered"  # the metric matches, its rows are about other places
    PLACE_UNNAMED = "place_unnamed"  # the metric matches rows about many places; the text names none
    NO_FIGURE = "no_figure"  # candidates, but none has a figure for the claim's period
    DIFFERENT_PERIOD = "different_period"  # only figures for an overlapping, different period
    SUPPORTED_WITHIN_TOLERANCE = "supported_within_tolerance"
    WEAK_MATCH = "weak_match"  # supported, but the match is weak or the series not pinned down
    AMBIGUOUS = "ambiguous"  # supported by one metric, another fits as well and disagrees
    STALE = "stale"  # contradicted for the period, supported by an older one
    UNDECIDABLE = "undecidable"  # the figure is the claim's own boundary ('more than 60', data 60)
    ONLY_OLDER_PERIOD = "only_older_period"  # nothing for the period; an older figure agrees
    DIMENSION_UNNAMED = "dimension_unnamed"  # contradicted, but the text does not say which series
    UNCERTAIN_CONTRADICTION = "uncertain_contradiction"  # contradicted by a weak or spread match
    CONTRADICTED = "contradicted"
    NEAREST_OTHER_PERIOD = "nearest_other_period"  # nothing agrees or disagrees for the period


@dataclass
class Decision:
    """What ``decide`` found; ``lead`` heads the evidence and is what the explanation speaks of."""

    verdict: Verdict
    reason: Reason
    flags: list[Flag] = field(default_factory=list)
    lead: list[Observation] = field(default_factory=list)
    ranked: list[Observation] = field(default_factory=list)  # every observation, in evidence order
    disagreeing: Observation | None = None  # another source for the supporting figure's series
    not_covered: tuple[str, MissingValue] | None = None  # metric → the place its rows lack

    @property
    def evidence_order(self) -> list[Observation]:
        return self.lead + [o for o in self.ranked if o not in self.lead]


@dataclass
class _Findings:
    """The observations of the candidates that fit about equally well, split by what they say."""

    current: list[Observation]
    older: list[Observation]
    ranked: list[Observation]
    weak: bool
    claim_period: Period | None

    def with_status(self, status: int) -> list[Observation]:
        return [o for o in self.current if o.status == status]


def decide(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
           tol: Tolerances) -> Decision:
    """The automatic verdict for one claim, and the reason for it."""
    if not candidates:
        return _nothing_matches(ctx)
    claim_period = try_parse_period(claim.period) if claim.period else None
    observations = _observe(claim, candidates, index, ctx, tol, claim_period)
    if not observations:
        return Decision(Verdict.unsupported, Reason.NO_FIGURE)
    best = candidates[0].score
    close = [c for c in candidates if c.score >= best - AMBIGUITY_MARGIN]
    in_close = [o for o in observations if o.candidate in close]
    if not in_close:
        in_close = observations
        close = list(dict.fromkeys(o.candidate for o in observations))
    found = _Findings(current=[o for o in in_close if o.current], older=[o for o in in_close if not o.current],
                      ranked=_rank(observations), weak=max(c.metric_score for c in close) < STRONG_METRIC,
                      claim_period=claim_period)
    if found.current and not any(o.exact_period for o in found.current):
        o = (found.with_status(SUPPORTS) or found.with_status(UNSURE) or found.with_status(CONTRADICTS))[0]
        return _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], [o])
    if found.with_status(SUPPORTS):
        return _supported(found, ctx, tol)
    return _not_supported(found)


def _observe(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
             tol: Tolerances, claim_period: Period | None) -> list[Observation]:
    observations: list[Observation] = []
    for cand in candidates[:8]:
        if cand.mode is MatchMode.DIRECT:
            observations += observe_direct(claim, cand, ctx, tol, claim_period)
        elif cand.mode in (MatchMode.GROWTH, MatchMode.DIFFERENCE):
            observations += observe_change(claim, cand, ctx, tol, claim_period)
    if not any(o.status == SUPPORTS and o.current for o in observations):
        for cand in [c for c in candidates if c.mode is MatchMode.SHARE][:3]:
            observations += observe_share(claim, cand, index, ctx, tol, claim_period)
    return observations


def _nothing_matches(ctx: ClaimContext) -> Decision:
    """No candidate is left: nothing fits at all, or the data covers other places than the one named."""
    if ctx.missing:
        not_covered = max(ctx.missing.items(), key=lambda item: (item[1].rank, item[0]))
        return Decision(Verdict.unsupported, Reason.PLACE_NOT_COVERED, not_covered=not_covered)
    if ctx.unplaced:
        return Decision(Verdict.needs_review, Reason.PLACE_UNNAMED, [Flag.needs_review])
    return Decision(Verdict.unsupported, Reason.NO_MATCH)


def _decision(found: _Findings, verdict: Verdict, reason: Reason, flags: list[Flag], lead: list[Observation],
              disagreeing: Observation | None = None) -> Decision:
    if any(o.evidence.formula for o in lead[:1]):
        flags.append(Flag.derived)
    return Decision(verdict, reason, list(dict.fromkeys(flags)), lead, found.ranked, disagreeing)


def _supported(found: _Findings, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A current figure agrees; other sources, rival metrics or a weak match may qualify that."""
    flags: list[Flag] = []
    lead = _best(found.with_status(SUPPORTS))
    others = [o for o in found.with_status(CONTRADICTS) if o.source != lead.source
              and o.candidate.resource.metric == lead.candidate.resource.metric
              and o.evidence.dimensions.keys() == lead.evidence.dimensions.keys()
              and all(o.evidence.dimensions[k] == v for k, v in lead.evidence.dimensions.items()
                      if k != "source")]
    disagreeing = _best(others) if others else None
    if others:
        flags.append(Flag.sources_disagree)
    if not lead.after_as_of and found.claim_period is None \
            and lead.period.end.year < ctx.as_of.year - tol.stale_years:
        flags.append(Flag.stale)  # supported, but by a figure many years old: say so
    rivals = [o for o in found.current if o.status != SUPPORTS and o not in others
              and o.candidate.resource.metric != lead.candidate.resource.metric
              and o.candidate.score >= lead.candidate.score - 0.02]
    if rivals:
        return _decision(found, Verdict.needs_review, Reason.AMBIGUOUS, [*flags, Flag.needs_review],
                         [lead, _best(rivals)], disagreeing)
    ambiguous_series = len({o.series for o in found.current if o.candidate is lead.candidate}) > 3 \
        and lead.candidate.open_dims
    if found.weak or ambiguous_series:
        return _decision(found, Verdict.supported, Reason.WEAK_MATCH, [*flags, Flag.needs_review],
                         [lead, *others[:1]], disagreeing)
    return _decision(found, Verdict.supported, Reason.SUPPORTED_WITHIN_TOLERANCE, flags, [lead, *others[:1]],
                     disagreeing)


def _not_supported(found: _Findings) -> Decision:
    """No current figure agrees: an older one may, or the current ones disagree."""
    contradicting, unsure = found.with_status(CONTRADICTS), found.with_status(UNSURE)
    stale = [o for o in found.older if o.status == SUPPORTS]
    if stale and (contradicting or unsure):
        now = _best(contradicting or unsure)
        then = min(stale, key=lambda o: (-o.period.start.toordinal(), -o.candidate.score, o.origin))
        return _decision(found, Verdict.contradicted, Reason.STALE, [Flag.stale], [now, then])
    if unsure:
        return _decision(found, Verdict.needs_review, Reason.UNDECIDABLE, [Flag.needs_review], [_best(unsure)])
    if not found.current and stale:
        then = min(stale, key=lambda o: (-o.period.start.toordinal(), o.origin))
        return _decision(found, Verdict.unsupported, Reason.ONLY_OLDER_PERIOD, [Flag.stale], [then])
    if contradicting:
        lead = _best(contradicting)
        distinct_metrics = {o.candidate.resource.metric for o in contradicting}
        open_series = {o.series for o in found.current if o.candidate is lead.candidate}
        if lead.candidate.open_dims and len(open_series) > 1:
            return _decision(found, Verdict.needs_review, Reason.DIMENSION_UNNAMED, [Flag.needs_review], [lead])
        if found.weak or (len(distinct_metrics) > 1 and _spread(contradicting) > 0.2):
            return _decision(found, Verdict.needs_review, Reason.UNCERTAIN_CONTRADICTION, [Flag.needs_review],
                             [lead])
        return _decision(found, Verdict.contradicted, Reason.CONTRADICTED, [], [lead])
    return _decision(found, Verdict.unsupported, Reason.NEAREST_OTHER_PERIOD, [], [found.ranked[0]])


def _spread(obs: list[Observation]) -> float:
    values = [abs(o.observed) for o in obs if o.observed]
    return (max(values) - min(values)) / max(values) if values else 0.0


def _best(obs: list[Observation]) -> Observation:
    """The observation to lead with: best score, read directly, newest, closest; then by ``origin``."""
    return min(obs, key=lambda o: (-o.candidate.score, o.candidate.mode is not MatchMode.DIRECT,
                                   -o.period.start.toordinal(), abs(o.deviation), o.origin))


def _rank(obs: list[Observation]) -> list[Observation]:
    """Evidence order (see the module docstring); ``origin`` makes it total."""
    return sorted(obs, key=lambda o: (-o.candidate.score, not o.current, o.candidate.mode is not MatchMode.DIRECT,
                                      -o.period.start.toordinal(), abs(o.deviation), o.origin))
