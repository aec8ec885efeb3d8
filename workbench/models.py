"""The file formats of Claim Workbench, as pydantic models.

These models are the single source of truth for the claim JSON (``workbench extract``) and
the check report (``workbench check --format json``); their JSON Schemas are exported to
``docs/schemas/`` by ``workbench.schemas``. The ledger and the reference-data formats have
their own modules (``ledger.py``, ``datapackage.py``) because only those modules write them.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Qualifier(StrEnum):
    """What the text asserts about the number: exactly it, about it, more than it…"""

    exact = "exact"
    approx = "approx"
    nearly = "nearly"
    gt = "gt"
    ge = "ge"
    lt = "lt"
    le = "le"
    range = "range"


class Kind(StrEnum):
    level = "level"
    change = "change"
    share = "share"
    count = "count"  # type: ignore[assignment]  # shadows str.count; the name is the contract
    ratio = "ratio"


class Direction(StrEnum):
    up = "up"
    down = "down"


class Verdict(StrEnum):
    supported = "supported"
    contradicted = "contradicted"
    unsupported = "unsupported"
    needs_review = "needs_review"
    not_a_claim = "not_a_claim"  # reviewer only


class Flag(StrEnum):
    stale = "stale"
    sources_disagree = "sources_disagree"
    needs_review = "needs_review"
    derived = "derived"  # evidence computed from several cells (growth, count ÷ total)
    reconfirm = "reconfirm"  # a reviewer decision re-attached after the draft was edited
    postdated = "postdated"  # the leading evidence covers a period that ended after the draft's date


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class DraftInfo(_Model):
    path: str = Field(description="Path of the draft as given (repo-relative where possible).")
    sha256: str = Field(description="SHA-256 of the draft file's bytes.")
    date: str | None = Field(None, description="ISO date the draft speaks from (front matter or --as-of); 'YYYY-MM' when the front matter gives only the month the draft was published in (read as that month's last day).")
    title: str | None = None
    url: str | None = None


class Claim(_Model):
    id: str = Field(description="Stable id: survives edits elsewhere in the draft.")
    text: str = Field(description="Surface of the quantity; text[start:end] of the draft.")
    start: int = Field(ge=0, description="Character offset (Python str index) into the draft text.")
    end: int = Field(ge=0)
    line: int = Field(ge=1, description="1-based line of `start` in the draft file.")
    column: int = Field(ge=1, description="1-based column (in characters) of `start`.")
    sentence: str
    value: float = Field(description="Fully scaled number (28.2 billion → 28200000000).")
    value_high: float | None = Field(None, description="Upper end of a range.")
    unit: str = Field(description=(
        "Canonical unit: ISO 4217 for money, '<ISO 4217>/<unit>' for a price per unit (USD/bbl), %, pp, bp, x, "
        "points, '/100000' for a rate per 100,000, physical units (t, lb, km, m, cm, mm, ft, in, km2, ha, m3, l, "
        "bbl, bbl/d, MW, TWh, °C, °F, ° for an angle, km/h, mph), or '' for counts."))
    qualifier: Qualifier = Qualifier.exact
    kind: Kind = Kind.level
    direction: Direction | None = None
    period: str | None = Field(None, description="ISO year, 'YYYY-MM/YYYY-MM' span, a date, or null.")
    subject: str | None = Field(None, description="What the number is about, as found in the text.")
    entities: list[str] = Field(default_factory=list)
    decimals: int = Field(0, ge=0, description="Digits stated after the decimal point (sets the rounding tolerance).")


class ExtractionReport(_Model):
    """Output of ``workbench extract --format json``."""

    draft: DraftInfo
    claims: list[Claim]


class PeriodOrigin(StrEnum):
    """Where a resource's periods come from: a column, its block, or what the publisher wrote about the file."""

    COLUMN = "column"
    BLOCK = "workbench.period"
    FILE_NAME = "file name"
    TITLE = "title"
    DESCRIPTION = "description"


class CellRef(_Model):
    """One reference cell that a derived figure was computed from."""

    resource: str
    row: int
    period: str
    value: float
    unit: str


class Evidence(_Model):
    resource: str
    row: int | None = Field(None, description="1-based data row in the resource CSV (None for derived evidence).")
    metric: str = ""
    period: str
    value: float
    unit: str
    source: str = Field("", description="Source title.")
    url: str = ""
    dimensions: dict[str, str] = Field(default_factory=dict)
    claimed: float | None = Field(None, description="The claimed value, in the unit of `value`.")
    deviation: float | None = Field(None, description="(claimed - observed) / observed.")
    supports: bool = False
    score: float = Field(0.0, description="Match score; evidence is ranked by it.")
    formula: str | None = Field(None, description="How a derived value was computed, e.g. '(v2022 / v2021 - 1) × 100'.")
    cells: list[CellRef] = Field(default_factory=list)
    context: str | None = Field(None, description="Where the text names the row's place when not in the claim's "
                                                  "own sentence, e.g. 'country Germany from the heading'.")
    period_from: PeriodOrigin | None = Field(None, description="What the row's period was read from when no column of "
                                             "the data holds it and its workbench block sets none: 'file name', "
                                             "'title' or 'description' of its resource.")
    period_file: str | None = Field(None, description="The file name the row's period was read from, when "
                                    "period_from is 'file name' (population_2023-01-01.csv).")

    @model_validator(mode="before")
    @classmethod
    def _period_from_as_prose(cls, data: Any) -> Any:
        """A ledger written before ``period_from`` was typed holds its prose ('the file name x.csv', 'the title')."""
        said = data.get("period_from") if isinstance(data, dict) else None
        prose = said.removeprefix("the ") if isinstance(said, str) and said.startswith("the ") else None
        for origin in (PeriodOrigin.FILE_NAME, PeriodOrigin.TITLE, PeriodOrigin.DESCRIPTION) if prose else ():
            if prose == origin.value or prose.startswith(f"{origin.value} "):
                file_name = prose.removeprefix(origin.value).strip() or None
                return {**data, "period_from": origin.value, "period_file": data.get("period_file") or file_name}
        return data


class ClaimResult(_Model):
    claim: Claim
    verdict: Verdict
    auto_verdict: Verdict
    reviewed: bool = False
    rule: str = Field(description="Stable rule id, e.g. CW101 for a contradicted claim.")
    flags: list[Flag] = Field(default_factory=list)
    reason: str | None = Field(None, description="Stable snake_case code of why the automatic verdict was "
                                                 "reached (docs/check.md lists them), e.g. 'year_mixup'.")
    explanation: str
    evidence: list[Evidence] = Field(default_factory=list)
    suppressed: bool = False


class Finding(_Model):
    """A draft-level finding not tied to one claim's verdict: consistency, stale suppressions."""

    rule: str
    verdict: Verdict
    message: str
    line: int
    column: int
    claim_ids: list[str] = Field(default_factory=list)


class DraftReport(_Model):
    path: str
    draft: DraftInfo | None = None
    results: list[ClaimResult] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)


class CheckReport(_Model):
    """Output of ``workbench check --format json``."""

    drafts: list[DraftReport]
    summary: dict[str, int] = Field(default_factory=dict, description="verdict → count over all drafts.")
