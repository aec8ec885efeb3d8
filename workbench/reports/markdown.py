"""`markdown`: a summary table and the flagged claims, for a pull-request comment."""

from __future__ import annotations

from pathlib import Path

from ..models import CheckReport
from .common import items

_ICON = {"supported": "✅", "contradicted": "❌", "unsupported": "❓", "needs_review": "👀",
         "not_a_claim": "➖", "suppressed": "🔇", "findings": "🔎"}


def cell(value: str) -> str:
    """Text safe inside a Markdown table cell."""
    return (value.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", " ").replace("\n", " "))


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
        where = f"`{cell(i.path)}:{i.line}:{i.column}`"
        claim = cell(i.claim_text) if i.claim_text else ""
        verdict = i.verdict.value.replace("_", " ") + (" (reviewed)" if i.reviewed else "")
        source = f"[link]({i.source_url.replace(')', '%29').replace(' ', '%20')})" if i.source_url else ""
        rule = f"{i.rule} `{i.reason}`" if i.reason else i.rule
        out.append(f"| {where} | {claim} | {verdict} | {rule} | {cell(i.message)} | {source} |")
    return "\n".join(out) + "\n"
