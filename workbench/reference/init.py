"""`workbench reference init`: a ``workbench`` block inferred for a publisher's package or a bare CSV.

Roles come from the same inference the loader uses; the metric, aliases, unit and kind are
drawn from the title, description, keywords and column names. The rest of datapackage.json is
kept as it was (its keys and their order); the file is replaced atomically, or the change
printed as a unified diff.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..atomic import write_atomic
from ..datapackage import Resource, slug
from ..errors import ReferenceDataError
from ..models import Kind
from ..readfile import parse_json, written_json
from ..units import PERCENT_OR_PP
from . import siblings
from .files import (
    DESCRIPTOR,
    MAX_DESCRIPTOR_BYTES,
    MAX_FILE_BYTES,
    SAVE_WITH_LINE_ENDS,
    PackageBytes,
    bare_csv_names,
    descriptor_name,
    foreign_line_end,
    head_text,
    header_line,
    is_archive,
    package_locked,
    path_problem,
    read_package_bytes,
    read_regular,
    shown_path,
)
from .roles import Roles, resolve_roles
from .stated_period import INFERRED_FROM, SET_IN_BLOCK, period_origin
from .titles import settled_title
from .units import UnitReading, unit_from_metadata
from .vocabulary import plain, vocabulary
from .yaml_descriptor import dumped, is_yaml_descriptor, with_blocks

_SAMPLE_ROWS = 2000  # rows read to infer a bare CSV's column types
_HEAD_BYTES = 4 * 1024 * 1024  # of which at most this much


@dataclass
class _Description:
    """The description init works on: where it is (or will be) written, its text now, and its JSON."""

    path: Path
    before: str  # '' when there is none yet
    raw: dict[str, Any]
    left_out: list[tuple[str, str]] = field(default_factory=list)  # CSVs no resource was made of: (name, why)
    files: Mapping[str, bytes] | None = None  # the package's files, already read (a zipped package's)
    archive: Path | None = None  # read from this zip: shown as a diff, never rewritten


def init_package(path: Path, *, diff: bool = False, force: bool = False) -> tuple[str, list[str]]:
    """Write (or, with ``diff``, return as a diff) the package description with inferred blocks. Returns
    what to print and the notes for the error stream (where each written resource's period comes from
    when a diff is printed; a zipped package, which is never rewritten).

    A description to be rewritten is read again, changed and replaced under the package's lock, the one a
    fetch takes: a fetch adding a resource at the same moment is then kept, not replaced by the description
    init read before it. One with nothing to change takes no lock (a read-only checkout can be asked)."""
    plan = _plan(path, diff=diff, force=force)
    if plan.diff or plan.after == plan.described.before:
        return _said(plan)
    with package_locked(plan.described.path.parent, ReferenceDataError):
        plan = _plan(path, diff=diff, force=force)
        if not plan.diff and plan.after != plan.described.before:
            write_atomic(plan.described.path, plan.after)
        return _said(plan)


@dataclass
class _Plan:
    """What init would do: the description read, its new text, whether it is shown as a diff, what to say."""

    described: _Description
    after: str
    diff: bool
    notes: list[str]
    periods: list[str]
    changed: int


def _plan(path: Path, *, diff: bool, force: bool) -> _Plan:
    described = _descriptor(path)
    raw, before = described.raw, described.before
    folder = described.path.parent
    shown = shown_path(described.path)
    changed = 0
    periods: list[str] = []
    for index, res in enumerate(raw.get("resources") or []):
        if not isinstance(res, dict) or (res.get("workbench") is not None and not force and before):
            continue
        said, inferred = _period_said(res, raw)
        periods.append(f"{shown}: resources[{index}] ({res.get('name')}): {said}")
        if res.get("workbench") is None or force:
            res["workbench"] = infer_block(res, raw, folder, index, described.files, described.path.name)
        if inferred is not None:  # read from the file's name or title: pinned, so a renamed file keeps it
            block = res["workbench"]
            res["workbench"] = {"fields": block.get("fields", {}), "period": inferred[0], "period_read_from": inferred[1],
                                **{k: v for k, v in block.items() if k not in ("fields", "period", "period_read_from")}}
        changed += 1
    if not raw.get("resources"):
        why = f"; {described.left_out[0][0]}: {described.left_out[0][1]}" if described.left_out else ""
        raise ReferenceDataError.at(f"no CSV file here holds observations (a period and a value column){why}",
                                    shown_path(folder), hint="describe it with a datapackage.json")
    after = _dumped(raw, before, described.path)
    notes = [f"{shown_path(folder / name)}: left out: {why}" for name, why in described.left_out]
    if after is None:
        after, diff = dumped(raw), True
        notes.append(f"{shown}: the workbench blocks cannot be placed into this file's own layout (a resource "
                     "written as a flow mapping), and it is never written again whole: the change is printed as a "
                     "diff to copy in by hand")
    if described.archive is not None and not diff:
        diff = True
        notes.append(f"{shown_path(described.archive)}: a zipped package is read where it lies, never rewritten: the "
                     "change is printed as a diff (unzip it and run `workbench reference init` on the folder to write it)")
    return _Plan(described, after, diff, notes, periods, changed)


def _said(plan: _Plan) -> tuple[str, list[str]]:
    """What init prints (the diff, or what it wrote) and its notes for the error stream."""
    shown = shown_path(plan.described.path)
    before = plan.described.before
    if plan.diff:
        return "".join(difflib.unified_diff(before.splitlines(keepends=True), plan.after.splitlines(keepends=True),
                                            fromfile=f"a/{shown}", tofile=f"b/{shown}")), plan.notes + plan.periods
    said = "".join(f"{line}\n" for line in [*plan.notes, *plan.periods])
    return said + (f"{shown}: workbench block written for {plan.changed} resource(s)\n" if plan.changed else
                   f"{shown}: every resource already has a workbench block (--force replaces them)\n"), []


def _period_said(res: dict[str, Any], package: dict[str, Any]) -> tuple[str, tuple[str, str] | None]:
    """Where the resource's periods come from, as init infers its block (from the entry without one), and
    the period read from its file name or title (None when a column or the block gives them)."""
    try:
        meta = Resource.model_validate(_entry(res, package))
    except ValidationError:
        return "its periods cannot be told (the entry does not validate)", None
    roles, _ = resolve_roles(meta)
    origin = period_origin(roles.period_from, column=roles.period_column, path=meta.path,
                           read_from=meta.block.period_read_from)
    if roles.stated_period is None:
        return f"periods from {origin}", None
    if roles.period_from not in INFERRED_FROM:
        return f"one period for every row, {roles.stated_period}, from {origin}", None
    return (f"one period for every row, {roles.stated_period}, read from {origin}; written as workbench.period",
            (roles.stated_period, str(roles.period_from)))


def _dumped(raw: dict[str, Any], before: str, path: Path) -> str | None:
    """The description as its file writes it: YAML stays YAML (the publisher's own text, only the blocks placed;
    None when they cannot be), JSON keeps its indentation."""
    if is_yaml_descriptor(path.name):
        return with_blocks(before, raw) if before else dumped(raw)
    after = written_json(raw, ReferenceDataError, shown_path(path), indent=_indent(before))
    return after + ("\n" if not before or before.endswith("\n") else "")


def _descriptor(path: Path) -> _Description:
    """datapackage.json (its text and JSON); a YAML or zipped package's as the loader reads it; or for a
    bare CSV, or a folder of them, a new one describing it."""
    named = descriptor_name(path) if path.is_dir() else None
    if is_archive(path) or (named is not None and is_yaml_descriptor(named)):
        return _read_by_loader(path)
    if path.is_dir() and named is None and bare_csv_names(path):
        return _bare_description(read_package_bytes(path))
    if path.is_dir():
        descriptor_path = path / DESCRIPTOR
        try:
            text = read_regular(descriptor_path, MAX_DESCRIPTOR_BYTES).decode("utf-8-sig")
            raw = parse_json(text, unique_names=True)
        except (OSError, UnicodeDecodeError) as exc:
            reason = (exc.strerror or exc) if isinstance(exc, OSError) else exc  # the path is said once, in front
            raise ReferenceDataError.at(f"cannot read: {reason}", shown_path(descriptor_path),
                                        hint="give a package folder or a CSV file") from None
        except json.JSONDecodeError as exc:
            raise ReferenceDataError.at(f"not valid JSON: {exc.msg}", shown_path(descriptor_path), exc.lineno,
                                        exc.colno) from None
        if not isinstance(raw, dict) or not isinstance(raw.get("resources"), list):
            raise ReferenceDataError.at("must be a JSON object with a 'resources' list", shown_path(descriptor_path))
        return _Description(descriptor_path, text, raw)
    if path.suffix.lower() != ".csv" or not path.is_file():
        raise ReferenceDataError.at("not a package folder, a zipped package or a CSV file", shown_path(path),
                                    hint="give a folder holding datapackage.json, a .zip of one, or a .csv file")
    descriptor_path = path.parent / DESCRIPTOR
    if descriptor_path.exists():
        raise ReferenceDataError.at(f"{DESCRIPTOR} already exists beside the CSV", shown_path(descriptor_path),
                                    hint="run `workbench reference init` on the folder instead")
    return _Description(descriptor_path, "", _bare_csv_package(path))


def _read_by_loader(path: Path) -> _Description:
    """A zipped package or a YAML descriptor, read exactly as the loader reads it (its first error raised)."""
    pkg = read_package_bytes(path)
    errors = [p for p in pkg.problems if p.is_error]
    if errors:
        first = errors[0]
        raise ReferenceDataError.at(first.message, first.path, first.line, first.column, hint=first.hint)
    archive = pkg.archive
    if pkg.bare:
        return _bare_description(pkg)
    assert pkg.descriptor is not None
    raw = parse_json(pkg.descriptor, unique_names=True)
    if not isinstance(raw, dict) or not isinstance(raw.get("resources"), list):
        raise ReferenceDataError.at("must be a mapping with a 'resources' list", shown_path(pkg.descriptor_path))
    before = (pkg.descriptor_source or pkg.descriptor).decode("utf-8-sig", errors="replace")
    return _Description(pkg.descriptor_path, before, raw, files=pkg.files, archive=archive)


def _bare_csv_package(path: Path) -> dict[str, Any]:
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise ReferenceDataError.at(f"cannot read: {exc.strerror or exc}", shown_path(path)) from None
    try:
        entry = _csv_entry(path.name, data)
    except ReferenceDataError as exc:
        raise ReferenceDataError.at(exc.message, shown_path(path), exc.line, hint=exc.hint) from None
    if entry is None:
        raise ReferenceDataError.at("the file has no header row", shown_path(path), 1, 1)
    return {"name": entry["name"], "resources": [entry]}


def _bare_description(pkg: PackageBytes) -> _Description:
    """A new description of a bare folder's (or zip's) CSVs; a CSV that could not be read (a named pipe,
    no permission) is left out with its reason, as each one that could not be described."""
    raw, left_out = describe_folder(pkg.folder, pkg.files)
    left_out += sorted(pkg.unreadable.items())
    return _Description(pkg.folder / DESCRIPTOR, "", raw, left_out, files=pkg.files, archive=pkg.archive)


def _csv_entry(file_name: str, data: bytes) -> dict[str, Any] | None:
    """A resource entry for one CSV: name and title from the file name, fields typed from its first rows;
    ``ReferenceDataError`` (at its line) when one of those rows cannot be read."""
    text = head_text(data, _HEAD_BYTES)
    foreign_end = foreign_line_end(header_line(text))
    if foreign_end is not None:
        raise ReferenceDataError.at(foreign_end[1], None, 1, foreign_end[0], hint=SAVE_WITH_LINE_ENDS)
    rows, unreadable = _readable_rows(text, _SAMPLE_ROWS + 1)
    if unreadable is not None:  # typing its columns from the rows before would guess from too few
        raise unreadable
    if rows and any(rows[0]):
        _refuse_unlabelled_column(rows[0])
    schema = _schema_of(rows)
    if not schema:
        return None
    stem = Path(file_name).stem
    name = slug(stem) or "data"
    return {"name": name, "path": file_name, "title": _stem_title(stem, data), "schema": schema}


def _refuse_unlabelled_column(header: list[str]) -> None:
    """A header row with a cell left blank is said at its column: the schema built from it was refused only
    as 'String should have at least 1 character', naming neither the column nor the cause."""
    for column, label in enumerate(header, start=1):
        if not label.strip():
            raise ReferenceDataError.at(f"column {column} has no label in the header row", None, 1, column,
                                        hint="name the column in the header, or describe the CSV in a datapackage.json")


def _stem_title(stem: str, data: bytes) -> str:
    """A title from a file name, in its own casing, without the words that only say which slice of
    a larger table the file is: cells of its first rows ('population_KAZ_RUS' holds the rows of KAZ
    and RUS: 'population') and bare numbers (a year or a date)."""
    words = [w for w in re.split(r"[-_\s]+", stem) if w]
    cells = {c.strip() for row in _readable_rows(head_text(data, 1024 * 1024))[0][1:] for c in row}
    kept = [w for w in words if w not in cells and not w.isdigit()]
    text = " ".join(kept or words)
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def describe_folder(folder: Path, files: dict[str, bytes]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The package description `reference init` writes for a folder of CSVs that has none: one
    resource per CSV, its columns typed from its first rows, with its ``workbench`` block. A CSV
    whose period and value cannot be told apart is left out: (file name, why) for each."""
    name = folder.resolve().name
    name = name[:-4] if name.lower().endswith(".zip") else name  # a zipped folder of CSVs: the archive's stem
    package: dict[str, Any] = {"name": slug(name) or "data", "resources": []}
    left_out: list[tuple[str, str]] = []
    names: set[str] = set()
    for file_name, data in sorted(files.items()):
        try:
            entry = _csv_entry(file_name, data)
        except ReferenceDataError as exc:
            left_out.append((file_name, f"line {exc.line} {exc.message} ({exc.params.get('hint')})"))
            continue
        if entry is None:
            left_out.append((file_name, "the file has no header row"))
            continue
        base, n = entry["name"], 2
        while entry["name"] in names:
            entry["name"], n = f"{base}-{n}", n + 1
        try:
            entry["workbench"] = infer_block(entry, package, folder, len(package["resources"]), files)
        except ReferenceDataError as exc:
            left_out.append((file_name, exc.message.split(": ", 1)[-1]))
            continue
        names.add(entry["name"])
        package["resources"].append(entry)
    return package, left_out


def infer_schema(text: str) -> dict[str, Any]:
    """A Table Schema for CSV text ({} without a header): its fields typed from the first rows, and the
    placeholders its number columns write for a missing figure ('n/a', '—', '..': ``missing_markers``) as
    those columns' own missingValues — a column of figures with one 'n/a' was typed as text, and the package refused."""
    return _schema_of(_readable_rows(text, _SAMPLE_ROWS + 1)[0])


def _schema_of(rows: list[list[str]]) -> dict[str, Any]:
    if not rows or not any(rows[0]):
        return {}
    markers = set(vocabulary()["missing_markers"])
    fields = []
    for i, name in enumerate(rows[0]):
        cells = [r[i].strip() for r in rows[1:] if i < len(r)]
        figures = [c for c in cells if c not in markers]
        field: dict[str, Any] = {"name": name, "type": _column_type(name, figures)}
        if field["type"] == "string" and _thousands_grouped(figures):
            field.update(type="number", groupChar=",")
        if field["type"] in ("number", "integer") and len(figures) < len(cells):
            # the column's own: 'NA' is no figure here, but Namibia in a country-code column beside it
            field["missingValues"] = ["", *sorted({c for c in cells if c in markers})]
        elif len(figures) < len(cells):
            field = {"name": name, "type": _column_type(name, cells)}
        fields.append(field)
    return {"fields": fields}


def _readable_rows(text: str, limit: int | None = None) -> tuple[list[list[str]], ReferenceDataError | None]:
    """The CSV's first rows (at most ``limit``) up to one the csv module cannot read (a cell past its 128 KiB
    field limit), and what stopped them there (None when nothing did): the csv module's error escaped as an
    internal error from describing a folder of CSVs."""
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    except csv.Error as exc:
        return rows, ReferenceDataError.at(f"cannot be read as CSV: {exc}", None, reader.line_num,
                                           hint="shorten or remove the cell")
    return rows, None


_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)")


def _thousands_grouped(cells: list[str]) -> bool:
    """Figures with commas between groups of three ('1,234.5'), where a comma cannot be a decimal mark: some
    figure has a decimal point or two groups. '1,500' alone could be 1.5 written in German: not guessed."""
    grouped = [c for c in cells if _GROUPED.fullmatch(c)]
    if not grouped or not all(_GROUPED.fullmatch(c) or _PLAIN.fullmatch(c) for c in cells):
        return False
    return any("." in c for c in cells) or any(c.count(",") > 1 for c in grouped)


def _column_type(name: str, cells: list[str]) -> str:
    cells = [c.strip() for c in cells if c.strip()]
    if not cells:
        return "string"
    if all(re.fullmatch(r"\d{4}", c) for c in cells) and plain(name) in vocabulary()["roles"]["period"]:
        return "year"
    if all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", c) for c in cells):
        return "date"
    if all(re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", c) for c in cells):
        return "yearmonth"
    if all(re.fullmatch(r"[+-]?\d+", c) for c in cells):
        return "integer"
    if all(re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", c) for c in cells):
        return "number"
    return "string"


def _indent(text: str) -> int:
    match = re.search(r"\n( +)\"", text)
    return len(match.group(1)) if match else 2


def infer_block(res: dict[str, Any], package: dict[str, Any], folder: Path, index: int,
                files: Mapping[str, bytes] | None = None, descriptor: str = DESCRIPTOR) -> dict[str, Any]:
    """The ``workbench`` block for one resource entry: roles, metric, aliases, unit, kind, publisher.
    ``files`` (resource path → bytes) are the package's files already read (a zipped package's);
    without them a file is read from ``folder``. ``descriptor`` names the file problems point into."""
    where = shown_path(folder / descriptor)
    try:
        meta = Resource.model_validate(_entry(res, package))
    except ValidationError as exc:
        first = exc.errors()[0]
        field = "".join(f".{part}" for part in first["loc"])  # none when the whole entry is refused
        raise ReferenceDataError.at(f"resources[{index}]{field}: {first['msg']}",
                                    where, hint="fix the resource entry, then run init again") from None
    roles, problems = resolve_roles(meta)
    if problems:
        raise ReferenceDataError.at(f"resources[{index}] ({meta.name}): {problems[0]}", where)
    texts = _texts(meta, package)
    block: dict[str, Any] = {"fields": _fields(roles)}
    if roles.period_from == SET_IN_BLOCK:
        block["period"] = roles.stated_period
        if meta.block.period_read_from is not None:
            block["period_read_from"] = meta.block.period_read_from
    fields = {f.name: f for f in meta.schema_.fields}
    if len(roles.values) == 1:
        column = roles.values[0]
        metric = _metric(meta, package, column)
        block["metric"] = metric
        block["aliases"] = _aliases(metric, [_unitless(metric), column, fields[column].title, *texts["aliases"],
                                             *texts["subjects"]])
        unit = None if roles.unit else _unit(
            [column, fields[column].title, fields[column].description, *texts["unit"]], metric)
        kind = _kind([metric, column, fields[column].description, *texts["kind"]], unit)
        if kind is Kind.count and unit is None:
            unit = UnitReading("")  # a count is in no unit: say so, as a wide table's count columns do
        if unit is not None:
            block["unit"] = unit.unit
            if unit.scale != 1:
                block["scale"] = unit.scale
        block["kind"] = kind.value
    else:
        block["metrics"] = {}
        for column in roles.values:
            fld = fields[column]
            label = fld.title or column
            metric = f"{label} ({meta.title})"
            phrases = [label, f"{label} {texts['short']}", *(f"{label} {s}" for s in texts["subjects"]),
                       *siblings.everyday_names(label), *siblings.rate_names(label)]
            own: dict[str, Any] = {"metric": metric, "aliases": siblings.with_description(
                _aliases(metric, phrases), fld.description)}
            unit = _unit([column, fld.title, fld.description, *texts["unit"]], label)
            kind = _kind([label, fld.description], unit)
            if kind is Kind.count:
                unit = UnitReading("")
            if unit is not None:
                own["unit"] = unit.unit
                if unit.scale != 1:
                    own["scale"] = unit.scale
            own["kind"] = kind.value
            block["metrics"][column] = own
        _read_together(block["metrics"], fields, meta, folder, files)
    if meta.sources:
        block["publisher"] = siblings.own_source(meta).title
    return block


def _entry(res: dict[str, Any], package: dict[str, Any]) -> dict[str, Any]:
    """The resource entry as the loader reads it: the package's sources and licences inherited, its title settled."""
    entry = {k: package[k] for k in ("sources", "licenses") if isinstance(package.get(k), list)}
    entry.update({k: v for k, v in res.items() if k != "workbench"})
    block = res.get("workbench")
    if isinstance(block, dict) and isinstance(block.get("period"), str):  # a period a person set stays set
        entry["workbench"] = {"period": block["period"],
                              **{k: block[k] for k in ("period_read_from",) if isinstance(block.get(k), str)}}
    title = settled_title(entry, package)
    if title is not None:
        entry["title"] = title
    return entry


def _read_together(metrics: dict[str, dict[str, Any]], fields: dict[str, Any], meta: Resource,
                   folder: Path, files: Mapping[str, bytes] | None) -> None:
    """A wide table's columns: the unit one states for its siblings, checked by a per-capita column."""
    per_capita = [c for c in metrics if siblings.is_per_capita(fields[c].title or c, fields[c].description)]
    path = meta.path if isinstance(meta.path, str) else None
    if len(per_capita) == 1 and path and files is not None and path in files:
        siblings.checked_scale(metrics, per_capita[0], files[path])
    elif len(per_capita) == 1 and path and files is None and path_problem(folder, path) is None:
        try:
            siblings.checked_scale(metrics, per_capita[0], read_regular(folder / path, MAX_FILE_BYTES))
        except OSError:
            pass  # the loader reports an unreadable file; the stated scale stands
    siblings.shared_unit(metrics)
    siblings.measure_of_total(metrics, {c: fields[c].description for c in metrics
                                        if not siblings.is_per_capita(fields[c].title or c, fields[c].description)})


def _fields(roles: Roles) -> dict[str, Any]:
    out: dict[str, Any] = {"value": roles.values[0] if len(roles.values) == 1 else list(roles.values)}
    if roles.period_column is not None:
        out = {"period": roles.period_column, **out}
    for role in ("unit", "unit_mult", "source", "source_url", "note"):
        if roles.column(role):
            out[role] = roles.column(role)
    return out


def _texts(meta: Resource, package: dict[str, Any]) -> dict[str, Any]:
    ptitle = package.get("title") if isinstance(package.get("title"), str) else None
    pdesc = package.get("description") if isinstance(package.get("description"), str) else None
    # Keywords describe the whole package: they name a resource only when it is the only one.
    sources = {plain(s.title) for s in meta.sources}
    listed = package.get("keywords")  # the loader ignores the key: any JSON may be there
    keywords = [k for k in listed if isinstance(k, str) and plain(k) not in sources
                and len(package.get("resources") or []) == 1] if isinstance(listed, list) else []
    own_title = meta.title if meta.title and meta.title != meta.name else None
    return {"aliases": [own_title, _name_words(meta.name), _name_without_frequency(meta.name),
                        _narrowed_title(ptitle, meta.name, _sibling_name_words(package)), *keywords],
            "unit": [own_title, meta.description, ptitle, pdesc],
            "kind": [own_title, meta.description, ptitle, _name_words(meta.name)],
            "short": _strip_parens(own_title or ptitle or ""),
            "subjects": _subjects(own_title or ptitle or "", meta.name)}


def _subjects(title: str, name: str) -> list[str]:
    """What a column of a many-column resource is about, in words news may use: each part of a
    title like 'CO2 PPM - Trends in Atmospheric Carbon Dioxide' (one long alias of the whole
    title rarely fits a sentence), and the resource's file name with its shorthand spelled out
    ('co2-annmean-gl' → 'co2 annual mean global'), which is often all that tells resources apart."""
    parts = [p for p in re.split(r"\s+[-\u2013\u2014:|]\s+", _strip_parens(title)) if p.strip()]
    expand = {k: v for k, v in vocabulary().get("name_abbreviations", {}).items() if not k.startswith("_")}
    words = [expand.get(w.lower(), w) for w in re.split(r"[-_.\s]+", name) if w]
    spelled = " ".join(words)
    if spelled.lower() != _name_words(name).lower():
        parts.append(spelled)
    return parts if len(parts) > 1 or spelled.lower() != _name_words(name).lower() else []


def _metric(meta: Resource, package: dict[str, Any], column: str) -> str:
    """The resource's own title; else the package's title when it holds one resource; else the
    value column's name with the resource's name ("Inflation (inflation gdp)")."""
    if meta.title and meta.title != meta.name:
        return meta.title
    if len(package.get("resources") or []) == 1 and isinstance(package.get("title"), str):
        return package["title"]
    label = column if plain(column) not in vocabulary()["roles"]["value"] else _name_words(meta.name)
    words = _name_words(meta.name)
    return label if plain(label) == plain(words) else f"{label} ({words})"


_TERM = re.compile(r"(?<![\w.])(\d{1,2})[yY](?![\w-])")  # a maturity or span in years: 10y, 30Y


def _aliases(metric: str, candidates: list[str | None]) -> list[str]:
    generic = set(vocabulary()["generic_aliases"])
    seen = {plain(metric)}
    out: list[str] = []
    for text in candidates:
        if not text:
            continue
        bare = _strip_parens(text)
        spelled = _TERM.sub(lambda m: f"{m.group(1)}-year", bare)  # '10y UK Government Bond Yields': 10-year
        for phrase in [bare, spelled, *re.findall(r"\(([A-Z][A-Za-z0-9]{1,9})\)", text)]:
            phrase = " ".join(phrase.split()).strip(" .,;:-")
            key = plain(phrase)
            if not phrase or key in seen or key in generic or len(phrase.split()) > 8:
                continue
            seen.add(key)
            out.append(phrase)
    return out


def _unitless(text: str) -> str:
    """The text without the unit words a title may carry ('GDP current USD' → 'GDP'): what news calls it."""
    for phrase in sorted(vocabulary()["unit_phrases"], key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", " ", text, flags=re.IGNORECASE)
    for word in ("current", "constant"):  # the price basis that went with the unit
        text = re.sub(rf"\s{word}\s*$", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


def _unit(texts: list[str | None], metric: str, field_texts: int = 3) -> UnitReading | None:
    """The unit the metadata states; else % for a measure that is a rate by nature (inflation, a
    yield), named in whole words ('yielded' and 'deflationary' name none) by the metric or by the field's
    own name, title or description (the first ``field_texts`` of ``texts``: a package title's
    'unemployment rates' says nothing of its counts; a publisher often names the measure only in the
    field's description, 'Quarterly average yield from British Government Securities')."""
    found = unit_from_metadata(*texts)
    if found is not None:
        return found
    words = " ".join(re.sub(r"[\W_]+", " ", t.lower()) for t in [metric, *texts[:field_texts]] if t)
    if any(re.search(rf"(?<!\w){re.escape(word)}s?(?!\w)", words) for word in vocabulary()["percent_metrics"]):
        return UnitReading("%")
    return None


def _kind(texts: list[str | None], unit: UnitReading | None) -> Kind:
    text = " ".join(t for t in texts if t).lower()
    kinds = vocabulary()["kinds"]
    for kind in vocabulary()["kind_order"]:
        if any(re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) for word in kinds[kind]):
            if kind == "change" and unit is not None and unit.unit and unit.unit not in PERCENT_OR_PP:
                continue  # an absolute increase (ppm a year) is a level of the increase, not a rate
            return Kind(kind)
    return Kind.level


def _strip_parens(text: str) -> str:
    return " ".join(re.sub(r"\([^()]*\)", " ", text).split())


_JOINED = re.compile(r"(?<![\w-])([\w-]+)\s+(?:and|&)\s+([\w-]+)(?![\w-])")


def _sibling_name_words(package: dict[str, Any]) -> frozenset[str]:
    """Every word of the package's resource names ('brent', 'wti', 'year', 'month'…)."""
    names = [r.get("name") for r in package.get("resources") or [] if isinstance(r, dict)]
    return frozenset(w.lower() for n in names if isinstance(n, str) for w in _name_words(n).split())


def _narrowed_title(title: str | None, name: str, siblings_words: frozenset[str]) -> str | None:
    """A package title joining two of its series by the words their file names use ('Brent and WTI
    Spot Prices' over 'brent-year' and 'wti-year') as it names the one resource whose name says one
    of them ('brent-year' → 'Brent Spot Prices'): the joined title would name its sibling as well."""
    if not title:
        return title
    named = {w.lower() for w in _name_words(name).split()}
    for match in _JOINED.finditer(title):
        left, right = match.group(1), match.group(2)
        if {left.lower(), right.lower()} <= siblings_words and (left.lower() in named) != (right.lower() in named):
            kept = left if left.lower() in named else right
            return title[:match.start()] + kept + title[match.end():]
    return title


def _name_without_frequency(name: str) -> str | None:
    """A file name's words without those naming its frequency ('brent-year' → 'brent'), when some remain."""
    frequency = set(vocabulary()["frequency_name_words"]["words"])
    words = _name_words(name).split()
    kept = [w for w in words if w.lower() not in frequency]
    return " ".join(kept) if kept and len(kept) < len(words) else None


def _name_words(name: str) -> str:
    return " ".join(re.split(r"[-_.]+", name)).strip()
