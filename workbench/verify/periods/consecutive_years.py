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
from ..decision import Decision, Reason
from ..observations import observe_direct
from ..tolerance import CONTRADICTS, UNSURE

_BOUNDS = (Qualifier.gt, Qualifier.ge, Qualifier.lt, Qualifier.le)
_LONGEST_RUN = 30


@lru_cache(maxsize=1)
def _run() -> tuple[re.Pattern[str], dict[str, int]]:
    words = data_json("periods.json")["run_of_years"]
    counts = {**{w: n for w, n in WORD_VALUES.items() if 2 <= n <= _LONGEST_RUN}, **words["ordinals"]}
    pattern = re.compile(
        rf"\b(?P<n>{alternation(sorted(counts, key=len, reverse=True))}|\d{{1,2}}{ordinal_suffix()}?)\s+"
        rf"(?:(?:{alternation(words['consecutive_words'])})\s+years?|years?\s+(?:{alternation(words['in_a_row_words'])}))\b",
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
    (a run another clause names is another figure's): the first year that breaks it contradicts the claim."""
    if decision.verdict is not Verdict.supported or claim.qualifier not in _BOUNDS or not decision.lead:
        return decision
    lead = decision.lead[0]
    if lead.candidate.mode is not MatchMode.DIRECT or granularity(lead.period) != YEAR:
        return decision
    start, end = ctx.clause_span
    years = run_length(ctx.sentence_text[start:end] if end > start else claim.sentence)  # the bound's own clause
    if years is None:
        return decision
    last = lead.period.start.year
    for year in range(last - years + 1, last):
        period = parse_period(str(year))
        own = [o for o in observe_direct(claim.model_copy(update={"period": str(year)}), lead.candidate, ctx, tol, period)
               if o.period.start == period.start and o.period.end == period.end]
        breaking = [o for o in own if o.status == CONTRADICTS]
        if breaking:
            return decision.judged(Verdict.contradicted, Reason.RUN_BROKEN, lead=[breaking[0], lead])
        unsure = [o for o in own if o.status == UNSURE]
        if unsure:  # within the bound's slack: too close to call the run broken
            return dataclasses.replace(decision.for_review(Reason.RUN_BROKEN), lead=[unsure[0], lead])
    return decision
