"""'The weekly average reached 421.13 ppm from May 8 to May 14': a mean over a span shorter than the
data's rows (a week inside a monthly file, a day inside an annual one) is another figure than the row's.
It may agree with the month by chance or differ from it honestly, so neither verdict stands: a person
decides. The words and the days each spans are data (``short_mean_words`` in data/periods.json)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Claim, Verdict
from ..numbers import alternation, data_json
from .decision import Decision, Reason

_JUDGED = frozenset({Verdict.supported, Verdict.contradicted})
_SLACK_DAYS = 1  # a '7-day' row against a weekly mean is the same span


@lru_cache(maxsize=1)
def _short_means() -> tuple[re.Pattern[str] | None, dict[str, int]]:
    words = {" ".join(k.lower().split()): int(v) for k, v in data_json("periods.json").get("short_mean_words", {}).items()}
    if not words:
        return None, {}
    return re.compile(rf"(?<![\w-])(?:{alternation(list(words))})(?![\w-])", re.IGNORECASE), words


def short_mean_days(sentence: str) -> tuple[str, int] | None:
    """The phrase that calls a figure of ``sentence`` a mean over a short span, and the days it spans."""
    pattern, words = _short_means()
    found = pattern.search(sentence) if pattern is not None else None
    if found is None:
        return None
    phrase = " ".join(found.group().lower().split())
    return phrase, words[phrase]


def short_mean(decision: Decision, claim: Claim) -> Decision:
    """A supported or contradicted figure its sentence calls a mean over fewer days than the lead row
    spans → needs_review (``Reason.AVERAGING_SPAN``)."""
    if decision.verdict not in _JUDGED or not decision.lead:
        return decision
    found = short_mean_days(claim.sentence)
    if found is None:
        return decision
    row = decision.lead[0].period
    row_days = (row.end - row.start).days + 1
    if row_days <= found[1] + _SLACK_DAYS:
        return decision
    return decision.for_review(Reason.AVERAGING_SPAN)
