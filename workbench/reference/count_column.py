"""A value column whose cells cannot be figures of its unit: a count of days under a ppm heading.

Publishers shift headers: a monthly station file whose header lost a column puts the number of
days measured under 'Trend' and the seasonally corrected series under 'Interpolated'. Beside
columns of the same unit whose figures are in the hundreds, a column of small whole numbers
(0–31, the count of a month's days, with -1 for none) is no figure of that unit. The loader says so
once, as a warning, and leaves the column out, so no claim is ever judged against it.

When the rows hold figures beyond the header, a label is known to be lost: there a column whose
figures are all far smaller than a sibling's of the same unit (an uncertainty of 0.1 ppm under
'Trend', also in a file that states no unit) is shifted as well, and a shift carries to the right:
every value column after the first shifted one holds its left neighbour's cells and is left out too.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# A month's count of days, with -1 as the usual 'no data'.
_COUNT_RANGE = (-1.0, 31.0)
# Sibling columns of the same unit at least this many times larger are of another kind of figure.
_SIBLING_RATIO = 10.0


def _unit_of(frame: pd.DataFrame) -> str:
    units = frame["unit"].dropna().astype("str") if "unit" in frame else pd.Series([], dtype="str")
    return units.mode().iloc[0] if len(units) else ""


def _finite(frame: pd.DataFrame) -> np.ndarray:
    values = frame["value"].to_numpy(dtype="float64")
    return values[np.isfinite(values)]


def _small_counts(values: np.ndarray) -> bool:
    return bool(len(values)) and bool(np.all(values == np.round(values))) \
        and bool(np.all((values >= _COUNT_RANGE[0]) & (values <= _COUNT_RANGE[1])))


def _far_smaller_sibling(name: str, values: np.ndarray, unit: str,
                         frames: dict[str, pd.DataFrame]) -> tuple[str, float] | None:
    """A sibling of the same unit whose median figure is many times the column's largest, if one."""
    for other, sibling in frames.items():
        sibling_values = _finite(sibling)
        if other == name or _unit_of(sibling) != unit or not len(sibling_values):
            continue
        median = float(np.median(np.abs(sibling_values)))
        if median >= _SIBLING_RATIO * max(float(np.max(np.abs(values))), 1.0):
            return other, median
    return None


def count_columns(frames: dict[str, pd.DataFrame], order: list[str], labels_lost: bool = False) -> dict[str, str]:
    """Of one table's value columns (name → tidy frame; ``order`` their places in the file), those
    whose cells are no figures of their heading, with the reason to report: small whole numbers
    beside a column of the same unit whose figures are far larger; and, when ``labels_lost``, any
    column of far smaller figures than such a sibling, with every column to its right."""
    found: dict[str, str] = {}
    for name in order:
        frame = frames[name]
        values, unit = _finite(frame), _unit_of(frame)
        if not len(values) or not (labels_lost or unit):
            continue
        counts = _small_counts(values)
        if not (counts or labels_lost):
            continue
        sibling = _far_smaller_sibling(name, values, unit, frames)
        if sibling is None:
            continue
        other, median = sibling
        shown = f"{other!r} in the same unit" + (f" ({unit}, median {median:.4g})" if unit else f" (median {median:.4g})")
        found[name] = (f"its {len(values)} figures are whole numbers from {values.min():g} to {values.max():g}, "
                       f"beside {shown}: a count, not figures of that unit" if counts else
                       f"its {len(values)} figures run from {values.min():g} to {values.max():g}, far below {shown}: "
                       "not figures of its heading")
        if labels_lost:
            for later in order[order.index(name) + 1:]:
                found[later] = f"right of {name!r} in a header that lost a label: it holds its neighbour's cells"
            break
    return found
