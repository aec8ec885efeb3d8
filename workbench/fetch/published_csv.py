"""Any published CSV: its columns mapped to roles, written into a package with its sha256."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from ..datapackage import RESERVED_COLUMNS
from ..errors import FetchError, UsageError
from ..readfile import marked_encoding
from ..reference import DESCRIPTOR, shown_path
from .http import HttpClient, HttpSettings, host
from .writing import csv_bytes, now, scaled_text, slug, write_resource

def parse_scale(text: str) -> float:
    """``--scale``: a number (``1e12``) or a scale word (``trillion``, ``bn``, ``million``)."""
    from ..numbers import scale_of

    word = text.strip()
    found = scale_of(word) or scale_of(word.rstrip("s"))
    if found is not None:
        return float(found)
    try:
        value = float(word)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        raise UsageError.at(f"--scale {text!r}: give a positive number (1e12) or a word (thousand, million, "
                            "billion, trillion)")
    return value


def _read_rows(data: bytes, url: str,
               check_header: Callable[[list[str]], object]) -> tuple[list[str], list[list[str]]]:
    """Header and rows; a row with more or fewer cells than the header is blamed on its own line. The header
    is handed to ``check_header`` before any row is read, so a CSV of the wrong columns is refused at once,
    not after reading millions of rows into memory."""
    try:
        text = data.decode(marked_encoding(data))
    except UnicodeDecodeError as exc:
        raise FetchError.at(f"the CSV is not UTF-8 text (byte {exc.start})", url) from None
    if not text.strip():
        raise FetchError.at("the CSV is empty", url)
    if "\x00" in text:  # no text file holds one: a binary file or a broken export, whose cells cannot be trusted
        raise FetchError.at("the CSV holds a NUL byte, so it is not a text file", url, text.count("\n", 0, text.index("\x00")) + 1,
                            hint="check the URL names the CSV itself; the reference package was left unchanged")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[list[str]] = []
    misaligned: list[tuple[int, int]] = []  # line, cells
    start = 1
    try:
        header = [h.strip() for h in next(reader)]
        check_header(header)
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):  # blank rows are skipped
                if len(row) != len(header):
                    misaligned.append((start, len(row)))
                rows.append(row)
            start = reader.line_num + 1
    except csv.Error as exc:
        what = "a quote opened on this row is never closed" if "end of data" in str(exc) else str(exc)
        raise FetchError.at(f"cannot parse as CSV: {what}", url, start,
                            hint="the reference package was left unchanged") from None
    if misaligned:
        line, cells = misaligned[0]
        more = f"; {len(misaligned) - 1} more such row(s)" if len(misaligned) > 1 else ""
        raise FetchError.at(f"row has {cells} cell(s) but the header has {len(header)}{more}", url, line,
                            hint="the publisher's file is misaligned there (a stray or missing separator); "
                                 "the reference package was left unchanged")
    return header, rows


def tidy_csv(data: bytes, url: str, mapping: dict[str, str], unit: str | None,
             scale: float = 1.0) -> tuple[list[str], pd.DataFrame]:
    """The downloaded CSV as tidy columns (period, value, unit, dimensions…), values multiplied by
    ``scale``; errors name URL:line:column."""
    chosen: dict[str, str] = {}
    header, rows = _read_rows(data, url, lambda names: chosen.update(_roles(names, mapping, unit, url)))
    frame = pd.DataFrame(rows, columns=header, dtype=str)
    lines = _data_lines(data, len(rows))
    roles = list(chosen.values())
    position = {c: header.index(c) + 1 for c in chosen}
    out = pd.DataFrame({role: frame[column].str.strip() for column, role in chosen.items()})
    out["line"] = lines
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
                            f"({int(bad.sum())} such row(s))", url, int(out["line"].iloc[first]), position.get(col))
    if scale != 1:
        out["value"] = [scaled_text(t, scale) if t else "" for t in out["value"]]
    out = out[out["value"] != ""]  # published CSVs leave gaps; an empty cell is no observation
    dims = [r for r in roles if r not in RESERVED_COLUMNS]
    columns = ["period", "value", "unit", *dims]
    return columns, out[columns]


def _roles(header: list[str], mapping: dict[str, str], unit: str | None, url: str) -> dict[str, str]:
    """Which column plays which role (period, value, unit, a dimension); one line when the header names a
    column twice, ``--map`` names a column it lacks, or a role has no column."""
    if len(set(header)) != len(header):
        dup = next(h for h in header if header.count(h) > 1)
        raise FetchError.at(f"the header names column {dup!r} twice", url, 1)
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
    return chosen


def _data_lines(data: bytes, count: int) -> list[int]:
    """The physical line each data row starts on (quoted cells may span lines)."""
    reader = csv.reader(io.StringIO(data.decode(marked_encoding(data)), newline=""))
    next(reader, None)
    lines, start = [], reader.line_num + 1
    for row in reader:
        if any(cell.strip() for cell in row):
            lines.append(start)
        start = reader.line_num + 1
    return lines[:count]


def fetch_csv(url: str, *, name: str, metric: str, package: Path, settings: HttpSettings,
              mapping: Mapping[str, str] | None = None, unit: str | None = None, kind: str | None = None,
              title: str | None = None, source_title: str | None = None, scale: float = 1.0) -> str:
    """Write the CSV at ``url`` into ``package`` as resource ``name``, with its sha256; say what was written.

    ``mapping`` maps source columns to period, value, unit or a dimension; ``unit`` fills rows
    without one; ``kind`` defaults to share for %, else level; ``scale`` multiplies every value (a
    column in trillions: 1e12)."""
    with HttpClient(settings) as client:
        data = client.get(url).content
        redirects = list(client.redirects)
    digest = hashlib.sha256(data).hexdigest()
    columns, frame = tidy_csv(data, url, dict(mapping or {}), unit, scale)
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
                      "fetched": {"url": url, "retrieved": now(), "sha256": digest, "fetcher": "csv",
                                  **({"redirects": redirects} if redirects else {}),
                                  **({"scale": scale} if scale != 1 else {})}},
    }
    path = write_resource(package, entry, csv_data)
    return (f"wrote {shown_path(path)}: {len(frame)} observation(s), sha256 {digest[:12]}…; resource "
            f"{name!r} in {shown_path(package / DESCRIPTOR)}")
