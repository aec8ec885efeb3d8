"""Writing a resource into a package: validate the package as it would be, then replace its CSV and
``datapackage.json`` together (both staged first; a failure rolls back what was swapped)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..atomic import make_folder, replace_together
from ..errors import FetchError
from ..paths import shown_name
from ..readfile import parse_json, read_regular, written_json
from ..reference import DESCRIPTOR, path_problem, validate_packages, validate_staged
from ..reference.files import MAX_DESCRIPTOR_BYTES, bare_csv_names, descriptor_name, package_locked
from ..reference.yaml_descriptor import is_yaml_descriptor

def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "resource"


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def csv_bytes(columns: list[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The tidy CSV of a fetched resource: its header, then one line per row (``csv_lines``)."""
    return csv_lines([columns]) + csv_lines(rows)


def csv_lines(rows: Iterable[Sequence[object]]) -> bytes:
    """Rows as lines of the tidy CSV, one line per row: a line break inside a publisher's label
    ("Narnia\n…") becomes a space, since the loader reads a cell holding one as a quote left open."""
    rows = rows if isinstance(rows, list) else list(rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    text = buffer.getvalue()
    if text.count("\n") != len(rows) or "\r" in text:  # some cell holds a break: written again without it
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerows([_one_line(cell) for cell in row] for row in rows)
        text = buffer.getvalue()
    return text.encode("utf-8")


def _one_line(cell: object) -> object:
    return " ".join(cell.split()) if isinstance(cell, str) and ("\n" in cell or "\r" in cell) else cell


def _read_descriptor(package: Path) -> dict[str, Any]:
    path = package / DESCRIPTOR
    # none yet: a new package, whatever its folder is called (a name in another encoding included)
    # regular files only: a FIFO's read waits for a writer forever, a device never ends
    raw = read_regular(path, MAX_DESCRIPTOR_BYTES, FetchError, "package description") if path.exists() else None
    if raw is None:
        return {"name": slug(package.resolve().name) or "reference", "title": f"Reference data ({shown_name(package.name)})",
                "resources": []}
    try:
        data = parse_json(raw.decode("utf-8-sig"), unique_names=True)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FetchError.at(f"cannot read the package description: {exc}", str(path),
                            hint="fix it first (`workbench reference validate`); it was left unchanged") from None
    if not isinstance(data, dict) or not isinstance(data.get("resources", []), list):
        raise FetchError.at("the package description has no 'resources' list", str(path))
    data.setdefault("resources", [])
    return data


def check_target(package: Path) -> None:
    """Refuse a --package that fetching would spoil, before anything is downloaded: a file (a zipped package is
    read, never written), or a folder a datapackage.json written into would hide — one described in YAML, or a
    folder of CSVs read as resources because nothing describes it."""
    if package.is_file():
        raise FetchError.at("is a file, not a package folder (a zipped package is read, never written)",
                            str(package), hint="fetch into a folder; zip it afterwards if you need to")
    if not package.is_dir():
        return
    named = descriptor_name(package)
    if named is not None and not (package / named).is_file():
        raise FetchError.at("is not a regular file (a folder, pipe or device), so it cannot be the package "
                            "description", str(package / named),
                            hint="remove it, or fetch into a folder of its own; nothing was fetched")
    if named is not None and is_yaml_descriptor(named):
        # a datapackage.json written beside it would win, and hide every resource the YAML describes
        raise FetchError.at(f"the package is described in {named}; fetching writes datapackage.json, which "
                            "would hide it", str(package / named),
                            hint="fetch into a folder of its own, or save the description as datapackage.json first")
    if named is None and bare_csv_names(package):
        raise FetchError.at("the folder holds CSV files and no package description; fetching writes a "
                            "datapackage.json that would describe only the fetched one, and hide the others",
                            str(package), hint="run `workbench reference init` on it first, or fetch into a folder "
                            "of its own")


def write_resource(package: Path, entry: dict[str, Any], csv_data: bytes) -> Path:
    """Add or replace resource ``entry`` (with its CSV) in ``package``; validate first, then swap files.

    An existing resource of the same name keeps its file path and the aliases a person added. The descriptor
    is read, changed and replaced under the package's lock (in the folder beside it), so fetches into one
    package at once each add their resource to the descriptor the previous one wrote.
    """
    check_target(package)
    with package_locked(package, FetchError):
        return _write_resource(package, entry, csv_data)


def _write_resource(package: Path, entry: dict[str, Any], csv_data: bytes) -> Path:
    if (package / DESCRIPTOR).is_file():
        # Warnings (a missing file left out, a resource with no aliases yet) leave a package usable, as
        # `reference validate` says: only errors stop a fetch, or a second fetch into one package fails.
        existing = [p for p in validate_packages([package]) if p.is_error]
        if existing:
            first = existing[0]
            raise FetchError.at(f"the package does not validate as it is: {first.where}: {first.message}"
                                + (f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""),
                                str(package / DESCRIPTOR),
                                hint="fix it first (`workbench reference validate`); nothing was fetched into it")
    descriptor = _read_descriptor(package)
    resources: list[dict[str, Any]] = descriptor["resources"]
    index = next((i for i, r in enumerate(resources) if isinstance(r, dict) and r.get("name") == entry["name"]), None)
    if index is not None:
        old = resources[index]
        if isinstance(old.get("path"), str) and path_problem(package, old["path"]) is None:
            entry["path"] = old["path"]
        old_block = old.get("workbench") if isinstance(old.get("workbench"), dict) else {}
        block = entry["workbench"]
        block["aliases"] = list(dict.fromkeys([*old_block.get("aliases", []), *block.get("aliases", [])]))
        merged_dims = {**block.get("dimension_aliases", {}), **old_block.get("dimension_aliases", {})}
        block["dimension_aliases"] = merged_dims
        resources[index] = entry
    else:
        resources.append(entry)
    new_descriptor = (written_json(descriptor, FetchError, str(package / DESCRIPTOR), indent=2) + "\n").encode("utf-8")
    problems = validate_staged(package, new_descriptor, {entry["path"]: csv_data})
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise FetchError.at(f"the fetched data would not validate: {first.where}: {first.message}{more}",
                            str(package / entry["path"]))
    csv_path = package / entry["path"]
    try:
        # made only once the data validates: a refused fetch into a new package leaves no empty folder behind
        make_folder(package)
        replace_together({csv_path: csv_data, package / DESCRIPTOR: new_descriptor})
    except OSError as exc:
        raise FetchError.at(f"cannot write the package: {exc.strerror or exc}", str(exc.filename or package),
                            hint="free disk space or make the folder writable; the reference package was "
                                 "left unchanged") from None
    return csv_path


_LARGEST_FLOAT_EXPONENT = 308  # 1.8e308 is the largest float: every reader of the package reads a larger figure as inf


def scaled_text(text: str, scale: float = 1.0) -> str:
    """``text × scale`` in decimal, so 135.3 × 1e12 is 135300000000000 (binary floats add a .02)."""
    from decimal import Decimal

    try:
        value = Decimal(text.strip()) * Decimal(repr(float(scale)))
    except ArithmeticError:  # not a number, or one past what a Decimal holds (1e999999 × 1e12 overflows)
        return text
    if not value.is_finite():
        return text  # 'inf' or 'NaN': left as written, for the package checks to refuse as they refuse it unscaled
    if value.adjusted() > _LARGEST_FLOAT_EXPONENT:
        return str(value)  # '1.0E+311', read as inf, so refused the same way; never its hundreds of digits
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")
