"""Render an ``ExtractionReport`` (``workbench extract``) as json, jsonl, csv or a table.

- ``json``: the claim JSON of DESIGN (``{"draft": …, "claims": […]}``), validated by its schema;
- ``jsonl``: one claim object per line (no draft header), for streaming tools;
- ``csv``: one row per claim, entities joined with ``;``; control characters made visible and
  cells a spreadsheet would run as a formula prefixed with ``'`` (``common.spreadsheet_safe``);
- ``table``: aligned columns for people reading a terminal.
"""

from __future__ import annotations

import csv
import io

from ..errors import UsageError
from ..models import Claim, ExtractionReport
from ..presentation import plain_number
from .common import spreadsheet_safe
from .escaping import one_line

FORMATS = ("json", "jsonl", "csv", "table")

CSV_COLUMNS = ["id", "line", "column", "start", "end", "text", "value", "value_high", "unit", "qualifier", "kind",
               "direction", "period", "subject", "entities", "decimals", "sentence"]


def render_claims(report: ExtractionReport, fmt: str) -> str:
    if fmt == "json":
        return report.model_dump_json(indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(claim.model_dump_json() + "\n" for claim in report.claims)
    if fmt == "csv":
        return _csv(report.claims)
    if fmt == "table":
        return _table(report)
    raise UsageError.at(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ";".join(map(str, value))
    if isinstance(value, float):
        return plain_number(value)
    return str(spreadsheet_safe(str(getattr(value, "value", value))))


def _csv(claims: list[Claim]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        data = claim.model_dump()
        writer.writerow([_cell(data[column]) for column in CSV_COLUMNS])
    return out.getvalue()


def _human(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if abs(value) >= scale and (value / scale) * 1000 == int((value / scale) * 1000):
            return f"{plain_number(value / scale)} {word}"
    return plain_number(value)


def _table(report: ExtractionReport) -> str:
    headers = ["id", "line:col", "text", "value", "unit", "qual", "kind", "period", "subject"]
    rows = []
    for c in report.claims:
        value = _human(c.value) + (f"–{_human(c.value_high)}" if c.value_high is not None else "")
        kind = c.kind.value + (f" {c.direction.value}" if c.direction else "")
        rows.append([c.id, f"{c.line}:{c.column}", _shorten(c.text, 28), value, c.unit or "-", c.qualifier.value,
                     kind, c.period or "-", _shorten(c.subject or "-", 34)])
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = [_row(headers, widths), _row(["-" * w for w in widths], widths)]
    lines += [_row(r, widths) for r in rows]
    info = report.draft
    title = one_line(f"{info.path}" + (f" — {info.title}" if info.title else "") + (f" (as of {info.date})" if info.date else ""))
    footer = f"{len(report.claims)} claim{'s' if len(report.claims) != 1 else ''}"
    return "\n".join([title, *lines, footer]) + "\n"


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()


def _shorten(text: str, width: int) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"

