"""'2015 was the fourth consecutive year that CO2 grew more than 2 ppm': a bound said of a run of
years holds for every year of the run, not only the figure's own. The years before it are read from
the series that supported it; one that breaks the bound contradicts the claim, its row the evidence, and
one within the bound's slack sends it to a person.
The words are data (``run_of_years`` in data/periods.json)."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ...config import Tolerances
from ...matching import ClaimContext, MatchMode
from ...models import Claim, Qualifier, Verdict
from ...numbers import WORD_VALUES, alternation, data_json, ordinal_suffix
from ...periods import YEAR, granularity, parse_period
from ..decision import RIVAL_MARGIN, Decision, Reason
from ..observations import Observation, observe_direct
from ..tolerance import CONTRADICTS, SUPPORTS, UNSURE

_BOUNDS = (Qualifier.gt, Qualifier.ge, Qualifier.lt, Qualifier.le)
_LONGEST_RUN = 30


@lru_cache(maxsize=1)
def _run() -> tuple[re.Pattern[str], dict[str, int]]:
    words = data_json("periods.json")["run_of_years"]
    counts = {**{w: n for w, n in WORD_VALUES.items() if 2 <= n <= _LONGEST_RUN}, **words["ordinals"]}
    steps = alternation(sorted(words["run_nouns"], key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?P<n>{alternation(sorted(counts, key=len, reverse=True))}|\d{{1,2}}{ordinal_suffix()}?)\s+"
        rf"(?:(?:{alternation(words['consecutive_words'])})\s+(?:{steps})|(?:{steps})\s+(?:{alternation(words['in_a_row_words'])}))\b",
        re.IGNORECASE)
    return pattern, counts


def run_length(sentence: str) -> int | None:
    """The number of years a run the sentence names lasts ('the fourth consecutive year': 4), else None."""
    pattern, counts = _run()
    found = pattern.search(sentence)
    if found is None:
        return None
    word = found.group("n").lower()
    n = counts.get(word) or (int(re.sub(r"\D", "", word)) if re.sub(r"\D", "", word) else 0)
    return n if 2 <= n <= _LONGEST_RUN else None


def run_of_years(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A bound supported for its own year, checked for each earlier year of the run its own clause names
    (a run another clause names is another figure's): the first year that breaks it contradicts the claim.
    Another series that fits as well (a station's beside the globe's, neither named) and agrees for the
    figure's year must hold the run too: where it breaks it, which record the writer read is for a person."""
    if decision.verdict is not Verdict.supported or claim.qualifier not in _BOUNDS or not decision.lead:
        return decision
    lead = decision.lead[0]
    if lead.candidate.mode is not MatchMode.DIRECT or granularity(lead.period) != YEAR:
        return decision
    start, end = ctx.clause_span
    years = run_length(ctx.sentence_text[start:end] if end > start else claim.sentence)  # the bound's own clause
    if years is None:
        return decision
    broken = _first_break(lead, claim, ctx, tol, years)
    if broken is not None:
        if broken.status == CONTRADICTS:
            return decision.judged(Verdict.contradicted, Reason.RUN_BROKEN, lead=[broken, lead])
        # within the bound's slack: too close to call the run broken
        return dataclasses.replace(decision.for_review(Reason.RUN_BROKEN), lead=[broken, lead])
    for sibling in _equal_siblings(decision, lead):
        broken = _first_break(sibling, claim, ctx, tol, years)
        if broken is not None:
            return dataclasses.replace(decision.for_review(Reason.RUN_BROKEN), lead=[broken, lead])
    return decision


def _equal_siblings(decision: Decision, lead: Observation) -> list[Observation]:
    """The other series' rows of the lead's year that agree as the lead does and fit about as well (a
    station's growth beside the globe's when the text names neither)."""
    seen: set[str] = {lead.candidate.resource.name}
    siblings = []
    for o in decision.ranked:
        if (o.status == SUPPORTS and o.candidate.mode is MatchMode.DIRECT and o.period == lead.period
                and o.candidate.resource.metric != lead.candidate.resource.metric
                and o.candidate.resource.name not in seen
                and o.candidate.score >= lead.candidate.score - RIVAL_MARGIN):
            seen.add(o.candidate.resource.name)
            siblings.append(o)
    return siblings


def _first_break(own: Observation, claim: Claim, ctx: ClaimContext, tol: Tolerances, years: int) -> Observation | None:
    """The first earlier year of the run whose row of ``own``'s series breaks the bound (contradicts it, or
    lies within its slack), else None."""
    last = own.period.start.year
    for year in range(last - years + 1, last):
        period = parse_period(str(year))
        rows = [o for o in observe_direct(claim.model_copy(update={"period": str(year)}), own.candidate, ctx, tol, period)
                if o.period.start == period.start and o.period.end == period.end]
        breaking = [o for o in rows if o.status == CONTRADICTS] or [o for o in rows if o.status == UNSURE]
        if breaking:
            return breaking[0]
    return None
