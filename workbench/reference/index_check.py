"""A series described as an index whose figures cannot be one is a rate of change.

Publishers relabel files: a 'Consumer Price Index (2005=100)' resource may hold the yearly %
change of that index. Read as an index, every growth computed from it is nonsense ('prices fell
16 %'); read as the rate it is, it answers 'prices rose 3.2 %' directly. An index is a positive
multiple of its base, so a series with negative figures, or whose base period's figures are
nowhere near 100, is no index. The loader says so once, as a warning, and reads it as % change.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..datapackage import LoadedMeta
from ..models import Kind
from .vocabulary import vocabulary

_BASE = re.compile(r"(?<!\d)((?:1[89]|2\d)\d\d)\s*=\s*100(?!\d)")
# The base period's figures of a real index sit at 100 (a rebased series within a few points).
_BASE_BAND = (80.0, 125.0)


def _described(meta: LoadedMeta, field_description: str | None) -> str:
    return " ".join(t for t in (meta.workbench.metric, meta.title, meta.description, field_description) if t)


def says_index(text: str) -> bool:
    """The text calls the figures an index ('Consumer Price Index', 'CPI (2005=100)')."""
    lowered = text.lower()
    words = vocabulary()["index_words"]["words"]
    return bool(_BASE.search(text)) or any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", lowered) for w in words)


def not_an_index(text: str, frame: pd.DataFrame) -> str | None:
    """Why figures described by ``text`` as an index cannot be one, or None when they can."""
    values = frame["value"].to_numpy(dtype="float64")
    values = values[np.isfinite(values)]
    if not len(values):
        return None
    negative = int((values < 0).sum())
    if negative:
        return f"{negative} of its {len(values)} figures are negative"
    base = _BASE.search(text)
    if base is None:
        return None
    at_base = frame.loc[frame["period"].astype("str").str.startswith(base.group(1)), "value"].dropna()
    if len(at_base) and not _BASE_BAND[0] <= float(at_base.median()) <= _BASE_BAND[1]:
        return f"its {base.group(1)} figures are nowhere near 100 (median {float(at_base.median()):.3g})"
    return None


def index_read_as_rate(meta: LoadedMeta, frame: pd.DataFrame,
                       field_description: str | None) -> tuple[LoadedMeta, pd.DataFrame, str | None]:
    """The metric re-read as a % change when it is described as an index its figures cannot be;
    with the reason to report (None when nothing changed)."""
    if meta.workbench.unit != "" or meta.workbench.kind is not Kind.level:
        return meta, frame, None
    text = _described(meta, field_description)
    if not says_index(text):
        return meta, frame, None
    why = not_an_index(text, frame)
    if why is None:
        return meta, frame, None
    block = meta.workbench.model_copy(update={"unit": "%", "kind": Kind.change})
    frame = frame.assign(unit=pd.Series(["%"] * len(frame), dtype="str", index=frame.index))
    return meta.model_copy(update={"workbench": block}), frame, why
