"""One CSV resource: read its bytes as strings, check header and cells, build the tidy frame."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..datapackage import SOURCE_COLUMN, Resource
from .checks import (MAX_ROWS_PER_PROBLEM, FileProblems, bad_where, check_constraints, check_field,
                     check_periods, check_sources, check_unique, to_float)
from .files import shown_path
from .model import LoadedResource
from .problems import Problem, ProblemCode

# A unit is canonical (DESIGN: ISO 4217, %, pp, t, km…); scale words belong in the value.
_SCALE_WORDS = re.compile(r"(?i)\b(?:thousand|million|billion|trillion|bn|bln|mln|mn|tn|k)\b")
_URL = re.compile(r"^https?://\S+$")


def load_table(meta: Resource, data: bytes, csv_path: Path,
               folder: Path) -> tuple[LoadedResource | None, list[Problem]]:
    """The CSV as a ``LoadedResource``, or None and every problem found in it."""
    problems = FileProblems(shown_path(csv_path))
    header = _checked_header(meta, data, problems)
    if header is None:
        return None, problems.items
    frame = _parsed_cells(data, problems)
    if frame is None:
        return None, problems.items
    problems.line_of = _data_line_numbers(data, len(frame))
    col_index = {name: header.index(name) + 1 for name in header}
    missing = set(meta.schema_.missingValues)
    values: dict[str, pd.Series] = {name: _stripped(frame[name], keep=name in ("value", "note")) for name in header}
    empty = {name: values[name].isin(missing).to_numpy() for name in header}
    numbers = _check_reserved(values, empty, col_index, problems)
    _check_declared(meta, values, empty, numbers, col_index, problems)
    dimensions = meta.dimension_columns()
    check_sources(meta, values, empty, col_index, problems)
    key = meta.schema_.primary_key() or ["period", *dimensions, "unit"]
    check_unique(frame, key, problems)
    if problems.items:
        return None, problems.items
    out = _build_frame(meta, values, empty, numbers, dimensions)
    return LoadedResource(meta=meta, dimensions=dimensions, frame=out, package_dir=folder.resolve(),
                          csv_path=csv_path.resolve()), []


def _checked_header(meta: Resource, data: bytes, problems: FileProblems) -> list[str] | None:
    """The header row when it names exactly the schema's fields (None after reporting why not)."""
    if not data.strip():
        problems.add(ProblemCode.BLANK_HEADER, "the file is empty; it needs a header row", 1, 1)
        return None
    try:
        text_head = data[:65536].decode("utf-8-sig", errors="strict")
    except UnicodeDecodeError as exc:
        if exc.start < 65536 - 4:
            problems.add(ProblemCode.ENCODING_ERROR, f"not UTF-8 text (byte {exc.start})", 1, 1)
            return None
        text_head = data[:exc.start].decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(text_head.splitlines()[0] if text_head else "")), [])
    names = meta.schema_.field_names()
    if len(set(header)) != len(header):
        for i, col in enumerate(header):
            if header.index(col) != i:
                problems.add(ProblemCode.DUPLICATE_COLUMN, f"column {col!r} appears twice in the header",
                             1, i + 1, col)
    for i, col in enumerate(header):
        if col not in names:
            problems.add(ProblemCode.EXTRA_COLUMN, f"column {col!r} is not declared in the resource's schema",
                         1, i + 1, col)
    for name in names:
        if name not in header:
            problems.add(ProblemCode.MISSING_COLUMN, f"schema field {name!r} has no column in the file",
                         1, None, name)
    return None if problems.items else header


def _parsed_cells(data: bytes, problems: FileProblems) -> pd.DataFrame | None:
    try:
        frame = _read_table(data, problems)
        if frame is None:
            return None
    except UnicodeDecodeError as exc:
        problems.add(ProblemCode.ENCODING_ERROR, f"not UTF-8 text (byte {exc.start})", None, None)
        return None
    except (pd.errors.ParserError, ValueError) as exc:
        match = re.search(r"line (\d+)", str(exc))
        problems.add(ProblemCode.SOURCE_ERROR, f"cannot parse as CSV: {str(exc).strip().splitlines()[-1]}",
                     int(match.group(1)) if match else None, None)
        return None
    if frame.empty and not len(frame.columns):
        problems.add(ProblemCode.BLANK_HEADER, "the file has no header", 1, 1)
        return None
    return frame


def _check_reserved(values: dict[str, pd.Series], empty: dict[str, np.ndarray], col_index: dict[str, int],
                    problems: FileProblems) -> pd.Series:
    """Every observation needs a period and a fully scaled value in a canonical unit; the values as floats."""
    for name in ("period", "value"):
        problems.rows(ProblemCode.MISSING_VALUE, empty[name], name, col_index[name], values[name],
                      "is empty; every row needs one")
    numbers = to_float(values["value"], empty["value"])
    bad_number = (~empty["value"]) & numbers.isna().to_numpy()
    problems.rows(ProblemCode.TYPE_ERROR, bad_number, "value", col_index["value"], values["value"],
                  "is not a number (write it fully scaled, with '.' as decimal point and no separators)")
    infinite = np.isinf(numbers.to_numpy(dtype="float64", na_value=np.nan))
    problems.rows(ProblemCode.TYPE_ERROR, infinite, "value", col_index["value"], values["value"],
                  "is not a finite number")
    check_periods(values["period"], empty["period"], col_index["period"], problems)
    unit_bad = bad_where(values["unit"], lambda u: bool(_SCALE_WORDS.search(u) or re.search(r"\s", u)))
    problems.rows(ProblemCode.INVALID_UNIT, unit_bad, "unit", col_index["unit"], values["unit"],
                  "is not a canonical unit (ISO 4217 code, %, pp, t, km…, or empty for counts; "
                  "scale the value instead)")
    if "source_url" in values:
        url = values["source_url"]
        bad_url = (~empty["source_url"]) & bad_where(url, lambda u: not _URL.match(u))
        problems.rows(ProblemCode.TYPE_ERROR, bad_url, "source_url", col_index["source_url"], url,
                      "is not an http(s) URL")
    return numbers


def _check_declared(meta: Resource, values: dict[str, pd.Series], empty: dict[str, np.ndarray],
                    numbers: pd.Series, col_index: dict[str, int], problems: FileProblems) -> None:
    """Declared types and constraints. The reserved columns' types are fixed (checked before);
    their constraints (an enum of units, a minimum value…) still apply."""
    for fld in meta.schema_.fields:
        if fld.name == "value":
            if fld.type == "integer":
                fraction = (~empty["value"]) & ~np.isnan(numbers.to_numpy()) & \
                    (np.mod(numbers.to_numpy(), 1) != 0)
                problems.rows(ProblemCode.TYPE_ERROR, fraction, "value", col_index["value"], values["value"],
                              "is not an integer")
            check_constraints(fld, values["value"], empty["value"], numbers, col_index["value"], problems)
        elif fld.name in ("period", "unit", "source_url"):
            check_constraints(fld, values[fld.name], empty[fld.name], None, col_index[fld.name], problems)
        else:
            check_field(fld, values[fld.name], empty[fld.name], col_index[fld.name], problems)


def _read_table(data: bytes, problems: FileProblems) -> pd.DataFrame | None:
    """Every cell as a string, or None after reporting rows with the wrong number of fields.

    pyarrow's parser is about 3x faster than pandas' C parser; when it refuses a file, the csv
    module finds the ragged rows (which the C parser would silently shift into an index)."""
    try:
        import pyarrow  # noqa: F401  (optional speed-up)
    except ImportError:
        pass
    else:
        try:
            return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, engine="pyarrow",
                               encoding="utf-8")
        except Exception:  # noqa: BLE001 — any pyarrow complaint: look closer below
            pass
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    width = len(next(reader, []))
    ragged = 0
    for record in reader:
        if record and len(record) != width:
            ragged += 1
            if ragged <= MAX_ROWS_PER_PROBLEM:
                problems.add(ProblemCode.RAGGED_ROW, f"the row has {len(record)} fields but the header has {width}",
                             reader.line_num, min(len(record), width) + 1)
    if ragged > MAX_ROWS_PER_PROBLEM:
        problems.add(ProblemCode.RAGGED_ROW,
                     f"{ragged - MAX_ROWS_PER_PROBLEM} more row(s) with the wrong number of fields")
    if ragged:
        return None
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_filter=False,
                       encoding="utf-8-sig", skip_blank_lines=True, index_col=False)


def _data_line_numbers(data: bytes, rows: int) -> list[int] | None:
    """The file line where each data row starts — None when that is simply row + 1 (the usual case,
    checked by counting newlines, so a million-row file pays no more than that)."""
    lines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    if lines == rows + 1:
        return None
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    next(reader, None)
    starts: list[int] = []
    previous_end = reader.line_num
    for record in reader:
        if record:  # pandas skips blank lines
            starts.append(previous_end + 1)
        previous_end = reader.line_num
    return starts if len(starts) == rows else None


def _stripped(column: pd.Series, keep: bool = False) -> pd.Series:
    """The column without surrounding blanks, stripping only when some value has them."""
    column = column.astype("str")
    if keep:
        return column
    uniques = pd.unique(column)
    if len(uniques) > len(column) // 2:  # mostly distinct values (numbers): strip them all
        return column.str.strip()
    if any(u != u.strip() for u in uniques):
        return column.str.strip()
    return column


def _build_frame(meta: Resource, values: dict[str, pd.Series], empty: dict[str, np.ndarray],
                 numbers: pd.Series, dimensions: tuple[str, ...]) -> pd.DataFrame:
    n = len(numbers)
    first = meta.sources[0]
    url_by_title = {s.title: (s.path or "") for s in meta.sources}
    if SOURCE_COLUMN in values:
        title = values[SOURCE_COLUMN].where(~empty[SOURCE_COLUMN], first.title)
    else:
        title = pd.Series(np.full(n, first.title, dtype=object), dtype="str")
    declared_url = title.map(url_by_title).fillna(first.path or "").astype("str")
    if "source_url" in values:
        url = values["source_url"].where(~empty["source_url"], declared_url)
    else:
        url = declared_url
    columns: dict[str, object] = {
        "row": np.arange(1, n + 1, dtype="int64"),
        "period": values["period"].astype("str"),
        "value": numbers.to_numpy(dtype="float64"),
        "unit": values["unit"].astype("str"),
    }
    for dim in dimensions:
        columns[dim] = values[dim].astype("str")
    columns["note"] = values["note"].astype("str") if "note" in values else pd.Series([""] * n, dtype="str")
    columns["source_title"] = title.astype("str")
    columns["source_url"] = url.astype("str")
    frame = pd.DataFrame({k: (v.reset_index(drop=True) if isinstance(v, pd.Series) else v)
                          for k, v in columns.items()})
    return frame

