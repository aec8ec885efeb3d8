"""A multiple comparing a figure with the same measure in another year: 'This was more than three
times as high as in 2021', 'In 2022 prices rose twice as fast as in 2019', 'four times higher than
in 2015'. It is the ratio of the two years' rows — for any series, a rate too, since it compares two
levels rather than saying how much one grew — read as a multiple over the span of the two years.

The figure's own year is one its sentence names before the multiple, else the one period the
nearest earlier text names (the sentence 'This' refers to); with neither, the claim is left as it
is. Words in ``data/multiples.json``."""

from __future__ import annotations

import re
from functools import lru_cache

from ..extraction.periods import YEAR_DIGITS
from ..models import Claim, Direction, Kind
from ..numbers import alternation, data_json
from ..periods import YEAR, granularity, try_parse_period
from ..text import surface_at
from .carried import one_period
from .context import ClaimContext

_YEAR = rf"({YEAR_DIGITS})\b"


@lru_cache(maxsize=1)
def _figure_year_pattern() -> re.Pattern[str]:
    """'amounted to 8.6 % in 2022': a figure, then a link word, then the year it is stated for."""
    links = alternation(data_json("multiples.json").get("figure_year_links", []))
    return re.compile(rf"\d[^\d.;]{{0,15}}?\b(?:{links})\s+{_YEAR}")


@lru_cache(maxsize=1)
def _comparison() -> re.Pattern[str]:
    data = data_json("multiples.json")
    links = rf"(?:(?:{alternation(data['links'])})\s+)?"
    return re.compile(rf"\s*(?:as\s+(?P<as>{alternation(data['as_words'])})\s+as"
                      rf"|(?P<cmp>{alternation(data['comparative_words'])})\s+than)\s+{links}{_YEAR}",
                      re.IGNORECASE)


def compared_year(claim: Claim) -> tuple[int, bool] | None:
    """(the year the figure is compared with, whether the figure is the smaller) when the words right
    after a multiple compare it with another year ('as high as in 2021', 'lower than in 2015')."""
    if claim.unit != "x" or claim.kind not in (Kind.ratio, Kind.change) or not claim.text:
        return None
    return _compared_after(claim.sentence, claim.text)


@lru_cache(maxsize=256)  # asked for each resource and unit a claim is read against
def _compared_after(sentence: str, text: str) -> tuple[int, bool] | None:
    at = surface_at(sentence, text)
    m = _comparison().match(sentence, at + len(text)) if at >= 0 else None
    if m is None:
        return None
    word = (m.group("as") or m.group("cmp") or "").lower()
    return int(m.group(m.lastindex or 0)), word in data_json("multiples.json")["lower_words"]


def _figure_year(claim: Claim, ctx: ClaimContext, base: int) -> int | None:
    at = surface_at(claim.sentence, claim.text)
    before = [int(y) for y in re.findall(_YEAR, claim.sentence[:max(at, 0)])]
    if before:
        return before[-1] if before[-1] != base else None
    for layer, text in ctx.basis_texts[:2]:  # the sentences before it in its paragraph, the heading
        if layer not in ("paragraph", "heading"):
            continue
        last = text.strip().rsplit(". ", 1)[-1]
        # 'amounted to 8.6 % in 2022' beside 'CPI 2020': the year a figure is stated for
        dated = set(_figure_year_pattern().findall(last))
        if len(dated) == 1:
            return int(dated.pop())
        found = one_period(last, ctx.as_of) if last else None
        parsed = try_parse_period(found) if isinstance(found, str) else None
        if parsed is not None and granularity(parsed) == YEAR:
            return parsed.start.year
        if found is not None:
            return None
    return None


def year_comparison_multiple(claim: Claim, ctx: ClaimContext) -> Claim:
    """The claim as a multiple over the span from the compared year to the figure's own."""
    compared = compared_year(claim)
    if compared is None or claim.value is None or claim.value_high is not None:
        return claim
    base, smaller = compared
    year = _figure_year(claim, ctx, base)
    if year is None or year == base:
        return claim
    # the later year's row over the earlier's, unless the earlier one is the larger
    later_larger = (year > base) != smaller
    return claim.model_copy(update={"kind": Kind.change, "period": f"{min(year, base)}/{max(year, base)}",
                                    "direction": Direction.up if later_larger else Direction.down})
