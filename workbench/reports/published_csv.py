"""`csv` export: one row per published claim, formula-safe for spreadsheets."""

from __future__ import annotations

import csv
import io

from .common import spreadsheet_safe
from .published import Publication

CSV_COLUMNS = ["id", "line", "column", "text", "sentence", "value", "unit", "period", "subject",
               "verdict", "auto_verdict", "reviewed", "reviewer", "reviewed_at", "note", "flags",
               "reason", "explanation", "evidence_source", "evidence_url", "evidence_period", "evidence_value",
               "evidence_unit", "deviation", "evidence_quote"]


def render(publication: Publication) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in publication.rows:
        c = row.claim
        top = row.evidence[0] if row.evidence else None
        values: list[object] = [
            c.id, c.line, c.column, c.text, c.sentence, c.value, c.unit, c.period or "", c.subject or "",
            row.verdict.value if row.verdict else "", row.auto_verdict.value if row.auto_verdict else "",
            "yes" if row.reviewed else "no", row.reviewer or "",
            row.reviewed_at.isoformat() if row.reviewed_at else "", row.note or "",
            ";".join(f.value for f in row.flags), row.reason or "", row.explanation,
            (top.source or top.resource) if top else "", top.url if top else "", top.period if top else "",
            top.value if top else "", top.unit if top else "",
            top.deviation if top and top.deviation is not None else "", row.quote_for(top) if top else ""]
        writer.writerow([spreadsheet_safe(v) for v in values])
    return out.getvalue()
