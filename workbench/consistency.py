"""Internal consistency: figures in one draft that disagree with each other.

Three checks, each with its own rule id (rules.py):

- CW201 listed parts against a stated total ("about 200 …: 53 …, 30 … and 77 …");
- CW202 a percentage and a count in one sentence imply a total; compared with the matching
  total in the reference data (19 % of a population of 20.3 million is not 3.5 million);
- CW203 a stated growth rate against two stated levels ("grew by 10 % from 25 to 28 billion").

Returns findings with the text offset they are about (for inline suppression).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import groupby, pairwise
from typing import TYPE_CHECKING

import numpy as np

from . import units as claim_units
from .config import Tolerances
from .gazetteer import Gazetteer
from .matching import MatchMode, ReferenceIndex, draft_context, find_totals, match
from .models import Claim, Direction, Finding, Kind, Qualifier, Verdict
from .numbers import alternation, lexicon
from .periods import try_parse_period
from .rules import RuleId
from .structure import PARAGRAPH_BREAK
from .text import clause_around, match_spans, surface_at, token_set
from .unit_families import unit_family
from .verify import band_for
from .verify.observations import target_positions
from .verify.tolerance import Band, rounding_half
from .presentation import spoken_quantity

if TYPE_CHECKING:
    from .drafts import Draft

_LIST_GLUE = re.compile(r"^[^.!?;:]*?(,|\band\b|&)[^.!?;]*$", re.IGNORECASE)
_SENTENCE_END = re.compile(rf"[.!?…]\s|[{re.escape(lexicon()['sentence_final_marks'])}]")  # or a script's own ('。')


def find_inconsistencies(draft: Draft, claims: list[Claim], index: ReferenceIndex, as_of: dt.date,
                         tol: Tolerances, gazetteer: Gazetteer | None = None) -> list[tuple[Finding, int]]:
    out: list[tuple[Finding, int]] = []
    ordered = sorted(claims, key=lambda c: c.start)
    out += _parts_vs_total(draft, ordered, tol)
    out += _growth_vs_levels(draft, ordered, tol)
    out += _share_vs_count(draft, ordered, index, as_of, tol, gazetteer)
    return sorted(out, key=lambda f: f[1])


def _finding(draft: Draft, rule: RuleId, verdict: Verdict, offset: int, message: str,
             claims: list[Claim]) -> tuple[Finding, int]:
    line, column = draft.line_col(offset)
    return Finding(rule=rule, verdict=verdict, message=message, line=line, column=column,
                   claim_ids=[c.id for c in claims]), offset


def _countable(c: Claim) -> bool:
    """A figure that adds up with others: no change, share or range, and no ratio ('39.7 tons per capita')."""
    return c.kind not in (Kind.change, Kind.ratio) and c.unit not in claim_units.RELATIVE_UNITS and c.qualifier is not Qualifier.range


def _per_capita_subject(c: Claim) -> bool:
    """The figure's subject calls it per capita ('per capita carbon dioxide emissions'): a rate per person,
    as a ratio unit ('tons per capita') is, though written apart from the figure."""
    subject = (c.subject or "").lower()
    return bool(subject) and any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", subject)
                                 for w in claim_units.per_capita_words())


@lru_cache(maxsize=1)
def _per_person_after() -> re.Pattern[str]:
    """Per-capita words ('per person') or their last word after a slash ('/person', '/capita')."""
    words = claim_units.per_capita_words()
    nouns = {w.split()[-1] for w in words}
    return re.compile(rf"\s*(?:(?:{alternation(words)})|/\s*(?:{alternation(sorted(nouns))}))(?!\w)", re.IGNORECASE)


def _per_person_written(draft: Draft, c: Claim) -> bool:
    """'Japan (9.68 tonnes/person)': the figure's denominator written right after it, outside its text."""
    return _per_person_after().match(draft.text, c.end) is not None


def _within(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """How many matches of ``pattern`` lie wholly between ``start`` and ``end``: the text's matches found once
    (``text.match_spans``) and counted by bisection, not a search of the text between (a sentence of thousands of
    figures asked it for each pair)."""
    starts, ends = match_spans(pattern, text)
    return max(bisect_right(ends, end) - bisect_left(starts, start), 0)


def _lists(draft: Draft, claims: list[Claim]) -> list[list[Claim]]:
    """Runs of two or more figures of one unit in one sentence, joined by commas or 'and'."""
    runs: list[list[Claim]] = []
    for _, group in groupby(claims, key=lambda c: c.sentence):
        items = [c for c in group if _countable(c)]
        run: list[Claim] = []
        for c in items:
            if run:
                between = draft.text[run[-1].end:c.start]
                same_unit = unit_family(run[-1].unit)[0] == unit_family(c.unit)[0]
                if same_unit and _LIST_GLUE.match(between) and len(between) < 120:
                    run.append(c)
                    continue
                if len(run) >= 2:
                    runs.append(run)
            run = [c]
        if len(run) >= 2:
            runs.append(run)
    return runs


def parts_and_totals(draft: Draft, claims: list[Claim]) -> list[tuple[list[Claim], Claim]]:
    """Listed parts with the stated total they break down (the nearest larger figure before them)."""
    out = []
    ordered = sorted(claims, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    for parts in _lists(draft, claims):
        first = parts[0]
        if any(_per_capita_subject(c) or _per_person_written(draft, c) for c in parts):
            continue  # '… the highest per capita emissions (31.3, 20.4 and 19.9 tonnes)': rates per person add up to nothing
        family = unit_family(first.unit)[0]
        part_ids = {c.id for c in parts}
        largest = max(c.value for c in parts)
        # the nearest figure before the parts, in their paragraph and at most two sentence ends back, that is larger
        # than each of them: a total is above zero (of nothing, or of a net figure below it, no part is a share)
        total = None
        for c in reversed(ordered[:bisect_left(starts, first.start)]):
            if _within(PARAGRAPH_BREAK, draft.text, c.start, first.start) \
                    or _within(_SENTENCE_END, draft.text, c.end, first.start) > 2:
                break
            if c.id not in part_ids and _countable(c) and unit_family(c.unit)[0] == family and c.value > max(largest, 0):
                total = c
                break
        found = (parts, total) if total is not None else (parts[1:], parts[0]) if _leads_its_parts(parts) else None
        if found and not _over_time_beside(*found):
            out.append(found)
    return out


def _over_time_beside(parts: list[Claim], total: Claim) -> bool:
    """Every figure of the list has a period of its own, no two share one and none falls inside the
    larger figure's period: one measure in other years than the larger figure's ('419 ppm in 2023; in 2022
    it was 417.9 ppm, in 2021 415.7 ppm'), no parts of it. The quarters or months of the larger figure's
    year ('5.4 million in 2022: 1.2 million in the first quarter, …') are its parts."""
    periods = [c.period for c in parts]
    if not all(periods) or len(set(periods)) != len(periods):
        return False
    whole = try_parse_period(total.period) if total.period else None
    inside = [try_parse_period(p) for p in periods]
    return whole is None or not any(part is not None and whole.contains(part) for part in inside)


# How far the first figure of a list may be from the sum of the rest and still be their total: the
# rounding of figures written to a few digits ('142,9 million …, roughly 102 million …, and 41 million').
_TOTAL_SLACK = 0.02


def _leads_its_parts(run: list[Claim]) -> bool:
    """'Russia had 142.9 million inhabitants, 102 million in the European part and 41 million in the
    Asian part': a list whose first figure is the sum of the others (two or more) states its own total."""
    first, rest = run[0], run[1:]
    whole = sum(c.value for c in rest)
    return len(rest) >= 2 and first.value > max(c.value for c in rest) and whole > 0 \
        and abs(first.value - whole) <= _TOTAL_SLACK * first.value


_APPOSITION = re.compile(r"^[^.;!?]{0,40}?(\bor\b|\(|—|–)[^.;!?]{0,20}$")


def appositions(draft: Draft, claims: list[Claim]) -> dict[str, Claim]:
    """A count and a share that restate each other, each about the other's subject: a count after its share
    ('19 % of the population, or 3.5 million people'), count id → share, and a share after its count ('men
    numbered 349.5 thousand, or 47.9 %', 'women 380.7 thousand (52.1 %)': the men's share), share id → count."""
    out: dict[str, Claim] = {}
    ordered = sorted(claims, key=lambda c: c.start)
    for first, second in pairwise(ordered):
        if first.sentence != second.sentence or not _APPOSITION.match(draft.text[first.end:second.start]):
            continue
        if _a_share(first) and second.unit == "":
            out[second.id] = first
        elif first.unit == "" and first.kind is Kind.count and _a_share(second):
            out[second.id] = first
    return out


def _a_share(claim: Claim) -> bool:
    return claim.unit == "%" and claim.kind is not Kind.change


def _parts_vs_total(draft: Draft, claims: list[Claim], tol: Tolerances) -> list[tuple[Finding, int]]:
    out = []
    for parts, total in parts_and_totals(draft, claims):
        first = parts[0]
        whole = sum(c.value for c in parts)
        band = band_for(total.value, total, tol)
        listed = ", ".join(c.text.strip() for c in parts[:-1]) + f" and {parts[-1].text.strip()}"
        stated = f"the stated total of {total.text.strip()}"
        if whole > band.high:
            out.append(_finding(draft, RuleId.PARTS_VS_TOTAL, Verdict.contradicted, first.start,
                                f"The listed parts {listed} add up to {spoken_quantity(whole, first.unit)}, more "
                                f"than {stated}.", [total, *parts]))
        elif whole < band.low:
            short = (total.value - whole) / total.value * 100
            out.append(_finding(draft, RuleId.PARTS_VS_TOTAL, Verdict.needs_review, first.start,
                                f"The listed parts {listed} add up to {spoken_quantity(whole, first.unit)}, "
                                f"{short:.0f} % short of {stated}; if the list is meant to be complete, "
                                f"the figures disagree.", [total, *parts]))
    return out


def _growth_vs_levels(draft: Draft, claims: list[Claim], tol: Tolerances) -> list[tuple[Finding, int]]:
    out = []
    for _, group in groupby(claims, key=lambda c: c.sentence):
        items = list(group)
        for change in (c for c in items if c.kind is Kind.change and c.unit == "%"):
            levels = [c for c in items if c is not change and _countable(c)]
            by_unit: dict[str, list[Claim]] = {}
            for c in levels:
                by_unit.setdefault(unit_family(c.unit)[0], []).append(c)
            for same in by_unit.values():
                if len(same) != 2:
                    continue
                a, b = sorted(same, key=lambda c: c.start)  # "from A to B"
                if not a.value:
                    continue
                computed = (b.value / a.value - 1) * 100
                claimed = -abs(change.value) if change.direction is Direction.down else change.value
                band = band_for(claimed, change, tol, points=True)
                if int(band.judge(np.array([computed]))[0]) == 1 or _within_rounding(a, b, band):
                    continue
                out.append(_finding(draft, RuleId.GROWTH_VS_LEVELS, Verdict.contradicted, change.start,
                                    f"From {a.text.strip()} to {b.text.strip()} is a change of {computed:+.1f} %, "
                                    f"not {change.text.strip()}.", [change, a, b]))
    return out


def _within_rounding(a: Claim, b: Claim, band: Band) -> bool:
    """Whether the growth between two rounded levels could be the claimed one: each level may be
    off by half its last stated digit, and the growth recomputed from them by as much more."""
    def half(c: Claim) -> float:
        # a level's trailing zeros may be its rounding ('27,000 tonnes'), not its stated digits (``stated_half``,
        # which a figure matched to a row is read by): two of the text's own round levels flag no growth they allow
        return rounding_half(c.value, c.decimals)
    low = ((b.value - half(b)) / (a.value + half(a)) - 1) * 100
    high = ((b.value + half(b)) / max(a.value - half(a), 1e-12) - 1) * 100
    return band.high >= low and band.low <= high


def _share_vs_count(draft: Draft, claims: list[Claim], index: ReferenceIndex, as_of: dt.date,
                    tol: Tolerances, gazetteer: Gazetteer | None) -> list[tuple[Finding, int]]:
    out = []
    pairs = [(share, count) for count_id, share in appositions(draft, claims).items() if _a_share(share)
             for count in claims if count.id == count_id and count.value >= 1000 and 0 < share.value < 100]
    for share, count in pairs:
        ctx = draft_context(count, draft, as_of, gazetteer or Gazetteer.default())
        offset = max(surface_at(share.sentence, share.text), 0)
        ctx.subject = ctx.subject | token_set(clause_around(share.sentence, offset))
        parts = [c for c in match(count, index, ctx) if c.mode is MatchMode.DIRECT]
        if not parts:
            continue
        totals = find_totals(index, ctx, parts[0])
        if not totals:
            continue
        total = totals[0]
        res = total.resource
        current = target_positions(res, total.positions, None, as_of, tol).current
        if not len(current):
            continue
        pos = int(current[0])
        whole = float(res.values[pos]) * total.factor
        if not whole:
            continue
        implied_share = count.value / whole * 100
        band = band_for(share.value, share, tol)
        if int(band.judge(np.array([implied_share]))[0]) == 1:
            continue
        period = res.periods[res.period_codes[pos]]
        implied_total = count.value / (share.value / 100)
        source, _ = res.source_of(pos)
        out.append(_finding(draft, RuleId.SHARE_VS_COUNT, Verdict.needs_review, share.start,
                            f"{share.text.strip()} and {count.text.strip()} imply a total of "
                            f"{spoken_quantity(implied_total, '')}, but {source} gives {res.metric} "
                            f"{spoken_quantity(whole, '')} for {period.text if period else '?'}, where "
                            f"{count.text.strip()} is {implied_share:.1f} %.", [share, count]))
    return out
