"""Reference data: load and validate data packages into one frame per resource, cached by content.

``load_reference(dirs)`` reads every package folder, checks every file (the package
description, each CSV against its Table Schema, the ``workbench`` block, paths) and either
returns a ``ReferenceData`` or raises one ``ReferenceProblems`` carrying every problem found.
``validate_packages(dirs)`` returns the problems instead. Parsed packages are cached in-process
by the sha256 of their bytes, so the app and CI reload for the price of reading and hashing.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import hashlib
import io
import json
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import numpy as np
import pandas as pd
from pydantic import ValidationError

from .datapackage import REQUIRED_COLUMNS, SOURCE_COLUMN, DataPackage, Resource, TableField
from .errors import ReferenceDataError, WorkbenchError
from .periods import parse_period

DESCRIPTOR = "datapackage.json"
# Beyond this many rows with the same problem in one column, say how many more there are.
MAX_ROWS_PER_PROBLEM = 20
# A unit is canonical (DESIGN: ISO 4217, %, pp, t, km…); scale words belong in the value.
_SCALE_WORDS = re.compile(r"(?i)\b(?:thousand|million|billion|trillion|bn|bln|mln|mn|tn|k)\b")
_INTEGER = re.compile(r"^[+-]?\d+$")
_YEAR = re.compile(r"^\d{4}$")
_YEARMONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_URL = re.compile(r"^https?://\S+$")
_BOOLEAN = frozenset({"true", "false", "True", "False", "TRUE", "FALSE", "1", "0"})


@dataclass
class ReferenceProblems(ReferenceDataError):
    """Raised by ``load_reference``: the first problem's place, and all problems in ``problems``."""

    problems: list[WorkbenchError] = field(default_factory=list)


@dataclass(frozen=True)
class LoadedResource:
    meta: Resource
    dimensions: tuple[str, ...]
    frame: pd.DataFrame
    package_dir: Path
    csv_path: Path

    @property
    def name(self) -> str:
        return self.meta.name


@dataclass(frozen=True)
class ReferenceData:
    resources: dict[str, LoadedResource]
    fingerprint: str
    package_dirs: tuple[Path, ...] = ()

    @property
    def observations(self) -> int:
        return sum(len(r.frame) for r in self.resources.values())

    def gazetteer_terms(self) -> dict[str, list[str]]:
        """Every dimension value (except source titles) → its aliases, for entity recognition."""
        terms: dict[str, list[str]] = {}
        for res in self.resources.values():
            aliases = res.meta.workbench.dimension_aliases
            for dim in res.dimensions:
                if dim == SOURCE_COLUMN:
                    continue
                for value in res.frame[dim].unique():
                    value = str(value)
                    if not value.strip() or _looks_numeric(value):
                        continue
                    known = terms.setdefault(value, [])
                    for alias in aliases.get(dim, {}).get(value, []):
                        if alias not in known:
                            known.append(alias)
        return terms


def _looks_numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Reading bytes (once) and the content cache

@dataclass
class _PackageBytes:
    folder: Path
    descriptor: bytes | None
    files: dict[str, bytes]  # resource path as written → bytes (only files that could be read)
    problems: list[WorkbenchError]


_CACHE: dict[tuple[str, tuple[str, ...]], ReferenceData] = {}
_CACHE_LIMIT = 8


def clear_cache() -> None:
    _CACHE.clear()


def _rel(path: Path) -> str:
    """A path as the user will recognise it: relative to the working folder when inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def _read_package_bytes(folder: Path) -> _PackageBytes:
    descriptor_path = folder / DESCRIPTOR
    problems: list[WorkbenchError] = []
    if not folder.is_dir():
        problems.append(ReferenceDataError.at("no such reference data folder", _rel(folder),
                                              hint="give a folder that holds a datapackage.json"))
        return _PackageBytes(folder, None, {}, problems)
    try:
        descriptor = descriptor_path.read_bytes()
    except OSError as exc:
        problems.append(ReferenceDataError.at(f"cannot read: {exc.strerror or exc}", _rel(descriptor_path)))
        return _PackageBytes(folder, None, {}, problems)
    files: dict[str, bytes] = {}
    # Read the CSVs named in the descriptor even before validating it, so that the cache key
    # covers them; validation proper happens in _load_package.
    try:
        raw = json.loads(descriptor)
        paths = [r.get("path") for r in raw.get("resources", []) if isinstance(r, dict)]
    except (ValueError, AttributeError, TypeError):
        paths = []
    for rel in paths:
        if not isinstance(rel, str) or _path_problem(folder, rel) is not None:
            continue
        try:
            files[rel] = (folder / rel).read_bytes()
        except OSError:
            pass  # reported with its row and column by _load_package
    return _PackageBytes(folder, descriptor, files, problems)


def _fingerprint(packages: Sequence[_PackageBytes]) -> str:
    digest = hashlib.sha256()
    for pkg in packages:
        digest.update(b"\x00package\x00")
        digest.update(pkg.descriptor or b"")
        for rel in sorted(pkg.files):
            digest.update(b"\x00file\x00" + rel.encode() + b"\x00")
            digest.update(hashlib.sha256(pkg.files[rel]).digest())
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# Public entry points

def load_reference(dirs: Sequence[Path | str]) -> ReferenceData:
    """Load and validate the packages in ``dirs``; raise ``ReferenceProblems`` listing every problem."""
    data, problems = _load(dirs)
    if problems:
        first = problems[0]
        more = f" — and {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
        raise ReferenceProblems(path=first.path, line=first.line, column=first.column,
                                params={"message": first.message + more,
                                        "hint": "run `workbench reference validate` to list them all"
                                        if more else ReferenceDataError.hint},
                                problems=problems)
    assert data is not None
    return data


def validate_packages(dirs: Sequence[Path | str]) -> list[WorkbenchError]:
    """Every problem of every file in ``dirs`` (empty when the packages are valid)."""
    return _load(dirs)[1]


def validate_staged(folder: Path, descriptor: bytes, files: dict[str, bytes]) -> list[WorkbenchError]:
    """Problems of the package in ``folder`` as it would be with ``descriptor`` and ``files``
    (resource path → bytes) written over it — checked before anything touches the disk."""
    current = _read_package_bytes(folder) if (folder / DESCRIPTOR).is_file() else \
        _PackageBytes(folder, None, {}, [])
    staged = _PackageBytes(folder, descriptor, {**current.files, **files}, [])
    # The staged descriptor may name files that the current one does not: read those too.
    try:
        paths = [r.get("path") for r in json.loads(descriptor).get("resources", []) if isinstance(r, dict)]
    except (ValueError, AttributeError):
        paths = []
    for rel in paths:
        if isinstance(rel, str) and rel not in staged.files and _path_problem(folder, rel) is None:
            try:
                staged.files[rel] = (folder / rel).read_bytes()
            except OSError:
                pass
    return _load_package(staged)[1]


def _load(dirs: Sequence[Path | str]) -> tuple[ReferenceData | None, list[WorkbenchError]]:
    folders = [Path(d) for d in dirs]
    if not folders:
        return None, [ReferenceDataError.at("no reference data folder given", hint="pass --reference DIR")]
    packages = [_read_package_bytes(f) for f in folders]
    fingerprint = _fingerprint(packages)
    key = (fingerprint, tuple(str(f.resolve()) for f in folders))
    cached = _CACHE.get(key) or _disk_cache_get(key)
    if cached is not None:
        _remember(key, cached)
        return cached, []
    problems: list[WorkbenchError] = [p for pkg in packages for p in pkg.problems]
    resources: dict[str, LoadedResource] = {}
    for pkg in packages:
        if pkg.descriptor is None:
            continue
        loaded, found = _load_package(pkg)
        problems.extend(found)
        for res in loaded:
            if res.name in resources:
                other = resources[res.name]
                problems.append(ReferenceDataError.at(
                    f"resource name {res.name!r} is also used in {_rel(other.package_dir / DESCRIPTOR)}",
                    _rel(res.package_dir / DESCRIPTOR),
                    hint="resource names must be unique across all --reference packages; rename one"))
                continue
            resources[res.name] = res
    if problems:
        return None, problems
    data = ReferenceData(resources=resources, fingerprint=fingerprint,
                         package_dirs=tuple(f.resolve() for f in folders))
    _remember(key, data)
    _disk_cache_put(key, data)
    return data, []


def _remember(key: tuple[str, tuple[str, ...]], data: ReferenceData) -> None:
    if key not in _CACHE and len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = data


# ---------------------------------------------------------------------------------------------
# Optional disk cache (WORKBENCH_CACHE_DIR): parsed packages as pickles, for fresh processes
# (CI, the CLI). Keyed by content, folders and this code, so a stale entry is never used.

CACHE_DIR_ENV = "WORKBENCH_CACHE_DIR"


def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    for module in ("reference.py", "datapackage.py", "periods.py"):
        try:
            digest.update((Path(__file__).parent / module).read_bytes())
        except OSError:
            digest.update(module.encode())
    digest.update(pd.__version__.encode())
    return digest.hexdigest()


def _disk_cache_path(key: tuple[str, tuple[str, ...]]) -> Path | None:
    folder = os.environ.get(CACHE_DIR_ENV)
    if not folder:
        return None
    name = hashlib.sha256("\0".join([_code_fingerprint(), key[0], *key[1]]).encode()).hexdigest()
    return Path(folder) / f"reference-{name}.pickle"


def _disk_cache_get(key: tuple[str, tuple[str, ...]]) -> ReferenceData | None:
    path = _disk_cache_path(key)
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)
    except Exception:  # noqa: BLE001 — a damaged cache entry is only a cache miss
        return None
    return data if isinstance(data, ReferenceData) and data.fingerprint == key[0] else None


def _disk_cache_put(key: tuple[str, tuple[str, ...]], data: ReferenceData) -> None:
    path = _disk_cache_path(key)
    if path is None:
        return
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".reference-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 — a cache that cannot be written costs time, never correctness
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------
# The package description

def _json_problem(exc: json.JSONDecodeError, where: str) -> WorkbenchError:
    return ReferenceDataError.at(f"not valid JSON: {exc.msg}", where, exc.lineno, exc.colno)


def _line_of(text: str, needle: str) -> int | None:
    index = text.find(needle)
    return None if index < 0 else text.count("\n", 0, index) + 1


def _pydantic_problems(exc: ValidationError, where: str, prefix: str, text: str,
                       anchor: str | None) -> list[WorkbenchError]:
    line = _line_of(text, anchor) if anchor else None
    out: list[WorkbenchError] = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        loc = loc.replace("schema_", "schema")
        out.append(ReferenceDataError.at(f"{prefix}{loc}: {err['msg']}", where, line))
    return out


def _load_package(pkg: _PackageBytes) -> tuple[list[LoadedResource], list[WorkbenchError]]:
    where = _rel(pkg.folder / DESCRIPTOR)
    assert pkg.descriptor is not None
    try:
        text = pkg.descriptor.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [ReferenceDataError.at("not UTF-8 text", where)]
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [_json_problem(exc, where)]
    if not isinstance(raw, dict):
        return [], [ReferenceDataError.at("must be a JSON object with a 'resources' list", where, 1, 1)]
    problems: list[WorkbenchError] = []
    raw_resources = raw.get("resources")
    if not isinstance(raw_resources, list) or not raw_resources:
        problems.append(ReferenceDataError.at("'resources' must be a non-empty list", where, 1, 1))
        raw_resources = []
    try:
        _check_package_fields(raw)
    except ValidationError as exc:
        problems.extend(_pydantic_problems(exc, where, "", text, None))
    loaded: list[LoadedResource] = []
    seen: set[str] = set()
    for index, raw_res in enumerate(raw_resources):
        name = raw_res.get("name") if isinstance(raw_res, dict) else None
        label = f"resources[{index}]" + (f" ({name})" if isinstance(name, str) else "")
        anchor = f'"name": "{name}"' if isinstance(name, str) else None
        if not isinstance(raw_res, dict):
            problems.append(ReferenceDataError.at(f"{label}: must be an object", where))
            continue
        try:
            meta = Resource.model_validate(raw_res)
        except ValidationError as exc:
            problems.extend(_pydantic_problems(exc, where, f"{label}.", text, anchor))
            continue
        line = _line_of(text, anchor) if anchor else None
        if meta.name in seen:
            problems.append(ReferenceDataError.at(f"{label}: resource name {meta.name!r} is used twice", where, line))
            continue
        seen.add(meta.name)
        path_problem = _path_problem(pkg.folder, meta.path)
        if path_problem:
            problems.append(ReferenceDataError.at(f"{label}.path {meta.path!r}: {path_problem}", where, line,
                                                  hint="resource paths are relative to the package folder "
                                                       "and stay inside it"))
            continue
        schema_problems = _schema_problems(meta, label)
        if schema_problems:
            problems.extend(ReferenceDataError.at(p, where, line) for p in schema_problems)
            continue
        csv_path = pkg.folder / meta.path
        data = pkg.files.get(meta.path)
        if data is None:
            problems.append(ReferenceDataError.at(f"{label}: file {meta.path!r} is missing or unreadable",
                                                  where, line))
            continue
        resource, found = _load_csv(meta, data, csv_path, pkg.folder)
        problems.extend(found)
        if resource is not None:
            loaded.append(resource)
    return loaded, problems


def _check_package_fields(raw: dict[str, object]) -> None:
    """Validate the package-level properties (resources are validated one by one)."""
    DataPackage.model_validate({**raw, "resources": [_PLACEHOLDER_RESOURCE]})


_PLACEHOLDER_RESOURCE = {"name": "placeholder", "path": "x.csv", "title": "x",
                         "schema": {"fields": [{"name": "x"}]}, "sources": [{"title": "x"}],
                         "workbench": {"metric": "x"}}


def _path_problem(folder: Path, rel: str) -> str | None:
    """Why ``rel`` may not be used as a resource path in ``folder`` (None when it is fine)."""
    if not rel or rel.strip() != rel:
        return "must be a non-empty relative path"
    if "://" in rel:
        return "remote resources are not loaded; fetch them with `workbench fetch csv` first"
    if "\\" in rel:
        return "use '/' as the path separator"
    pure = PurePosixPath(rel)
    if pure.is_absolute() or re.match(r"^[A-Za-z]:", rel):
        return "must be relative to the package folder, not absolute"
    if ".." in pure.parts:
        return "must not contain '..'"
    try:
        real = (folder / rel).resolve()
        base = folder.resolve()
    except OSError as exc:
        return f"cannot be resolved: {exc}"
    if not real.is_relative_to(base):
        return "resolves outside the package folder (through a symbolic link)"
    return None


def _schema_problems(meta: Resource, label: str) -> list[str]:
    names = meta.schema_.field_names()
    out: list[str] = []
    for required in REQUIRED_COLUMNS:
        if required not in names:
            out.append(f"{label}.schema: required field {required!r} is missing")
    duplicates = sorted({n for n in names if names.count(n) > 1})
    for dup in duplicates:
        out.append(f"{label}.schema: field {dup!r} is declared twice")
    types = {f.name: f.type for f in meta.schema_.fields}
    if types.get("value") not in (None, "number", "integer"):
        out.append(f"{label}.schema: field 'value' must be of type number or integer")
    for col in ("period", "unit", "source_url", "note", SOURCE_COLUMN):
        if types.get(col) not in (None, "string", "any"):
            out.append(f"{label}.schema: field {col!r} must be of type string (period strings such as "
                       f"'2023-01/2023-08' are not dates)")
    for key in meta.schema_.primary_key() or []:
        if key not in names:
            out.append(f"{label}.schema.primaryKey: {key!r} is not a field")
    for dim in meta.workbench.dimension_aliases:
        if dim not in names:
            out.append(f"{label}.workbench.dimension_aliases: {dim!r} is not a field of the resource")
    return out


# ---------------------------------------------------------------------------------------------
# One CSV against its Table Schema (vectorised: 1,000,000 rows in about a second)

class _Problems:
    """Collects problems of one file, at most MAX_ROWS_PER_PROBLEM rows per (column, problem)."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.items: list[WorkbenchError] = []
        # File line of each data row, when rows and lines differ (blank lines, quoted newlines).
        self.line_of: list[int] | None = None

    def line(self, position: int) -> int:
        return self.line_of[position] if self.line_of is not None else position + 2

    def add(self, message: str, line: int | None = None, column: int | None = None) -> None:
        self.items.append(ReferenceDataError.at(message, self.where, line, column))

    def rows(self, mask: np.ndarray, column_name: str, column_index: int, values: pd.Series,
             problem: str) -> None:
        """One problem per flagged row: ``path:line:column: column 'x': 'cell' problem``."""
        positions = np.flatnonzero(mask)
        for pos in positions[:MAX_ROWS_PER_PROBLEM]:
            cell = values.iloc[pos]
            self.add(f"column {column_name!r}: {cell!r} {problem}", self.line(int(pos)), column_index)
        if len(positions) > MAX_ROWS_PER_PROBLEM:
            first_hidden = self.line(int(positions[MAX_ROWS_PER_PROBLEM]))
            self.add(f"column {column_name!r}: {len(positions) - MAX_ROWS_PER_PROBLEM} more row(s) where "
                     f"the value {problem}", first_hidden, column_index)


def _load_csv(meta: Resource, data: bytes, csv_path: Path,
              folder: Path) -> tuple[LoadedResource | None, list[WorkbenchError]]:
    problems = _Problems(_rel(csv_path))
    if not data.strip():
        problems.add("the file is empty; it needs a header row", 1, 1)
        return None, problems.items
    try:
        text_head = data[:65536].decode("utf-8-sig", errors="strict")
    except UnicodeDecodeError as exc:
        if exc.start < 65536 - 4:
            problems.add(f"not UTF-8 text (byte {exc.start})", 1, 1)
            return None, problems.items
        text_head = data[:exc.start].decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(text_head.splitlines()[0] if text_head else "")), [])
    names = meta.schema_.field_names()
    if len(set(header)) != len(header):
        for i, col in enumerate(header):
            if header.index(col) != i:
                problems.add(f"column {col!r} appears twice in the header", 1, i + 1)
    for i, col in enumerate(header):
        if col not in names:
            problems.add(f"column {col!r} is not declared in the resource's schema", 1, i + 1,)
    for name in names:
        if name not in header:
            problems.add(f"schema field {name!r} has no column in the file", 1, None)
    if problems.items:
        return None, problems.items
    try:
        frame = _read_table(data, problems)
        if frame is None:
            return None, problems.items
    except UnicodeDecodeError as exc:
        problems.add(f"not UTF-8 text (byte {exc.start})", None, None)
        return None, problems.items
    except (pd.errors.ParserError, ValueError) as exc:
        match = re.search(r"line (\d+)", str(exc))
        problems.add(f"cannot parse as CSV: {str(exc).strip().splitlines()[-1]}",
                     int(match.group(1)) if match else None, None)
        return None, problems.items
    if frame.empty and not len(frame.columns):
        problems.add("the file has no header", 1, 1)
        return None, problems.items

    problems.line_of = _data_line_numbers(data, len(frame))
    col_index = {name: header.index(name) + 1 for name in header}
    missing = set(meta.schema_.missingValues)
    values: dict[str, pd.Series] = {name: _stripped(frame[name], keep=name in ("value", "note")) for name in header}
    empty = {name: values[name].isin(missing).to_numpy() for name in header}

    # Reserved columns first: every observation needs a period and a value.
    for name in ("period", "value"):
        problems.rows(empty[name], name, col_index[name], values[name], "is empty; every row needs one")
    numbers = _to_float(values["value"], empty["value"])
    bad_number = (~empty["value"]) & numbers.isna().to_numpy()
    problems.rows(bad_number, "value", col_index["value"], values["value"],
                  "is not a number (write it fully scaled, with '.' as decimal point and no separators)")
    infinite = np.isinf(numbers.to_numpy(dtype="float64", na_value=np.nan))
    problems.rows(infinite, "value", col_index["value"], values["value"], "is not a finite number")
    _check_periods(values["period"], empty["period"], col_index["period"], problems)
    unit_bad = _bad_where(values["unit"], lambda u: bool(_SCALE_WORDS.search(u) or re.search(r"\s", u)))
    problems.rows(unit_bad, "unit", col_index["unit"], values["unit"],
                  "is not a canonical unit (ISO 4217 code, %, pp, t, km…, or empty for counts; "
                  "scale the value instead)")
    if "source_url" in values:
        url = values["source_url"]
        bad_url = (~empty["source_url"]) & _bad_where(url, lambda u: not _URL.match(u))
        problems.rows(bad_url, "source_url", col_index["source_url"], url, "is not an http(s) URL")

    # Declared types and constraints. The reserved columns' types are fixed (checked above);
    # their constraints (an enum of units, a minimum value…) still apply.
    for fld in meta.schema_.fields:
        if fld.name == "value":
            if fld.type == "integer":
                fraction = (~empty["value"]) & ~np.isnan(numbers.to_numpy()) & \
                    (np.mod(numbers.to_numpy(), 1) != 0)
                problems.rows(fraction, "value", col_index["value"], values["value"], "is not an integer")
            _check_constraints(fld, values["value"], empty["value"], numbers, col_index["value"], problems)
        elif fld.name in ("period", "unit", "source_url"):
            _check_constraints(fld, values[fld.name], empty[fld.name], None, col_index[fld.name], problems)
        else:
            _check_field(fld, values[fld.name], empty[fld.name], col_index[fld.name], problems)

    dimensions = meta.dimension_columns()
    _check_sources(meta, values, empty, col_index, problems)
    key = meta.schema_.primary_key() or ["period", *dimensions, "unit"]
    _check_unique(frame, key, problems)
    if problems.items:
        return None, problems.items

    out = _build_frame(meta, values, empty, numbers, dimensions)
    return LoadedResource(meta=meta, dimensions=dimensions, frame=out, package_dir=folder.resolve(),
                          csv_path=csv_path.resolve()), []


def _read_table(data: bytes, problems: _Problems) -> pd.DataFrame | None:
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
                problems.add(f"the row has {len(record)} fields but the header has {width}", reader.line_num,
                             min(len(record), width) + 1)
    if ragged > MAX_ROWS_PER_PROBLEM:
        problems.add(f"{ragged - MAX_ROWS_PER_PROBLEM} more row(s) with the wrong number of fields")
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


def _bad_where(values: pd.Series, is_bad: Callable[[str], bool]) -> np.ndarray:
    """Rows whose value fails ``is_bad``, testing each distinct value once."""
    bad = [u for u in pd.unique(values) if is_bad(str(u))]
    if not bad:
        return np.zeros(len(values), dtype=bool)
    return values.isin(bad).to_numpy()


def _to_float(values: pd.Series, empty: np.ndarray) -> pd.Series:
    """Numbers as float64 (NaN where empty or not a number); Arrow's cast is the fast path."""
    try:
        import pyarrow as pa
        import pyarrow.compute as pc

        array = pa.array(values.where(~empty, None), type=pa.string())
        return pd.Series(pc.cast(array, pa.float64()).to_numpy(zero_copy_only=False), index=values.index)
    except Exception:  # noqa: BLE001 — a cell that is not a number, or no pyarrow: find which
        return pd.to_numeric(values.where(~empty, None), errors="coerce").astype("float64")


def _check_periods(periods: pd.Series, empty: np.ndarray, column: int, problems: _Problems) -> None:
    unique = pd.unique(periods[~empty])
    bad_values = set()
    for text in unique:
        try:
            parse_period(str(text))
        except ValueError:
            bad_values.add(text)
    if bad_values:
        mask = periods.isin(list(bad_values)).to_numpy() & ~empty
        problems.rows(mask, "period", column, periods,
                      "is not a period (write 2022, 2023-08, 2023-01-01 or a span like 2023-01/2023-08)")


def _check_field(fld: TableField, values: pd.Series, empty: np.ndarray, column: int,
                 problems: _Problems) -> None:
    present = ~empty
    numbers: pd.Series | None = None
    if fld.type == "number":
        numbers = _to_float(values, empty)
        problems.rows(present & numbers.isna().to_numpy(), fld.name, column, values, "is not a number")
    elif fld.type == "integer":
        problems.rows(present & _bad_where(values, lambda v: not _INTEGER.match(v)), fld.name, column, values,
                      "is not an integer")
        numbers = _to_float(values, empty)
    elif fld.type == "year":
        problems.rows(present & _bad_where(values, lambda v: not _YEAR.match(v)), fld.name, column, values,
                      "is not a year (YYYY)")
    elif fld.type == "yearmonth":
        problems.rows(present & _bad_where(values, lambda v: not _YEARMONTH.match(v)), fld.name, column, values,
                      "is not a year and month (YYYY-MM)")
    elif fld.type == "date":
        parsed = pd.to_datetime(values.where(present, None), format="%Y-%m-%d", errors="coerce")
        bad = present & (_bad_where(values, lambda v: not _DATE.match(v)) | parsed.isna().to_numpy())
        problems.rows(bad, fld.name, column, values, "is not a date (YYYY-MM-DD)")
    elif fld.type == "boolean":
        problems.rows(present & ~values.isin(list(_BOOLEAN)).to_numpy(), fld.name, column, values,
                      "is not true or false")
    _check_constraints(fld, values, empty, numbers, column, problems)


def _check_constraints(fld: TableField, values: pd.Series, empty: np.ndarray, numbers: pd.Series | None,
                       column: int, problems: _Problems) -> None:
    present = ~empty
    c = fld.constraints
    if c.get("required") and fld.name not in ("period", "value"):  # those two are always required
        problems.rows(empty, fld.name, column, values, "is empty but the field is required")
    if "enum" in c and isinstance(c["enum"], list):
        allowed = [str(v) for v in c["enum"]]
        problems.rows(present & ~values.isin(allowed).to_numpy(), fld.name, column, values,
                      f"is not one of {allowed}")
    if isinstance(c.get("pattern"), str):
        try:
            pattern = re.compile(c["pattern"])
            ok = ~_bad_where(values, lambda v: not pattern.fullmatch(v))
        except re.error as exc:
            problems.add(f"field {fld.name!r}: constraint pattern is not a valid regex: {exc}", 1, column)
        else:
            problems.rows(present & ~ok, fld.name, column, values, f"does not match {c['pattern']!r}")
    if numbers is not None:
        nums = numbers.to_numpy(dtype="float64", na_value=np.nan)
        for bound, op, word in (("minimum", np.less, "below"), ("maximum", np.greater, "above")):
            limit = c.get(bound)
            if isinstance(limit, (int, float)):
                with np.errstate(invalid="ignore"):
                    problems.rows(present & op(nums, limit), fld.name, column, values, f"is {word} {limit}")
    if c.get("unique"):
        problems.rows(present & values.duplicated(keep=False).to_numpy(), fld.name, column, values,
                      "is not unique but the field must be")


def _check_sources(meta: Resource, values: dict[str, pd.Series], empty: dict[str, np.ndarray],
                   col_index: dict[str, int], problems: _Problems) -> None:
    """A row's ``source`` must be a declared source unless the row gives its own ``source_url``."""
    if SOURCE_COLUMN not in values:
        return
    declared = [s.title for s in meta.sources]
    has_url = ~empty["source_url"] if "source_url" in values else np.zeros(len(values[SOURCE_COLUMN]), bool)
    unknown = ~empty[SOURCE_COLUMN] & ~values[SOURCE_COLUMN].isin(declared).to_numpy() & ~has_url
    problems.rows(unknown, SOURCE_COLUMN, col_index[SOURCE_COLUMN], values[SOURCE_COLUMN],
                  "is not one of the resource's sources and the row has no source_url")


def _check_unique(frame: pd.DataFrame, key: list[str], problems: _Problems) -> None:
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
            problems.add(f"duplicate observation ({described}) already on line {first_line[values]}",
                         problems.line(int(pos)), 1)
        reported += 1
    if reported > MAX_ROWS_PER_PROBLEM:
        problems.add(f"{reported - MAX_ROWS_PER_PROBLEM} more duplicate observation(s) of key {key}", None, None)


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


# ---------------------------------------------------------------------------------------------
# `workbench reference validate | list | show`

def _dirs_from_args(args: argparse.Namespace, explicit: Iterable[Path] | None) -> list[Path]:
    explicit = list(explicit or [])
    if explicit:
        return explicit
    from .config import load_config

    return load_config(file=getattr(args, "config", None)).reference_dirs


def run_reference(args: argparse.Namespace) -> int:
    action = args.reference_command
    if action == "validate":
        dirs = _dirs_from_args(args, args.dirs)
        problems = validate_packages(dirs)
        if problems:
            for problem in problems:
                print(str(problem), file=sys.stderr)
            files = len({p.path for p in problems})
            print(f"workbench: {len(problems)} problem(s) in {files} file(s); the data was not loaded",
                  file=sys.stderr)
            return 2
        data = load_reference(dirs)
        print(f"ok: {len(dirs)} package(s), {len(data.resources)} resource(s), "
              f"{data.observations} observation(s)")
        return 0
    data = load_reference(_dirs_from_args(args, args.reference))
    if action == "list":
        print(render_list(data), end="")
        return 0
    if action == "show":
        if args.name not in data.resources:
            close = difflib.get_close_matches(args.name, list(data.resources), n=3)
            hint = f"did you mean {', '.join(close)}?" if close else "see `workbench reference list`"
            raise ReferenceDataError.at(f"no resource named {args.name!r}", hint=hint)
        print(render_resource(data.resources[args.name]), end="")
        return 0
    raise ReferenceDataError.at(f"unknown action {action!r}")


def format_value(value: float) -> str:
    if value != value:  # NaN
        return ""
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return format(value, ",")


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int] | None = None,
                 max_width: int = 60) -> str:
    right = right or set()
    # The last column (a URL, typically) is never cut, so it stays usable.
    last = len(headers) - 1
    cells = [[c if len(c) <= max_width or i == last else c[:max_width - 1] + "…" for i, c in enumerate(row)]
             for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]

    def line(row: Sequence[str]) -> str:
        parts = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        return "  ".join(parts).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in cells)
    return "\n".join(out) + "\n"


def render_list(data: ReferenceData) -> str:
    rows = []
    for name, res in data.resources.items():
        frame = res.frame
        periods = sorted(frame["period"].unique(), key=lambda p: parse_period(p).start)
        span = f"{periods[0]} … {periods[-1]}" if len(periods) > 1 else (periods[0] if periods else "")
        units = ",".join(sorted(u or '""' for u in frame["unit"].unique()))
        rows.append([name, res.meta.workbench.metric, res.meta.workbench.kind.value, str(len(frame)), span, units,
                     _rel(res.package_dir)])
    headers = ["resource", "metric", "kind", "rows", "periods", "units", "package"]
    if len(data.package_dirs) < 2:  # one package: the column would repeat one folder
        headers, rows = headers[:-1], [r[:-1] for r in rows]
    return render_table(headers, rows, right={3})


def render_resource(res: LoadedResource) -> str:
    meta = res.meta
    head = [f"{meta.name}: {meta.title}",
            f"metric: {meta.workbench.metric} ({meta.workbench.kind.value})"]
    if meta.workbench.aliases:
        head.append(f"aliases: {', '.join(meta.workbench.aliases)}")
    if meta.workbench.publisher:
        head.append(f"publisher: {meta.workbench.publisher}")
    head.append(f"file: {_rel(res.csv_path)}")
    dims = [d for d in res.dimensions if d != SOURCE_COLUMN]
    headers = ["row", "period", "value", "unit", *dims, "source", "note", "url"]
    rows = []
    for r in res.frame.to_dict("records"):
        rows.append([str(r["row"]), r["period"], format_value(r["value"]), r["unit"],
                     *(str(r[d]) for d in dims), r["source_title"], r["note"], r["source_url"]])
    return "\n".join(head) + "\n\n" + render_table(headers, rows, right={0, 2})
