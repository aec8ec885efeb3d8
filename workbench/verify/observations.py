"""The figures the candidates offer for a claim: read directly, recomputed as a change, or derived as a share.

Change claims are checked against a growth series, or recomputed from two periods of a level
series; a share with no share series is derived as count ÷ total. Evidence that was computed
says how (``formula``) and from which cells (``cells``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial

import numpy as np

from ..config import Tolerances
from ..matching import Candidate, ClaimContext, MatchMode, ReferenceIndex, ResourceIndex, find_totals
from ..models import CellRef, Claim, Direction, Evidence, Kind
from ..periods import Period, parse_period
from .tolerance import SUPPORTS, band_for


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


def signed_value(claim: Claim) -> float:
    """The claimed figure, negative for a change the text says goes down."""
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


def target_positions(res: ResourceIndex, positions: np.ndarray, claim_period: Period | None,
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


def observe_direct(claim: Claim, cand: Candidate, ctx: ClaimContext, tol: Tolerances,
                    claim_period: Period | None) -> list[Observation]:
    res = cand.resource
    current, older, exact, after = target_positions(res, cand.positions, claim_period, ctx.as_of)
    claimed = signed_value(claim)
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
    claimed = signed_value(claim)
    points = cand.mode in (MatchMode.GROWTH, MatchMode.DIFFERENCE) and claim.unit in ("%", "pp")
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
            if cand.mode == MatchMode.GROWTH:
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
        unit = "%" if cand.mode == MatchMode.GROWTH else ("pp" if claim.unit == "pp" else claim.unit)
        formula = (f"(v{period.text} / v{p0.text} - 1) × 100" if cand.mode == MatchMode.GROWTH
                   else f"v{period.text} - v{p0.text}")
        cells = [CellRef(resource=res.name, row=int(res.rows[p]), period=res.periods[res.period_codes[p]].text,  # type: ignore[union-attr]
                         value=float(res.values[p]), unit=_unit_of(res, p)) for p in (prev_pos, now_pos)]
        ev = partial(_evidence, res, None, period.text, round(change, 6), unit, claimed, status == SUPPORTS,
                     cand.score, formula=formula, cells=cells, pos_for_meta=now_pos)
        out.append(Observation(cand, period, change, status, ev, res.series_key(now_pos), _deviation(claimed, change),
                               current=period.start == latest, cells=cells))
    return out


def observe_share(claim: Claim, cand: Candidate, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances,
                   claim_period: Period | None) -> list[Observation]:
    """count ÷ total × 100, with the total from another count resource for the same period."""
    res = cand.resource
    current, _older, _exact, _after = target_positions(res, cand.positions, claim_period, ctx.as_of)
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

