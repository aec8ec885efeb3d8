"""'inflation averaged 6 % … the highest annual rate since 2008': the year after 'since' in a record
('the highest since', 'the lowest since') is the base the record is measured from, not the year of
the figure, though it is the only year the sentence names. The figure is read as naming no year of
its own, so it is never called out of date by that year's row."""

from __future__ import annotations

import re
from functools import lru_cache

from ...config import Tolerances
from ...extraction.periods import YEAR_DIGITS
from ...models import Claim
from ...numbers import alternation
from ...periods import YEAR, granularity, try_parse_period
from ...text import surface_at
from ..wording import holds_any


def since_base_claim(claim: Claim, tol: Tolerances) -> Claim:
    """The claim with no period when its only year is the base of a record after it."""
    if not claim.period or "since" not in claim.sentence.lower():
        return claim
    parsed = try_parse_period(claim.period)
    if parsed is None or granularity(parsed) != YEAR or not holds_any(claim.sentence, tol.record_words):
        return claim
    year = str(parsed.start.year)
    at = surface_at(claim.sentence, claim.text)
    if at < 0 or year in claim.sentence[:at]:
        return claim  # the sentence names the year before the figure: it may be the figure's own
    after = claim.sentence[at + len(claim.text):]
    since = next((m for m in _since_year(_point_words(tol)).finditer(after) if m.group("year") == year), None)
    if since is None or after[:since.start()].count(year):
        return claim
    if not holds_any(after[:since.start()], tol.record_words):
        return claim  # 'up 5 % since 2008' is a change over the span, read elsewhere
    return claim.model_copy(update={"period": None})


def _point_words(tol: Tolerances) -> tuple[str, ...]:
    return tuple(sorted({w for words in tol.point_in_year_words.values() for w in words if w.strip()}))


@lru_cache(maxsize=8)
def _since_year(point_words: tuple[str, ...]) -> re.Pattern[str]:
    """'since 2008', 'since the start of 2008': a record's base year (or a day of it, ``point_in_year_words``); a few
    words naming the time may stand between, with no figure nor clause mark ('not seen since before the recession
    back in 2007')."""
    return re.compile(rf"\bsince\s+(?:(?:the\s+)?(?:{alternation(list(point_words))})\s+)?(?:[^\W\d]+\s+){{0,{_SINCE_GAP_WORDS}}}"
                      rf"(?P<year>{YEAR_DIGITS})\b", re.IGNORECASE)


# the words 'since' and its year may have between them ('since before the recession back in 2007')
_SINCE_GAP_WORDS = 5
