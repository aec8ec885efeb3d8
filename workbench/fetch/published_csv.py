"""Any published CSV: its columns mapped to roles, written into a package with its sha256."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..datapackage import RESERVED_COLUMNS
from ..errors import FetchError, UsageError
from ..readfile import GZIP_MAGIC, marked_encoding, packed_format
from ..reference import DESCRIPTOR, shown_path
from ..reference.archive import ArchiveError, expanded_resource
from .http import MAX_DOWNLOAD_BYTES, HttpClient, HttpSettings, host
from .writing import csv_bytes, csv_lines, now, scaled_text, slug, write_resource

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


# A published CSV is read, checked and written out this many rows at a time: a file of millions of rows costs
# the memory of one chunk of Python rows (plus its bytes and the tidy CSV's), not gigabytes of lists and frames.
_CHUNK_ROWS = 50_000
_DECODE_SLICE = 1024 * 1024  # bytes decoded at a time while the text is checked


@dataclass
class TidyCsv:
    """A published CSV made tidy: its columns (period, value, unit, dimensions…), the CSV written for the
    package, how many observations it holds and the units they are in."""

    columns: list[str]
    csv_data: bytes
    observations: int
    units: set[str]


def _checked_encoding(data: bytes, url: str) -> str:
    """The encoding the CSV is read in, once its whole text is known to decode, hold a character besides
    white space and no NUL; decoded a slice at a time, so checking costs no copy of the file's text."""
    packed = packed_format(data)
    if packed is not None:
        raise FetchError.at(f"the answer is {packed[0]}, not CSV text", url, hint=f"{packed[1]}, or give its URL")
    encoding = marked_encoding(data)
    decoder = codecs.getincrementaldecoder(encoding)()
    lines_before, blank, view = 0, True, memoryview(data)
    nul_line: int | None = None
    for start in range(0, max(len(data), 1), _DECODE_SLICE):
        piece = view[start:start + _DECODE_SLICE]
        try:
            text = decoder.decode(piece, final=start + _DECODE_SLICE >= len(data))
        except UnicodeDecodeError:
            raise FetchError.at(f"the CSV is not UTF-8 text (byte {_first_undecodable(data, encoding)})", url) from None
        blank = blank and not text.strip()
        if nul_line is None and "\x00" in text:
            nul_line = lines_before + text.count("\n", 0, text.index("\x00")) + 1
        lines_before += text.count("\n")
    if blank:
        raise FetchError.at("the CSV is empty", url)
    if nul_line is not None:  # no text file holds one: a binary file or a broken export, whose cells cannot be trusted
        raise FetchError.at("the CSV holds a NUL byte, so it is not a text file", url, nul_line,
                            hint="check the URL names the CSV itself; the reference package was left unchanged")
    return encoding


def _unpacked(data: bytes, url: str) -> bytes:
    """The CSV of an answer that is gzip-compressed without saying so (a `.csv.gz` link served with no
    Content-Encoding), expanded under the caps a package's compressed resource has: at most the largest
    download and 500 times its own size, so a bomb is one line, not memory. Any other answer as it came."""
    if not data.startswith(GZIP_MAGIC):
        return data
    try:
        return expanded_resource(data, "gzip", MAX_DOWNLOAD_BYTES)
    except ArchiveError as exc:
        raise FetchError.at(f"the answer {exc.strerror}", url, hint="check the URL names the CSV itself; the "
                            "reference package was left unchanged") from None


def _first_undecodable(data: bytes, encoding: str) -> int:
    """Where ``data`` stops decoding (the whole text is decoded only here, to say where: it stops there)."""
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc.start
    return len(data)


def tidy_csv(data: bytes, url: str, mapping: dict[str, str], unit: str | None, scale: float = 1.0) -> TidyCsv:
    """The downloaded CSV as tidy columns (period, value, unit, dimensions…), values multiplied by ``scale``,
    read and written a chunk of rows at a time; errors name URL:line:column. The header's roles are checked
    before any row is read, so a CSV of the wrong columns is refused at once; a row with more or fewer cells
    than the header is blamed on its own line, and a cell that is no number on its own."""
    data = _unpacked(data, url)
    text = io.TextIOWrapper(io.BytesIO(data), encoding=_checked_encoding(data, url), newline="")
    reader = csv.reader(text, strict=True)
    start = 1
    try:
        header = [h.strip() for h in next(reader)]
        table = _TidyChunks(header, _roles(header, mapping, unit, url), unit, scale, url)
        start = reader.line_num + 1
        chunk: list[list[str]] = []
        lines: list[int] = []
        for row in reader:
            if "".join(row).strip():  # blank rows are skipped
                if len(row) != len(header):
                    table.misaligned(start, len(row))
                else:
                    chunk.append(row)
                    lines.append(start)
                    if len(chunk) == _CHUNK_ROWS:
                        table.add(chunk, lines)
                        chunk, lines = [], []
            start = reader.line_num + 1
    except csv.Error as exc:
        what = "a quote opened on this row is never closed" if "end of data" in str(exc) else str(exc)
        raise FetchError.at(f"cannot parse as CSV: {what}", url, start,
                            hint="the reference package was left unchanged") from None
    table.add(chunk, lines)
    return table.finished()


class _TidyChunks:
    """The tidy CSV written as chunks of a published CSV's rows come; the first misaligned row and the first cell
    that is no number are kept, with how many there are, and reported when every row has been read."""

    def __init__(self, header: list[str], chosen: dict[str, str], unit: str | None, scale: float, url: str) -> None:
        self.header, self.chosen, self.unit, self.scale, self.url = header, chosen, unit, scale, url
        self.position = {c: header.index(c) + 1 for c in chosen}
        self.at = {header.index(column): role for column, role in chosen.items()}  # each role's cell in a row
        self.columns = ["period", "value", "unit", *(r for r in chosen.values() if r not in RESERVED_COLUMNS)]
        self.pieces: list[bytes] = [csv_bytes(self.columns, [])]
        self.observations = 0
        self.units: set[str] = set()
        self.first_misaligned: tuple[int, int] | None = None  # line, cells
        self.misaligned_rows = 0
        self.first_not_a_number: tuple[str, int] | None = None  # the cell, its line
        self.not_numbers = 0

    def misaligned(self, line: int, cells: int) -> None:
        self.first_misaligned = self.first_misaligned or (line, cells)
        self.misaligned_rows += 1

    def add(self, rows: list[list[str]], lines: list[int]) -> None:
        """Check and write one chunk of rows (each as long as the header), starting on ``lines``. Columns are
        plain lists: only the number check is pandas' (to_numeric reads what every reader of the package reads)."""
        if not rows:
            return
        out = {role: [row[at].strip() for row in rows] for at, role in self.at.items()}
        if "unit" not in out:
            out["unit"] = [self.unit or ""] * len(rows)
        elif self.unit is not None:
            out["unit"] = [cell or self.unit for cell in out["unit"]]
        values = out["value"]
        numbers = pd.to_numeric(pd.Series(values, dtype=str), errors="coerce")
        bad = (numbers.isna() & (pd.Series(values, dtype=str) != "")).to_numpy()
        if bad.any():
            first = int(bad.nonzero()[0][0])
            self.first_not_a_number = self.first_not_a_number or (values[first], lines[first])
            self.not_numbers += int(bad.sum())
        if self.first_not_a_number or self.first_misaligned:
            return  # the fetch is refused when every row has been read: nothing more to write
        if self.scale != 1:
            out["value"] = [scaled_text(t, self.scale) if t else "" for t in values]
        kept = [row for row in zip(*(out[c] for c in self.columns)) if row[1] != ""]  # an empty cell is no observation
        self.observations += len(kept)
        self.units.update(row[2] for row in kept)
        self.pieces.append(csv_lines(kept))

    def finished(self) -> TidyCsv:
        if self.first_misaligned is not None:
            line, cells = self.first_misaligned
            more = f"; {self.misaligned_rows - 1} more such row(s)" if self.misaligned_rows > 1 else ""
            raise FetchError.at(f"row has {cells} cell(s) but the header has {len(self.header)}{more}", self.url, line,
                                hint="the publisher's file is misaligned there (a stray or missing separator); "
                                     "the reference package was left unchanged")
        if self.first_not_a_number is not None:
            cell, line = self.first_not_a_number
            column = next((c for c, role in self.chosen.items() if role == "value"), "value")
            raise FetchError.at(f"column {column!r}: {cell!r} is not a number ({self.not_numbers} such row(s))",
                                self.url, line, self.position.get(column))
        return TidyCsv(self.columns, b"".join(self.pieces), self.observations, self.units)


def _roles(header: list[str], mapping: dict[str, str], unit: str | None, url: str) -> dict[str, str]:
    """Which column plays which role (period, value, unit, a dimension); one line when the header names a
    column twice, two columns would play one role ('Period' and 'period'), ``--map`` names a column it lacks,
    or a role has no column."""
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
    read_as: dict[str, str] = {}
    for column, role in chosen.items():  # two columns of one role: the later's cells would replace the earlier's
        if role in read_as:
            raise FetchError.at(f"columns {read_as[role]!r} and {column!r} are both read as {role!r}", url, 1,
                                hint=f"name the one to read with --map COLUMN={role}; with --map only the columns it "
                                     "names are read, and the reference package was left unchanged")
        read_as[role] = column
    roles = list(chosen.values())
    missing = [r for r in ("period", "value") if r not in roles]
    if "unit" not in roles and unit is None:
        missing.append("unit (or pass --unit)")
    if missing:
        raise FetchError.at(f"no column for {', '.join(missing)}; map one with --map COLUMN=ROLE", url, 1,
                            hint=f"the CSV's columns are: {', '.join(header)}")
    return chosen


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
    table = tidy_csv(data, url, dict(mapping or {}), unit, scale)
    del data  # the tidy CSV is what is kept: the download's memory goes back before the package is validated
    if not table.observations:
        raise FetchError.at("the CSV has no observations (every value is empty)", url)
    dims = table.columns[3:]
    fields = [{"name": "period", "type": "string", "constraints": {"required": True}},
              {"name": "value", "type": "number", "constraints": {"required": True}},
              {"name": "unit", "type": "string"}, *({"name": d, "type": "string"} for d in dims)]
    units = table.units
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
    path = write_resource(package, entry, table.csv_data)
    return (f"wrote {shown_path(path)}: {table.observations} observation(s), sha256 {digest[:12]}…; resource "
            f"{name!r} in {shown_path(package / DESCRIPTOR)}")
