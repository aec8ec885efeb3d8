"""One CSV's columns checked against its Table Schema, vectorised (1,000,000 rows in about a second).

Each check flags rows with a boolean mask; ``FileProblems`` turns masks into problems, at most
``MAX_ROWS_PER_PROBLEM`` rows per column and problem, then one line saying how many more.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from ..datapackage import SOURCE_COLUMN, Resource, TableField
from ..periods import parse_period
from .problems import Problem, ProblemCode

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
            field: str | None = None) -> None:
        self.items.append(Problem(code, message, self.where, line, column, field))

    def rows(self, code: ProblemCode, mask: np.ndarray, column_name: str, column_index: int, values: pd.Series,
             problem: str) -> None:
        """One problem per flagged row: ``path:line:column: column 'x': 'cell' problem``."""
        positions = np.flatnonzero(mask)
        for pos in positions[:MAX_ROWS_PER_PROBLEM]:
            cell = values.iloc[pos]
            self.add(code, f"column {column_name!r}: {cell!r} {problem}", self.line(int(pos)), column_index,
                     column_name)
        if len(positions) > MAX_ROWS_PER_PROBLEM:
            first_hidden = self.line(int(positions[MAX_ROWS_PER_PROBLEM]))
            self.add(code, f"column {column_name!r}: {len(positions) - MAX_ROWS_PER_PROBLEM} more row(s) where "
                     f"the value {problem}", first_hidden, column_index, column_name)


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


def check_periods(periods: pd.Series, empty: np.ndarray, column: int, problems: FileProblems) -> None:
    unique = pd.unique(periods[~empty])
    bad_values = set()
    for text in unique:
        try:
            parse_period(str(text))
        except ValueError:
            bad_values.add(text)
    if bad_values:
        mask = periods.isin(list(bad_values)).to_numpy() & ~empty
        problems.rows(ProblemCode.TYPE_ERROR, mask, "period", column, periods,
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
        try:
            pattern = re.compile(c["pattern"])
            ok = ~bad_where(values, lambda v: not pattern.fullmatch(v))
        except re.error as exc:
            problems.add(ProblemCode.SCHEMA_ERROR, f"field {fld.name!r}: constraint pattern is not a valid regex: "
                         f"{exc}", 1, column, fld.name)
        else:
            flag(present & ~ok, f"does not match {c['pattern']!r}")
    if numbers is not None:
        nums = numbers.to_numpy(dtype="float64", na_value=np.nan)
        for bound, op, word in (("minimum", np.less, "below"), ("maximum", np.greater, "above")):
            limit = c.get(bound)
            if isinstance(limit, (int, float)):
                with np.errstate(invalid="ignore"):
                    flag(present & op(nums, limit), f"is {word} {limit}")
    if c.get("unique"):
        flag(present & values.duplicated(keep=False).to_numpy(), "is not unique but the field must be")


def check_sources(meta: Resource, values: dict[str, pd.Series], empty: dict[str, np.ndarray],
                   col_index: dict[str, int], problems: FileProblems) -> None:
    """A row's ``source`` must be a declared source unless the row gives its own ``source_url``."""
    if SOURCE_COLUMN not in values:
        return
    declared = [s.title for s in meta.sources]
    has_url = ~empty["source_url"] if "source_url" in values else np.zeros(len(values[SOURCE_COLUMN]), bool)
    unknown = ~empty[SOURCE_COLUMN] & ~values[SOURCE_COLUMN].isin(declared).to_numpy() & ~has_url
    problems.rows(ProblemCode.UNKNOWN_SOURCE, unknown, SOURCE_COLUMN, col_index[SOURCE_COLUMN],
                  values[SOURCE_COLUMN],
                  "is not one of the resource's sources and the row has no source_url")


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

