"""Claim × ranked candidates → ClaimResult: verdict, flags, evidence and a sentence to read aloud.

The tolerance follows what the text asserts (DESIGN): ``exact`` is the rounding of the stated
digits plus a small relative slack, ``approx`` a wider band, ``gt``/``ge``/``lt``/``le`` the
inequality, ``nearly`` at most the value and within the approx band, ``range`` inside it.
Change claims are checked against a growth series, or recomputed from two periods of a level
series; a share with no share series is derived as count ÷ total. Evidence that was computed
says how (``formula``) and from which cells (``cells``).

Evidence is ranked by score, then current period before older ones, a figure read directly
before a computed one, the newest period, the smallest deviation — and, when all of that ties
(two sources giving the same figure), by resource name and then row number (``Observation.origin``),
so the order is total and the same in every process, whatever its hash seed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial

import numpy as np

from .config import Tolerances
from .matching import (
    DIFFERENCE,
    DIRECT,
    GROWTH,
    SHARE,
    Candidate,
    ClaimContext,
    ReferenceIndex,
    ResourceIndex,
    find_totals,
)
from .models import (
    CellRef,
    Claim,
    ClaimResult,
    Direction,
    Evidence,
    Flag,
    Kind,
    Qualifier,
    Verdict,
)
from .periods import Period, parse_period, try_parse_period
from .rules import rule_for

SUPPORTS, CONTRADICTS, UNSURE = 1, 0, 2
# Candidates scoring within this of the best are "about equally" good matches.
AMBIGUITY_MARGIN = 0.08
# Below this metric score a match is weak: support is flagged, contradiction goes to review.
STRONG_METRIC = 0.75
MAX_EVIDENCE = 8


# ------------------------------------------------------------------------------------- tolerance

def stated_scale(value: float, decimals: int) -> float:
    """The power of a thousand the figure was written in: 28.2e9 with one decimal → 1e9."""
    v = abs(value)
    for scale in (1e12, 1e9, 1e6, 1e3):
        if v >= scale:
            shown = v / scale
            if abs(round(shown, decimals) - shown) <= 1e-9 * max(shown, 1.0):
                return scale
    return 1.0


@dataclass(frozen=True)
class Band:
    """What the claim allows: ``low``–``high`` supports; ``unsure_*`` cannot be decided."""

    low: float
    high: float
    unsure_low: float = math.nan
    unsure_high: float = math.nan

    def judge(self, observed: np.ndarray) -> np.ndarray:
        out = np.where((observed >= self.low) & (observed <= self.high), SUPPORTS, CONTRADICTS)
        if not math.isnan(self.unsure_low):
            unsure = (observed >= self.unsure_low) & (observed <= self.unsure_high) & (out != SUPPORTS)
            out = np.where(unsure, UNSURE, out)
        return out


def band_for(claimed: float, claim: Claim, tol: Tolerances, *, points: bool = False,
             high_value: float | None = None) -> Band:
    """The band of observed values that support ``claimed`` (in the claim's unit).

    ``points``: the figure is a rate recomputed from levels, so the slack is absolute
    (``change_pp`` points) rather than relative.
    """
    half = 0.5 * stated_scale(claimed, claim.decimals) * 10 ** (-claim.decimals)
    if points:
        half = 0.5 * 10 ** (-claim.decimals)
    slack_abs = tol.change_pp if points else abs(claimed) * tol.exact_slack
    lo, hi = claimed - half - slack_abs, claimed + half + slack_abs
    q = claim.qualifier
    if q is Qualifier.exact and not any(ch.isdigit() for ch in claim.text):
        q = Qualifier.approx  # "two thirds", "two hundred": a figure in words is a round one
    approx = abs(claimed) * tol.approx + (tol.change_pp if points else 0.0)
    inf = math.inf
    if q is Qualifier.approx:
        return Band(min(lo, claimed - approx), max(hi, claimed + approx))
    if q is Qualifier.nearly:
        below = abs(claimed) * tol.nearly + (tol.change_pp if points else 0.0)
        return Band(claimed - below, claimed + half)
    if q is Qualifier.gt:  # "more than 60": above it; equal to it (within rounding) cannot be decided
        return Band(claimed + half if half else claimed, inf, lo, claimed + half)
    if q is Qualifier.ge:
        return Band(lo, inf)
    if q is Qualifier.lt:
        return Band(-inf, claimed - half if half else claimed, claimed - half, hi)
    if q is Qualifier.le:
        return Band(-inf, hi)
    if q is Qualifier.range and high_value is not None:
        return Band(lo, high_value + half + (tol.change_pp if points else abs(high_value) * tol.exact_slack))
    return Band(lo, hi)


# ------------------------------------------------------------------------------------- observations

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


def _signed(claim: Claim) -> float:
    if claim.kind is Kind.change and claim.direction is Direction.down:
        return -abs(claim.value)
    return claim.value


def _period_fits(row: Period, target: Period) -> bool:
    """A row speaks of the target period: the same span, or a point in time inside it."""
    if row.start == target.start and row.end == target.end:
        return True
    row_is_point = row.months <= 1
    target_is_point = target.months <= 1
    return (row_is_point and target.contains(row)) or (target_is_point and row.contains(target))


def _evidence(res: ResourceIndex, pos: int | None, period: str, value: float, unit: str, claimed_in_unit: float,
              supports: bool, score: float, *, formula: str | None = None,
              cells: list[CellRef] | None = None, pos_for_meta: int | None = None) -> Evidence:
    meta_pos = pos if pos is not None else pos_for_meta
    source, url = res.source_of(meta_pos) if meta_pos is not None else ("", "")
    dims = res.row_dimensions(meta_pos) if meta_pos is not None else {}
    deviation = (claimed_in_unit - value) / value if value else None
    return Evidence(resource=res.name, row=int(res.rows[pos]) if pos is not None else None, metric=res.metric,
                    period=period, value=float(value), unit=unit, source=source, url=url, dimensions=dims,
                    claimed=claimed_in_unit, deviation=None if deviation is None else round(deviation, 6),
                    supports=supports, score=round(min(score, 1.0), 4), formula=formula, cells=cells or [])


def _fits(res: ResourceIndex, target: Period) -> np.ndarray:
    """Per period code of ``res``: does that period speak of ``target`` (see ``_period_fits``)?"""
    start, end = target.start.toordinal(), target.end.toordinal()
    same = (res.period_start == start) & (res.period_end == end)
    point_inside = res.period_point & (res.period_start >= start) & (res.period_end <= end)
    inside_row = (res.period_start <= start) & (res.period_end >= end) if target.months <= 1 else False
    return (same | point_inside | inside_row) & res.period_valid


def _target_code_positions(res: ResourceIndex, positions: np.ndarray, claim_period: Period | None,
                           as_of: dt.date) -> tuple[np.ndarray, np.ndarray, bool, bool]:
    """(current positions, older positions, exact period?, current is after as_of?)."""
    codes = res.period_codes[positions]
    starts = res.period_start[codes]
    if claim_period is not None:
        current = _fits(res, claim_period)[codes]
        if current.any():
            older = starts < claim_period.start.toordinal()
            return positions[current], positions[older & ~current], True, False
        # Nothing for the claim's own period: offer overlapping periods as near, older as history.
        overlapping = ((res.period_start <= claim_period.end.toordinal())
                       & (claim_period.start.toordinal() <= res.period_end))[codes]
        older = starts < claim_period.start.toordinal()
        return positions[overlapping], positions[older & ~overlapping], False, False
    limit = as_of.toordinal()
    before = starts <= limit
    if before.any():
        latest = starts[before].max()
        current = starts == latest
        return positions[current], positions[starts < latest], True, False
    earliest = starts.min()
    return positions[starts == earliest], positions[:0], True, True


def _observe_direct(claim: Claim, cand: Candidate, ctx: ClaimContext, tol: Tolerances,
                    claim_period: Period | None) -> list[Observation]:
    res = cand.resource
    current, older, exact, after = _target_code_positions(res, cand.positions, claim_period, ctx.as_of)
    claimed = _signed(claim)
    band = band_for(claimed, claim, tol, high_value=claim.value_high)
    out: list[Observation] = []
    for group, is_current in ((current, True), (older, False)):
        if not len(group):
            continue
        observed = res.values[group] * cand.factor
        status = band.judge(observed)
        # Keep every current row, and older rows that support (they make a figure stale) plus a few more.
        keep = np.arange(len(group)) if is_current else np.concatenate(
            [np.flatnonzero(status == SUPPORTS), np.argsort(-res.period_start[res.period_codes[group]])[:3]])
        for i in dict.fromkeys(keep.tolist()):
            pos = int(group[i])
            period = res.periods[res.period_codes[pos]]
            assert period is not None
            ev = partial(_evidence, res, pos, period.text, float(res.values[pos]), _unit_of(res, pos),
                         claimed / cand.factor, bool(status[i] == SUPPORTS), cand.score)
            out.append(Observation(cand, period, float(observed[i]), int(status[i]), ev, res.series_key(pos),
                                   _deviation(claimed, float(observed[i])),
                                   current=is_current, exact_period=exact or not is_current,
                                   after_as_of=after and is_current, row=int(res.rows[pos])))
    return out


def _unit_of(res: ResourceIndex, pos: int) -> str:
    return res.units[res.unit_codes[pos]]


def _observe_change(claim: Claim, cand: Candidate, ctx: ClaimContext, tol: Tolerances,
                    claim_period: Period | None) -> list[Observation]:
    """Growth (%) or difference recomputed from the same span one year earlier, per series."""
    res = cand.resource
    positions = cand.positions
    by_series: dict[tuple[int, ...], dict[str, int]] = {}
    for pos in positions.tolist():
        period = res.periods[res.period_codes[pos]]
        if period is not None:
            by_series.setdefault(res.series_key(pos), {})[period.text] = pos
    claimed = _signed(claim)
    points = cand.mode in (GROWTH, DIFFERENCE) and claim.unit in ("%", "pp")
    band = band_for(claimed, claim, tol, points=points, high_value=claim.value_high)
    found: list[tuple[Period, int, int, float]] = []
    for rows in by_series.values():
        periods = sorted((parse_period(p) for p in rows), key=lambda p: (p.start, p.end), reverse=True)
        for period in periods:
            if claim_period is not None and not _period_fits(period, claim_period):
                continue
            if claim_period is None and period.start > ctx.as_of:
                continue
            previous = period.shifted_years(-1)
            prev_pos = next((rows[p.text] for p in periods if p.start == previous.start and p.end == previous.end),
                            None)
            if prev_pos is None:
                continue
            now_pos = rows[period.text]
            v0, v1 = res.values[prev_pos], res.values[now_pos]
            if cand.mode == GROWTH:
                if v0 == 0:
                    continue
                change = (v1 / v0 - 1.0) * 100.0
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
        unit = "%" if cand.mode == GROWTH else ("pp" if claim.unit == "pp" else claim.unit)
        formula = (f"(v{period.text} / v{p0.text} - 1) × 100" if cand.mode == GROWTH
                   else f"v{period.text} - v{p0.text}")
        cells = [CellRef(resource=res.name, row=int(res.rows[p]), period=res.periods[res.period_codes[p]].text,  # type: ignore[union-attr]
                         value=float(res.values[p]), unit=_unit_of(res, p)) for p in (prev_pos, now_pos)]
        ev = partial(_evidence, res, None, period.text, round(change, 6), unit, claimed, status == SUPPORTS,
                     cand.score, formula=formula, cells=cells, pos_for_meta=now_pos)
        out.append(Observation(cand, period, change, status, ev, res.series_key(now_pos), _deviation(claimed, change),
                               current=period.start == latest, cells=cells))
    return out


def _observe_share(claim: Claim, cand: Candidate, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances,
                   claim_period: Period | None) -> list[Observation]:
    """count ÷ total × 100, with the total from another count resource for the same period."""
    res = cand.resource
    current, _older, _exact, _after = _target_code_positions(res, cand.positions, claim_period, ctx.as_of)
    claimed = claim.value
    band = band_for(claimed, claim, tol, high_value=claim.value_high)
    out: list[Observation] = []
    totals = find_totals(index, ctx, cand)
    for pos in current.tolist()[:4]:
        period = res.periods[res.period_codes[pos]]
        assert period is not None
        for total in totals[:3]:
            tres = total.resource
            tperiods = tres.period_codes[total.positions]
            match = [int(p) for p, c in zip(total.positions.tolist(), tperiods.tolist())
                     if tres.periods[c] is not None and (_period_fits(tres.periods[c], period)  # type: ignore[arg-type]
                                                         or _period_fits(period, tres.periods[c]))]  # type: ignore[arg-type]
            for tpos in match[:2]:
                denominator = tres.values[tpos] * total.factor
                if not denominator:
                    continue
                share = res.values[pos] * cand.factor / denominator * 100.0
                status = int(band.judge(np.array([share]))[0])
                tperiod = tres.periods[tres.period_codes[tpos]]
                cells = [CellRef(resource=res.name, row=int(res.rows[pos]), period=period.text,
                                 value=float(res.values[pos]), unit=_unit_of(res, pos)),
                         CellRef(resource=tres.name, row=int(tres.rows[tpos]), period=tperiod.text,  # type: ignore[union-attr]
                                 value=float(tres.values[tpos]), unit=_unit_of(tres, tpos))]
                ev = partial(_evidence, res, None, period.text, round(share, 6), "%", claimed, status == SUPPORTS,
                               round(min(cand.score, total.score), 4),
                               formula=f"{res.name}[{period.text}] / {tres.name}[{tperiod.text}] × 100",  # type: ignore[union-attr]
                               cells=cells, pos_for_meta=pos)
                out.append(Observation(cand, period, share, status, ev, res.series_key(pos) + (tres.name,),
                                       _deviation(claimed, share),
                                       current=True, cells=cells))
    return out


# ------------------------------------------------------------------------------------- wording

def format_value(value: float, unit: str) -> str:
    """A figure as a person would say it: '28.2 billion USD', '15.5 %', '61,040'."""
    v = abs(value)
    sign = "-" if value < 0 else ""
    text = ""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if v >= scale:
            text = f"{sign}{_trim(v / scale)} {word}"
            break
    else:
        if v >= 1000 and float(v).is_integer():
            text = f"{sign}{int(v):,}"
        else:
            text = f"{sign}{_trim(v)}"
    if unit in ("%", "pp"):
        return f"{text} {'%' if unit == '%' else 'points'}"
    return f"{text} {unit}" if unit else text


def _trim(x: float) -> str:
    if x >= 100:
        return f"{x:.0f}" if abs(x - round(x)) < 0.05 else f"{x:.1f}"
    return f"{x:.2f}".rstrip("0").rstrip(".") if x < 10 else f"{x:.1f}".rstrip("0").rstrip(".")


def _period_words(period: Period) -> str:
    """A period as it is said aloud: '2014', '1 January 2014', 'August 2023', 'January–August 2023'."""
    start, end = period.start, period.end
    whole_months = start.day == 1 and (end + dt.timedelta(days=1)).day == 1
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if whole_months and start.month == 1 and end.month == 12:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if whole_months and (start.year, start.month) == (end.year, end.month):
        return f"{start:%B %Y}"
    if whole_months:
        return f"{start:%B}–{end:%B %Y}" if start.year == end.year else f"{start:%B %Y}–{end:%B %Y}"
    return period.text.replace("/", "–")


def _how_far(claimed: float, observed: float) -> str:
    if observed == 0 or claimed == 0 or (claimed < 0) != (observed < 0):
        return "a different figure"
    ratio = claimed / observed
    if ratio >= 10 or ratio <= 0.1:
        times = ratio if ratio >= 1 else 1 / ratio
        if not math.isfinite(times):  # 1e-300 against 5: no float holds how many times
            return "a different figure"
        return f"{_trim(times)} times {'as much' if ratio >= 1 else 'less'}"
    pct = (ratio - 1) * 100
    return f"{abs(pct):.0f} % {'more' if pct > 0 else 'less'}"


def _says(o: Observation, claim: Claim) -> str:
    """'Source X gives 28.2 billion USD for 2022'."""
    unit = o.evidence.unit if o.evidence.formula is None else ("%" if o.candidate.mode in (GROWTH, SHARE) else o.evidence.unit)
    figure = format_value(o.evidence.value, unit)
    if o.evidence.formula and o.candidate.mode in (GROWTH, DIFFERENCE):
        c0, c1 = o.cells
        return (f"computed from {c0.period} and {c1.period} figures of {o.candidate.resource.metric} "
                f"({o.source}), the change is {figure}")
    if o.evidence.formula and o.candidate.mode == SHARE:
        return f"computed as {o.evidence.formula.replace(' × 100', '')} ({o.source}), the share is {figure}"
    if o.candidate.listed:  # one figure of a list of places: say which place the row is about
        when = "on" if o.period.start == o.period.end else "in"
        return f"{o.source} gives {figure} for {_and_list(o.candidate.listed)} {when} {_period_words(o.period)}"
    return f"{o.source} gives {figure} for {_period_words(o.period)}"


def _claimed_words(claim: Claim) -> str:
    return claim.text.strip()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# ------------------------------------------------------------------------------------- verdicts

def verify(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
           tol: Tolerances) -> ClaimResult:
    """The automatic verdict for one claim."""
    claim_period = try_parse_period(claim.period) if claim.period else None
    if not candidates:
        return _result(claim, Verdict.unsupported, [], [], _nothing_matches(claim, ctx))
    best = candidates[0].score
    close = [c for c in candidates if c.score >= best - AMBIGUITY_MARGIN]
    observations: list[Observation] = []
    for cand in candidates[:8]:
        if cand.mode == DIRECT:
            observations += _observe_direct(claim, cand, ctx, tol, claim_period)
        elif cand.mode in (GROWTH, DIFFERENCE):
            observations += _observe_change(claim, cand, ctx, tol, claim_period)
    direct_supports = any(o.status == SUPPORTS and o.current for o in observations)
    if not direct_supports:
        for cand in [c for c in candidates if c.mode == SHARE][:3]:
            observations += _observe_share(claim, cand, index, ctx, tol, claim_period)
    if not observations:
        return _result(claim, Verdict.unsupported, [], [],
                       f"The reference data has no figure for {_period_or_latest(claim)} matching "
                       f"{_claimed_words(claim)!r}{_about(claim)}.")
    # Prefer what reads directly over what is computed, when both speak to the claim.
    if any(o.candidate.mode == DIRECT and o.candidate in close for o in observations):
        close = [c for c in close if c.mode == DIRECT] + [c for c in close if c.mode != DIRECT]
    in_close = [o for o in observations if o.candidate in close]
    if not in_close:
        in_close = observations
        close = list(dict.fromkeys(o.candidate for o in observations))
    current = [o for o in in_close if o.current]
    older = [o for o in in_close if not o.current]
    ranked = _rank(observations)
    flags: list[Flag] = []
    weak = max(c.metric_score for c in close) < STRONG_METRIC

    supporting = [o for o in current if o.status == SUPPORTS]
    contradicting = [o for o in current if o.status == CONTRADICTS]
    unsure = [o for o in current if o.status == UNSURE]
    near_only = current and not any(o.exact_period for o in current)

    def finish(verdict: Verdict, lead: list[Observation], text: str) -> ClaimResult:
        if any(o.evidence.formula for o in lead[:1]):
            flags.append(Flag.derived)
        order = lead + [o for o in ranked if o not in lead]
        return _result(claim, verdict, flags, [o.evidence for o in order[:MAX_EVIDENCE]], text)

    if near_only:
        o = (supporting or unsure or contradicting)[0]
        agrees = "agrees" if o.status == SUPPORTS else "does not agree"
        flags.append(Flag.needs_review)
        return finish(Verdict.needs_review, [o],
                      f"The nearest figure: {_says(o, claim)}, which {agrees} with {_claimed_words(claim)!r} "
                      f"but covers a different period than the claim's {_period_or_latest(claim)}.")
    if supporting:
        lead = _best(supporting)
        text = f"{_capital(_says(lead, claim))}, which agrees with {_claimed_words(claim)!r}"
        others = [o for o in contradicting if o.source != lead.source
                  and o.candidate.resource.metric == lead.candidate.resource.metric
                  and o.evidence.dimensions.keys() == lead.evidence.dimensions.keys()
                  and all(o.evidence.dimensions[k] == v for k, v in lead.evidence.dimensions.items()
                          if k != "source")]
        if others:
            flags.append(Flag.sources_disagree)
            other = _best(others)
            text += f"; {_says(other, claim)}"
        if lead.after_as_of:
            text += f" (published after the draft's date {ctx.as_of.isoformat()})"
        elif claim_period is None and lead.period.end.year < ctx.as_of.year - tol.stale_years:
            flags.append(Flag.stale)  # supported, but by a figure many years old: say so
            text += f"; that is the latest figure, from {lead.period.end.year}, and may be out of date"
        rivals = [o for o in current if o.status != SUPPORTS and o not in others
                  and o.candidate.resource.metric != lead.candidate.resource.metric
                  and o.candidate.score >= lead.candidate.score - 0.02]
        if rivals:
            rival = _best(rivals)
            flags.append(Flag.needs_review)
            return finish(Verdict.needs_review, [lead, rival],
                          f"{text}, but {_says(rival, claim)} ({rival.candidate.resource.metric}); both fit "
                          f"the wording about equally, a person should decide.")
        ambiguous_series = len({o.series for o in current if o.candidate is lead.candidate}) > 3 \
            and lead.candidate.open_dims
        if weak or ambiguous_series:
            flags.append(Flag.needs_review)
            text += "; the match is weak, a person should confirm it"
        return finish(Verdict.supported, [lead, *others[:1]], text + ".")
    stale = [o for o in older if o.status == SUPPORTS]
    if stale and (contradicting or unsure):
        flags.append(Flag.stale)
        now = _best(contradicting or unsure)
        then = min(stale, key=lambda o: (-o.period.start.toordinal(), -o.candidate.score, o.origin))
        return finish(Verdict.contradicted, [now, then],
                      f"{_capital(_says(now, claim))}; {_claimed_words(claim)!r} matches the "
                      f"{_period_words(then.period)} figure ({then.source}) — the figure is out of date.")
    if unsure:
        o = _best(unsure)
        flags.append(Flag.needs_review)
        return finish(Verdict.needs_review, [o],
                      f"{_capital(_says(o, claim))}; that is {_claimed_words(claim)!r} itself, so the data "
                      f"cannot confirm the comparison the claim makes.")
    if not current and stale:
        flags.append(Flag.stale)
        then = min(stale, key=lambda o: (-o.period.start.toordinal(), o.origin))
        return finish(Verdict.unsupported, [then],
                      f"Nothing covers {_period_or_latest(claim)}; {_claimed_words(claim)!r} matches the "
                      f"{_period_words(then.period)} figure ({then.source}) — it may be out of date.")
    if contradicting:
        lead = _best(contradicting)
        text = (f"{_capital(_says(lead, claim))}; the claim says {_claimed_words(claim)!r}, "
                f"{_how_far(_signed(claim), lead.observed)}")
        distinct_metrics = {o.candidate.resource.metric for o in contradicting}
        open_series = {o.series for o in current if o.candidate is lead.candidate}
        if lead.candidate.open_dims and len(open_series) > 1:
            unnamed = ", ".join(lead.candidate.open_dims)
            flags.append(Flag.needs_review)
            return finish(Verdict.needs_review, [lead],
                          f"{text}; the text does not say which {unnamed} it means, so a person should decide.")
        if weak or (len(distinct_metrics) > 1 and _spread(contradicting) > 0.2):
            flags.append(Flag.needs_review)
            return finish(Verdict.needs_review, [lead],
                          text + "; the match is not certain, a person should decide.")
        return finish(Verdict.contradicted, [lead], text + ".")
    o = ranked[0]
    return finish(Verdict.unsupported, [o],
                  f"The reference data has no figure for {_period_or_latest(claim)} matching "
                  f"{_claimed_words(claim)!r}; the nearest is from {_period_words(o.period)}.")


def _nothing_matches(claim: Claim, ctx: ClaimContext) -> str:
    """Why no candidate is left: nothing fits at all, or the data covers other places than the one named."""
    if ctx.missing:
        metric, missing = max(ctx.missing.items(), key=lambda item: (item[1].rank, item[0]))
        place = _and_list(sorted(missing.named))
        covered = f" for {_and_list(missing.has)} only," if missing.has and len(missing.has) <= 4 else ""
        return (f"The reference data has {metric} figures{covered} but none for {place}, "
                f"so nothing can confirm or refute {_claimed_words(claim)!r}.")
    return f"Nothing in the reference data matches {_claimed_words(claim)!r}{_about(claim)}."


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _spread(obs: list[Observation]) -> float:
    values = [abs(o.observed) for o in obs if o.observed]
    return (max(values) - min(values)) / max(values) if values else 0.0


def _best(obs: list[Observation]) -> Observation:
    """The observation to lead with: best score, read directly, newest, closest; then by ``origin``."""
    return min(obs, key=lambda o: (-o.candidate.score, o.candidate.mode != DIRECT, -o.period.start.toordinal(),
                                   abs(o.deviation), o.origin))


def _rank(obs: list[Observation]) -> list[Observation]:
    """Evidence order (see the module docstring); ``origin`` makes it total."""
    return sorted(obs, key=lambda o: (-o.candidate.score, not o.current, o.candidate.mode != DIRECT,
                                      -o.period.start.toordinal(), abs(o.deviation), o.origin))


def _about(claim: Claim) -> str:
    return f" about {claim.subject}" if claim.subject else ""


def _period_or_latest(claim: Claim) -> str:
    if not claim.period:
        return "the latest period"
    period = try_parse_period(claim.period)
    return _period_words(period) if period else claim.period.replace("/", "–")


def _result(claim: Claim, verdict: Verdict, flags: list[Flag], evidence: list[Evidence],
            explanation: str) -> ClaimResult:
    flags = list(dict.fromkeys(flags))
    return ClaimResult(claim=claim, verdict=verdict, auto_verdict=verdict, rule=rule_for(verdict, flags),
                       flags=flags, explanation=explanation, evidence=evidence)
