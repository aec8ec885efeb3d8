"""A value column whose cells cannot be figures of its unit: a count of days under a ppm heading.

Publishers shift headers: a monthly station file whose header lost a column puts the number of
days measured under 'Trend' and the seasonally corrected series under 'Interpolated'. Beside
columns of the same unit whose figures are in the hundreds, a column of small whole numbers
(0–31, the count of a month's days, with -1 for none) is no figure of that unit. The loader says so
once, as a warning, and leaves the column out, so no claim is ever judged against it.
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


def count_columns(frames: dict[str, pd.DataFrame]) -> dict[str, str]:
    """Of one table's value columns (name → tidy frame), those whose cells are small whole numbers
    beside a column of the same unit whose figures are far larger; with the reason to report."""
    found: dict[str, str] = {}
    for name, frame in frames.items():
        values, unit = _finite(frame), _unit_of(frame)
        if not unit or not _small_counts(values):
            continue
        for other, sibling in frames.items():
            sibling_values = _finite(sibling)
            if other == name or _unit_of(sibling) != unit or not len(sibling_values):
                continue
            median = float(np.median(np.abs(sibling_values)))
            if median >= _SIBLING_RATIO * max(float(np.max(np.abs(values))), 1.0):
                found[name] = (f"its {len(values)} figures are whole numbers from {values.min():g} to "
                               f"{values.max():g}, beside {other!r} in the same unit ({unit}, median {median:.4g}): "
                               "a count, not figures of that unit")
                break
    return found
