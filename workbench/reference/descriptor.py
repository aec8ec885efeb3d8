"""datapackage.json checked: JSON, package properties, each resource's entry, path and schema.

``load_package`` then hands each valid resource with its CSV bytes to ``table.load_table``.
"""

from __future__ import annotations

import json

from pydantic import ValidationError

from ..datapackage import REQUIRED_COLUMNS, SOURCE_COLUMN, DataPackage, Resource
from .files import DESCRIPTOR, PackageBytes, path_problem, shown_path
from .model import LoadedResource
from .problems import Problem, ProblemCode
from .table import load_table

_PLACEHOLDER_RESOURCE = {"name": "placeholder", "path": "x.csv", "title": "x",
                         "schema": {"fields": [{"name": "x"}]}, "sources": [{"title": "x"}],
                         "workbench": {"metric": "x"}}


def load_package(pkg: PackageBytes) -> tuple[list[LoadedResource], list[Problem]]:
    """The package's valid resources as frames, and every problem of its files."""
    where = shown_path(pkg.folder / DESCRIPTOR)
    assert pkg.descriptor is not None
    try:
        text = pkg.descriptor.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [Problem(ProblemCode.ENCODING_ERROR, "not UTF-8 text", where)]
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [Problem(ProblemCode.JSON_ERROR, f"not valid JSON: {exc.msg}", where, exc.lineno, exc.colno)]
    if not isinstance(raw, dict):
        return [], [Problem(ProblemCode.DESCRIPTOR_ERROR, "must be a JSON object with a 'resources' list",
                            where, 1, 1)]
    problems: list[Problem] = []
    raw_resources = raw.get("resources")
    if not isinstance(raw_resources, list) or not raw_resources:
        problems.append(Problem(ProblemCode.DESCRIPTOR_ERROR, "'resources' must be a non-empty list", where, 1, 1))
        raw_resources = []
    try:
        # The package-level properties; resources are validated one by one below.
        DataPackage.model_validate({**raw, "resources": [_PLACEHOLDER_RESOURCE]})
    except ValidationError as exc:
        problems.extend(_pydantic_problems(exc, where, "", None))
    loaded: list[LoadedResource] = []
    seen: set[str] = set()
    for index, raw_res in enumerate(raw_resources):
        resource = _load_resource(pkg, index, raw_res, text, seen, problems)
        if resource is not None:
            loaded.append(resource)
    return loaded, problems


def _load_resource(pkg: PackageBytes, index: int, raw_res: object, text: str, seen: set[str],
                   problems: list[Problem]) -> LoadedResource | None:
    """One entry of ``resources``: its model, name, path, schema, then its CSV."""
    where = shown_path(pkg.folder / DESCRIPTOR)
    name = raw_res.get("name") if isinstance(raw_res, dict) else None
    label = f"resources[{index}]" + (f" ({name})" if isinstance(name, str) else "")
    line = _line_of(text, f'"name": "{name}"') if isinstance(name, str) else None
    if not isinstance(raw_res, dict):
        problems.append(Problem(ProblemCode.DESCRIPTOR_ERROR, f"{label}: must be an object", where))
        return None
    try:
        meta = Resource.model_validate(raw_res)
    except ValidationError as exc:
        problems.extend(_pydantic_problems(exc, where, f"{label}.", line))
        return None
    if meta.name in seen:
        problems.append(Problem(ProblemCode.DUPLICATE_RESOURCE,
                                f"{label}: resource name {meta.name!r} is used twice", where, line))
        return None
    seen.add(meta.name)
    reason = path_problem(pkg.folder, meta.path)
    if reason:
        problems.append(Problem(ProblemCode.INVALID_PATH, f"{label}.path {meta.path!r}: {reason}", where, line,
                                hint="resource paths are relative to the package folder and stay inside it"))
        return None
    schema_problems = _schema_problems(meta, label)
    if schema_problems:
        problems.extend(Problem(ProblemCode.SCHEMA_ERROR, p, where, line) for p in schema_problems)
        return None
    data = pkg.files.get(meta.path)
    if data is None:
        problems.append(Problem(ProblemCode.MISSING_FILE, f"{label}: file {meta.path!r} is missing or unreadable",
                                where, line))
        return None
    resource, found = load_table(meta, data, pkg.folder / meta.path, pkg.folder)
    problems.extend(found)
    return resource


def _line_of(text: str, needle: str) -> int | None:
    index = text.find(needle)
    return None if index < 0 else text.count("\n", 0, index) + 1


def _pydantic_problems(exc: ValidationError, where: str, prefix: str, line: int | None) -> list[Problem]:
    out: list[Problem] = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        loc = loc.replace("schema_", "schema")
        out.append(Problem(ProblemCode.DESCRIPTOR_ERROR, f"{prefix}{loc}: {err['msg']}", where, line))
    return out


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

