"""The engine's roles mapped onto a publisher's columns, and the metrics a resource holds.

A resource's columns play roles: ``period`` (a field typed year, yearmonth, date, or named
Year/Date/TIME_PERIOD…), ``value`` (one numeric column, or several: a wide table is several
metrics), ``unit`` and ``unit_mult`` (SDMX), ``source``, ``source_url``, ``note``; every other
column that is not numeric is a dimension. ``workbench.fields`` overrides any of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..datapackage import SOURCE_COLUMN as SOURCE_DIMENSION
from ..datapackage import (
    LoadedMeta,
    MetricBlock,
    ResolvedBlock,
    Resource,
    TableField,
    slug,
)
from ..models import Kind
from .stated_period import PeriodOrigin, stated_period
from .units import UnitReading, read_unit, unit_from_metadata
from .vocabulary import plain, role_of_name, vocabulary

NUMERIC = ("number", "integer")
SINGLE_ROLES = ("period", "unit", "unit_mult", "source", "source_url", "note")


@dataclass
class Roles:
    period: str | None = None
    values: list[str] = field(default_factory=list)
    unit: str | None = None
    unit_mult: str | None = None
    source: str | None = None
    source_url: str | None = None
    note: str | None = None
    dimensions: tuple[str, ...] = ()
    renamed: dict[str, str] = field(default_factory=dict)  # publisher column → dimension name given in fields
    inferred: bool = True  # no ``workbench.fields`` named the period and value
    stated_period: str | None = None  # no period column: every row holds this period (``period`` names no field)
    period_from: PeriodOrigin = PeriodOrigin.COLUMN

    def column(self, role: str) -> str | None:
        return getattr(self, role)

    @property
    def period_column(self) -> str | None:
        """The publisher's column holding the period, None when the resource states one for every row."""
        return None if self.stated_period is not None else self.period


# The column name a stated period takes in the loaded table; no publisher field has it then.
STATED_PERIOD_COLUMN = "period"


@dataclass(frozen=True)
class MetricPlan:
    """One metric of a resource: its value column, its resolved description and its unit."""

    column: str
    meta: LoadedMeta
    unit: UnitReading | None  # None: the unit column gives each row's unit
    unit_from: str  # where the unit came from: block, column, metadata, none


def resolve_roles(meta: Resource) -> tuple[Roles, list[str]]:
    """The roles of the resource's columns, and why they cannot be settled (empty when they can)."""
    fields = {f.name: f for f in meta.schema_.fields}
    mapped = dict(meta.block.fields)
    problems = [f"workbench.fields.{role}: {col!r} is not a field of the resource"
                for role, cols in mapped.items() for col in ([cols] if isinstance(cols, str) else cols)
                if col not in fields]
    if problems:
        return Roles(), problems
    roles = Roles(inferred="period" not in mapped and "value" not in mapped)
    taken: set[str] = set()
    for role in SINGLE_ROLES:
        column = mapped.get(role)
        if isinstance(column, str):
            setattr(roles, role, column)
            taken.add(column)
    for role in SINGLE_ROLES:
        if roles.column(role) is None:
            found = next((n for n in fields if n not in taken and role_of_name(n) == role), None)
            if role == "period" and found is None:
                found = next((n for n, f in fields.items() if n not in taken
                              and f.type in vocabulary()["period_types"]), None)
            if found is not None:
                setattr(roles, role, found)
                taken.add(found)
    roles.values = _value_columns(mapped, fields, taken)
    taken.update(roles.values)
    renamed = {col: role for role, col in mapped.items() if isinstance(col, str) and role not in SINGLE_ROLES
               and role != "value"}
    dims = [n for n, f in fields.items() if n not in taken and (n in renamed or f.type not in NUMERIC)]
    if roles.source is not None:
        # The engine tells several sources of one figure apart by a ``source`` dimension.
        dims.insert(sum(1 for n in fields if n in dims and list(fields).index(n) < list(fields).index(roles.source)),
                    roles.source)
        renamed[roles.source] = SOURCE_DIMENSION
    roles.renamed = renamed
    roles.dimensions = tuple(dims)
    if roles.period is None:
        period, where = stated_period(meta)
        if period is not None:
            roles.stated_period, roles.period_from = period, PeriodOrigin(where)
            roles.period = STATED_PERIOD_COLUMN if STATED_PERIOD_COLUMN not in fields else f"_{STATED_PERIOD_COLUMN}"
        else:
            problems.append("no period column: name one in workbench.fields.period (a field typed year, "
                            "yearmonth or date, or named Year, Date or TIME_PERIOD is found by itself), or "
                            "set one period for every row in workbench.period (\"2023-01-01\")"
                            + (f"; {where}" if where else ""))
    if not roles.values:
        problems.append("no value column: name it in workbench.fields.value (numeric fields, typed number or "
                        "integer, are found by themselves)")
    return roles, problems


def _value_columns(mapped: dict[str, str | list[str]], fields: dict[str, TableField], taken: set[str]) -> list[str]:
    chosen = mapped.get("value")
    if chosen is not None:
        return [chosen] if isinstance(chosen, str) else list(chosen)
    named = [n for n in fields if n not in taken and role_of_name(n) == "value"]
    if named:
        return named[:1]
    skip = set(vocabulary()["not_metrics"])
    return [n for n, f in fields.items() if n not in taken and f.type in NUMERIC
            and plain(n) not in skip and role_of_name(n) is None]


def plan_metrics(meta: Resource, roles: Roles) -> list[MetricPlan]:
    """One plan per value column: a single column keeps the resource's name; a wide table's
    columns are named ``resource:column`` with metric "column (title)"."""
    block = meta.block
    fields = {f.name: f for f in meta.schema_.fields}
    title = meta.title or meta.name
    wide = len(roles.values) > 1
    plans = []
    for column in roles.values:
        fld = fields[column]
        own = block.metrics.get(column, MetricBlock())
        label = fld.title or column
        metric = own.metric or (f"{label} ({title})" if wide else block.metric or title)
        unit, unit_from = _unit(meta, roles, fld, own, wide)
        resolved = ResolvedBlock(
            metric=metric, aliases=list(own.aliases or ([] if wide else block.aliases)),
            dimension_aliases={roles.renamed.get(k, k): v for k, v in block.dimension_aliases.items()},
            kind=own.kind or block.kind or Kind.level, publisher=block.publisher, fetched=block.fetched,
            unit=unit.unit if unit else None, column=column, period_column=roles.period_column,
            period_from=roles.period_from, period_read_from=block.period_read_from)
        name = f"{meta.name}:{slug(column) or 'value'}" if wide else meta.name
        loaded = LoadedMeta.model_construct(**{**dict(meta), "name": name, "resource": meta.name,
                                               "title": f"{title}: {label}" if wide else title,
                                               "workbench": resolved})
        plans.append(MetricPlan(column, loaded, unit, unit_from))
    return plans


def _unit(meta: Resource, roles: Roles, fld: TableField, own: MetricBlock,
          wide: bool) -> tuple[UnitReading | None, str]:
    block = meta.block
    for stated in (own.unit, block.unit):
        if stated is not None:
            reading = read_unit(stated)
            scale = own.scale or block.scale or 1.0
            if reading is None:
                return UnitReading(stated, scale), "block"
            return UnitReading(reading.unit, reading.scale * scale), "block"
    if roles.unit is not None:
        return None, "column"
    texts = [fld.name, fld.title, fld.description] + ([] if wide else [meta.title, meta.description])
    found = unit_from_metadata(*texts)
    scale = own.scale or block.scale
    if found is not None:
        return UnitReading(found.unit, scale or found.scale), "metadata"
    return UnitReading("", scale or 1.0), "none"
