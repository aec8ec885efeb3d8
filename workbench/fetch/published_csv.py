"""Any published CSV: its columns mapped to roles, written into a package with its sha256."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from ..datapackage import RESERVED_COLUMNS
from ..errors import FetchError
from ..reference import DESCRIPTOR, shown_path
from .http import HttpSettings, host, http_get, make_session
from .writing import csv_bytes, now, slug, write_resource

def tidy_csv(data: bytes, url: str, mapping: dict[str, str], unit: str | None) -> tuple[list[str], pd.DataFrame]:
    """The downloaded CSV as tidy columns (period, value, unit, dimensions…); errors name URL:line:column."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FetchError.at(f"the CSV is not UTF-8 text (byte {exc.start})", url) from None
    if not text.strip():
        raise FetchError.at("the CSV is empty", url)
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False)
    except (pd.errors.ParserError, ValueError) as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise FetchError.at(f"cannot parse as CSV: {str(exc).strip().splitlines()[-1]}", url,
                            int(match.group(1)) if match else None) from None
    header = list(frame.columns)
    if mapping:
        for column in mapping:
            if column not in header:
                raise FetchError.at(f"--map: the CSV has no column {column!r} (it has {', '.join(header)})", url, 1)
        chosen = dict(mapping)
        for reserved in ("period", "value", "unit"):
            if reserved in header and reserved not in chosen.values() and reserved not in chosen:
                chosen[reserved] = reserved
    else:
        chosen = {c: slug(c) for c in header}
    roles = list(chosen.values())
    missing = [r for r in ("period", "value") if r not in roles]
    if "unit" not in roles and unit is None:
        missing.append("unit (or pass --unit)")
    if missing:
        raise FetchError.at(f"no column for {', '.join(missing)}; map one with --map COLUMN=ROLE", url, 1,
                            hint=f"the CSV's columns are: {', '.join(header)}")
    position = {c: header.index(c) + 1 for c in chosen}
    out = pd.DataFrame({role: frame[column].str.strip() for column, role in chosen.items()})
    if "unit" not in out:
        out["unit"] = unit
    elif unit is not None:
        out["unit"] = out["unit"].where(out["unit"] != "", unit)
    column_of = {role: column for column, role in chosen.items()}
    numbers = pd.to_numeric(out["value"], errors="coerce")
    bad = numbers.isna() & (out["value"] != "")
    if bad.any():
        first = int(bad.to_numpy().nonzero()[0][0])
        col = column_of.get("value", "value")
        raise FetchError.at(f"column {col!r}: {out['value'].iloc[first]!r} is not a number "
                            f"({int(bad.sum())} such row(s))", url, first + 2, position.get(col))
    out = out[out["value"] != ""]  # published CSVs leave gaps; an empty cell is no observation
    dims = [r for r in roles if r not in RESERVED_COLUMNS]
    columns = ["period", "value", "unit", *dims]
    return columns, out[columns]


def fetch_csv(url: str, *, name: str, metric: str, package: Path, settings: HttpSettings,
              mapping: Mapping[str, str] | None = None, unit: str | None = None, kind: str | None = None,
              title: str | None = None, source_title: str | None = None) -> str:
    """Write the CSV at ``url`` into ``package`` as resource ``name``, with its sha256; say what was written.

    ``mapping`` maps source columns to period, value, unit or a dimension; ``unit`` fills rows
    without one; ``kind`` defaults to share for %, else level."""
    with make_session(settings) as session:
        response = http_get(session, url, settings)
    data = response.content
    digest = hashlib.sha256(data).hexdigest()
    columns, frame = tidy_csv(data, url, dict(mapping or {}), unit)
    if frame.empty:
        raise FetchError.at("the CSV has no observations (every value is empty)", url)
    csv_data = csv_bytes(columns, frame.itertuples(index=False, name=None))  # type: ignore[arg-type]
    dims = columns[3:]
    fields = [{"name": "period", "type": "string", "constraints": {"required": True}},
              {"name": "value", "type": "number", "constraints": {"required": True}},
              {"name": "unit", "type": "string"}, *({"name": d, "type": "string"} for d in dims)]
    units = set(frame["unit"])
    entry: dict[str, Any] = {
        "name": name,
        "path": f"{name}.csv",
        "title": title or metric,
        "description": f"Fetched from {url}.",
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
        "schema": {"fields": fields, "primaryKey": ["period", *dims, "unit"]},
        "sources": [{"title": source_title or host(url), "path": url}],
        "workbench": {"metric": metric, "aliases": [], "dimension_aliases": {},
                      "kind": kind or ("share" if units == {"%"} else "level"),
                      "fetched": {"url": url, "retrieved": now(), "sha256": digest, "fetcher": "csv"}},
    }
    path = write_resource(package, entry, csv_data)
    return (f"wrote {shown_path(path)}: {len(frame)} observation(s), sha256 {digest[:12]}…; resource "
            f"{name!r} in {shown_path(package / DESCRIPTOR)}")
