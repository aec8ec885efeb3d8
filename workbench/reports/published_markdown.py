"""`markdown` export: a summary and a table of every claim with its verdict, reviewer and evidence."""

from __future__ import annotations

from collections import Counter

from ..ledger import REVIEWER_RESOURCE
from ..models import Evidence
from ..urls import markdown_link_target, safe_url
from ..presentation import format_quantity
from .escaping import markdown_code
from .escaping import markdown_text as _md
from .published import Publication


def _evidence_md(e: Evidence) -> str:
    name = _md(e.source or e.resource)
    url = safe_url(e.url)
    label = f"[{name}]({markdown_link_target(url)})" if url else name
    shown = f"{label}, {e.period}: {_md(format_quantity(e.value, e.unit))}" if e.period else \
        f"{label}: {_md(format_quantity(e.value, e.unit))}"
    if e.resource == REVIEWER_RESOURCE and e.context:
        shown += f" ({_md(e.context)})"  # a reviewer's own evidence: who added it and the quote
    return shown


def render(publication: Publication) -> str:
    draft, rows, source, orphans = publication.draft, publication.rows, publication.source, publication.orphans
    counts = Counter(r.verdict.value if r.verdict else "unchecked" for r in rows)
    title = draft.title or draft.stem
    out = [f"# Fact-check: {_md(title)}", ""]
    meta = [f"Draft {markdown_code(draft.path)}"]
    if draft.date:
        meta.append(f"dated {draft.date_shown}")
    if url := safe_url(draft.url):
        meta.append(f"<{markdown_link_target(url)}>")
    out += [", ".join(meta) + f". Verdicts from {source}.", "",
            "| verdict | claims |", "|---|---:|"]
    out += [f"| {name.replace('_', ' ')} | {n} |" for name, n in sorted(counts.items())]
    reviewed = sum(1 for r in rows if r.reviewed)
    kept = f" {orphans} review(s) of claims no longer in the draft are kept in the ledger's orphans." if orphans else ""
    out += ["", f"{len(rows)} claim(s), {reviewed} decided by a reviewer.{kept}", "",
            "| line | claim | verdict | reviewer | evidence | explanation |", "|---:|---|---|---|---|---|"]
    for r in rows:
        verdict = (r.verdict.value if r.verdict else "unchecked").replace("_", " ")
        notes = [f.value.replace("_", " ") for f in r.flags if r.verdict is None or f.value != r.verdict.value]
        if r.reviewed and r.auto_verdict is not None and r.auto_verdict != r.verdict:
            notes.append("automatic: " + r.auto_verdict.value.replace("_", " "))
        if notes:
            verdict += " (" + ", ".join(notes) + ")"
        who = _md(r.reviewer) if r.reviewed and r.reviewer else "automatic"
        evidence = _evidence_md(r.evidence[0]) if r.evidence else "—"
        why = _md(r.explanation) + (f" Reviewer's note: {_md(r.note)}" if r.note else "")
        out.append(f"| {r.claim.line} | **{_md(r.claim.text)}** — {_md(r.claim.sentence)} | {verdict} | {who} "
                   f"| {evidence} | {why} |")
    return "\n".join(out) + "\n"
