"""datapackage.json checked: JSON, package properties, each resource's entry, path and schema.

``load_package`` then hands each valid resource with its CSV bytes to ``table.load_table``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace

from pydantic import ValidationError

from ..datapackage import DataPackage, MetricBlock, Resource
from ..readfile import parse_json
from .files import PackageBytes, head_text, shown_path
from .model import LoadedResource
from .positions import resource_lines
from .problems import Problem, ProblemCode
from .roles import Roles, plan_metrics, resolve_roles
from .stated_period import SET_IN_BLOCK
from .table import load_table
from .titles import settled_title
from .units import read_unit
from .yaml_descriptor import is_yaml_descriptor

_PLACEHOLDER_RESOURCE = {"name": "placeholder", "path": "x.csv", "schema": {"fields": [{"name": "x"}]}}
# Package properties a resource inherits when it declares none (Frictionless: the package's hold for all).
_INHERITED = ("sources", "licenses")
_LEFT_OUT = "; the resource is left out"


def load_package(pkg: PackageBytes) -> tuple[list[LoadedResource], list[Problem]]:
    """The package's valid resources as frames, and every problem of its files."""
    where = shown_path(pkg.descriptor_path)
    assert pkg.descriptor is not None
    try:
        text = pkg.descriptor.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [Problem(ProblemCode.ENCODING_ERROR, "not UTF-8 text", where)]
    try:
        raw = parse_json(text, unique_names=True)
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
    # a description made in memory has no lines to show; a YAML one has its own
    lines = [] if pkg.bare else pkg.resource_lines if pkg.resource_lines is not None else resource_lines(text)
    inherited = {key: raw[key] for key in _INHERITED if isinstance(raw.get(key), list)}
    for index, raw_res in enumerate(raw_resources):
        if isinstance(raw_res, dict):
            raw_res = {**inherited, **raw_res}
            title = settled_title(raw_res, raw)
            if title is not None:
                raw_res["title"] = title
        line = lines[index] if index < len(lines) else None
        if isinstance(raw_res, dict) and "schema" not in raw_res:
            raw_res = _with_inferred_schema(pkg, raw_res, index, line, problems)
        notice = None
        if isinstance(raw_res, dict) and raw_res.get("workbench") is None and not pkg.bare:
            block, notice = _inferred_block(pkg, raw, raw_res, index, line)
            raw_res = raw_res if block is None else {**raw_res, "workbench": block}
        found = _load_resource(pkg, index, raw_res, line, seen, problems)
        if found and notice is not None:
            problems.append(notice)
        loaded.extend(found)
    if not loaded:
        # Nothing of the package is left: a file it cannot do without is an error after all.
        problems = [replace(p, severity="error", message=p.message.removesuffix(_LEFT_OUT))
                    if p.code == ProblemCode.MISSING_FILE else p for p in problems]
    return loaded, problems


def _with_inferred_schema(pkg: PackageBytes, raw_res: dict, index: int, line: int | None,
                          problems: list[Problem]) -> dict:
    """Frictionless lets a resource leave its Table Schema out; we type its columns from the data."""
    from .init import infer_schema

    data = pkg.files.get(raw_res.get("path")) if isinstance(raw_res.get("path"), str) else None
    encoding = raw_res.get("encoding")
    schema = infer_schema(head_text(data, 1024 * 1024, encoding if isinstance(encoding, str) else None)) if data else {}
    if not schema:
        return raw_res
    fields = schema["fields"]
    name = raw_res.get("name")
    problems.append(Problem(ProblemCode.SCHEMA_ERROR, f"resources[{index}] ({name}): no schema: the columns were "
                            f"typed from the data ({', '.join(f['name'] + ' ' + f['type'] for f in fields)})",
                            shown_path(pkg.descriptor_path), line, severity="warning",
                            hint="`workbench reference init` writes a block to start from",
                            resource=name if isinstance(name, str) else None))
    return {**raw_res, "schema": schema}


def _inferred_block(pkg: PackageBytes, raw: dict, raw_res: dict, index: int,
                    line: int | None) -> tuple[dict | None, Problem | None]:
    """A resource with no ``workbench`` block gets, in memory, the block `reference init` would write
    (metric, aliases, unit and kind from the publisher's titles, descriptions and column names), so a
    package is matched as well as shipped as after init. When roles cannot be settled, the entry
    stays as it is and its schema problems are reported as usual."""
    from ..errors import ReferenceDataError
    from .init import infer_block

    try:
        block = infer_block(raw_res, raw, pkg.folder, index, pkg.files, pkg.descriptor_name)
    except (ReferenceDataError, ValueError, TypeError, KeyError, AttributeError):
        return None, None
    name = raw_res.get("name")
    shown = f" ({name})" if isinstance(name, str) else ""
    notice = Problem(ProblemCode.MATCHING, f"resources[{index}]{shown}: no workbench block: read as "
                     f"`reference init` would describe it ({_described(block)})", _where(pkg, raw_res), line,
                     severity="warning", hint="run `workbench reference init` to write it down, then edit it",
                     resource=name if isinstance(name, str) else None)
    return block, notice


def _described(block: dict) -> str:
    metrics = block.get("metrics") or {"": block}
    parts = []
    for column, own in list(metrics.items())[:3]:
        unit = own.get("unit")
        shown = f"{own.get('metric')!r}" + (f", unit {unit!r}" if unit else ", a count") + f", {own.get('kind')}"
        parts.append(f"{column}: {shown}" if column else shown)
    more = f"; and {len(metrics) - 3} more" if len(metrics) > 3 else ""
    return "; ".join(parts) + more


def _load_resource(pkg: PackageBytes, index: int, raw_res: object, line: int | None, seen: set[str],
                   problems: list[Problem]) -> list[LoadedResource]:
    """One entry of ``resources``: its model, name, path, schema and roles, then its CSV."""
    where = _where(pkg, raw_res)
    name = raw_res.get("name") if isinstance(raw_res, dict) else None
    label = f"resources[{index}]" + (f" ({name})" if isinstance(name, str) else "")
    found: list[Problem] = []
    try:
        if not isinstance(raw_res, dict):
            found.append(Problem(ProblemCode.DESCRIPTOR_ERROR, f"{label}: must be an object", where, line))
            return []
        meta = _checked_entry(pkg, raw_res, label, where, line, seen, found)
        if meta is None:
            return []
        roles, role_problems = resolve_roles(meta)
        schema_problems = [f"{label}: {p}" for p in role_problems] or _schema_problems(meta, roles, label)
        if schema_problems:
            found.extend(Problem(ProblemCode.SCHEMA_ERROR, p, where, line) for p in schema_problems)
            return []
        data = pkg.files.get(meta.path)
        if data is None:
            # Frictionless opens a resource when it is read: a package whose other files are there
            # is used without this one (an error only when nothing of the package is left).
            reason = pkg.unreadable.get(meta.path, "is missing")
            found.append(Problem(ProblemCode.MISSING_FILE, f"{label}: file {meta.path!r} {reason}{_LEFT_OUT}", where,
                                 line, severity="warning",
                                 hint=None if "larger" in reason else "restore the file or remove the resource"))
            return []
        found.extend(_matching_warnings(meta, roles, label, where, line))
        if roles.stated_period is not None and roles.period_from != SET_IN_BLOCK:
            found.append(Problem(ProblemCode.MATCHING, f"{label}: no period column: every row is read as "
                                 f"{roles.stated_period}, the date in its {roles.period_from}", where, line,
                                 severity="warning", hint=f"set {_pinned(pkg, roles.stated_period)} in its "
                                 "workbench block to pin it"))
        loaded, table_problems = load_table(meta, roles, data, pkg.folder / meta.path, pkg.folder)
        found.extend(table_problems)
        return loaded
    finally:
        problems.extend(replace(p, resource=name if isinstance(name, str) else None) for p in found)


def _pinned(pkg: PackageBytes, period: str) -> str:
    """The period pinned in the syntax of the package's own descriptor."""
    return f"period: '{period}'" if is_yaml_descriptor(pkg.descriptor_name) else f'"period": "{period}"'


def _where(pkg: PackageBytes, raw_res: object) -> str:
    """Where a resource's entry is: its line of datapackage.json, or its CSV when the folder had none."""
    path = raw_res.get("path") if isinstance(raw_res, dict) else None
    if pkg.bare and isinstance(path, str):
        return shown_path(pkg.folder / path)
    return shown_path(pkg.descriptor_path)


def _checked_entry(pkg: PackageBytes, raw_res: dict, label: str, where: str, line: int | None, seen: set[str],
                   found: list[Problem]) -> Resource | None:
    try:
        meta = Resource.model_validate(raw_res)
    except ValidationError as exc:
        found.extend(_pydantic_problems(exc, where, f"{label}.", line))
        return None
    if meta.name in seen:
        found.append(Problem(ProblemCode.DUPLICATE_RESOURCE,
                             f"{label}: resource name {meta.name!r} is used twice", where, line))
        return None
    seen.add(meta.name)
    reason = pkg.path_problem(meta.path)
    if reason:
        found.append(Problem(ProblemCode.INVALID_PATH, f"{label}.path {meta.path!r}: {reason}", where, line,
                             hint="resource paths are relative to the package folder and stay inside it"))
        return None
    return meta


def _matching_warnings(meta: Resource, roles: Roles, label: str, where: str, line: int | None) -> list[Problem]:
    """What the matcher will miss without a fuller ``workbench`` block: one warning per resource."""
    block = meta.block
    plans = plan_metrics(meta, roles)
    wide = len(plans) > 1

    def which(columns: list[str]) -> str:
        return f" ({', '.join(columns)})" if wide and len(columns) < len(plans) else ""

    missing = []
    no_alias = [p.column for p in plans if not p.meta.workbench.aliases]
    if no_alias:
        missing.append("no aliases" + which(no_alias))
    no_unit = [p.column for p in plans if p.unit_from == "none"]
    if no_unit:
        missing.append("no unit, read as counts" + which(no_unit))
    no_kind = [p.column for p in plans if block.kind is None and block.metrics.get(p.column, MetricBlock()).kind is None]
    if no_kind:
        missing.append("no kind, read as levels" + which(no_kind))
    if not missing:
        return []
    inferred = ""
    if meta.workbench is None:
        inferred = (f"; no workbench block, so the metric is {plans[0].meta.workbench.metric!r}" if not wide else
                    f"; no workbench block, so {len(plans)} metrics, one per value column") + \
            f", period {roles.period!r}"
    return [Problem(ProblemCode.MATCHING, f"{label}: matching will miss: {'; '.join(missing)}{inferred}",
                    where, line, hint="`workbench reference init` writes a block to start from", severity="warning")]


def _pydantic_problems(exc: ValidationError, where: str, prefix: str, line: int | None) -> list[Problem]:
    out: list[Problem] = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        loc = loc.replace("schema_", "schema")
        # a whole entry's error has no field to name: 'resources[0] (gdp): …', not 'resources[0] (gdp).: …'
        head = f"{prefix}{loc}" if loc else prefix.rstrip(".")
        out.append(Problem(ProblemCode.DESCRIPTOR_ERROR, f"{head}: {err['msg']}", where, line))
    return out


def _schema_problems(meta: Resource, roles: Roles, label: str) -> list[str]:
    names = meta.schema_.field_names()
    out: list[str] = []
    duplicates = sorted(n for n, count in Counter(names).items() if count > 1)  # list.count per name: quadratic
    for dup in duplicates:
        out.append(f"{label}.schema: field {dup!r} is declared twice")
    types = {f.name: f.type for f in meta.schema_.fields}
    for col in roles.values:
        if types.get(col) not in ("number", "integer"):
            typed = f"typed {types[col]}" if col in types else "not declared"
            out.append(f"{label}.schema: value field {col!r} is {typed}, not number or integer (type it number: "
                       "each cell that is no number is then reported on its line)")
    for role in ("unit", "source_url", "note", "source"):
        col = roles.column(role)
        if col is not None and types.get(col) not in ("string", "any"):
            out.append(f"{label}.schema: {role} field {col!r} must be of type string")
    if roles.period_column is not None and types.get(roles.period) not in ("string", "any", "year", "yearmonth", "date",
                                                                     "datetime", "integer"):
        out.append(f"{label}.schema: period field {roles.period!r} must be typed year, yearmonth, date, integer "
                   f"or string")
    for key in meta.schema_.primary_key() or []:
        if key not in names:
            out.append(f"{label}.schema.primaryKey: {key!r} is not a field")
    dims = {roles.renamed.get(d, d) for d in roles.dimensions} | set(roles.dimensions)
    for dim in meta.block.dimension_aliases:
        if dim not in dims:
            out.append(f"{label}.workbench.dimension_aliases: {dim!r} is not a dimension of the resource")
    block = meta.block
    stated = [("workbench.unit", block.unit)] + [(f"workbench.metrics.{c}.unit", m.unit)
                                                 for c, m in block.metrics.items()]
    for where, unit in stated:
        if unit is not None and read_unit(unit) is None:
            out.append(f"{label}.{where}: {unit!r} is not a unit the matcher knows (ISO 4217 code, %, pp, t, km2, "
                       f"ppm…, or '' for counts)")
    for column in block.metrics:
        if column not in roles.values:
            out.append(f"{label}.workbench.metrics: {column!r} is not a value column of the resource")
    return out

