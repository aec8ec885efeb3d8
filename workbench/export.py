"""``workbench export``: publishable results as ClaimReview JSON-LD, CSV or a Markdown report.

Results come from the draft's ledger when it exists (so reviewer verdicts, notes and evidence
choices are what gets published); without a ledger the automatic check is run. A ledger written
for another version of the draft is refused (run ``workbench review DRAFT`` first), so nothing
stale is ever published.

- ``claimreview``: a JSON array of schema.org ``ClaimReview`` objects, one per claim (claims a
  reviewer marked ``not_a_claim`` are left out). ``reviewRating`` is on a 1–5 scale
  (contradicted 1, unsupported 2, needs review 3, supported 5) with the verdict in words as
  ``alternateName``.
- ``csv``: one row per claim; text cells that a spreadsheet would run as a formula (starting
  with ``= + - @``, tab or carriage return) are prefixed with ``'``.
- ``markdown``: a summary and a table of every claim with its verdict, reviewer and evidence.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .wording import format_quantity
from .atomic import write_atomic
from .drafts import Draft, load_draft
from .ledger import (
    ClaimEntry,
    check_report,
    command_config,
    ledger_path,
    load_ledger,
)
from .models import Claim, ClaimResult, Evidence, Flag, Verdict

RATING: dict[Verdict, int] = {Verdict.contradicted: 1, Verdict.unsupported: 2, Verdict.needs_review: 3,
                              Verdict.supported: 5}
VERDICT_TEXT: dict[Verdict, str] = {
    Verdict.supported: "Supported by the reference data",
    Verdict.contradicted: "Contradicted by the reference data",
    Verdict.unsupported: "Unsupported: no reference data covers it",
    Verdict.needs_review: "Needs review",
    Verdict.not_a_claim: "Not a claim",
}
DEFAULT_AUTHOR = "Claim Workbench"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Row:
    """One claim as published: the verdict that counts and who stands behind it."""

    claim: Claim
    verdict: Verdict | None
    auto_verdict: Verdict | None
    reviewed: bool
    explanation: str
    evidence: list[Evidence]
    flags: list[Flag] = field(default_factory=list)
    reviewer: str | None = None
    reviewed_at: dt.datetime | None = None
    note: str | None = None


def rows_from_ledger(entries: Sequence[ClaimEntry]) -> list[Row]:
    rows = []
    for e in entries:
        # A reviewer's verdict settles the automatic "needs review"; what the data says stays.
        flags = [f for f in e.flags if not (e.verdict is not None and f == Flag.needs_review)]
        flags += [Flag.reconfirm] if e.needs_reconfirmation else []
        rows.append(Row(claim=e.claim, verdict=e.effective_verdict, auto_verdict=e.auto_verdict,
                        reviewed=e.verdict is not None, explanation=e.explanation,
                        evidence=e.effective_evidence(), flags=flags, reviewer=e.reviewer,
                        reviewed_at=e.reviewed_at, note=e.note))
    return rows


def rows_from_results(results: Sequence[ClaimResult]) -> list[Row]:
    return [Row(claim=r.claim, verdict=r.verdict, auto_verdict=r.auto_verdict, reviewed=r.reviewed,
                explanation=r.explanation, evidence=list(r.evidence), flags=list(r.flags))
            for r in results if not r.suppressed]


# ---------------------------------------------------------------- ClaimReview JSON-LD

def _iso_date(value: dt.date | dt.datetime) -> str:
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


def claim_review(draft: Draft, rows: Sequence[Row], author: str = DEFAULT_AUTHOR,
                 today: dt.date | None = None) -> list[dict[str, Any]]:
    """schema.org ClaimReview objects (https://schema.org/ClaimReview), one per checkable claim."""
    today = today or dt.datetime.now(dt.UTC).date()
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if draft.url:
        appearance["url"] = draft.url
    if draft.title:
        appearance["headline"] = draft.title
    if draft.date:
        appearance["datePublished"] = draft.date.isoformat()
    organisation = {"@type": "Organization", "name": author}
    # Who made the claim: the draft's own publisher when its front matter names one.
    claim_author = next((str(draft.front_matter[k]) for k in ("publisher", "author") if draft.front_matter.get(k)), None)
    reviews = []
    for row in rows:
        if row.verdict is None or row.verdict == Verdict.not_a_claim:
            continue
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if claim_author:
            item["author"] = {"@type": "Organization", "name": claim_author}
        if draft.date:
            item["datePublished"] = draft.date.isoformat()
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": row.claim.sentence,
            "reviewRating": {"@type": "Rating", "ratingValue": RATING[row.verdict], "bestRating": 5,
                             "worstRating": 1, "alternateName": VERDICT_TEXT[row.verdict]},
            "itemReviewed": item,
            "author": organisation,
            "datePublished": _iso_date(row.reviewed_at or today),
            "reviewBody": " ".join(x for x in (row.explanation, row.note or "") if x),
            "identifier": row.claim.id,
        }
        if draft.url:
            review["url"] = f"{draft.url}#{row.claim.id}"
        sources = [{"@type": "Dataset", "name": e.source or e.resource, **({"url": e.url} if e.url else {})}
                   for e in row.evidence[:3]]
        if sources:
            review["isBasedOn"] = sources
        reviews.append(review)
    return reviews


# ---------------------------------------------------------------- CSV

CSV_COLUMNS = ["id", "line", "column", "text", "sentence", "value", "unit", "period", "subject",
               "verdict", "auto_verdict", "reviewed", "reviewer", "reviewed_at", "note", "flags",
               "explanation", "evidence_source", "evidence_url", "evidence_period", "evidence_value",
               "evidence_unit", "deviation"]


def safe_cell(value: object) -> object:
    """A cell a spreadsheet shows as text: formula-looking strings get a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(rows: Sequence[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        c = row.claim
        top = row.evidence[0] if row.evidence else None
        values: list[object] = [
            c.id, c.line, c.column, c.text, c.sentence, c.value, c.unit, c.period or "", c.subject or "",
            row.verdict.value if row.verdict else "", row.auto_verdict.value if row.auto_verdict else "",
            "yes" if row.reviewed else "no", row.reviewer or "",
            row.reviewed_at.isoformat() if row.reviewed_at else "", row.note or "",
            ";".join(f.value for f in row.flags), row.explanation,
            (top.source or top.resource) if top else "", top.url if top else "", top.period if top else "",
            top.value if top else "", top.unit if top else "",
            top.deviation if top and top.deviation is not None else ""]
        writer.writerow([safe_cell(v) for v in values])
    return out.getvalue()


# ---------------------------------------------------------------- Markdown

def _md(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _evidence_md(e: Evidence) -> str:
    name = _md(e.source or e.resource)
    label = f"[{name}]({e.url})" if e.url.startswith(("http://", "https://")) else name
    return f"{label}, {e.period}: {_md(format_quantity(e.value, e.unit))}"


def to_markdown(draft: Draft, rows: Sequence[Row], source: str, orphans: int = 0) -> str:
    counts = Counter(r.verdict.value if r.verdict else "unchecked" for r in rows)
    title = draft.title or draft.stem
    out = [f"# Fact-check: {_md(title)}", ""]
    meta = [f"Draft `{draft.path}`"]
    if draft.date:
        meta.append(f"dated {draft.date.isoformat()}")
    if draft.url:
        meta.append(f"<{draft.url}>")
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


# ---------------------------------------------------------------- the command

def run_export(args: argparse.Namespace) -> int:
    config = command_config(args)
    draft = load_draft(args.draft)
    ledger = load_ledger(ledger_path(args.draft, config.claims_dir), draft)
    orphans = 0
    if ledger is not None:
        rows = rows_from_ledger(list(ledger.claims.values()))
        source = f"the ledger (revision {ledger.revision})"
        orphans = len(ledger.orphans)
    else:
        rows = rows_from_results(check_report(draft, config).results)
        source = "the automatic check (no reviewer ledger yet)"
    if args.format == "claimreview":
        author = getattr(args, "author", None) or DEFAULT_AUTHOR
        text = json.dumps(claim_review(draft, rows, author), indent=2, ensure_ascii=False) + "\n"
    elif args.format == "csv":
        text = to_csv(rows)
    else:
        text = to_markdown(draft, rows, source, orphans)
    if args.output:
        write_atomic(Path(args.output), text.encode("utf-8"))
    else:
        print(text, end="")
    return 0
