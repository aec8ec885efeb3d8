"""One CSV's columns checked against its Table Schema, vectorised (1,000,000 rows in about a second).

Each check flags rows with a boolean mask; ``FileProblems`` turns masks into problems, at most
``MAX_ROWS_PER_PROBLEM`` rows per column and problem, then one line saying how many more.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd

from ..datapackage import Resource, TableField
from ..periods import parse_period
from .date_periods import regular_periods
from .problems import Problem, ProblemCode
from .siblings import own_source

if TYPE_CHECKING:
    from .roles import Roles

# Beyond this many rows with the same problem in one column, say how many more there are.
MAX_ROWS_PER_PROBLEM = 20
_INTEGER = re.compile(r"^[+-]?\d+$")
_YEAR = re.compile(r"^\d{4}$")
_YEARMONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BOOLEAN = frozenset({"true", "false", "True", "False", "TRUE", "FALSE", "1", "0"})


class FileProblems:
    """Collects problems of one file, at most MAX_ROWS_PER_PROBLEM rows per (column, problem)."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.items: list[Problem] = []
        # File line of each data row, when rows and lines differ (blank lines, quoted newlines).
        self.line_of: list[int] | None = None

    def line(self, position: int) -> int:
        return self.line_of[position] if self.line_of is not None else position + 2

    def add(self, code: ProblemCode, message: str, line: int | None = None, column: int | None = None,
            field: str | None = None, severity: Literal["error", "warning"] = "error",
            hint: str | None = None) -> None:
        self.items.append(Problem(code, message, self.where, line, column, field, hint=hint, severity=severity))

    def errors(self) -> bool:
        return any(p.is_error for p in self.items)

    def rows(self, code: ProblemCode, mask: np.ndarray, column_name: str, column_index: int, values: pd.Series,
             problem: str, severity: Literal["error", "warning"] = "error") -> None:
        """One problem per flagged row: ``path:line:column: column 'x': 'cell' problem``."""
        positions = np.flatnonzero(mask)
        for pos in positions[:MAX_ROWS_PER_PROBLEM]:
            cell = values.iloc[pos]
            self.add(code, f"column {column_name!r}: {cell!r} {problem}", self.line(int(pos)), column_index,
                     column_name, severity)
        if len(positions) > MAX_ROWS_PER_PROBLEM:
            first_hidden = self.line(int(positions[MAX_ROWS_PER_PROBLEM]))
            self.add(code, f"column {column_name!r}: {len(positions) - MAX_ROWS_PER_PROBLEM} more row(s) where "
                     f"the value {problem}", first_hidden, column_index, column_name, severity)


def bad_where(values: pd.Series, is_bad: Callable[[str], bool]) -> np.ndarray:
    """Rows whose value fails ``is_bad``, testing each distinct value once."""
    bad = [u for u in pd.unique(values) if is_bad(str(u))]
    if not bad:
        return np.zeros(len(values), dtype=bool)
    return values.isin(bad).to_numpy()


def to_float(values: pd.Series, empty: np.ndarray) -> pd.Series:
    """Numbers as float64 (NaN where empty or not a number); Arrow's cast is the fast path."""
    try:
        import pyarrow as pa
        import pyarrow.compute as pc

        array = pa.array(values.where(~empty, None), type=pa.string())
        return pd.Series(pc.cast(array, pa.float64()).to_numpy(zero_copy_only=False), index=values.index)
    except Exception:  # noqa: BLE001 — a cell that is not a number, or no pyarrow: find which
        return pd.to_numeric(values.where(~empty, None), errors="coerce").astype("float64")


def check_periods(periods: pd.Series, empty: np.ndarray, column: int, problems: FileProblems,
                  name: str = "period") -> None:
    unique = pd.unique(periods[~empty])
    bad_values = set()
    for text in unique:
        try:
            parse_period(_period(str(text)))
        except ValueError:
            bad_values.add(text)
    if bad_values:
        mask = periods.isin(list(bad_values)).to_numpy() & ~empty
        problems.rows(ProblemCode.TYPE_ERROR, mask, name, column, periods,
                      "is not a period (write 2022, 2023-08, 2023-01-01 or a span like 2023-01/2023-08)")


def check_field(fld: TableField, values: pd.Series, empty: np.ndarray, column: int,
                problems: FileProblems) -> None:
    present = ~empty

    def flag(mask: np.ndarray, problem: str) -> None:
        problems.rows(ProblemCode.TYPE_ERROR, present & mask, fld.name, column, values, problem)

    numbers: pd.Series | None = None
    if fld.type == "number":
        numbers = to_float(values, empty)
        flag(numbers.isna().to_numpy(), "is not a number")
    elif fld.type == "integer":
        flag(bad_where(values, lambda v: not _INTEGER.match(v)), "is not an integer")
        numbers = to_float(values, empty)
    elif fld.type == "year":
        flag(bad_where(values, lambda v: not _YEAR.match(v)), "is not a year (YYYY)")
    elif fld.type == "yearmonth":
        flag(bad_where(values, lambda v: not _YEARMONTH.match(v)), "is not a year and month (YYYY-MM)")
    elif fld.type == "date":
        parsed = pd.to_datetime(values.where(present, None), format="%Y-%m-%d", errors="coerce")
        flag(bad_where(values, lambda v: not _DATE.match(v)) | parsed.isna().to_numpy(), "is not a date (YYYY-MM-DD)")
    elif fld.type == "boolean":
        flag(~values.isin(list(_BOOLEAN)).to_numpy(), "is not true or false")
    check_constraints(fld, values, empty, numbers, column, problems)


def check_constraints(fld: TableField, values: pd.Series, empty: np.ndarray, numbers: pd.Series | None,
                      column: int, problems: FileProblems) -> None:
    present = ~empty

    def flag(mask: np.ndarray, problem: str) -> None:
        problems.rows(ProblemCode.CONSTRAINT_ERROR, mask, fld.name, column, values, problem)

    c = fld.constraints
    if c.get("required") and fld.name not in ("period", "value"):  # those two are always required
        flag(empty, "is empty but the field is required")
    if "enum" in c and isinstance(c["enum"], list):
        allowed = [str(v) for v in c["enum"]]
        flag(present & ~values.isin(allowed).to_numpy(), f"is not one of {allowed}")
    if isinstance(c.get("pattern"), str):
        pattern, error = data_pattern(c["pattern"])
        if pattern is None:
            problems.add(ProblemCode.SCHEMA_ERROR, f"field {fld.name!r}: constraint pattern cannot be used: "
                         f"{error}", 1, column, fld.name)
        else:
            mismatch = bad_where(values, lambda v: not _full(pattern, v))
            flag(present & mismatch, f"does not match {c['pattern']!r}")
    if numbers is not None:
        nums = numbers.to_numpy(dtype="float64", na_value=np.nan)
        for bound, op, word in (("minimum", np.less, "below"), ("maximum", np.greater, "above")):
            limit = c.get(bound)
            if isinstance(limit, (int, float)):
                with np.errstate(invalid="ignore"):
                    flag(present & op(nums, limit), f"is {word} {limit}")
    if c.get("unique"):
        flag(present & values.duplicated(keep=False).to_numpy(), "is not unique but the field must be")


def check_sources(meta: Resource, roles: Roles, values: dict[str, pd.Series], empty: dict[str, np.ndarray],
                  col_index: dict[str, int], problems: FileProblems) -> None:
    """A ``source`` cell that is not a declared source's title, word for word, is a label: the
    row keeps it and borrows the best-matching declared source's URL — a warning, not an error."""
    if roles.source is None:
        return
    column = roles.source
    declared = [s.title for s in meta.sources]
    has_url = ~empty[roles.source_url] if roles.source_url else np.zeros(len(values[column]), bool)
    unknown = ~empty[column] & ~values[column].isin(declared).to_numpy() & ~has_url
    if not unknown.any():
        return
    advice = ("is not a declared source's title: shown as a label with the URL of the closest declared source"
              if declared else "names no declared source and the row has no source_url: the evidence has no link")
    cells = values[column][unknown]
    # One warning per label, however many rows repeat it.
    for label, count in cells.value_counts(sort=False).items():
        first = int(np.flatnonzero(unknown & (values[column] == label).to_numpy())[0])
        rows = f" ({count} rows)" if count > 1 else ""
        problems.add(ProblemCode.UNKNOWN_SOURCE, f"column {column!r}: {label!r}{rows} {advice}", problems.line(first),
                     col_index[column], column, severity="warning")


def source_columns(meta: Resource, roles: Roles, values: dict[str, pd.Series], empty: dict[str, np.ndarray],
                   n: int) -> tuple[pd.Series, pd.Series]:
    """Each row's source title and URL: its own cells, else the declared source it names (or
    resembles most), else the source the resource's file name points to, else its first source."""
    first = own_source(meta)
    first_title = first.title if first else ""
    first_url = (first.path or "") if first else ""
    if roles.source is not None:
        title = values[roles.source].where(~empty[roles.source], first_title)
    else:
        title = pd.Series(np.full(n, first_title, dtype=object), dtype="str")
    url_of = {t: _closest_source_url(meta, t) for t in pd.unique(title)}
    declared_url = title.map(url_of).fillna(first_url).astype("str")
    if roles.source_url is not None:
        url = values[roles.source_url].where(~empty[roles.source_url], declared_url)
    else:
        url = declared_url
    return title, url


def _closest_source_url(meta: Resource, label: str) -> str:
    exact = [s for s in meta.sources if s.title == label]
    if exact:
        return exact[0].path or ""
    words = set(re.findall(r"\w+", label.lower()))
    best, best_score = None, 0.0
    for source in meta.sources:
        theirs = set(re.findall(r"\w+", source.title.lower()))
        score = len(words & theirs) / max(len(words | theirs), 1)
        if score > best_score:
            best, best_score = source, score
    chosen = best or (meta.sources[0] if meta.sources else None)
    return (chosen.path or "") if chosen else ""


def number_text(values: pd.Series, fld: TableField) -> pd.Series:
    """Cells as '.'-decimal numbers: the field's ``groupChar`` removed, its ``decimalChar`` read as
    '.', and with ``bareNumber: false`` the text around the number ('5%', '$5') dropped."""
    out = values
    if fld.groupChar:
        out = out.str.replace(fld.groupChar, "", regex=False)
    if fld.decimalChar != ".":
        out = out.str.replace(fld.decimalChar, ".", regex=False)
    if not fld.bareNumber:
        out = out.str.replace(r"^[^\d+\-.]+|[^\d]+$", "", regex=True)
    return out


def period_text(values: pd.Series, frequency: str | None = None) -> pd.Series:
    """Period cells as the engine's period strings: a datetime's time of day dropped, SDMX
    quarters and months (2023-Q1, 2023Q1, 2023-M01) as months and spans. Dates that keep one
    rhythm — the ``frequency`` the publisher states ('year', 'quarter', 'month'), else the one the
    dates show — stand for their periods (date_periods: FRED's annual 1971-01-01 is the year 1971,
    the Bank of England's 1984-12-31 is 1984)."""
    uniques = pd.unique(values)
    starts = regular_periods(uniques, frequency)
    if starts is not None:
        return values.map(starts).astype("str")
    if not values.str.contains("[TQM]", regex=True).any():
        return values.astype("str")
    mapping = {v: _period(v) for v in uniques}
    return values.map(mapping).astype("str")


_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$")
_SDMX_MONTH = re.compile(r"^(\d{4})-?M(0[1-9]|1[0-2])$")


def _period(text: str) -> str:
    if re.match(r"^\d{4}-\d{2}-\d{2}T", text):
        return text.split("T", 1)[0]
    if quarter := _QUARTER.match(text):
        year, q = quarter.group(1), int(quarter.group(2))
        return f"{year}-{3 * q - 2:02d}/{year}-{3 * q:02d}"
    if month := _SDMX_MONTH.match(text):
        return f"{month.group(1)}-{month.group(2)}"
    return text


def data_pattern(pattern: str) -> tuple[object | None, str]:
    """A pattern from the data compiled for linear-time matching (RE2: no catastrophic
    backtracking on '(a+)+$'); None and why when RE2 cannot run it (backreferences, look-arounds)."""
    try:
        import re2
    except ImportError:  # pragma: no cover — a dependency
        return None, "google-re2 is not installed"
    options = re2.Options()
    options.log_errors = False  # RE2 would log each error on the process's stderr, beside our one line
    try:
        return re2.compile(pattern, options=options), ""
    except Exception as exc:  # noqa: BLE001 — re2 raises its own error type
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):  # RE2's messages are bytes
            reason = reason.decode("utf-8", errors="replace")
        return None, f"{reason} (patterns run on RE2: no backreferences or look-arounds)"


def _full(pattern: object, text: str) -> bool:
    return pattern.fullmatch(text) is not None  # type: ignore[attr-defined]


def check_unique(frame: pd.DataFrame, key: list[str], problems: FileProblems) -> None:
    dup = frame.duplicated(subset=key, keep=False).to_numpy()
    if not dup.any():
        return
    positions = np.flatnonzero(dup)
    first_line: dict[tuple[str, ...], int] = {}
    reported = 0
    for pos in positions:
        values = tuple(str(frame.at[pos, k]) for k in key)
        if values not in first_line:
            first_line[values] = problems.line(int(pos))
            continue
        if reported < MAX_ROWS_PER_PROBLEM:
            described = ", ".join(f"{k}={v!r}" for k, v in zip(key, values))
            problems.add(ProblemCode.DUPLICATE_ROW,
                         f"duplicate observation ({described}) already on line {first_line[values]}",
                         problems.line(int(pos)), 1)
        reported += 1
    if reported > MAX_ROWS_PER_PROBLEM:
        problems.add(ProblemCode.DUPLICATE_ROW,
                     f"{reported - MAX_ROWS_PER_PROBLEM} more duplicate observation(s) of key {key}")

