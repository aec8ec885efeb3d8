"""The figures the candidates offer for a claim: read directly, recomputed as a change, or derived as a share.

Change claims are checked against a growth series, or recomputed from two periods of a level
series; a share with no share series is derived as count ÷ total. Evidence that was computed
says how (``formula``) and from which cells (``cells``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from typing import Literal

import numpy as np

from .periods.cumulative import YEAR_AFTER_BASE, compounded_rates
from ..config import Tolerances
from ..extraction.periods import YEAR_WRITTEN
from ..gazetteer import place_key
from ..matching import Candidate, ClaimContext, MatchMode, ReferenceIndex, ResourceIndex, find_totals
from ..matching.context import leads_into_place
from ..matching.index import SOURCE_DIMENSION
from ..matching.wide import columns_named_after
from ..numbers import alternation, data_json
from ..places import Places, is_marker, marker
from ..models import CellRef, Claim, Direction, Evidence, Kind, Qualifier
from ..text import token_set
from ..unit_families import COUNT_FAMILY, unit_family
from ..units import NOT_ADDITIVE_UNITS, PERCENT_OR_PP, POINT_UNITS
from ..periods import DAY, MONTH, MULTI_YEAR, QUARTER, SPAN, TRAILING_12, YEAR, YEAR_TO_DATE, Period, format_period, granularity, parse_period, shifted_month, try_parse_period
from .tolerance import CONTRADICTS, SUPPORTS, Band, band_for
from .wording import find_any, holds_any


@dataclass(eq=False)
class Observation:
    """One figure a candidate offers for the claim, with its verdict on the claim.

    The ``Evidence`` model is built only for the observations a result shows.
    """

    candidate: Candidate
    period: Period
    observed: float  # in the claim's unit (a rate in % for growth)
    status: int
    make_evidence: Callable[[], Evidence]
    series: tuple[object, ...]
    deviation: float = 0.0
    current: bool = False
    exact_period: bool = True
    after_as_of: bool = False
    cells: list[CellRef] = field(default_factory=list)
    later: bool = False  # a later period than the claim's (a year mix-up when it agrees)
    reading: str = ""  # how several years were read: mean, range, compound, mean_growth
    row: int | None = None  # the reference row read directly (computed figures name their ``cells``)

    @cached_property
    def evidence(self) -> Evidence:
        return self.make_evidence()

    @property
    def origin(self) -> tuple[str, str, tuple[tuple[str, int], ...]]:
        """Resource, mode and the (resource, row) cells the figure comes from: unique per observation,
        the last tie-break of every ranking."""
        cells = tuple((c.resource, c.row) for c in self.cells) or ((self.candidate.resource.name, self.row or 0),)
        return self.candidate.resource.name, self.candidate.mode, cells

    @property
    def source(self) -> str:
        return self.evidence.source or self.evidence.resource


def _deviation(claimed: float, observed: float) -> float:
    return (claimed - observed) / observed if observed else math.inf


def signed_value(claim: Claim) -> float:
    """The claimed figure, negative for a change the text says goes down."""
    if claim.kind is Kind.change and claim.direction is Direction.down:
        return -abs(claim.value)
    return claim.value


def _period_fits(row: Period, target: Period) -> bool:
    """A row speaks of the target period: the same span, a point in time inside it, a day inside the
    row's span (a stock on a date), or a year inside a row spanning several years (``2010/2014``).
    A month is not inside its year: a monthly rate is not the annual average."""
    if row.start == target.start and row.end == target.end:
        return True
    if row.months <= 1 and target.contains(row):
        return True
    return row.contains(target) and (target.start == target.end or (target.is_year and row.months > 12))


def _evidence(res: ResourceIndex, pos: int | None, period: str, value: float, unit: str, claimed_in_unit: float,
              supports: bool, score: float, *, formula: str | None = None,
              cells: list[CellRef] | None = None, pos_for_meta: int | None = None) -> Evidence:
    meta_pos = pos if pos is not None else pos_for_meta
    source, url = res.source_of(meta_pos) if meta_pos is not None else ("", "")
    dims = res.row_dimensions(meta_pos) if meta_pos is not None else {}
    deviation = (claimed_in_unit - value) / value if value else None
    return Evidence(resource=res.name, row=int(res.rows[pos]) if pos is not None else None, metric=res.metric,
                    period=period, value=float(value), unit=unit, source=source, url=url, dimensions=dims,
                    claimed=claimed_in_unit, deviation=None if deviation is None else round(float(deviation), 6),
                    supports=supports, score=round(min(score, 1.0), 4), formula=formula, cells=cells or [],
                    period_from=res.period_from, period_file=res.period_file)


def _fits(res: ResourceIndex, target: Period) -> np.ndarray:
    """Per period code of ``res``: does that period speak of ``target`` (see ``_period_fits``)? Shared
    by the claims of one period: not to be changed."""
    found = res.per_code.get(("fits", target))
    if found is None:
        found = kept_per_code(res, ("fits", target), _fits_of(res, target))
    return found


def _fits_of(res: ResourceIndex, target: Period) -> np.ndarray:
    start, end = target.start.toordinal(), target.end.toordinal()
    same = (res.period_start == start) & (res.period_end == end)
    point_inside = res.period_point & (res.period_start >= start) & (res.period_end <= end)
    row_holds = (res.period_start <= start) & (res.period_end >= end)
    if target.start == target.end:
        inside_row = row_holds
    elif target.is_year:
        inside_row = row_holds & (res.period_end - res.period_start > DAYS_PER_YEAR)
    else:
        inside_row = np.zeros_like(row_holds)
    return (same | point_inside | inside_row) & res.period_valid


@dataclass
class Targets:
    """Which of a candidate's rows speak of the claim's period, and which are history around it."""

    current: np.ndarray  # positions: the claim's period (or the nearest overlapping, when not ``exact``)
    older: np.ndarray  # earlier periods within the look-back window: a match makes the figure stale
    later: np.ndarray  # later periods of the same length within the look-forward window: a year mix-up
    exact: bool  # the current rows cover the claim's own period
    postdated: np.ndarray  # per current position: its period was not complete and published by as_of


DAYS_PER_YEAR = 366
SAME_LENGTH_DAYS = 3  # months and quarters differ by a few days in length


def covers(o: Observation, period: Period) -> bool:
    """The observation's row is as long as ``period`` (within ``SAME_LENGTH_DAYS``). A row dated to a
    day stands for the step between its series' dates: '2022-01-01' in a yearly file is the year 2022,
    in a monthly one January."""
    span = max((o.period.end - o.period.start).days, o.candidate.resource.step_days)
    return span + SAME_LENGTH_DAYS >= (period.end - period.start).days


def finer_than_rows(claim_period: Period, res: ResourceIndex, positions: np.ndarray) -> bool:
    """The claim speaks of a span shorter than a year (a month, a quarter, a day, the year to date)
    and none of ``positions`` is a row of that length or shorter: the data is of another granularity."""
    if granularity(claim_period) in (YEAR, MULTI_YEAR):
        return False
    length = (claim_period.end - claim_period.start).days
    codes = np.unique(res.period_codes[positions])
    codes = codes[res.period_valid[codes]]
    spans = res.period_end[codes] - res.period_start[codes]
    # a row dated to a day stands for its series' step ('2022-10-01' in a monthly file is October)
    spans = np.where(res.period_point[codes], np.maximum(spans, res.step_days), spans)
    return bool(len(codes)) and not (spans <= length + SAME_LENGTH_DAYS).any()


# A row this many days long or longer is a year's (or several years'), a quarter's, a month's.
_LENGTH_DAYS = (("year", 364), ("quarter", 89), ("month", 27))


def publication_lag(starts: np.ndarray, ends: np.ndarray, tol: Tolerances) -> np.ndarray:
    """Per row: the days after its period ends before its figure counts as published — the lag set for
    rows of its length (``publication_lag_by_length``), else ``publication_lag_days``."""
    spans = ends - starts
    lag = np.full(len(spans), tol.publication_lag_by_length.get("day", tol.publication_lag_days), dtype=np.int64)
    for length, days in reversed(_LENGTH_DAYS):  # the longest length a row reaches wins
        lag = np.where(spans >= days, tol.publication_lag_by_length.get(length, tol.publication_lag_days), lag)
    return lag


def _published_on(res: ResourceIndex, tol: Tolerances) -> np.ndarray:
    """Per period code of ``res``: the ordinal of the day its figure counts as published, worked out
    once per resource and set of lags rather than per claim."""
    key = ("published", tol.publication_lag_days, tuple(sorted(tol.publication_lag_by_length.items())))
    found = res.per_code.get(key)
    if found is None:
        found = kept_per_code(res, key, res.period_end + publication_lag(res.period_start, res.period_end, tol))
    return found


def kept_per_code(res: ResourceIndex, key: tuple[object, ...], found: np.ndarray) -> np.ndarray:
    """``found``, kept on ``res`` under ``key``: what the claims ask of a resource's periods, answered once."""
    if len(res.per_code) > _PER_CODE_KEPT:  # a long-lived index (the app) meets ever more periods
        res.per_code.clear()
    res.per_code[key] = found
    return found


_PER_CODE_KEPT = 1024


def published_by(period: Period, as_of: dt.date, tol: Tolerances) -> bool:
    """The period had ended, and its figure was published (``publication_lag``), by ``as_of``."""
    start, end = np.array([period.start.toordinal()]), np.array([period.end.toordinal()])
    return bool(end[0] + publication_lag(start, end, tol)[0] <= as_of.toordinal())


def last_published_year(as_of: dt.date, tol: Tolerances) -> int:
    """The latest calendar year whose figure was published by ``as_of`` (``published_by`` for a year's
    row: its 31 December plus the year's publication lag); a draft of year 1 stays in it."""
    lag = tol.publication_lag_by_length.get(YEAR, tol.publication_lag_days)
    return dt.date.fromordinal(max(1, as_of.toordinal() - lag + 1)).year - 1


def last_published_month(as_of: dt.date, tol: Tolerances) -> tuple[int, int]:
    """(year, month) of the latest calendar month whose figure was published by ``as_of`` (``published_by`` for
    a month's row: its last day plus the month's publication lag)."""
    lag = tol.publication_lag_by_length.get(MONTH, tol.publication_lag_days)
    day = dt.date.fromordinal(max(32, as_of.toordinal() - lag + 1))
    return (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)


def count_drift_per_year() -> float:
    """How far, as a share of the count, a population's count may move in a year (periods.json
    ``count_drift_per_year``): the span within which a count of another day of the year neither confirms nor
    refutes a row."""
    return float(data_json("periods.json")["count_drift_per_year"])


# on which side of a one-day row's day a count of another day may stand
DaySide = Literal["before", "after", "either"]


def count_of_another_day(claimed: float, observed: float, day: dt.date, row_day: dt.date, side: DaySide = "either",
                         within_years: float | None = None) -> bool:
    """A count of ``day`` that a row counted on ``row_day`` (a register's 1 January count, a table of regions
    of one day) neither confirms nor refutes: a population moves every day, so a count of another day — on
    ``side`` of the row's ('before' it, 'after' it or 'either'), no farther off than ``within_years`` when
    given — that misses the row's count by no more than counts move between the two days
    (``count_drift_per_year`` a year, at least a twelfth of that for days within a month) is that day's count.
    The row's own day is no other day; a row counting nobody is no count to move."""
    days = (row_day - day).days  # positive: the count's day is before the row's
    if not days or observed <= 0 or (side == "before" and days < 0) or (side == "after" and days > 0):
        return False
    if within_years is not None and abs(days) > within_years * DAYS_PER_YEAR:
        return False
    return count_moved_within(claimed, observed, max(abs(days) / 365.25, 1 / 12))


def count_moved_within(claimed: float, observed: float, years: float) -> bool:
    """Whether a count of ``claimed`` misses ``observed`` by no more than a population's count moves in ``years``
    (``count_drift_per_year`` a year): the one measure of how far apart two days' counts of one population may be,
    read by ``count_of_another_day`` for two days the text and the row name, and for a count of a day of a year the
    text leaves unnamed, by how far that day can be from the middle the row estimates (census.py)."""
    return abs(claimed - observed) <= count_drift_per_year() * years * observed


def due_year_behind(row: Period, as_of: dt.date, tol: Tolerances) -> int | None:
    """The year of the latest row of ``row``'s yearly rhythm due by ``as_of``, when ``row`` is
    ``undated_gap_years`` or more behind it: a figure naming no period, in a draft of that date, most
    likely speaks of a period the data does not reach. None when the row is recent enough, or of no yearly
    rhythm. The one test of 'the data is older than the draft can expect'."""
    due = _latest_due_year(row, as_of, tol)
    return due if due is not None and due - row.start.year >= tol.undated_gap_years else None


def _latest_due_year(row: Period, as_of: dt.date, tol: Tolerances) -> int | None:
    """The year of the latest row of ``row``'s yearly rhythm published by ``as_of``: the last published
    year for a year's row; for a day's snapshot, the last same-day count taken by then; None for others."""
    kind = granularity(row)
    if kind == YEAR:
        return last_published_year(as_of, tol)
    if kind != DAY:
        return None
    lag = tol.publication_lag_by_length.get(DAY, tol.publication_lag_days)
    by = as_of - dt.timedelta(days=lag)
    same_day = (row.start.month, row.start.day)
    return by.year if (by.month, by.day) >= same_day else by.year - 1


def names_no_period(claim: Claim, ctx: ClaimContext) -> bool:
    """Whether the figure names no period of its own nor carries one from the text around it: only the
    draft's date, if it has one, tells which period it speaks of."""
    return not claim.period and ctx.carried_period is None


def target_positions(res: ResourceIndex, positions: np.ndarray, claim_period: Period | None,
                     as_of: dt.date, tol: Tolerances) -> Targets:
    """The rows of ``positions`` that speak of ``claim_period`` (or, without one, of the latest period
    complete and published by ``as_of``), and the history around them (see ``Targets``)."""
    codes = res.period_codes[positions]
    starts, ends = res.period_start[codes], res.period_end[codes]
    published = (_published_on(res, tol)[codes] <= as_of.toordinal()) & res.period_valid[codes]
    back = tol.stale_window_years * DAYS_PER_YEAR
    empty = positions[:0]
    if claim_period is not None:
        first, last = claim_period.start.toordinal(), claim_period.end.toordinal()
        current = _fits(res, claim_period)[codes]
        exact = bool(current.any())
        if not exact:  # nothing for the claim's own period: overlapping periods are near, not the same
            current = (starts <= last) & (first <= ends) & res.period_valid[codes]
        # A claim that names its period took its figure for that period: an older one that agrees is
        # a slip of a year or two (like a later one), not a figure quoted years out of date. A claim
        # finer than every row took its figure from elsewhere: the nearest row within the stale window
        # is shown as a different period, never as a slip.
        near = back if finer_than_rows(claim_period, res, positions) else tol.mixup_window_years * DAYS_PER_YEAR
        older = (starts < first) & ~current & (starts >= first - min(back, near))
        same_length = np.abs((ends - starts) - (last - first)) <= SAME_LENGTH_DAYS
        later = (starts > last) & same_length & (starts <= last + tol.mixup_window_years * DAYS_PER_YEAR)
        return Targets(positions[current], positions[older], positions[later], exact, ~published[current])
    if published.any():
        latest = starts[published].max()
        current = published & (starts == latest)
        older = published & (starts < latest) & (starts >= latest - back)
        return Targets(positions[current], positions[older], empty, True, np.zeros(int(current.sum()), bool))
    # Nothing was complete by the draft's date: the earliest figure, flagged as postdating the draft.
    earliest = starts.min()
    current = starts == earliest
    return Targets(positions[current], empty, empty, True, np.ones(int(current.sum()), bool))


def observe_direct(claim: Claim, cand: Candidate, ctx: ClaimContext, tol: Tolerances,
                   claim_period: Period | None) -> list[Observation]:
    res = cand.resource
    t = target_positions(res, cand.positions, claim_period, ctx.as_of, tol)
    claimed = signed_value(claim)
    band = band_for(claimed, claim, tol, high_value=claim.value_high)
    out: list[Observation] = []
    for group, role in ((t.current, "current"), (t.older, "older"), (t.later, "later")):
        if not len(group):
            continue
        observed = res.values[group] * cand.factor
        status = band.judge(observed)
        out += [_direct(claim, cand, int(group[i]), float(observed[i]), int(status[i]), role, t, int(i))
                for i in _kept(res, group, status, role)]
    return out


def _kept(res: ResourceIndex, group: np.ndarray, status: np.ndarray, role: str) -> list[int]:
    """Every current row; older rows that support (they make a figure stale) plus the few newest;
    later rows only when they support (a year mix-up)."""
    if role == "current":
        return list(range(len(group)))
    supporting = np.flatnonzero(status == SUPPORTS)
    if role == "later":
        return supporting.tolist()
    newest = np.argsort(-res.period_start[res.period_codes[group]], kind="stable")[:3]
    return list(dict.fromkeys(np.concatenate([supporting, newest]).tolist()))


def _direct(claim: Claim, cand: Candidate, pos: int, observed: float, status: int, role: str, t: Targets,
            i: int) -> Observation:
    res = cand.resource
    claimed = signed_value(claim)
    period = res.periods[res.period_codes[pos]]
    assert period is not None
    ev = partial(_evidence, res, pos, period.text, float(res.values[pos]), _unit_of(res, pos),
                 claimed / cand.factor, status == SUPPORTS, cand.score, **_published_cell(res, pos, period))
    current = role == "current"
    return Observation(cand, period, observed, status, ev, res.series_key(pos), _deviation(claimed, observed),
                       current=current, exact_period=t.exact or not current,
                       after_as_of=current and bool(t.postdated[i]), row=int(res.rows[pos]), later=role == "later")


def _published_cell(res: ResourceIndex, pos: int, period: Period) -> dict:
    """A figure derived from a published cell (a rate turned round, or divided by another currency's
    rate of the same period) names that cell and the sum."""
    if res.published_values is None:
        return {}
    published = float(res.published_values[pos])
    divisor = None if res.published_divisors is None else float(res.published_divisors[pos])
    return {"formula": f"1 / {published:g}" if divisor is None else f"{published:g} / {divisor:g}",
            "cells": [CellRef(resource=res.name, row=int(res.rows[pos]), period=period.text, value=published, unit=_unit_of(res, pos))]}


def _unit_of(res: ResourceIndex, pos: int) -> str:
    return res.units[res.unit_codes[pos]]


def short_change_step(claim: Claim, claim_period: Period | None, tol: Tolerances) -> int:
    """Months between the two figures of a rate's change in points said over a month or a quarter —
    in a month or quarter it names ('up 0.5 points in March') or by its wording ('from the previous
    month', ``short_change_words``) — unless it says year on year; 0 for a change on the year before."""
    if claim.kind is not Kind.change or claim.unit not in POINT_UNITS or holds_any(claim.sentence, tol.year_on_year_words):
        return 0
    if claim_period is not None and claim_period.start.day == 1 and claim_period.months in (1, 3):
        return claim_period.months
    if claim_period is None:
        found = find_any(claim.sentence, tol.short_change_words)
        if found:
            return 3 if "quarter" in found[0].group() or "q/q" in found[0].group() else 1
    return 0


def _months_earlier(period: Period, months: int) -> Period:
    """The span of whole months as long as ``period`` that ends ``months`` before it ends."""
    start = dt.date(*shifted_month(period.start.year, period.start.month, -months), 1)
    end_year, end_month = shifted_month(period.end.year, period.end.month, -months)
    end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return Period(start, end, format_period(start, end))


def observe_change(claim: Claim, cand: Candidate, ctx: ClaimContext, tol: Tolerances,
                    claim_period: Period | None) -> list[Observation]:
    """Growth (%) or difference recomputed from the same span one year earlier, per series."""
    res = cand.resource
    positions = cand.positions
    by_series: dict[tuple[int, ...], dict[str, int]] = {}
    for pos in positions.tolist():
        period = res.periods[res.period_codes[pos]]
        if period is not None:
            by_series.setdefault(res.series_key(pos), {})[period.text] = pos
    # a multiple is a factor, its direction in its verb ('fell 1.1 times'): compared as a size
    claimed = abs(claim.value) if claim.unit == "x" else signed_value(claim)
    points = cand.mode in (MatchMode.GROWTH, MatchMode.DIFFERENCE) and claim.unit in PERCENT_OR_PP
    band = band_for(claimed, claim, tol, points=points, high_value=claim.value_high)
    found: list[tuple[Period, int, int, float]] = []
    step = short_change_step(claim, claim_period, tol)
    for rows in by_series.values():
        periods = sorted((parse_period(p) for p in rows), key=lambda p: (p.start, p.end), reverse=True)
        for period in periods:
            if claim_period is not None and not _period_fits(period, claim_period):
                continue
            # without a period of its own, a change speaks of the latest period complete and published
            # by the draft's date (as ``target_positions`` reads a level), not of the year in progress
            if claim_period is None and not published_by(period, ctx.as_of, tol):
                continue
            try:
                previous = period.shifted_years(-1) if not step else _months_earlier(period, step)
            except ValueError:  # a row of year 1 has no year before it in the calendar
                continue
            prev_pos = next((rows[p.text] for p in periods if p.start == previous.start and p.end == previous.end),
                            None)
            if prev_pos is None:
                continue
            now_pos = rows[period.text]
            v0, v1 = res.values[prev_pos], res.values[now_pos]
            if cand.mode == MatchMode.GROWTH:
                if v0 == 0:
                    continue
                change = _multiple(claim, v0, v1) if claim.unit == "x" else (v1 / v0 - 1.0) * 100.0
            else:
                change = (v1 - v0) * cand.factor
            found.append((period, prev_pos, now_pos, change))
            break
    if not found:
        return []
    latest = max(p.start for p, *_ in found)
    out = []
    for period, prev_pos, now_pos, change in found:
        status = int(band.judge(np.array([change]))[0])
        p0 = res.periods[res.period_codes[prev_pos]]
        assert p0 is not None
        unit = "%" if cand.mode == MatchMode.GROWTH else ("pp" if claim.unit in PERCENT_OR_PP else claim.unit)
        formula = (f"(v{period.text} / v{p0.text} - 1) × 100" if cand.mode == MatchMode.GROWTH
                   else f"v{period.text} - v{p0.text}")
        if cand.mode == MatchMode.GROWTH and claim.unit == "x":
            unit = "x"
            formula = f"v{p0.text} / v{period.text}" if claim.direction is Direction.down else \
                f"v{period.text} / v{p0.text}"
        cells = [CellRef(resource=res.name, row=int(res.rows[p]), period=res.periods[res.period_codes[p]].text,  # type: ignore[union-attr]
                         value=float(res.values[p]), unit=_unit_of(res, p)) for p in (prev_pos, now_pos)]
        # Python's round, not numpy's: numpy scales by 10**6 first, and a change of -1e308 becomes -inf
        ev = partial(_evidence, res, None, period.text, round(float(change), 6), unit, claimed, status == SUPPORTS,
                     cand.score, formula=formula, cells=cells, pos_for_meta=now_pos)
        out.append(Observation(cand, period, change, status, ev, res.series_key(now_pos), _deviation(claimed, change),
                               current=period.start == latest, cells=cells,
                               after_as_of=not published_by(period, ctx.as_of, tol)))
    return out


def _multiple(claim: Claim, v0: float, v1: float) -> float:
    """How many times the later figure is the earlier ('grew 1.2 times'), or the earlier the later
    when the claim says it fell ('fell 1.1 times': a calque news translated from Russian uses)."""
    if claim.direction is Direction.down:
        return float(v0 / v1) if v1 else math.inf
    return float(v1 / v0)


@dataclass
class _Whole:
    """Rows that can be the whole a part is a share of: another resource's total, or an aggregate row
    of the part's own resource that the text names ('of the world economy')."""

    resource: ResourceIndex
    positions: list[int]
    factor: float
    score: float


def _named_aggregates(index: ReferenceIndex, ctx: ClaimContext, cand: Candidate, pos: int
                      ) -> list[tuple[int, _Whole]]:
    """(part row, whole) from the part's own resource: the whole is a value of one of its dimensions
    that the sentence names after the figure ('3.16 % of the world economy', '12.9 % of Russia's'),
    the part the value named before it — or the row the claim was matched to — with every other
    dimension the same."""
    res = cand.resource
    own = {k: v for k, v in res.row_dimensions(pos).items() if k != SOURCE_DIMENSION}
    out: list[tuple[int, _Whole]] = []
    named: dict[str, dict[str, list[int]]] = {}  # dimension → value → where its words stand
    for tok in sorted(ctx.sentence):
        for term in index.dim_index.get(tok, ()):
            if term.resource == res.name and term.phrase <= ctx.sentence:
                at = named.setdefault(term.dim, {}).setdefault(term.value, [])
                at += [p for t in term.phrase for p in ctx.positions.get(t, ())]
    # the whole stands in the figure's own clause: a place after a comma or outside the figure's brackets
    # ('Spain (7.4%) and Portugal (7.3%)', '1.5% of the total, Germany having 23%') is the next item of a list
    clause_end = ctx.clause_span[1] if ctx.clause_span[1] else len(ctx.sentence_text)
    for d in res.dims:
        before: list[str] = []
        after: list[str] = []
        for value, at in sorted(named.get(d, {}).items()):
            if at and ctx.claim_end <= min(at) < clause_end:
                after.append(value)
            elif at and max(at) < ctx.claim_offset:
                before.append(value)
        own_at = named.get(d, {}).get(own[d])
        if own_at and leads_into_place(ctx, min(own_at)):
            continue  # '… 9 per cent in India and 1.7 per cent in China': India is the figure's own place, China a later item's
        part_value = own[d] if own[d] not in after else (before[0] if len(before) == 1 else None)
        for whole_value in after:
            if part_value is None or whole_value == part_value:
                continue
            part_rows = _population_rows(res, {**own, d: part_value})
            whole_rows = _population_rows(res, {**own, d: whole_value})
            same = [] if part_rows is None else [p for p in part_rows.tolist()
                                                  if res.period_codes[p] == res.period_codes[pos]]
            if same and whole_rows is not None and len(whole_rows):
                out.append((same[0], _Whole(res, whole_rows.tolist(), cand.factor, cand.score)))
    return out


def _latest_figures(res: ResourceIndex, positions: np.ndarray, count: int, keep_zero: bool) -> list[int]:
    """The ``count`` newest rows among ``positions`` whose part is there: over a span of many years the
    share is read near its end, and an early year's 0 (a part not yet counted: cement in 1803) is no figure."""
    kept = positions if keep_zero else positions[res.values[positions] != 0]
    newest = np.argsort(-res.period_start[res.period_codes[kept]], kind="stable")[:count]  # C speed on many rows
    return [int(p) for p in kept[newest]]


def observe_share(claim: Claim, cand: Candidate, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances,
                  claim_period: Period | None) -> list[Observation]:
    """part ÷ whole × 100: the whole is another resource's total for the same period, or an
    aggregate row of the same series that the text names."""
    res = cand.resource
    current = target_positions(res, cand.positions, claim_period, ctx.as_of, tol).current
    claimed = claim.value
    band = band_for(claimed, claim, tol, high_value=claim.value_high)
    out: list[Observation] = []
    if not additive(res):
        return out  # a rate, a price or an exchange rate is no part of a total
    if unheld_group(res, ctx) is not None or sector_unheld(res, ctx.sentence_text, ctx.clause_span[1]):
        return out
    totals = [_Whole(t.resource, t.positions.tolist(), t.factor, t.score) for t in find_totals(index, ctx, cand)
              if additive(t.resource) and _same_family(res, t.resource)][:3]
    siblings = _named_columns(index, ctx, cand)
    for pos in _latest_figures(res, current, 4, keep_zero=claimed == 0):
        period = res.periods[res.period_codes[pos]]
        assert period is not None
        wholes = _named_aggregates(index, ctx, cand, pos)[:2] + [(pos, t) for t in totals] \
            + _sibling_rows(res, pos, siblings, cand)
        for part, total in wholes:
            tres = total.resource
            match = [p for p in total.positions if not (tres is res and p == part) and tres.periods[tres.period_codes[p]] is not None
                     and (_period_fits(tres.periods[tres.period_codes[p]], period)  # type: ignore[arg-type]
                          or _period_fits(period, tres.periods[tres.period_codes[p]]))]  # type: ignore[arg-type]
            for tpos in match[:2]:
                denominator = tres.values[tpos] * total.factor
                if denominator:
                    out.append(_share(claim, cand, band, part, period, total, tpos,
                                      res.values[part] * cand.factor / denominator * 100.0))
    return out


def unheld_group(res: ResourceIndex, ctx: ClaimContext) -> str | None:
    """The key of a group of countries the sentence names as the whole of a country's share ('Portugal's 1.5 % of
    the EU's total', 'of the EU's CO2, Germany emits 22.5 %') that ``res`` holds no row of, else None: the share is
    of the group's total, which no row gives, and no other column of the country's own row ('bunker fuels' against
    its total) is the whole the writer divided by. The group stands before the figure or after it in its own
    clause; a country named after the figure first ('a fifth of China's CO2 …, half of the world's cement') is the
    whole, and a group alone ('the world average is 7 %') is the figure's own place, no whole of a share."""
    places = Places.default()
    named = {t: at for t, at in ctx.positions.items() if is_marker(t) and places.knows(t)}
    if not res.place_dims or all(places.is_group(t) for t in named):
        return None  # a series of no place (the globe's CO2 in ppm) holds no country's share either
    clause_end = ctx.clause_span[1] or len(ctx.sentence_text)
    after = {t: min((p for p in at if ctx.claim_end <= p < clause_end), default=None) for t, at in named.items()}
    first_after = min(((p, t) for t, p in after.items() if p is not None), default=None)
    if first_after is not None and not places.is_group(first_after[1]):
        return None  # 'a fifth of China's CO2': the country after the figure owns the whole
    groups = sorted(t.removeprefix(marker("")) for t, at in named.items() if places.is_group(t)
                    and (after[t] is not None or any(p < ctx.claim_offset for p in at)))
    return next((key for key in groups if not values_naming(res, key)), None)


@lru_cache(maxsize=1)
def _named_sector() -> re.Pattern[str]:
    """A sector named as one ('the power sector', 'transport sectors'): substances.json ``pinning.sector_words``
    right before one of its ``sector_nouns``."""
    spec = data_json("substances.json")["pinning"]
    return re.compile(rf"(?i)\b({alternation(spec['sector_words'])})\s+(?:{alternation(spec['sector_nouns'])})\b")


def sector_unheld(res: ResourceIndex, sentence: str, clause_end: int) -> str | None:
    """The sector the sentence names before the figure's clause ends ('within the power sector, emissions from coal
    … 19 %') whose word the series' name does not hold, else None: a share there is of the sector's emissions, no
    column of a table by fuel divided by its total. A sector a later clause names ('45 % of the total, with 77 % of
    it from the transportation sector') is another figure's."""
    held = res.phrase_words | res.inherited_words
    return next((found[1] for found in _named_sector().finditer(sentence, 0, clause_end or len(sentence))
                 if not token_set(found[1]) & held), None)


def additive(res: ResourceIndex) -> bool:
    """Rows that add up to a total: counts and levels of money or quantities, not rates or prices."""
    return res.kind in (Kind.count, Kind.level) and all(u not in NOT_ADDITIVE_UNITS for u in res.units)


def _same_family(a: ResourceIndex, b: ResourceIndex) -> bool:
    return {unit_family(u)[0] for u in a.units} == {unit_family(u)[0] for u in b.units}


def _table_of(res: ResourceIndex) -> str:
    """The publisher's table a resource comes from: a wide table's columns are loaded as
    ``table:column`` (a package's own resource names cannot hold a colon)."""
    return res.name.split(":", 1)[0]


def _named_columns(index: ReferenceIndex, ctx: ClaimContext, cand: Candidate) -> list[ResourceIndex]:
    """Other columns of the part's own table that the sentence names after the figure ('9.8 % of the
    country's total', '14 % of emissions': the measure all columns share is the total's)."""
    res = cand.resource
    if ":" not in res.name:
        return []
    table = _table_of(res)
    siblings = [r for name, r in sorted(index.resources.items()) if name != res.name and _table_of(r) == table]
    shared = frozenset.intersection(res.phrase_words, *(r.phrase_words for r in siblings)) if siblings else frozenset()
    own = res.phrase_words - shared
    if own and not own & (ctx.sentence | ctx.clause | ctx.subject | ctx.before):
        return []  # '70 % of the population' is no share of the females column the text never names
    after = frozenset(t for t, at in ctx.positions.items() if any(p >= ctx.claim_end for p in at))
    wholes = [r for r in siblings if additive(r) and _same_family(res, r)]
    # '98.7 % of the total in 1950 and 73.3 % in 2008': the second share's whole is named before it; 'men numbered
    # 349.5 thousand people, or 47.9 %': the noun the whole's measure counts ('people', counted_nouns) names it too
    return columns_named_after(res, wholes, after, shared) or \
        columns_named_after(res, wholes, ctx.clause | ctx.sentence, shared | res.counted_words, own_named=False)


def _sibling_rows(res: ResourceIndex, pos: int, siblings: list[ResourceIndex], cand: Candidate
                  ) -> list[tuple[int, _Whole]]:
    """(part row, whole) for each named column: the same row of the table, read from the other column."""
    own = {k: v for k, v in res.row_dimensions(pos).items() if k != SOURCE_DIMENSION}
    out: list[tuple[int, _Whole]] = []
    for sib in siblings:
        rows = _population_rows(sib, own)
        if rows is not None and len(rows):
            out.append((pos, _Whole(sib, rows.tolist(), cand.factor, cand.score)))
    return out


def _share(claim: Claim, cand: Candidate, band: Band, pos: int, period: Period, total: _Whole, tpos: int,
           share: float) -> Observation:
    res, tres = cand.resource, total.resource
    status = int(band.judge(np.array([share]))[0])
    tperiod = tres.periods[tres.period_codes[tpos]]
    assert tperiod is not None
    cells = [CellRef(resource=res.name, row=int(res.rows[pos]), period=period.text,
                     value=float(res.values[pos]), unit=_unit_of(res, pos)),
             CellRef(resource=tres.name, row=int(tres.rows[tpos]), period=tperiod.text,
                     value=float(tres.values[tpos]), unit=_unit_of(tres, tpos))]
    whole = tres.name if tres is not res else "/".join(v for k, v in tres.row_dimensions(tpos).items()
                                                       if k != SOURCE_DIMENSION)
    part = res.name if tres is not res else "/".join(v for k, v in res.row_dimensions(pos).items()
                                                     if k != SOURCE_DIMENSION)
    ev = partial(_evidence, res, None, period.text, round(float(share), 6), "%", claim.value, status == SUPPORTS,
                 round(min(cand.score, total.score), 4),
                 formula=f"{part}[{period.text}] / {whole}[{tperiod.text}] × 100", cells=cells, pos_for_meta=pos)
    return Observation(cand, period, share, status, ev, res.series_key(pos) + (tres.name,),
                       _deviation(claim.value, share), current=True, cells=cells)


def row_places(o: Observation) -> list[str]:
    """The keys of the places ``o``'s row names (a country's ISO 3166 alpha-3 code, a group's key): as its
    resource's place columns read them, else as the gazetteer knows the value, in any spelling or language."""
    res = o.candidate.resource
    return [key for value in o.evidence.dimensions.values() if (key := res.place_values.get(value) or place_key(value))]


def values_naming(res: ResourceIndex, key: str) -> list[str]:
    """The values of ``res``'s dimensions that name the place ``key`` (its code, its name), read as ``row_places`` reads them."""
    return [value for d in res.dims for value in res.dim_values[d] if (res.place_values.get(value) or place_key(value)) == key]


def names_any(res: ResourceIndex, words: list[str]) -> bool:
    """The resource's metric or one of its aliases holds one of ``words`` (compared as word stems)."""
    wanted = [token_set(w) for w in words]
    return any(w and w <= phrase for w in wanted for phrase in res.phrases)


def _population_rows(pop: ResourceIndex, dims: dict[str, str]) -> np.ndarray | None:
    """The rows of ``pop`` about the same place (every dimension they share has the same value),
    or None when ``pop`` leaves a dimension open (a region of the place, a breakdown by group)."""
    mask = pop.period_valid[pop.period_codes]
    for d in pop.dims:
        if d in dims:
            if dims[d] not in pop.dim_positions[d]:
                return None
            mask = mask & (pop.dim_codes[d] == pop.dim_values[d].index(dims[d]))
        elif len(pop.dim_values[d]) > 1:
            return None
    return np.flatnonzero(mask)


def observe_per_capita(claim: Claim, cand: Candidate, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances,
                       claim_period: Period | None) -> list[Observation]:
    """A total ÷ the population of the same place and period, from any resource whose metric names
    a population (``population_words``); for a percent change ('GDP per capita … up 22.3 %'), the change
    of that figure from the year before (both years' totals and populations)."""
    res = cand.resource
    pops = [p for name, p in sorted(index.resources.items()) if p is not res and p.kind in (Kind.count, Kind.level)
            and names_any(p, tol.population_words) and any(unit_family(u)[0] == COUNT_FAMILY for u in p.units)]
    change = claim.kind is Kind.change and claim.unit == "%"
    claimed = signed_value(claim)
    band = band_for(claimed, claim, tol, points=change, high_value=claim.value_high)
    t = target_positions(res, cand.positions, claim_period, ctx.as_of, tol)
    out: list[Observation] = []
    for i, pos in enumerate(t.current.tolist()[:8]):
        period = res.periods[res.period_codes[pos]]
        assert period is not None
        before = _year_before(res, cand.positions, pos, period) if change else None
        if change and before is None:
            continue
        dims = {d: v for d, v in res.row_dimensions(pos).items() if d != SOURCE_DIMENSION}
        for pop in pops:
            rows = _population_rows(pop, dims)
            if rows is None:
                continue
            readings = [(pos, period), *([before] if before else [])]
            pop_rows = [next((int(p) for p in rows.tolist() if pop.periods[pop.period_codes[p]] == when), None)
                        for _, when in readings]
            if any(p is None or not pop.values[p] for p in pop_rows):
                continue
            heads = [float(res.values[r]) * cand.factor / float(pop.values[p])
                     for (r, _), p in zip(readings, pop_rows, strict=True)]
            cells = [CellRef(resource=name, row=int(table.rows[r]), period=when.text, value=float(table.values[r]),
                             unit=_unit_of(table, r))
                     for (r, when), p in zip(readings, pop_rows, strict=True)
                     for name, table, r in ((res.name, res, r), (pop.name, pop, p))]
            formula = f"{res.name}[{period.text}] / {pop.name}[{period.text}]"
            if before is not None:
                if not heads[1]:
                    continue
                figure = (heads[0] / heads[1] - 1.0) * 100.0
                then = before[1].text
                formula = f"(({formula}) / ({res.name}[{then}] / {pop.name}[{then}]) - 1) × 100"
            else:
                figure = heads[0]
            status = int(band.judge(np.array([figure]))[0])
            ev = partial(_evidence, res, None, period.text, round(float(figure), 6), "%" if change else claim.unit,
                         claimed, status == SUPPORTS, cand.score, formula=formula, cells=cells, pos_for_meta=pos)
            out.append(Observation(cand, period, figure, status, ev, res.series_key(pos) + (pop.name,),
                                   _deviation(claimed, figure), current=True, exact_period=t.exact,
                                   after_as_of=bool(t.postdated[i]), cells=cells))
            break
    return out


def _year_before(res: ResourceIndex, positions: np.ndarray, pos: int, period: Period) -> tuple[int, Period] | None:
    """The row of the same series one year before ``pos``'s period, with its period; None when there is none."""
    try:
        previous = period.shifted_years(-1)
    except ValueError:  # a row of year 1 has no year before it in the calendar
        return None
    series = res.series_key(pos)
    for other in positions.tolist():
        when = res.periods[res.period_codes[other]]
        if when is not None and (when.start, when.end) == (previous.start, previous.end) \
                and res.series_key(other) == series:
            return int(other), when
    return None


def _yearly_rows(res: ResourceIndex, positions: np.ndarray, span: Period) -> dict[tuple[object, ...], list[int]]:
    """Per series: the positions of its whole-year rows inside ``span``, oldest first."""
    out: dict[tuple[object, ...], list[int]] = {}
    for pos in positions.tolist():
        period = res.periods[res.period_codes[pos]]
        if period is not None and period.is_year and span.contains(period):
            out.setdefault(res.series_key(pos), []).append(pos)
    for rows in out.values():
        rows.sort(key=lambda p: res.period_start[res.period_codes[p]])
    return out


def observe_span(claim: Claim, cand: Candidate, tol: Tolerances, span: Period, averaging: bool
                 ) -> list[Observation]:
    """A claim about several years read from the yearly rows inside them: their average ('averaged
    3.8 % a year'), their lowest and highest ('between -0.4 % and 13.5 %'), or — for a change — the
    compound annual growth from the first year to the last and the mean of the yearly rates, or the
    multiple of the last year's figure over the first's ('grew 14 times from 2000 to 2023')."""
    res = cand.resource
    claimed = signed_value(claim)
    out: list[Observation] = []
    for series, rows in sorted(_yearly_rows(res, cand.positions, span).items()):
        if len(rows) < 2:
            continue
        cells = [CellRef(resource=res.name, row=int(res.rows[p]), period=res.periods[res.period_codes[p]].text,  # type: ignore[union-attr]
                         value=float(res.values[p]), unit=_unit_of(res, p)) for p in rows]
        for figure, formula, unit, status, reading in _span_figures(claim, cand, tol, rows, cells, averaging, span):
            used = [cells[0], cells[-1]] if reading in ("multiple", "change") \
                else [cells[1]] if reading == YEAR_AFTER_BASE else cells  # two years only; one year's rate
            # a change from the first year to the last is the last year's, as a yearly change is
            shown = used[-1].period if reading in ("change", YEAR_AFTER_BASE) else span.text
            ev = partial(_evidence, res, None, shown, round(float(figure), 6), unit, claimed, status == SUPPORTS,
                         cand.score, formula=formula, cells=used, pos_for_meta=rows[-1])
            out.append(Observation(cand, span, figure, status, ev, (*series, reading), _deviation(claimed, figure),
                                   current=True, cells=used, reading=reading))
    return out


FISCAL_YEAR_MEAN = "fiscal_year_mean"  # an Observation's reading: the mean of a fiscal year's monthly rows


def observe_quarter_mean(claim: Claim, cand: Candidate, ctx: ClaimContext, tol: Tolerances, period: Period,
                         year_without_row: bool = False) -> list[Observation]:
    """'The won averaged 1,398.75 per dollar in the fourth quarter': a quarter's average read from a series of monthly
    averages is the mean of its three months' rows (every one present, of one series), said when the text around
    the figure calls it an average (``annual_average_words``: the sentence, or the paragraph and heading before it).
    So is an average over the year's first months ('averaged 34.1 baht in the first eleven months') or any other run
    of whole months ('from March to August'): the mean of those months' rows.
    So is 'the rupee averaged 65.5 per dollar in 2015-16' for a place that states its years as fiscal years
    (``fiscal_years.json``: India's April–March): two consecutive years are its fiscal year, the mean of its twelve
    months' rows. So is a level's average over the twelve months to another month than December, its words or its
    table column's header calling it one ('Average rate for year ended 30 Jun 22'). So is 'the rupee averaged 327.1
    per dollar in 2023' when no series holds a row of that year (``year_without_row``: a place whose rates are
    published monthly only), the mean of its twelve months' rows, called an average or not (a table's column of
    years names none); a level, not a percent, whose monthly rows' mean is no year's rate. Only agreement is kept: a mean that misses
    leaves the figure as it was read (a different period, for a person), for a quarter's figure may be a quarter's
    end or another mean the rows do not give."""
    level = claim.unit not in PERCENT_OR_PP
    whole_year = year_without_row and granularity(period) == YEAR and level
    # a level's twelve months to another month than December ('average rate for the year ended 30 June')
    twelve_months = granularity(period) == TRAILING_12 and level
    called_average = holds_any(claim.sentence, tol.annual_average_words) \
        or holds_any(claim.subject or "", tol.annual_average_words) \
        or bool(ctx.before & frozenset().union(*(token_set(w) for w in tol.annual_average_words)))
    # a year's level that no series holds a yearly row of can only be read from its months
    months_run = granularity(period) in (QUARTER, YEAR_TO_DATE, SPAN)  # whole months, the claim's own window
    if not whole_year and not ((months_run or granularity(period) == MULTI_YEAR or twelve_months) and called_average) \
            or cand.mode is not MatchMode.DIRECT or claim.kind is Kind.change:
        return []
    res = cand.resource
    claimed = signed_value(claim)
    out: list[Observation] = []
    by_series: dict[tuple[object, ...], list[int]] = {}
    for pos in cand.positions.tolist():
        row_period = res.periods[res.period_codes[pos]]
        if row_period is not None and granularity(row_period) == MONTH and period.contains(row_period):
            by_series.setdefault(res.series_key(pos), []).append(pos)
    for series, rows in sorted(by_series.items()):
        window = period if months_run or granularity(period) in (YEAR, TRAILING_12) else _fiscal_year_of(res, rows[0], period)
        if window is None:
            continue
        rows = [p for p in rows if window.contains(res.periods[res.period_codes[p]])]  # type: ignore[arg-type]
        months = {res.periods[res.period_codes[p]].text for p in rows}  # type: ignore[union-attr]
        wanted = window.months
        if len(rows) != wanted or len(months) != wanted:
            continue
        rows.sort(key=lambda p: res.period_start[res.period_codes[p]])
        # the cells as published: a rate turned round (or crossed) is computed from them
        published = res.values if res.published_values is None else res.published_values
        cells = [CellRef(resource=res.name, row=int(res.rows[p]), period=res.periods[res.period_codes[p]].text,  # type: ignore[union-attr]
                         value=float(published[p]), unit=_unit_of(res, p)) for p in rows]
        mean = float((res.values[rows] * cand.factor).mean())
        status = int(band_for(claimed, claim, tol).judge(np.array([mean]))[0])
        if status != SUPPORTS:
            continue
        formula = f"mean({_month_term(res, cells[0].period)}…{_month_term(res, cells[-1].period)}), {len(rows)} months"
        ev = partial(_evidence, res, None, window.text, round(mean, 6), cells[0].unit, claimed, True, cand.score,
                     formula=formula, cells=cells, pos_for_meta=rows[-1])
        # the claim's own period, in the months the place counts it by
        reading = "mean" if window is period else FISCAL_YEAR_MEAN
        out.append(Observation(cand, period, mean, status, ev, (*series, reading), _deviation(claimed, mean),
                               current=True, cells=cells, reading=reading))
    return out


def _month_term(res: ResourceIndex, period: str) -> str:
    """One month's term of a mean of monthly rows, as computed from its published cell: 'v2022-06', '1 / v2022-06'
    (a rate turned round), 'v2022-06 / d2022-06' (divided by another currency's rate of the month)."""
    if res.published_values is None:
        return f"v{period}"
    return f"1 / v{period}" if res.published_divisors is None else f"v{period} / d{period}"


def _fiscal_year_of(res: ResourceIndex, pos: int, span: Period) -> Period | None:
    """The fiscal year two consecutive years (``span``: '2015-16') name for the place of the series holding ``pos``,
    when that place states its years as fiscal years starting in another month than January
    (``fiscal_years.json``: April 2015 – March 2016 for India); None elsewhere."""
    first = span.start.year
    if span.end.year != first + 1 or (span.start.month, span.end.month) != (1, 12):
        return None
    places = data_json("fiscal_years.json")["places"]
    values = (res.dim_values[d][int(res.dim_codes[d][pos])] for d in res.dims)
    keys = {key for value in values if (key := res.place_values.get(value) or place_key(value)) in places}
    starts = {int(places[key]["starts"]) for key in keys}
    if len(starts) != 1 or (month := starts.pop()) == 1:
        return None
    return try_parse_period(f"{first}-{month:02d}/{first + 1}-{month - 1:02d}")


def _whole_change(claim: Claim, tol: Tolerances, values: np.ndarray, years: tuple[str, str], span: Period
                  ) -> list[tuple[float, str, str, int, str]]:
    """'Emissions fell 28 % from 2010 to 2019': the change from the span's first year to its last."""
    first, last = years
    if (first, last) != (str(span.start.year), str(span.end.year)) or values[0] == 0:
        return []
    change = float((values[-1] / values[0] - 1.0) * 100.0)
    band = band_for(signed_value(claim), claim, tol, points=True)
    return [(change, f"(v{last} / v{first} - 1) × 100", "%", int(band.judge(np.array([change]))[0]), "change")]


def _whole_difference(claim: Claim, tol: Tolerances, values: np.ndarray, years: tuple[str, str], span: Period,
                      unit: str) -> list[tuple[float, str, str, int, str]]:
    """'The population grew by 2.5 million from 1991 to 2021': the last year's figure less the first's."""
    first, last = years
    if (first, last) != (str(span.start.year), str(span.end.year)):
        return []
    change = float(values[-1] - values[0])
    band = band_for(signed_value(claim), claim, tol)
    return [(change, f"v{last} - v{first}", unit, int(band.judge(np.array([change]))[0]), "change")]


def _span_figures(claim: Claim, cand: Candidate, tol: Tolerances, rows: list[int], cells: list[CellRef],
                  averaging: bool, span: Period) -> list[tuple[float, str, str, int, str]]:
    """(figure, formula, unit, status, reading) for one series' yearly rows inside the claim's span."""
    res = cand.resource
    values = res.values[rows] * cand.factor
    first, last = cells[0].period, cells[-1].period
    claimed = signed_value(claim)
    if cand.mode is MatchMode.GROWTH and claim.unit == "x":
        if (first, last) != (str(span.start.year), str(span.end.year)) or values[0] <= 0:
            return []  # a multiple compares the span's own first and last years
        multiple = _multiple(claim, float(values[0]), float(values[-1]))
        formula = f"v{first} / v{last}" if claim.direction is Direction.down else f"v{last} / v{first}"
        return [(multiple, formula, "x", int(band_for(abs(claim.value), claim, tol).judge(np.array([multiple]))[0]),
                 "multiple")]
    if cand.mode is MatchMode.GROWTH and not averaging:
        compounded = compounded_rates(claim, tol, res, values, (first, last), (span.start.year, span.end.year), claimed)
        return compounded or _whole_change(claim, tol, values, (first, last), span)
    if cand.mode is MatchMode.DIFFERENCE:
        return _whole_difference(claim, tol, values, (first, last), span, cells[-1].unit) if not averaging else []
    if cand.mode is MatchMode.GROWTH:
        years = int(last) - int(first) if first.isdigit() and last.isdigit() else len(rows) - 1
        if (values <= 0).any() or years <= 0:
            return []
        # A rate a year over many years: the slack a recomputed one-year rate gets, spread over them.
        band = band_for(claimed, claim, tol.model_copy(update={"change_pp": tol.change_pp / years}), points=True)
        compound = ((values[-1] / values[0]) ** (1 / years) - 1) * 100.0
        out = [(compound, f"((v{last} / v{first}) ^ (1 / {years}) - 1) × 100", "%",
                int(band.judge(np.array([compound]))[0]), "compound")]
        if years == len(rows) - 1:  # every year present: the mean of the yearly rates is the other reading
            mean = float(((values[1:] / values[:-1] - 1) * 100.0).mean())
            out.append((mean, f"mean of the yearly growth rates {first}…{last}", "%",
                        int(band.judge(np.array([mean]))[0]), "mean_growth"))
        return out
    if claim.qualifier is Qualifier.range and claim.value_high is not None:
        low, high = float(values.min()), float(values.max())
        exact = claim.model_copy(update={"qualifier": Qualifier.exact})
        ok = all(int(band_for(c, exact, tol).judge(np.array([v]))[0]) == SUPPORTS
                 for c, v in ((claim.value, low), (claim.value_high, high)))
        return [(low, f"min and max of v{first}…v{last}: {low:.6g} and {high:.6g}", cells[0].unit,
                 SUPPORTS if ok else CONTRADICTS, "range")]
    if averaging and cand.mode is MatchMode.DIRECT:
        if last != str(span.end.year):
            # 'averaged 8.4 % over 2000–2025' with no row for 2025: the span reaches past what the series
            # holds, and the mean of the years it does hold is another span's (a period outside the data)
            return []
        mean = float(values.mean())
        out = [(mean, f"mean(v{first}…v{last}), {len(rows)} years", cells[0].unit,
                int(band_for(claimed, claim, tol).judge(np.array([mean]))[0]), "mean")]
        return out + _mean_after_base(claim, tol, values, cells, span)
    return []


@lru_cache(maxsize=1)
def _pair_span_openers() -> str:
    return alternation(data_json("periods.json").get("pair_span_openers", []))


def _both_ends_held(sentence: str, first: str, last: str) -> bool:
    """'between 2013 and 2022' (``pair_span_openers``) names a span holding both its years: its first year's
    rate is one of the span's, not a base's."""
    openers = _pair_span_openers()
    return bool(openers) and re.search(rf"(?<!\w)(?i:{openers})\s+{first}(?!\d)\D{{1,12}}?{last}(?!\d)", sentence) is not None


def _mean_after_base(claim: Claim, tol: Tolerances, values: np.ndarray, cells: list[CellRef], span: Period
                     ) -> list[tuple[float, str, str, int, str]]:
    """'The average inflation rate from 1960 to 2021': a rate of change (a % series) from one year to
    another may count the changes after the first year, the first year's level the base — the mean
    of the rates of the years after it is the other reading. Only when the text writes that first
    year: 'in the ten years to 2022' counts its ten years, none of them a base."""
    first = str(span.start.year)
    if cells[0].unit != "%" or len(values) < 3 or cells[0].period != first \
            or first not in YEAR_WRITTEN.findall(claim.sentence) \
            or _both_ends_held(claim.sentence, first, str(span.end.year)):
        return []
    mean = float(values[1:].mean())
    return [(mean, f"mean(v{cells[1].period}…v{cells[-1].period}), {len(values) - 1} years", cells[0].unit,
             int(band_for(signed_value(claim), claim, tol).judge(np.array([mean]))[0]), "mean_after_base")]


def yearly_figures(lead: Observation, place: str | None = None) -> dict[int, float]:
    """The figures of ``lead``'s series (its resource, the same place and other dimensions) by year, in
    the claim's unit: each row scaled as ``lead``'s row was (a unit's factor, carbon to CO2). ``place``:
    another place's rows instead (a value of one of the resource's dimensions, 'PAK')."""
    res = lead.candidate.resource
    here = res.position_of_row(lead.row)
    if here is None or lead.cells or not res.values[here]:
        return {}
    scale = lead.observed / float(res.values[here])
    if place is None:
        positions = lead.candidate.positions
        same = res.dims
    else:
        found = next(((d, p) for d in res.dims if (p := res.dim_positions.get(d, {}).get(place)) is not None), None)
        if found is None:
            return {}
        positions, same = found[1], ()  # the place's rows: its other dimensions name it too ('Pakistan')
    out: dict[int, float] = {}
    for pos in positions:
        period = res.periods[res.period_codes[pos]]
        if period is None or granularity(period) != YEAR \
                or any(res.dim_codes[d][pos] != res.dim_codes[d][here] for d in same):
            continue
        out[period.start.year] = float(res.values[pos]) * scale
    return out
