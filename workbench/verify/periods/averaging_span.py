"""'The weekly average reached 421.13 ppm from May 8 to May 14': a mean over a span shorter than the
data's rows (a week inside a monthly file, a day inside an annual one) is another figure than the row's.
It may agree with the month by chance or differ from it honestly, so neither verdict stands: a person
decides. So does 'the average of years with recorded data' against one year's row: the writer's span
is unsaid. The words are data (``short_mean_words``, ``unspanned_mean_words`` in data/periods.json; ``flow_average_words``
there too, the default of the setting of that name, read through the Tolerances as ``flow_words`` is)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from ...config import Tolerances
from ...matching.carried import read_periods
from ...models import Claim, Kind, Verdict
from ...numbers import alternation, data_json
from ...text import first_match_from, match_spans, search_once, surface_at
from ...units import PERCENT_UNITS
from ..decision import Decision, Reason
from ..observations import names_any

_JUDGED = frozenset({Verdict.supported, Verdict.contradicted})
_SLACK_DAYS = 1  # a '7-day' row against a weekly mean is the same span
_YEAR_DAYS = 366


@lru_cache(maxsize=1)
def _short_means() -> tuple[re.Pattern[str] | None, dict[str, int]]:
    words = {" ".join(k.lower().split()): int(v) for k, v in data_json("periods.json").get("short_mean_words", {}).items()}
    if not words:
        return None, {}
    return re.compile(rf"(?<![\w-])(?:{alternation(list(words))})(?![\w-])", re.IGNORECASE), words


@lru_cache(maxsize=1)
def _unspanned() -> re.Pattern[str] | None:
    words = [" ".join(w.lower().split()) for w in data_json("periods.json").get("unspanned_mean_words", [])]
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.IGNORECASE) if words else None


@lru_cache(maxsize=8)
def _flow_averages(flow_average_words: tuple[str, ...]) -> re.Pattern[str] | None:
    words = [" ".join(w.lower().split()) for w in flow_average_words]
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.IGNORECASE) if words else None


def yearly_total(decision: Decision, claim: Claim, tol: Tolerances) -> bool:
    """The lead row's series adds a year up (its metric names one of ``flow_words`` and none of
    ``stock_words``) and the figure is an amount, not a rate: its row is a total, which no one calls the
    year's average ('annual average inflation' is the year's own row, a GDP deflator's too)."""
    res = decision.lead[0].candidate.resource
    return claim.unit not in PERCENT_UNITS and names_any(res, tol.flow_words) and not names_any(res, tol.stock_words) \
        and not names_any(res, tol.price_measure_words)


@lru_cache(maxsize=1)
def _per_year_changes() -> re.Pattern[str] | None:
    """'per year', 'a year' … after a change ('fell by 0.5 % per year'), not a comparison's 'a year' ('from a year
    earlier', 'a year ago'): ``per_year_change_words`` unless one of ``per_year_not_before`` follows."""
    periods = data_json("periods.json")
    words = [" ".join(w.lower().split()) for w in periods.get("per_year_change_words", [])]
    after = sorted(set(periods.get("per_year_not_before", [])), key=lambda w: (-len(w), w))
    if not words:
        return None
    not_after = rf"(?!\s+(?:{alternation(after)})(?![\w-]))" if after else ""
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-]){not_after}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _unspanned_runs() -> re.Pattern[str] | None:
    words = [" ".join(w.lower().split()) for w in data_json("periods.json").get("unspanned_run_words", [])]
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.IGNORECASE) if words else None


def short_mean_days(sentence: str) -> tuple[str, int] | None:
    """The phrase that calls a figure of ``sentence`` a mean over a short span, and the days it spans."""
    pattern, words = _short_means()
    found = search_once(pattern, sentence) if pattern is not None else None
    if found is None:
        return None
    phrase = " ".join(found.group().lower().split())
    return phrase, words[phrase]


def short_mean(decision: Decision, claim: Claim, as_of: dt.date, tol: Tolerances) -> Decision:
    """A supported or contradicted figure its sentence calls a mean over fewer days than the lead row
    spans, or (naming no period of its own) over all the years of the series, span unsaid, or a yearly
    total called an average per year (``flow_average_words``), years unnamed, against one year's row
    → needs_review
    (``Reason.AVERAGING_SPAN``)."""
    if decision.verdict not in _JUDGED or not decision.lead:
        return decision
    row = decision.lead[0].period
    row_days = (row.end - row.start).days + 1
    found = short_mean_days(claim.sentence)
    if found is not None and row_days > found[1] + _SLACK_DAYS:
        return decision.for_review(Reason.AVERAGING_SPAN, mean_words=found[0])
    # 'the average of years with recorded data' against one year's row, said beside the figure
    unspanned = _unspanned_beside(claim, _unspanned(), as_of) if found is None and row_days <= _YEAR_DAYS else None
    if unspanned is not None:
        return decision.for_review(Reason.AVERAGING_SPAN, mean_words=unspanned)
    # 'emitting an annual average of 11.2 million tonnes', no span: the mean of years nobody named
    spread = _unspanned_beside(claim, _flow_averages(tuple(tol.flow_average_words)), as_of) \
        if found is None and row_days <= _YEAR_DAYS and not claim.period and yearly_total(decision, claim, tol) else None
    if spread is not None:
        return decision.for_review(Reason.AVERAGING_SPAN, mean_words=spread)
    # 'stuck between 6 % and 8 % for several years' against one year's row: a run nobody counted
    run = _unspanned_beside(claim, _unspanned_runs(), as_of) if found is None and row_days <= _YEAR_DAYS else None
    if run is not None:
        return decision.for_review(Reason.RUN_UNSAID, mean_words=run)
    # 'a decline of its population of about 0.5 % per year', no span: the mean change of years nobody counted
    yearly = _unspanned_beside(claim, _per_year_changes(), as_of) \
        if found is None and row_days <= _YEAR_DAYS and claim.kind is Kind.change else None
    if yearly is not None:
        return decision.for_review(Reason.RUN_UNSAID, mean_words=yearly)
    return decision


def unfound_yearly_change(decision: Decision, claim: Claim, as_of: dt.date) -> Decision:
    """A change said per year with no span said with it that no row matched ('no figure for 1991' of 'a
    decrease of about 0.5 % per year' after a sentence's 1991): the year its reading took is not the figure's,
    whose years are unsaid → needs_review (``Reason.RUN_UNSAID``), as a judged one is (``short_mean``)."""
    # a percent read as a level ('a decrease of its population of about 0.5 % per year') is that change too
    if decision.reason is not Reason.NO_FIGURE or not (claim.kind is Kind.change or claim.unit in PERCENT_UNITS):
        return decision
    yearly = _unspanned_beside(claim, _per_year_changes(), as_of)
    return decision.for_review(Reason.RUN_UNSAID, mean_words=yearly) if yearly is not None else decision


_DIGITS = re.compile(r"\d")


def _unspanned_beside(claim: Claim, pattern: re.Pattern[str] | None, as_of: dt.date) -> str | None:
    """The phrase (of ``pattern``) by which the sentence calls the claim's figure a mean over all the years
    of a series, or says it held over an uncounted run of years: it stands between the figures before and
    after it, and no year there dates the figure ('a low of 1.4 % in 1962' is that year's, whatever the
    sentence says of another figure); else None."""
    at = surface_at(claim.sentence, claim.text)
    if at < 0:
        return None
    digit_ends = match_spans(_DIGITS, claim.sentence)[1]
    before = bisect_right(digit_ends, at)  # the digits wholly before the figure
    after = first_match_from(_DIGITS, claim.sentence, at + len(claim.text))
    segment = claim.sentence[digit_ends[before - 1] if before else 0:after.start() if after else len(claim.sentence)]
    found = search_once(pattern, segment) if pattern is not None else None
    phrase = " ".join(found.group().lower().split()) if found else None
    if phrase is None:
        return None
    # a period said with the figure ('5.8 % in 2022', '5.8 % last year') dates it, whatever the run phrase says
    dated_here = bool(claim.period) and any(
        value for _, _, value in read_periods(claim.sentence[at:after.end() + 3 if after else None], as_of))
    # 'the highest for years', 'low for years': a record or a state the run qualifies, not the figure's span
    return None if dated_here or (found and _RUN_RECORD_WORD.search(segment, 0, found.start())) else phrase


# a record word right before the run phrase: 'the highest for years', 'which had been low for years'
_RUN_RECORD_WORD = re.compile(
    rf"(?<![\w-])(?i:{alternation(data_json('periods.json')['run_record_words'])})\W*$")
