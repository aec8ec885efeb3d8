"""What an export publishes: one row per claim with the verdict that counts and who stands behind it.

Rows come from the draft's ledger when there is one (reviewer verdicts, notes and evidence
choices are what gets published), else from the automatic check. Each export format
(``claimreview``, ``published_csv``, ``published_markdown``) renders a ``Publication``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..config import Organisation
from ..drafts import Draft
from ..ledger import REVIEWER_RESOURCE, ClaimEntry, Ledger, ReviewerEvidence, decide
from ..models import Claim, ClaimResult, Evidence, Flag, Verdict

AUTOMATIC_SOURCE = "the automatic check (no reviewer ledger yet)"


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
    reason: str | None = None  # reason code of the automatic verdict
    reviewer: str | None = None
    reviewed_at: dt.datetime | None = None
    note: str | None = None
    confirmed: bool = False  # a person set this verdict and it needs no re-confirmation
    added: list[ReviewerEvidence] = field(default_factory=list)  # reviewers' own evidence, newest first

    def quote_for(self, e: Evidence) -> str:
        """The quote behind a reviewer's evidence row ('' for the data's rows)."""
        if e.resource != REVIEWER_RESOURCE:
            return ""
        return next((a.quote for a in self.added if a.url == e.url and a.value == e.value), "")


@dataclass(frozen=True)
class Publication:
    """A draft's rows and where their verdicts come from, ready for any export format."""

    draft: Draft
    rows: list[Row]
    source: str  # in words: "the ledger (revision 3)"
    orphans: int = 0  # reviews kept in the ledger whose claim left the draft
    organisation: Organisation | None = None  # who publishes the ClaimReview (its author)
    include_automatic: bool = False  # ClaimReview: also rate verdicts no person confirmed


def rows_from_ledger(entries: Sequence[ClaimEntry]) -> list[Row]:
    rows = []
    for e in entries:
        decided = decide(e, e.auto_verdict, e.flags, e.evidence)
        # A reviewer's verdict settles the automatic "needs review"; what the data says stays.
        flags = [f for f in decided.flags if not (decided.reviewed and f == Flag.needs_review)]
        rows.append(Row(claim=e.claim, verdict=decided.verdict, auto_verdict=e.auto_verdict,
                        reviewed=decided.reviewed, explanation=e.explanation, evidence=decided.evidence,
                        flags=flags, reason=e.reason, reviewer=e.reviewer, reviewed_at=e.reviewed_at, note=e.note,
                        confirmed=e.verdict is not None and not e.needs_reconfirmation,
                        added=list(reversed(e.reviewer_evidence))))
    return rows


def rows_from_results(results: Sequence[ClaimResult]) -> list[Row]:
    return [Row(claim=r.claim, verdict=r.verdict, auto_verdict=r.auto_verdict, reviewed=r.reviewed,
                explanation=r.explanation, evidence=list(r.evidence), flags=list(r.flags), reason=r.reason)
            for r in results if not r.suppressed]


def from_ledger(draft: Draft, ledger: Ledger, organisation: Organisation | None = None,
                include_automatic: bool = False) -> Publication:
    return Publication(draft, rows_from_ledger(list(ledger.claims.values())), ledger_source(ledger),
                       len(ledger.orphans), organisation, include_automatic)


def from_results(draft: Draft, results: Sequence[ClaimResult], organisation: Organisation | None = None,
                 include_automatic: bool = False) -> Publication:
    return Publication(draft, rows_from_results(results), AUTOMATIC_SOURCE, organisation=organisation,
                       include_automatic=include_automatic)


def ledger_source(ledger: Ledger) -> str:
    return f"the ledger (revision {ledger.revision})"
