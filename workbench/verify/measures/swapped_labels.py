"""Two series whose labels a publisher swapped: the World Bank's inflation package ships the GDP
deflator under 'inflation-consumer' and consumer-price inflation under 'inflation-gdp'. The figures
tell: a series labelled as another variant ('gdp') whose figures are those of the measure's own named
series (a CPI published elsewhere) is that measure, and a series labelled as the measure whose figures
are not the measure's holds the other variant. A sentence naming the variant ('Inflation, GDP deflator
(annual %)') is read from the second, never from the first. Both facts are required, so a lone copy
under another name (``same_figures``) stays the measure and nothing is swapped on a guess."""

from __future__ import annotations

import math
from collections.abc import Callable

from ...matching import ResourceIndex
from ...text import token_set

_MIN_COMMON = 20  # cells both series give: fewer prove nothing either way
_DIFFER_SHARE = 0.5  # at least this share of the common cells disagree: another series, not a revision


Cells = Callable[[ResourceIndex], dict[tuple[str, int], float]]  # (place, period start) → figure


def swapped_labels(family: list[ResourceIndex], named: list[ResourceIndex], measure: set[str],
                   known: frozenset[str], words: frozenset[str], cells_of: Cells,
                   cache: dict[object, object]) -> tuple[set[str], set[str]]:
    """(series to leave out, series to read) for text naming a variant (``words``: the sentence's, and
    those of the text its measure was carried from) whose label its figures belie; two empty sets when
    no label is shown wrong."""
    named_names = {r.name for r in named}
    wrong = {r.name for r in family if r.name in measure and r.name not in named_names
             and (token_set(r.metric) - known) & words}
    if not wrong:
        return set(), set()
    key = ("swapped-labels", *sorted(r.name for r in family), *sorted(named_names), *sorted(measure), *sorted(known))
    if key not in cache:  # the figures' comparison, once per index: it reads every cell
        cache[key] = _holding_the_variant(family, named, measure, known, cells_of)
    right = set(cache[key])  # type: ignore[call-overload]
    return (wrong, right) if right else (set(), set())


def _holding_the_variant(family: list[ResourceIndex], named: list[ResourceIndex], measure: set[str],
                         known: frozenset[str], cells_of: Cells) -> frozenset[str]:
    """The series labelled only as the measure whose figures are not the measure's named series'."""
    named_names = {r.name for r in named}
    reference = [cells_of(r) for r in named]
    right = set()
    for r in family:
        if r.name in measure or r.name in named_names or token_set(r.metric) - known:
            continue
        cells = cells_of(r)
        for ref in reference:
            common = cells.keys() & ref.keys()
            differ = sum(1 for k in common if not math.isclose(cells[k], ref[k], rel_tol=1e-6, abs_tol=1e-9))
            if len(common) >= _MIN_COMMON and differ >= _DIFFER_SHARE * len(common):
                right.add(r.name)
                break
    return frozenset(right)
