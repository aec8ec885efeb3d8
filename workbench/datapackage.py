"""``datapackage.json``: the pydantic models of a reference data package.

A Frictionless Data Package (https://datapackage.org) whose resources are CSVs with a Table
Schema, as publishers ship them, plus an optional ``workbench`` block per resource that maps
the publisher's columns onto the engine's roles and says what the numbers measure and how
news texts name them. These models are the single source of truth for the file; its JSON
Schema is exported to ``docs/schemas/datapackage.schema.json``.

Frictionless allows extra properties on packages and resources, so we keep unknown keys
there; the ``workbench`` block is ours and strict, so a typo in it is an error, not a no-op.
"""

from __future__ import annotations

import math
import re
from typing import Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .models import Kind, PeriodOrigin

# Columns every resource must have, and columns that are data about a row, not dimensions.
REQUIRED_COLUMNS: tuple[str, ...] = ("period", "value", "unit")
RESERVED_COLUMNS: frozenset[str] = frozenset({"period", "value", "unit", "source_url", "note"})
SOURCE_COLUMN = "source"

FieldType = Literal["string", "number", "integer", "boolean", "date", "year", "yearmonth", "any", "datetime",
                    "time", "duration", "object", "array", "geopoint", "geojson"]
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
ROLES: tuple[str, ...] = ("period", "value", "unit", "unit_mult", "source", "source_url", "note")
# Type names of early (pre-1.0) Table Schemas, as the 1.0 specification renamed them.
LEGACY_TYPES: dict[str, str] = {"float": "number", "double": "number", "decimal": "number", "int": "integer",
                                "long": "integer", "bool": "boolean", "timestamp": "datetime"}


def _number_as_text(value: object) -> object:
    """A version or period written unquoted ('period: 2019' in YAML, 2019 in JSON) is a number; it names the same
    as its text. A number too long to be finite (a JSON whole number of thousands of digits) names nothing and
    stays a problem."""
    finite = isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))
    return str(value) if finite and not isinstance(value, bool) else value


def link_problem(url: str) -> str | None:
    """Why ``url`` may not be shown as a link (None when it may): only http(s) addresses, or a
    path without a scheme; ``javascript:``, ``data:``, ``file:`` and the like never."""
    if any(ord(c) < 32 for c in url):
        return "must not contain control characters"
    scheme = _SCHEME.match(url.strip())
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        return f"only http(s) URLs are allowed, not {scheme.group(1)!r}"
    return None


def _checked_link(value: str | None) -> str | None:
    if value is not None and (reason := link_problem(value)):
        raise ValueError(reason)
    return value


class _Open(BaseModel):
    """Frictionless objects: unknown properties are kept (the spec allows them). Their validators
    are built when first used: a check served from the reference cache validates only
    ``LoadedMeta``, and building the package's other models cost its cold start ~13 ms."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)


def _renamed(data: object, old: str, new: str) -> object:
    """An early descriptor's key under the name the 1.0 specification gave it ('id' → 'name')."""
    if isinstance(data, dict) and new not in data and isinstance(data.get(old), str):
        return {**data, new: data[old]}
    return data


class Source(_Open):
    title: str = Field(min_length=1, description="Who published the figures, as a reader would cite it "
                       "(default: its name).")
    path: str | None = Field(None, description="URL of the page or file the figures come from (http or https; "
                             "an early descriptor's 'web').")

    _link = field_validator("path")(classmethod(lambda cls, v: _checked_link(v)))

    @model_validator(mode="before")
    @classmethod
    def _early_keys(cls, data: object) -> object:
        return _renamed(_renamed(data, "name", "title"), "web", "path")


class License(_Open):
    name: str | None = Field(None, description="SPDX-style identifier, e.g. CC-BY-4.0.")
    path: str | None = Field(None, description="URL of the licence text.")
    title: str | None = None

    _link = field_validator("path")(classmethod(lambda cls, v: _checked_link(v)))


def slug(text: str) -> str:
    """A Frictionless name made of ``text`` (a file's stem, a folder's or a column's name): lower case,
    runs of other characters as one '-', no separator at either end; '' when nothing is left."""
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-._")


class TableField(_Open):
    name: str = Field(min_length=1)
    type: FieldType = "string"
    title: str | None = None
    description: str | None = None
    constraints: dict[str, object] = Field(default_factory=dict)
    decimalChar: str = Field(".", min_length=1, description="Frictionless: the decimal mark of numbers.")
    groupChar: str | None = Field(None, description="Frictionless: the thousands separator of numbers.")
    bareNumber: bool = Field(True, description="Frictionless: false lets numbers carry text such as '5%' or '$5'.")
    format: str | None = Field(None, description="Frictionless: how the cells are written; for a date, datetime or "
                               "yearmonth a strptime pattern ('%m/%d/%Y', or 'fmt:%m/%d/%Y' in early descriptors) "
                               "whose cells are read as ISO dates.")
    missingValues: list[str] | None = Field(None, description="Frictionless v2: the cells that mean 'no value' in this column, in place of the table's missingValues ('NA' in a figures column, while 'NA' is Namibia in a country-code column).")

    @model_validator(mode="before")
    @classmethod
    def _early_keys(cls, data: object) -> object:
        """An early Table Schema's field: named by 'id', typed 'float' or 'int'."""
        data = _renamed(data, "id", "name")
        if isinstance(data, dict) and isinstance(data.get("type"), str) and data["type"] in LEGACY_TYPES:
            data = {**data, "type": LEGACY_TYPES[data["type"]]}
        return data

    def strptime_pattern(self) -> str | None:
        """The strptime pattern a date, datetime or yearmonth field declares; None for the default (ISO) or 'any'."""
        if self.type not in _DATED or not self.format:
            return None
        pattern = self.format.removeprefix("fmt:")
        return pattern if "%" in pattern else None

    @model_validator(mode="after")
    def _readable_pattern(self) -> TableField:
        """A declared pattern that cannot be read, or that leaves out the year (or the month of a date), would give
        no dates or dates in 1900: refused on the field, not met as a crash or a silent wrong period."""
        pattern = self.strptime_pattern()
        if pattern is None:
            return self
        try:
            pd.to_datetime(pd.Series(["2000"], dtype="object"), format=pattern, errors="coerce")
        except ValueError as exc:
            raise ValueError(f"format {pattern!r} is not a date pattern Python reads ({exc})") from None
        directives = set(re.findall(r"%(.)", pattern.replace("%%", "")))
        if not directives & {"Y", "y"}:
            raise ValueError(f"format {pattern!r} has no year (%Y or %y): every row would be dated 1900")
        if not directives & _DATED[self.type]:
            raise ValueError(f"format {pattern!r} has no month (%m, %b or %B) for a {self.type}")
        return self


# The temporal types a declared strptime pattern is read for, each with the codes that place it within a year.
_DATED: dict[str, set[str]] = {"date": {"m", "b", "B", "j"}, "datetime": {"m", "b", "B", "j"},
                               "yearmonth": {"m", "b", "B"}}


class TableSchema(_Open):
    fields: list[TableField] = Field(min_length=1)
    primaryKey: list[str] | str | None = Field(
        None, description="Columns that identify an observation (default: period and every dimension).")
    missingValues: list[str] = Field(default_factory=lambda: [""])

    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def missing_values(self) -> dict[str, set[str]]:
        """Each field's name → the cells that mean 'no value' in its column: its own missingValues, else the
        table's (the first field of a name that has its own). All at once: asked one column at a time, a schema of
        thousands of fields was scanned whole per column (quadratic)."""
        table = set(self.missingValues)
        found: dict[str, set[str]] = {}
        for f in self.fields:
            if f.missingValues is not None and f.name not in found:
                found[f.name] = set(f.missingValues)
        return {f.name: found.get(f.name, table) for f in self.fields}

    def primary_key(self) -> list[str] | None:
        if self.primaryKey is None:
            return None
        return [self.primaryKey] if isinstance(self.primaryKey, str) else list(self.primaryKey)


class Fetched(BaseModel):
    """Provenance written by ``workbench fetch``: where the file came from and when."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(description="The URL that was fetched (the first page for paged APIs).")
    retrieved: str = Field(description="ISO 8601 UTC time of the fetch.")
    sha256: str | None = Field(None, description="SHA-256 of the bytes as downloaded (CSV fetches).")
    fetcher: str = Field(description="Which fetcher wrote the resource: worldbank, csv or sdmx.")
    released: str | None = Field(None, description="When the publisher prepared or last updated the data "
                                                   "(SDMX message Prepared, World Bank lastupdated): the vintage.")
    redirects: list[str] = Field(default_factory=list, description="Every redirect followed: 'FROM -> STATUS -> TO'.")
    scale: float | None = Field(None, description="Factor the published values were multiplied by (--scale, UNIT_MULT).")


class MetricBlock(BaseModel):
    """One value column of a wide table: what it measures, in which unit, how texts name it."""

    model_config = ConfigDict(extra="forbid")

    metric: str | None = Field(None, min_length=1, description="What the column measures (default: its title).")
    aliases: list[str] = Field(default_factory=list, description="Other ways news texts name the metric.")
    unit: str | None = Field(None, description="The column's canonical unit ('' for counts).")
    scale: float | None = Field(None, gt=0, description="Factor that turns the cells into fully scaled values.")
    kind: Kind | None = Field(None, description="level | change | share | count | ratio")


class WorkbenchBlock(BaseModel):
    """What a resource measures and how texts name it: the matcher's view of the resource.

    Every key is optional: without the block (or a key) the roles are inferred from the
    schema, the metric is the resource's title and the unit is read from the publisher's
    metadata."""

    model_config = ConfigDict(extra="forbid")

    metric: str | None = Field(None, min_length=1, description="What the values measure, in plain words "
                               "(default: the resource's title).")
    aliases: list[str] = Field(default_factory=list, description="Other ways news texts name the metric.")
    fields: dict[str, str | list[str]] = Field(
        default_factory=dict, description="role → the publisher's column: period, value (one column or a list: "
        "a wide table), unit, unit_mult, source, source_url, note; any other key names a dimension.")
    unit: str | None = Field(None, description="One unit for every row ('' for counts) when no column holds it.")
    period: str | None = Field(
        None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="One period for every row (YYYY, YYYY-MM or YYYY-MM-DD) when no column holds it: a snapshot "
        "table. Without it, one date in the file's name, else in the resource's title or description, is used.")
    period_read_from: Literal["file name", "title", "description"] | None = Field(
        None, description="Where `reference init` read the period it pinned as 'period': shown with it, so a reader "
        "still tells a date read from a name from one the data states.")
    scale: float | None = Field(None, gt=0, description="Factor that turns the cells into fully scaled values "
                                "(1e9 for a column in billions).")
    metrics: dict[str, MetricBlock] = Field(
        default_factory=dict, description="value column → its own metric, aliases, unit and kind (wide tables).")
    dimension_aliases: dict[str, dict[str, list[str]]] = Field(
        default_factory=dict, description="column → value → other names for that value (Almaty → Alma-Ata).")
    kind: Kind | None = Field(None, description="level | change | share | count | ratio (default level)")
    publisher: str | None = Field(None, description="The primary publisher of the figures.")
    fetched: Fetched | None = Field(None, description="Set by `workbench fetch`.")

    _period_as_text = field_validator("period", mode="before")(classmethod(lambda cls, v: _number_as_text(v)))

    @field_validator("aliases")
    @classmethod
    def _no_blank_alias(cls, value: list[str]) -> list[str]:
        if any(not a.strip() for a in value):
            raise ValueError("aliases must not be blank")
        return value

    @field_validator("fields")
    @classmethod
    def _one_column_per_role(cls, value: dict[str, str | list[str]]) -> dict[str, str | list[str]]:
        for role, column in value.items():
            if isinstance(column, list) and role != "value":
                raise ValueError(f"{role!r} maps to one column; only 'value' may list several")
        return value


class ResolvedBlock(BaseModel):
    """The matcher's view of one loaded metric: every key settled (what ``LoadedResource.meta.workbench`` holds)."""

    model_config = ConfigDict(extra="forbid")

    metric: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    dimension_aliases: dict[str, dict[str, list[str]]] = Field(default_factory=dict)
    kind: Kind = Kind.level
    publisher: str | None = None
    fetched: Fetched | None = None
    unit: str | None = None
    column: str | None = Field(None, description="The publisher's value column this metric comes from.")
    period_column: str | None = Field(None, description="The publisher's column its periods are read from; None "
                                      "when every row holds one stated period.")
    period_from: PeriodOrigin = Field(PeriodOrigin.COLUMN, description="Where its periods come from: 'column', "
                                      "'workbench.period', or, inferred, its 'file name', 'title' or 'description'.")
    period_read_from: str | None = Field(None, description="A pinned period's origin, as init recorded it.")


class Resource(_Open):
    name: str = Field(description="Lower-case identifier, unique across every loaded package.")
    path: str = Field(description="CSV file, relative to the package folder.")
    title: str | None = Field(None, min_length=1, description="Default: the resource's name.")
    description: str | None = None
    format: str = "csv"
    mediatype: str = "text/csv"
    encoding: str = "utf-8"
    schema_: TableSchema = Field(alias="schema")
    sources: list[Source] = Field(default_factory=list, description="Default: the package's sources.")
    licenses: list[License] = Field(default_factory=list, description="Default: the package's licenses.")
    workbench: WorkbenchBlock | None = Field(None, description="Optional: roles, metric, aliases, unit, kind.")

    @model_validator(mode="before")
    @classmethod
    def _early_name(cls, data: object) -> object:
        """An early descriptor's resource without a name: its file's name, as Frictionless names it."""
        if isinstance(data, dict) and "name" not in data and isinstance(data.get("path"), str):
            stem = re.sub(r"\.[^./]*$", "", data["path"].rstrip("/").rsplit("/", 1)[-1])
            name = slug(stem)
            if name:
                return {**data, "name": name}
        return data

    @model_validator(mode="before")
    @classmethod
    def _forms_not_read(cls, data: object) -> object:
        """Forms Frictionless allows that we do not read, named for what they are: inline rows, and a schema
        or dialect given as the path or URL of a file of its own (a dialect's was ignored in silence)."""
        if not isinstance(data, dict):
            return data
        if "data" in data and "path" not in data:
            raise ValueError('inline rows ("data") are not read; write them to a CSV file in the package and '
                             'give its "path"')
        for key, what in (("schema", "a Table Schema"), ("dialect", "a CSV dialect")):
            if isinstance(data.get(key), str):
                raise ValueError(f'"{key}": {data[key][:200]!r} names {what} in a file of its own, which is not '
                                 f'read; put its JSON object in the descriptor as "{key}"')
        return data

    @field_validator("name")
    @classmethod
    def _name_shape(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError("must be lower-case letters, digits, '.', '_' or '-'")
        return value

    @field_validator("path", mode="before")
    @classmethod
    def _one_file(cls, value: object) -> object:
        """Frictionless lets ``path`` list the parts of one table (a multipart resource); we read one file."""
        if isinstance(value, list):
            raise ValueError(f"a list of {len(value)} files (a multipart resource) is not read; join the parts "
                             "into one CSV and give its path")
        return value

    @field_validator("format")
    @classmethod
    def _csv_only(cls, value: str) -> str:
        if value.lower() != "csv":
            raise ValueError("only CSV resources are supported")
        return value

    def dimension_columns(self) -> tuple[str, ...]:
        return tuple(n for n in self.schema_.field_names() if n not in RESERVED_COLUMNS)

    @property
    def block(self) -> WorkbenchBlock:
        """The block as written (an empty one when the resource has none)."""
        return self.workbench if self.workbench is not None else WorkbenchBlock()


class LoadedMeta(Resource):
    """One loaded metric's description: the resource entry with title, sources and licenses
    settled (inherited from the package where the resource has none) and the block resolved."""

    title: str = Field(min_length=1)  # type: ignore[assignment]
    workbench: ResolvedBlock  # type: ignore[assignment]
    resource: str = Field(description="The resource's name in datapackage.json (a wide table's metrics share it).")

    @field_validator("name")
    @classmethod
    def _name_shape(cls, value: str) -> str:
        """A wide table's metrics are named ``resource:column``."""
        if not all(_NAME.match(part) for part in value.split(":", 1)):
            raise ValueError("must be lower-case letters, digits, '.', '_' or '-' (resource:column for a metric)")
        return value


class DataPackage(_Open):
    name: str | None = Field(None, min_length=1, description="Recommended by Frictionless, not required.")
    title: str | None = None
    description: str | None = None
    version: str | None = None
    licenses: list[License] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    homepage: str | None = None
    resources: list[Resource] = Field(min_length=1)

    _version_as_text = field_validator("version", mode="before")(classmethod(lambda cls, v: _number_as_text(v)))

    _link = field_validator("homepage")(classmethod(lambda cls, v: _checked_link(v)))
