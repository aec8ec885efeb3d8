"""One CSV resource: read its bytes as strings, check header and cells, build the tidy frame."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..datapackage import LoadedMeta, Resource
from ..readfile import packed_format
from .checks import (
    FileProblems,
    bad_where,
    check_constraints,
    check_field,
    check_periods,
    check_sources,
    check_unique,
    number_text,
    period_text,
    source_columns,
    to_float,
)
from .count_column import count_columns
from .date_formats import iso_cells
from .files import SAVE_WITH_LINE_ENDS, foreign_line_end, head_bytes, header_line, marked_encoding, shown_path
from .index_check import index_read_as_rate
from .model import LoadedResource
from .problems import Problem, ProblemCode
from .roles import MetricPlan, Roles, plan_metrics
from .units import UnitReading, read_unit
from .vocabulary import vocabulary

_URL = re.compile(r"^https?://\S+$")
# Each value column is a metric, and the matcher weighs every metric against every other (a broader
# one it refines, a station's series beside the whole's): a check costs the square of the columns,
# about a minute for 2,000 under load. Past this many, a table names the columns to read.
MAX_VALUE_COLUMNS = 1000


def load_table(meta: Resource, roles: Roles, data: bytes, csv_path: Path,
               folder: Path) -> tuple[list[LoadedResource], list[Problem]]:
    """The CSV's metrics as ``LoadedResource``s (one per value column), or none and every
    problem found in it. Warnings (``severity='warning'``) do not stop the load."""
    problems = FileProblems(shown_path(csv_path))
    data = _as_utf8_commas(meta, data, problems)
    if data is None:
        return [], problems.items
    header = _checked_header(meta, data, problems)
    if header is None or _too_wide(roles, header, problems):
        return [], problems.items
    _check_quotes(data, problems)
    _note_blank_rows(data, problems)
    parsed = _parsed_cells(data, problems)
    if parsed is None or problems.errors():
        return [], problems.items
    frame, labels_lost = parsed
    if list(frame.columns) != header and len(frame.columns) == len(header):
        frame.columns = header
    problems.line_of = _data_line_numbers(data, len(frame))
    col_index = {name: header.index(name) + 1 for name in header}
    if roles.stated_period is not None:
        # A snapshot table: the period its file name or metadata states is every row's.
        assert roles.period is not None
        frame[roles.period] = roles.stated_period
        header = [*header, roles.period]
        col_index[roles.period] = len(header)
    keep = {roles.note, *roles.values}
    values: dict[str, pd.Series] = {name: _stripped(frame[name], keep=name in keep) for name in header}
    missing = meta.schema_.missing_values()
    table_missing = set(meta.schema_.missingValues)
    empty = {name: values[name].isin(missing.get(name, table_missing)).to_numpy() for name in header}
    iso_cells(meta.schema_.fields, values, empty)  # '01/02/1990' under a declared '%m/%d/%Y'
    plans = plan_metrics(meta, roles)
    numbers = _check_roles(meta, roles, values, empty, col_index, problems)
    _check_declared(meta, roles, values, empty, numbers, col_index, problems)
    check_sources(meta, roles, values, empty, col_index, problems)
    key = meta.schema_.primary_key() or [c for c in (roles.period, *roles.dimensions, roles.unit) if c]
    check_unique(frame, key, problems)
    if problems.errors():
        return [], _in_file_order(problems.items)
    units = _row_units(roles, values)
    assert roles.period is not None
    periods = period_text(values[roles.period], stated_frequency(meta))
    built = {plan.column: _build_frame(plan, roles, values, empty, numbers[plan.column], units, periods)
             for plan in plans}
    order = sorted(built, key=lambda name: col_index[name])
    counts = count_columns(built, order, labels_lost) if len(built) > 1 else {}
    loaded = []
    for plan in plans:
        if plan.column in counts:
            problems.add(ProblemCode.MATCHING, f"column {plan.column!r}: {counts[plan.column]}; left out", None,
                         col_index.get(plan.column), plan.column, severity="warning",
                         hint="check the header against the rows: a shifted header puts each figure under "
                              "another column's name")
            continue
        metric, out = _index_checked(plan, meta, built[plan.column], col_index, problems)
        loaded.append(LoadedResource(meta=metric, dimensions=tuple(roles.renamed.get(d, d) for d in roles.dimensions),
                                     frame=out, package_dir=folder.resolve(), csv_path=csv_path.resolve()))
    return loaded, _in_file_order(problems.items)


def _too_wide(roles: Roles, header: list[str], problems: FileProblems) -> bool:
    """Whether the table has more value columns than one table may, after saying so at the first one past it."""
    if len(roles.values) <= MAX_VALUE_COLUMNS:
        return False
    first_past = roles.values[MAX_VALUE_COLUMNS]
    problems.add(ProblemCode.SCHEMA_ERROR, f"{len(roles.values):,} value columns, each a metric; one table may have "
                 f"at most {MAX_VALUE_COLUMNS:,}", 1, header.index(first_past) + 1 if first_past in header else None,
                 first_past, hint="run `workbench reference init` on it and keep only the columns to read in its "
                 "workbench block's \"fields\": {\"value\": [...]} and \"metrics\", or split the table")
    return True


def _index_checked(plan: MetricPlan, resource: Resource, frame: pd.DataFrame, col_index: dict[str, int],
                   problems: FileProblems) -> tuple[LoadedMeta, pd.DataFrame]:
    """The metric as its figures allow: one described as an index that cannot be is read as % change."""
    field = next((f for f in resource.schema_.fields if f.name == plan.column), None)
    meta, frame, why = index_read_as_rate(plan.meta, frame, field.description if field else None)
    if why is not None:
        problems.add(ProblemCode.MATCHING, f"column {plan.column!r} is described as an index, but {why}: "
                     "read as a % change", None, col_index.get(plan.column), plan.column, severity="warning",
                     hint=f"set \"unit\" and \"kind\" in the workbench block of {resource.name!r} to say what it holds")
    return meta, frame


def stated_frequency(meta: Resource) -> str | None:
    """The frequency a resource's own name, title or description states ('annual' → year), if one."""
    words = vocabulary()["frequency_words"]
    text = " ".join(t for t in (meta.name, meta.title, meta.description) if t).lower()
    found = {freq for word, freq in words.items()
             if not word.startswith("_") and re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", text)}
    return found.pop() if len(found) == 1 else None


def _in_file_order(items: list[Problem]) -> list[Problem]:
    return sorted(items, key=lambda p: (p.line or 0, p.column or 0))


def _as_utf8_commas(meta: Resource, data: bytes, problems: FileProblems) -> bytes | None:
    """The bytes as UTF-8 with ',' between cells: a declared ``encoding`` (latin-1, cp1252…) and
    a Frictionless ``dialect`` delimiter (';', tab) are read here once, so every later step
    sees one shape. Lines stay where they were, so line numbers still point into the file."""
    packed = packed_format(data)
    if packed is not None:
        problems.add(ProblemCode.SOURCE_ERROR, f"{packed[0]}, not CSV text", 1, 1, hint=packed[1])
        return None
    dialect = getattr(meta, "dialect", None)
    delimiter = dialect.get("delimiter", ",") if isinstance(dialect, dict) else ","
    try:
        encoding = marked_encoding(data, meta.encoding)
        if encoding == "utf-8-sig" and delimiter == ",":
            return data
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        problems.add(ProblemCode.ENCODING_ERROR, f"cannot be read as {meta.encoding}: {exc}", 1, 1)
        return None
    if not isinstance(delimiter, str) or len(delimiter) != 1:
        problems.add(ProblemCode.SOURCE_ERROR, f"dialect.delimiter {delimiter!r} must be one character", 1, 1)
        return None
    if delimiter != ",":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            writer.writerows(reader)
        except csv.Error as exc:  # a cell past the csv module's field limit (128 KiB), as _read_table says of one
            problems.add(ProblemCode.SOURCE_ERROR, f"cannot be read as CSV: {exc}", reader.line_num, None,
                         hint="shorten or remove the cell")
            return None
        text = out.getvalue()
    return text.encode("utf-8")


def _note_blank_rows(data: bytes, problems: FileProblems) -> None:
    """Blank lines are skipped; frictionless-py calls them errors, the specification does not: a warning."""
    blanks = [m.start() for m in re.finditer(rb"\n(?=\r?\n|$)", data.rstrip(b"\r\n") + b"\n")][:-1]
    if blanks:
        first = data.count(b"\n", 0, blanks[0] + 1) + 1
        problems.add(ProblemCode.BLANK_ROW, f"{len(blanks)} blank row(s) skipped, the first on line {first}", first,
                     severity="warning")


def _check_quotes(data: bytes, problems: FileProblems) -> None:
    """An unclosed quote would swallow the rest of the file into one cell: refuse it."""
    if data.count(b'"') % 2 == 0:
        return
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig", errors="replace"), newline=""), strict=True)
    line = None
    try:
        for _ in reader:
            pass
    except csv.Error:
        line = reader.line_num
    problems.add(ProblemCode.SOURCE_ERROR, "a quote is opened and never closed (the rest of the file would be read "
                 "as one cell)", line)


def _checked_header(meta: Resource, data: bytes, problems: FileProblems) -> list[str] | None:
    """The schema's names for the file's columns, in the file's order (None after reporting why
    there are none). A label that drifted from its field's name, in a header as wide as the
    schema, is read by position as Frictionless reads it, with one warning for all such labels."""
    if not data.strip():
        problems.add(ProblemCode.BLANK_HEADER, "the file is empty; it needs a header row", 1, 1)
        return None
    head = head_bytes(data, 65536)
    try:
        text_head = head.decode("utf-8-sig", errors="strict")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:
            _not_utf8(data, exc.start, problems)
            return None
        text_head = data[:exc.start].decode("utf-8-sig")  # a character cut by the limit, after the header row
    first_line = header_line(text_head)
    foreign_end = foreign_line_end(first_line)
    if foreign_end is not None:
        problems.add(ProblemCode.SOURCE_ERROR, f"the header row {foreign_end[1]}", 1, foreign_end[0],
                     hint=SAVE_WITH_LINE_ENDS)
        return None
    header = next(csv.reader(io.StringIO(first_line, newline="")), [])  # a quoted line break stays in its label
    names = meta.schema_.field_names()
    # sets for the membership tests: a header of thousands of columns against as many fields was quadratic
    declared, labelled = set(names), set(header)
    if len(labelled) != len(header):
        seen: set[str] = set()
        for i, col in enumerate(header):
            if col in seen:
                problems.add(ProblemCode.DUPLICATE_COLUMN, f"column {col!r} appears twice in the header",
                             1, i + 1, col)
            seen.add(col)
    renamed = [(i, col, names[i]) for i, col in enumerate(header)
               if len(header) == len(names) and col != names[i] and col not in declared and names[i] not in labelled]
    if renamed:
        shown = ", ".join(f"{col!r} where the schema has {name!r}" for _, col, name in renamed)
        problems.add(ProblemCode.INCORRECT_LABEL, f"the header does not match the declared fields in "
                     f"{len(renamed)} column(s): {shown}; read by position, as the schema's fields",
                     1, renamed[0][0] + 1, renamed[0][2], severity="warning",
                     hint="correct the header or the schema's field names")
    done = {col for _, col, _ in renamed} | {name for _, _, name in renamed}
    for i, col in enumerate(header):
        if col not in declared and col not in done:
            problems.add(ProblemCode.EXTRA_COLUMN, f"column {col!r} is not declared in the resource's schema",
                         1, i + 1, col)
    for name in names:
        if name not in labelled and name not in done:
            problems.add(ProblemCode.MISSING_COLUMN, f"schema field {name!r} has no column in the file",
                         1, None, name)
    if problems.errors():
        return None
    positional = {i: name for i, _, name in renamed}
    return [positional.get(i, col) for i, col in enumerate(header)]


def _not_utf8(data: bytes, offset: int, problems: FileProblems) -> None:
    """The first byte UTF-8 cannot read, by line and column, and the declaration that reads it."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    problems.add(ProblemCode.ENCODING_ERROR, f"not UTF-8 text (byte {offset}: 0x{data[offset]:02x})",
                 data.count(b"\n", 0, offset) + 1, column,
                 hint='save it as UTF-8, or declare its "encoding" in the resource (latin-1, cp1252, utf-16…)')


def _parsed_cells(data: bytes, problems: FileProblems) -> tuple[pd.DataFrame, bool] | None:
    """Every cell as a string, and whether rows hold figures beyond the header (a label lost)."""
    try:
        read = _read_table(data, problems)
        if read is None:
            return None
        frame, labels_lost = read
    except UnicodeDecodeError as exc:
        _not_utf8(data, exc.start, problems)
        return None
    except (pd.errors.ParserError, ValueError) as exc:
        match = re.search(r"line (\d+)", str(exc))
        problems.add(ProblemCode.SOURCE_ERROR, f"cannot parse as CSV: {str(exc).strip().splitlines()[-1]}",
                     int(match.group(1)) if match else None, None)
        return None
    if frame.empty and not len(frame.columns):
        problems.add(ProblemCode.BLANK_HEADER, "the file has no header", 1, 1)
        return None
    return frame, labels_lost


def _check_roles(meta: Resource, roles: Roles, values: dict[str, pd.Series], empty: dict[str, np.ndarray],
                 col_index: dict[str, int], problems: FileProblems) -> dict[str, pd.Series]:
    """Every observation needs a period; values are numbers (an empty value cell is a missing
    observation, not an error); units are ones the matcher knows. The values as floats."""
    fields = {f.name: f for f in meta.schema_.fields}
    period = roles.period
    assert period is not None
    problems.rows(ProblemCode.MISSING_VALUE, empty[period], period, col_index[period], values[period],
                  "is empty; every row needs a period")
    check_periods(values[period], empty[period], col_index[period], problems, period)
    numbers: dict[str, pd.Series] = {}
    for column in roles.values:
        fld = fields[column]
        parsed = to_float(number_text(values[column], fld), empty[column])
        bad = (~empty[column]) & parsed.isna().to_numpy()
        problems.rows(ProblemCode.TYPE_ERROR, bad, column, col_index[column], values[column],
                      "is not a number (write it fully scaled, with the schema's decimal mark and no other text)")
        infinite = np.isinf(parsed.to_numpy(dtype="float64", na_value=np.nan))
        problems.rows(ProblemCode.TYPE_ERROR, infinite, column, col_index[column], values[column],
                      "is not a finite number")
        numbers[column] = parsed
    for role in ("unit", "unit_mult"):
        column = roles.column(role)
        if column is not None:
            _check_unit_cells(role, column, values[column], empty[column], col_index[column], problems)
    for role in ("source_url",):
        column = roles.column(role)
        if column is not None:
            url = values[column]
            bad_url = (~empty[column]) & bad_where(url, lambda u: not _URL.match(u))
            problems.rows(ProblemCode.TYPE_ERROR, bad_url, column, col_index[column], url, "is not an http(s) URL")
    for column in (c for c in (period, roles.unit, *roles.dimensions) if c):
        broken = values[column].str.contains("\n", regex=False).to_numpy()
        problems.rows(ProblemCode.SOURCE_ERROR, broken, column, col_index[column], values[column],
                      "holds a line break (is a quote left open on the line before?)")
    return numbers


def _check_unit_cells(role: str, column: str, cells: pd.Series, empty: np.ndarray, index: int,
                      problems: FileProblems) -> None:
    if role == "unit_mult":
        problems.rows(ProblemCode.TYPE_ERROR, ~empty & bad_where(cells, lambda v: not re.fullmatch(r"-?\d{1,2}", v)),
                      column, index, cells, "is not a power of ten (UNIT_MULT: 0, 3, 6, 9…)")
        return

    def scaled(text: str) -> bool:
        reading = read_unit(text)
        return bool(re.search(r"\s", text)) if reading is None else reading.scale != 1.0

    problems.rows(ProblemCode.INVALID_UNIT, bad_where(cells, scaled), column, index, cells,
                  "is not a canonical unit (ISO 4217 code, %, pp, t, km2, ppm…, or empty for counts; "
                  "scale the value instead)")
    unknown = bad_where(cells, lambda t: read_unit(t) is None and not re.search(r"\s", t))
    problems.rows(ProblemCode.INVALID_UNIT, unknown, column, index, cells,
                  "is not a unit the matcher knows: only claims in that very word will match it", severity="warning")


def _check_declared(meta: Resource, roles: Roles, values: dict[str, pd.Series], empty: dict[str, np.ndarray],
                    numbers: dict[str, pd.Series], col_index: dict[str, int], problems: FileProblems) -> None:
    """Declared types and constraints. The period's and values' types were checked with their
    roles; their constraints (an enum of units, a minimum value…) still apply."""
    for fld in meta.schema_.fields:
        if fld.name in numbers:
            column = numbers[fld.name]
            if fld.type == "integer":
                nums = column.to_numpy()
                finite = np.isfinite(nums)  # an infinite cell is reported as no finite number, once
                fraction = (~empty[fld.name]) & finite & (np.mod(np.where(finite, nums, 0), 1) != 0)
                problems.rows(ProblemCode.TYPE_ERROR, fraction, fld.name, col_index[fld.name], values[fld.name],
                              "is not an integer")
            check_constraints(fld, values[fld.name], empty[fld.name], column, col_index[fld.name], problems)
        elif fld.name in (roles.period, roles.unit, roles.source_url):
            check_constraints(fld, values[fld.name], empty[fld.name], None, col_index[fld.name], problems)
        else:
            check_field(fld, values[fld.name], empty[fld.name], col_index[fld.name], problems)


def _read_table(data: bytes, problems: FileProblems) -> tuple[pd.DataFrame, bool] | None:
    """Every cell as a string and whether some row holds a figure beyond the header, or None after
    reporting rows shorter than the header.

    pyarrow's parser is about 3x faster than pandas' C parser; when it refuses a file, the csv
    module finds the ragged rows (which the C parser would silently shift into an index). Cells
    beyond the header are ignored with one warning, as Frictionless ignores them (``extra-cell``);
    a row with too few cells cannot say which are missing, so it is an error (``missing-cell``).
    Empty cells beyond the header are a trailing separator; a figure there means the header lost a
    label, so the columns right of the lost one carry their neighbours' cells (``count_columns``)."""
    try:
        import pyarrow  # noqa: F401  (optional speed-up)
    except ImportError:
        pass
    else:
        try:
            return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, engine="pyarrow",
                               encoding="utf-8"), False
        except Exception:  # noqa: BLE001 — any pyarrow complaint: look closer below
            pass
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    width = len(next(reader, []))
    longer: list[int] = []
    shorter: list[int] = []
    labels_lost = False
    try:
        for record in reader:
            if record and len(record) != width:
                (longer if len(record) > width else shorter).append(reader.line_num)
                labels_lost = labels_lost or any(cell.strip() for cell in record[width:])
    except csv.Error as exc:  # a cell past the csv module's field limit (128 KiB), a NUL byte
        problems.add(ProblemCode.SOURCE_ERROR, f"cannot be read as CSV: {exc}", reader.line_num, None,
                     hint="shorten or remove the cell")
        return None
    # An upstream defect repeats on every row: one line with the count, not one per row.
    if longer:
        lost = (": the header lost a label, so a column right of it may hold its neighbour's cells"
                if labels_lost else "")
        problems.add(ProblemCode.EXTRA_CELL, f"{len(longer)} row(s) longer than the header ({width} fields), "
                     f"the first on line {longer[0]}: the cells beyond column {width} are ignored{lost}", longer[0],
                     width + 1, severity="warning", hint="add the missing labels to the header and the schema, "
                     "or drop the extra cells")
    if shorter:
        problems.add(ProblemCode.MISSING_CELL, f"{len(shorter)} row(s) shorter than the header ({width} fields), "
                     f"the first on line {shorter[0]}", shorter[0], None)
        return None
    if longer:
        data = _cut_to(data, width)
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_filter=False,
                       encoding="utf-8-sig", skip_blank_lines=True, index_col=False), labels_lost


def _cut_to(data: bytes, width: int) -> bytes:
    """The CSV with every row cut to ``width`` cells; each record keeps its lines (a quoted line
    break is written quoted again, a blank line stays blank), so line numbers still hold."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for record in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")):
        writer.writerow(record[:width])
    return out.getvalue().encode("utf-8")


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
    try:
        for record in reader:
            if record:  # pandas skips blank lines
                starts.append(previous_end + 1)
            previous_end = reader.line_num
    except csv.Error:  # a cell past the csv module's field limit, which pyarrow read: rows are numbered row + 1
        return None
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


def _row_units(roles: Roles, values: dict[str, pd.Series]) -> tuple[pd.Series | None, np.ndarray | None]:
    """Each row's canonical unit (from the unit column) and scale (10 ** UNIT_MULT), when columns give them."""
    unit = None
    if roles.unit is not None:
        cells = values[roles.unit]
        mapping = {u: (read_unit(u) or UnitReading(u)).unit for u in pd.unique(cells)}
        unit = cells.map(mapping).astype("str")
    scale = None
    if roles.unit_mult is not None:
        mult = pd.to_numeric(values[roles.unit_mult], errors="coerce").fillna(0).to_numpy(dtype="float64")
        scale = np.power(10.0, mult)
    return unit, scale


def _build_frame(plan: MetricPlan, roles: Roles, values: dict[str, pd.Series], empty: dict[str, np.ndarray],
                 numbers: pd.Series, units: tuple[pd.Series | None, np.ndarray | None],
                 periods: pd.Series) -> pd.DataFrame:
    """The metric's observations in the engine's contract: row, period, value, unit, the
    dimensions, note, source_title, source_url. Rows without a value are left out."""
    meta = plan.meta
    n = len(numbers)
    with np.errstate(over="ignore", invalid="ignore"):  # a scale a float cannot hold: the row is left out below
        value = numbers.to_numpy(dtype="float64") * (plan.unit.scale if plan.unit else 1.0)
        if units[1] is not None:
            value = value * units[1]
    keep = ~empty[plan.column] & np.isfinite(value)
    if plan.unit is not None:
        unit = pd.Series(np.full(n, plan.unit.unit, dtype=object), dtype="str")
    else:
        assert units[0] is not None
        unit = units[0]
    title, url = source_columns(meta, roles, values, empty, n)
    columns: dict[str, object] = {
        "row": np.arange(1, n + 1, dtype="int64"),
        "period": periods,
        "value": value,
        "unit": unit,
    }
    for dim in roles.dimensions:
        columns[roles.renamed.get(dim, dim)] = values[dim].astype("str")
    columns["note"] = values[roles.note].astype("str") if roles.note else pd.Series([""] * n, dtype="str")
    columns["source_title"] = title.astype("str")
    columns["source_url"] = url.astype("str")
    frame = pd.DataFrame({k: (v.reset_index(drop=True) if isinstance(v, pd.Series) else v)
                          for k, v in columns.items()})
    return frame if keep.all() else frame[keep].reset_index(drop=True)
