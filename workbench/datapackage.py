"""``datapackage.json``: the pydantic models of a reference data package.

A Frictionless Data Package (https://datapackage.org) whose resources are tidy CSVs with a
Table Schema, plus a ``workbench`` block per resource that says what the numbers measure and
how news texts name it. These models are the single source of truth for the file; its JSON
Schema is exported to ``docs/schemas/datapackage.schema.json``.

Frictionless allows extra properties on packages and resources, so we keep unknown keys
there; the ``workbench`` block is ours and strict, so a typo in it is an error, not a no-op.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .models import Kind

# Columns every resource must have, and columns that are data about a row, not dimensions.
REQUIRED_COLUMNS: tuple[str, ...] = ("period", "value", "unit")
RESERVED_COLUMNS: frozenset[str] = frozenset({"period", "value", "unit", "source_url", "note"})
SOURCE_COLUMN = "source"

FieldType = Literal["string", "number", "integer", "boolean", "date", "year", "yearmonth", "any"]
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class _Open(BaseModel):
    """Frictionless objects: unknown properties are kept (the spec allows them)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Source(_Open):
    title: str = Field(min_length=1, description="Who published the figures, as a reader would cite it.")
    path: str | None = Field(None, description="URL of the page or file the figures come from.")


class License(_Open):
    name: str | None = Field(None, description="SPDX-style identifier, e.g. CC-BY-4.0.")
    path: str | None = Field(None, description="URL of the licence text.")
    title: str | None = None


class TableField(_Open):
    name: str = Field(min_length=1)
    type: FieldType = "string"
    title: str | None = None
    description: str | None = None
    constraints: dict[str, object] = Field(default_factory=dict)


class TableSchema(_Open):
    fields: list[TableField] = Field(min_length=1)
    primaryKey: list[str] | str | None = Field(
        None, description="Columns that identify an observation (default: period and every dimension).")
    missingValues: list[str] = Field(default_factory=lambda: [""])

    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

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


class WorkbenchBlock(BaseModel):
    """What a resource measures and how texts name it: the matcher's view of the resource."""

    model_config = ConfigDict(extra="forbid")

    metric: str = Field(min_length=1, description="What the values measure, in plain words.")
    aliases: list[str] = Field(default_factory=list, description="Other ways news texts name the metric.")
    dimension_aliases: dict[str, dict[str, list[str]]] = Field(
        default_factory=dict, description="column → value → other names for that value (Almaty → Alma-Ata).")
    kind: Kind = Field(Kind.level, description="level | change | share | count | ratio")
    publisher: str | None = Field(None, description="The primary publisher of the figures.")
    fetched: Fetched | None = Field(None, description="Set by `workbench fetch`.")

    @field_validator("aliases")
    @classmethod
    def _no_blank_alias(cls, value: list[str]) -> list[str]:
        if any(not a.strip() for a in value):
            raise ValueError("aliases must not be blank")
        return value


class Resource(_Open):
    name: str = Field(description="Lower-case identifier, unique across every loaded package.")
    path: str = Field(description="CSV file, relative to the package folder.")
    title: str = Field(min_length=1)
    description: str | None = None
    format: str = "csv"
    mediatype: str = "text/csv"
    encoding: str = "utf-8"
    schema_: TableSchema = Field(alias="schema")
    sources: list[Source] = Field(min_length=1)
    licenses: list[License] = Field(default_factory=list)
    workbench: WorkbenchBlock

    @field_validator("name")
    @classmethod
    def _name_shape(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError("must be lower-case letters, digits, '.', '_' or '-'")
        return value

    @field_validator("format")
    @classmethod
    def _csv_only(cls, value: str) -> str:
        if value.lower() != "csv":
            raise ValueError("only CSV resources are supported")
        return value

    def dimension_columns(self) -> tuple[str, ...]:
        return tuple(n for n in self.schema_.field_names() if n not in RESERVED_COLUMNS)


class DataPackage(_Open):
    name: str = Field(min_length=1)
    title: str | None = None
    description: str | None = None
    version: str | None = None
    licenses: list[License] = Field(default_factory=list)
    resources: list[Resource] = Field(min_length=1)
