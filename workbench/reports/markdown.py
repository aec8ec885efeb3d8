"""`markdown`: a summary table and the flagged claims, for a pull-request comment."""

from __future__ import annotations

from pathlib import Path

from ..models import CheckReport
from ..urls import markdown_link_target, safe_url
from .common import items
from .escaping import markdown_code, markdown_text

_ICON = {"supported": "✅", "contradicted": "❌", "unsupported": "❓", "needs_review": "👀",
         "not_a_claim": "➖", "suppressed": "🔇", "findings": "🔎"}


def cell(value: str) -> str:
    """Text safe inside a Markdown table cell: no markup, no HTML, one line."""
    return markdown_text(value)


def render(report: CheckReport, root: Path | None = None) -> str:
    claims = sum(len(d.results) for d in report.drafts)
    out = ["## Claim check", "",
           f"{len(report.drafts)} draft(s), {claims} claim(s).", "",
           "| verdict | count |", "|---|---:|"]
    for name, count in report.summary.items():
        out.append(f"| {_ICON.get(name, '')} {name.replace('_', ' ')} | {count} |")
    flagged = list(items(report, root))
    out.append("")
    if not flagged:
        out.append("No claim needs attention.")
        return "\n".join(out) + "\n"
    out += ["| where | claim | verdict | rule | why | source |", "|---|---|---|---|---|---|"]
    for i in flagged:
        where = markdown_code(f"{i.path}:{i.line}:{i.column}")
        claim = cell(i.claim_text) if i.claim_text else ""
        verdict = i.verdict.value.replace("_", " ") + (" (reviewed)" if i.reviewed else "")
        url = safe_url(i.source_url)
        source = f"[link]({markdown_link_target(url)})" if url else ""
        rule = f"{i.rule} `{i.reason}`" if i.reason else i.rule
        out.append(f"| {where} | {claim} | {verdict} | {rule} | {cell(i.message)} | {source} |")
    return "\n".join(out) + "\n"
