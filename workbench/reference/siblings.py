"""The columns of a wide table read together: what one states about units holds for its siblings.

A publisher often states a unit once ('Total … (thousand metric tons of C)') and leaves the
sibling columns ('Carbon emissions from solid fuel consumption') without one; a per-capita
column of the same measure is a check on the stated scale (total ÷ per capita is a population,
and no place has more people than the world). Descriptions name a column the way news does
('carbon emissions from cement production'), and the vocabulary's ``column_aliases`` give the
everyday word for a statistician's label ('solid fuel' → 'coal').
"""

from __future__ import annotations

import io
import math
import re
from typing import Any

from .. import substances
from .. import units as claim_units
from .vocabulary import plain, vocabulary

LEVEL = "level"


def description_alias(description: str | None) -> str | None:
    """A field's description without its parenthesised unit: what the column is, in words."""
    if not description:
        return None
    text = " ".join(re.sub(r"\([^()]*\)", " ", description).split()).strip(" .,;:")
    return text if 1 < len(text.split()) <= 12 else None


def with_description(aliases: list[str], description: str | None) -> list[str]:
    """The aliases and, when it is new, the description's words: a column's whole definition
    ('Total carbon emissions from fossil fuel consumption and cement production')."""
    alias = description_alias(description)
    if alias is None or plain(alias) in {plain(a) for a in aliases}:
        return aliases
    return [*aliases, alias]


def everyday_names(label: str) -> list[str]:
    """The words news uses for a column's label ('Solid Fuel' → 'coal'), from the vocabulary."""
    table = vocabulary().get("column_aliases", {})
    return list(table.get(plain(label), []))


_SHARE_OF = re.compile(r"^\s*(?P<part>[A-Za-z][\w\s-]*?)\s+(?:as\s+(?:a\s+)?)?(?:%|percent|per cent)\s+of\s+\S", re.I)


def rate_names(label: str) -> list[str]:
    """'Unemployed % of labor force' is what news calls the unemployment rate: the part's words and
    'rate' ('Unemployed rate', read by its lemmas as 'unemployment rate')."""
    match = _SHARE_OF.match(label)
    return [f"{match.group('part').strip()} rate"] if match else []


def shared_unit(metrics: dict[str, dict[str, Any]]) -> None:
    """Level columns without a unit take the one unit (and scale) their level siblings state."""
    stated = {(m["unit"], m.get("scale", 1.0)) for m in metrics.values()
              if m.get("kind") == LEVEL and m.get("unit")}
    if len(stated) != 1:
        return
    unit, scale = stated.pop()
    for m in metrics.values():
        if m.get("kind") == LEVEL and "unit" not in m:
            m["unit"] = unit
            if scale != 1:
                m["scale"] = scale


def is_per_capita(label: str, description: str | None) -> bool:
    text = f"{label} {description or ''}".lower()
    return any(re.search(r"(?<!\w)" + re.escape(w.lower()) + r"(?!\w)", text) for w in claim_units.per_capita_words())


def checked_scale(metrics: dict[str, dict[str, Any]], per_capita: str, csv_bytes: bytes) -> None:
    """Where a stated scale makes total ÷ per capita more people than the world holds, the scale
    is a slip of the publisher's (thousand written as million): step it down by thousands."""
    pc = metrics[per_capita]
    base = substances.split(pc.get("unit") or "")
    levels = [c for c, m in metrics.items() if c != per_capita and m.get("kind") == LEVEL
              and m.get("scale", 1.0) > 1 and substances.split(m.get("unit") or "") == base and base[0]]
    if not levels:
        return
    most = float(vocabulary().get("largest_population", 1.2e10))
    ratios = _largest_ratios(csv_bytes, levels, per_capita)
    for column in levels:
        ratio = ratios.get(column)
        scale = float(metrics[column]["scale"]) / float(pc.get("scale", 1.0))
        if ratio is None or ratio * scale <= most:
            continue
        while scale > 1 and ratio * scale > most:
            scale /= 1000
        metrics[column]["scale"] = scale * float(pc.get("scale", 1.0))
        if metrics[column]["scale"] == 1:
            del metrics[column]["scale"]


def _largest_ratios(csv_bytes: bytes, levels: list[str], per_capita: str) -> dict[str, float]:
    """Near the largest total ÷ per-capita over the rows where both are positive, per level column."""
    import pandas as pd

    try:
        frame = pd.read_csv(io.BytesIO(csv_bytes), usecols=[*levels, per_capita])
    except (OSError, ValueError, pd.errors.ParserError):
        return {}
    per = pd.to_numeric(frame[per_capita], errors="coerce")
    out: dict[str, float] = {}
    for column in levels:
        level = pd.to_numeric(frame[column], errors="coerce")
        ok = (per > 0) & (level > 0)
        if ok.any():
            value = float((level[ok] / per[ok]).quantile(0.99))  # one odd row does not decide
            if math.isfinite(value):
                out[column] = value
    return out


def measure_of_total(metrics: dict[str, dict[str, Any]], descriptions: dict[str, str | None]) -> None:
    """The total column of a wide table is the measure its parts share: the words its siblings'
    descriptions begin with ('Carbon emissions from solid fuel…', '…from cement…' → 'Carbon
    emissions'), so that 'China's carbon emissions' means the total, not the part named last."""
    totals = [c for c in metrics if plain(c) in vocabulary().get("total_labels", [])]
    parts = [d.split() for c, d in descriptions.items() if d and c not in totals]
    if len(totals) != 1 or len(parts) < 2:
        return
    common: list[str] = []
    for words in zip(*parts):
        if len({w.lower() for w in words}) != 1:
            break
        common.append(words[0])
    while common and common[-1].lower() in vocabulary().get("trailing_links", []):
        common.pop()
    if len(common) >= 2:
        aliases = metrics[totals[0]].setdefault("aliases", [])
        if plain(" ".join(common)) not in {plain(a) for a in aliases}:
            aliases.append(" ".join(common))


def own_source(meta: Any) -> Any:
    """The declared source a resource's file name points to when a package declares several
    ('co2-annmean-gl' → '…, Global', 'co2-annmean-mlo' → '…, Mauna Loa, Hawaii', through the
    vocabulary's ``name_abbreviations``); the first source otherwise."""
    sources = list(meta.sources or [])
    if len(sources) < 2:
        return sources[0] if sources else None
    expand = {k.lower(): v for k, v in vocabulary().get("name_abbreviations", {}).items() if not k.startswith("_")}
    # 'wti-year' and 'Annual Cushing, OK WTI Spot Price' say one frequency in two words
    often = {k: v for k, v in vocabulary()["frequency_words"].items() if not k.startswith("_")}
    named = {often.get(w, w) for code in re.split(r"[-_.\s]+", meta.name.lower()) if code
             for w in re.findall(r"\w+", expand.get(code, code).lower())}
    titles = [{often.get(w, w) for w in re.findall(r"\w+", s.title.lower())} for s in sources]
    common = set.intersection(*titles)
    hits = [len((t - common) & named) for t in titles]
    best = max(hits)
    return sources[hits.index(best)] if best and hits.count(best) == 1 else sources[0]
