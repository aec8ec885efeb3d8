"""Dates a publisher writes in a pattern of its own, declared by the field's Frictionless ``format``
(CBOE's '%m/%d/%Y': 01/02/1990): read in that pattern and handed on as ISO, so every later step (the
type check, the period a row holds) sees one shape. A cell already written as ISO stays as it is — a
descriptor that names the source's pattern often travels with a file converted since."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..datapackage import TableField

# What each temporal type becomes once read.
_ISO = {"date": "%Y-%m-%d", "datetime": "%Y-%m-%dT%H:%M:%S", "yearmonth": "%Y-%m"}


def declared_pattern(fld: TableField) -> str | None:
    """The strptime pattern a temporal field declares, None for the default (ISO) or 'any'."""
    return fld.strptime_pattern()


def iso_cells(fields: list[TableField], values: dict[str, pd.Series], empty: dict[str, np.ndarray]) -> None:
    """Each temporal column with a declared pattern, its cells in that pattern rewritten as ISO (in place)."""
    for fld in fields:
        pattern = declared_pattern(fld)
        if pattern is None or fld.name not in values:
            continue
        cells = values[fld.name]
        uniques = pd.unique(cells[~empty[fld.name]])
        parsed = pd.to_datetime(pd.Series(uniques, dtype="object"), format=pattern, errors="coerce")
        iso = {u: p.strftime(_ISO[fld.type]) for u, p in zip(uniques, parsed) if not pd.isna(p)}
        if iso:
            values[fld.name] = cells.map(iso).fillna(cells).astype(cells.dtype)
