"""Which money series a GDP figure speaks of: the nominal change beside a level in money, and no
series that only its file id names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ...config import Tolerances
from ...matching import Candidate, ClaimContext
from ...matching.generic import is_generic
from ...models import Claim, Kind
from ...numbers import lexicon
from ...text import surface_at, token_set
from ...units import PERCENT_OR_PP, dimension, is_money
from ..wording import holds_any


def nominal_beside_level(claim: Claim, cand: Candidate, ctx: ClaimContext, tol: Tolerances,
                         per_head: bool = False) -> bool:
    """'Output was $197bn, a 15 % increase': a sentence that states the measure's level in money
    beside its percent change speaks of money, so the change is the nominal one, unless it says it
    is real (``real_claim_words``). The level is the measure's when the candidate's rows for the
    place hold one within ``nominal_level_ratio`` of it in the same currency: '$5bn on roads' beside
    'the economy grew 3 %' is another measure, and that growth stays real. A change per head ('GDP per
    capita reached $15,440, up 22.3 %', ``per_head``) is beside a level per head, which no row of a total
    holds: the level's currency being the rows' is enough."""
    if holds_any(claim.sentence, tol.real_claim_words):
        return False
    if per_head:
        return any(unit in cand.resource.units and value > 0 for value, unit in ctx.money_levels)
    res = cand.resource
    rows = cand.positions
    for value, unit in ctx.money_levels:
        if unit not in res.units or value <= 0:
            continue
        code = res.units.index(unit)
        held = res.values[rows][res.unit_codes[rows] == code]
        ratios = held[held > 0] / value
        if ((ratios <= tol.nominal_level_ratio) & (ratios >= 1 / tol.nominal_level_ratio)).any():
            return True
    return False


def money_levels(claims: Iterable[Claim]) -> dict[str, tuple[tuple[float, str], ...]]:
    """Claim id → the amounts of money (value, unit) its sentence states as levels of what a percent
    claim changes: the level the change reaches ('grew 8 % to 80.8 trillion roubles (about $1.2
    trillion)': the first after it, whose bracketed conversion only restates it), else the nearest
    before it ('Output was $197bn, a 15 % increase'), with no other percent between: in 'the economy
    grew 3.6 %, but its size shrank 10.8 % to $2.02 trillion' the dollars are the 10.8 %'s alone."""
    by_sentence: dict[str, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    levels: dict[str, tuple[tuple[float, str], ...]] = {}
    for written in by_sentence.values():
        written.sort(key=lambda c: c.start)
        for at, c in enumerate(written):
            if c.unit not in PERCENT_OR_PP:
                continue
            reached = _first_level(written[at + 1:])
            if reached is None:
                before = _first_level(written[:at][::-1])
                if before is not None:  # '62 trillion roubles ($2 trillion), up 3.4 %': the rouble level's change
                    before = _restated_level(before, written) or before
                reached = before if before is not None and not _economy_said_between(before, c) else None
            if reached is not None:
                levels[c.id] = ((reached.value, reached.unit),)
    return levels


def _first_level(claims: Iterable[Claim]) -> Claim | None:
    """The first amount of money stated as a level among ``claims``, unless a percent comes before it."""
    for c in claims:
        if c.unit in PERCENT_OR_PP:
            return None
        if is_money(c.unit) and c.kind is Kind.level:
            return c
    return None


def _restated_level(level: Claim, written: list[Claim]) -> Claim | None:
    """The amount of money ``level`` restates in brackets or quotes right after it ('151.5 trillion roubles (about 2
    trillion dollars)', '62 trillion roubles "2 trillion dollars"'): the level the sentence states, whose currency its
    percent changes in; None when ``level`` follows no such amount."""
    at = next((i for i, c in enumerate(written) if c is level), 0)
    if at == 0:
        return None
    stated = written[at - 1]
    if not (is_money(stated.unit) and stated.kind is Kind.level):
        return None
    where = surface_at(level.sentence, level.text)
    gap = level.start - stated.end
    if where < 0 or gap <= 0 or gap > where:
        return None
    return stated if _RESTATING.fullmatch(level.sentence[where - gap:where]) else None


_APPROXIMATE = sorted(lexicon()["qualifiers"].get("approx", []), key=lambda w: (-len(w), w))
# what stands between an amount and its conversion: an opening bracket or quote, perhaps 'about' after it
_RESTATING = re.compile(rf"\s*[(\[\"“«]\s*(?:(?:{'|'.join(map(re.escape, _APPROXIMATE))})\s+)?", re.IGNORECASE)


def _economy_said_between(level: Claim, percent: Claim) -> bool:
    """'Output was 2 trillion dollars, while the economy shrank 2.1 %': the economy named again between a level
    and the percent after it (lexicon ``economy_growth_words``) opens the percent's own clause, the economy's
    real growth, no change of that money ('Output was $197bn, a 15 % increase' names none between)."""
    at = surface_at(percent.sentence, percent.text)
    gap = percent.start - level.end
    if at < 0 or gap <= 0 or gap > at:
        return False
    return holds_any(percent.sentence[at - gap:at], lexicon().get("economy_growth_words", []))


def named_only_by_file_id(cand: Candidate, ctx: ClaimContext, claim: Claim | None = None) -> bool:
    """A series titled only by its value column and its file's id ('Inflation (inflation gdp)', read
    from ``inflation-gdp.csv``) that the sentence names by the id's words alone: the column names the
    measure the rows hold, the id only files them, so 'GDP grew 4 %' does not name this inflation.
    A price per unit the series is in ('$100.93 a barrel' of 'Price (brent year)' in USD/bbl) says
    the column's measure itself, so the id's words name what it is the price of."""
    if claim is not None and dimension(claim.unit) == "price" and claim.unit in cand.resource.units:
        return False
    own, id_only = _column_and_id_words(cand.resource.name, cand.resource.metric)
    said = ctx.sentence | ctx.clause | ctx.subject
    return bool(own) and own.isdisjoint(said) and not id_only.isdisjoint(said)


@lru_cache(maxsize=4096)
def _column_and_id_words(name: str, metric: str) -> tuple[frozenset[str], frozenset[str]]:
    """The specific words of an untitled series' column, and the words only its file id adds (none
    when the series has a title of its own)."""
    words = " ".join(re.split(r"[-_.]+", name)).strip()  # as the loader spells an untitled resource
    suffix = f" ({words})"
    if not metric.endswith(suffix):
        return frozenset(), frozenset()
    label = token_set(metric[:-len(suffix)])
    return frozenset(t for t in label if not is_generic(t)), token_set(words) - label
