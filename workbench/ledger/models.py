"""The ledger file's models, and what a reviewer's decision does to a check result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Literal
from urllib.parse import urlsplit

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from ..models import Claim, ClaimResult, DraftInfo, Evidence, Flag, Verdict
from ..rules import rule_for
from ..urls import safe_url

SCHEMA_VERSION = 3
SYSTEM = "workbench"  # who history entries name when the tool itself acted (re-attachment)
REVIEWER_RESOURCE = "reviewer"  # the ``Evidence.resource`` of evidence a reviewer added by hand

EvidenceChoice = Literal["auto", "none", "picked"]
Event = Literal["decision", "reattached", "orphaned", "restored", "status", "assigned", "comment", "evidence_added"]


class Status(str, Enum):
    """Where a claim is in the desk's workflow, in order."""

    to_check = "to_check"
    in_progress = "in_progress"
    checked = "checked"
    signed_off = "signed_off"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {Status.to_check: "to check", Status.in_progress: "in progress", Status.checked: "checked",
                 Status.signed_off: "signed off"}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class HistoryEntry(_Model):
    """One change to a claim's review. History is append-only: entries are never edited."""

    at: AwareDatetime
    reviewer: str = Field(description="Who made the change ('workbench' for automatic re-attachment).")
    event: Event = "decision"
    from_verdict: Verdict | None = Field(default=None, description="Reviewer verdict before the change (None: automatic).")
    to_verdict: Verdict | None = Field(default=None, description="Reviewer verdict after the change (None: automatic).")
    note: str | None = None
    evidence: str | None = Field(default=None, description="Evidence choice after the change: auto, none, or the picked rank.")
    revision: int = Field(ge=1, description="Ledger revision that recorded the change.")
    claim_id: str | None = Field(default=None, description="For re-attachment: the claim id the review came from.")
    from_status: Status | None = Field(default=None, description="For a status change: the status before.")
    to_status: Status | None = Field(default=None, description="For a status change: the status after.")
    assignee: str | None = Field(default=None, description="For an assignment: who the claim is assigned to "
                                                           "(None: nobody).")


class Comment(_Model):
    """A remark in the claim's discussion; comments are never edited or removed."""

    at: AwareDatetime
    author: str = Field(min_length=1)
    text: str = Field(min_length=1)
    revision: int = Field(ge=1, description="Ledger revision that recorded the comment.")


class ReviewerEvidence(_Model):
    """Evidence a reviewer found outside the reference data (a statement, a report, a table on the web)."""

    url: str = Field(description="Where it is published: an absolute http(s) URL.")
    title: str = Field(default="", description="The source's name; the URL's host when empty.")
    quote: str = Field(default="", description="The exact words or table cell the figure is taken from.")
    value: float = Field(allow_inf_nan=False)
    unit: str = ""
    period: str = ""
    added_by: str = Field(min_length=1)
    added_at: AwareDatetime
    revision: int = Field(ge=1, description="Ledger revision that recorded it.")

    @field_validator("url")
    @classmethod
    def _web_address(cls, url: str) -> str:
        safe = safe_url(url)
        if safe is None:
            raise ValueError("a reviewer's evidence needs an absolute http(s) URL without spaces or quotes")
        return safe

    def as_evidence(self, claimed: float | None = None) -> Evidence:
        """This evidence in the shape of the data's, so reports and exports show it the same way."""
        deviation = None
        if claimed is not None and self.value:
            deviation = (claimed - self.value) / self.value
        return Evidence(resource=REVIEWER_RESOURCE, row=None, period=self.period, value=self.value, unit=self.unit,
                        source=self.title or (urlsplit(self.url).hostname or self.url), url=self.url,
                        claimed=claimed, deviation=deviation, score=1.0,
                        context=f"quoted by {self.added_by}: “{self.quote}”" if self.quote else f"added by {self.added_by}")


class ClaimEntry(_Model):
    claim: Claim
    auto_verdict: Verdict | None = Field(default=None, description="Latest automatic verdict.")
    rule: str | None = None
    flags: list[Flag] = Field(default_factory=list)
    reason: str | None = Field(default=None, description="Reason code of the automatic verdict (docs/check.md).")
    explanation: str = ""
    evidence: list[Evidence] = Field(default_factory=list, description="Ranked evidence of the automatic check.")
    verdict: Verdict | None = Field(default=None, description="The reviewer's verdict; overrides auto_verdict.")
    evidence_choice: EvidenceChoice = Field(default="auto", description="auto: the ranked evidence; none: no evidence applies; picked: chosen_evidence.")
    chosen_evidence: Evidence | None = Field(default=None, description="Copy of the evidence the reviewer picked.")
    note: str | None = None
    reviewer: str | None = None
    reviewed_at: AwareDatetime | None = None
    needs_reconfirmation: bool = Field(default=False, description="Re-attached after an edit; a reviewer should confirm it.")
    status: Status = Field(default=Status.to_check, description="Where the claim is in the desk's workflow.")
    assignee: str | None = Field(default=None, description="Who is to check it.")
    comments: list[Comment] = Field(default_factory=list)
    reviewer_evidence: list[ReviewerEvidence] = Field(default_factory=list, description="Evidence reviewers added "
                                                      "where the reference data has none; shown before the data's.")
    revision: int = Field(default=0, ge=0, description="Ledger revision that last changed this claim's review "
                                                         "(decision, status, assignee, comment, evidence); a save is "
                                                         "refused only when it is newer than the revision the saver read.")
    checked_revision: int = Field(default=0, ge=0, description="Ledger revision that last changed this claim's "
                                                                 "ranked evidence (a pick by rank read before it is refused).")
    history: list[HistoryEntry] = Field(default_factory=list)

    @property
    def reviewed(self) -> bool:
        """Has a person touched this entry (a verdict, a note, an evidence choice, workflow or any history)?"""
        return (self.verdict is not None or bool(self.note) or self.evidence_choice != "auto"
                or self.status != Status.to_check or self.assignee is not None or bool(self.comments)
                or bool(self.reviewer_evidence) or any(h.event != "orphaned" for h in self.history))

    @property
    def affects_report(self) -> bool:
        """Does anything here change what a report says (a decision, a note, evidence, a re-attachment)?
        Status, assignee and comments are the desk's workflow and leave reports as they are."""
        return (self.verdict is not None or bool(self.note) or self.evidence_choice != "auto"
                or bool(self.reviewer_evidence) or self.needs_reconfirmation
                or any(h.event == "decision" for h in self.history))

    def added_evidence(self) -> list[Evidence]:
        """The reviewers' own evidence, newest first, in the shape of the data's."""
        claimed = self.claim.value
        return [r.as_evidence(claimed) for r in reversed(self.reviewer_evidence)]

    def effective_evidence(self, ranked: Sequence[Evidence] | None = None) -> list[Evidence]:
        """The evidence a report should show: the reviewer's pick first, none, or the ranking
        (``ranked``: a fresh ranking; default: the one stored with the entry)."""
        ranked = list(self.evidence if ranked is None else ranked)
        added = self.added_evidence()
        if self.evidence_choice == "none":
            return added
        if self.evidence_choice == "picked" and self.chosen_evidence is not None:
            key = evidence_key(self.chosen_evidence)
            return [*added, self.chosen_evidence, *(e for e in ranked if evidence_key(e) != key)]
        return [*added, *ranked]


class Orphan(_Model):
    """A review whose claim is no longer in the draft. Kept so no decision is ever lost."""

    orphaned_at: AwareDatetime
    draft_sha256: str = Field(description="sha256 of the draft the claim disappeared from.")
    entry: ClaimEntry


class LedgerDraft(DraftInfo):
    """The draft the ledger was written for; its sha256 tells when the draft has changed since."""

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the draft file's bytes (hex).")


class Ledger(_Model):
    """``claims/<draft path under the drafts root>.json`` (ledger.location)."""

    schema_version: int = Field(default=SCHEMA_VERSION, ge=1)
    draft: LedgerDraft
    revision: int = Field(default=0, ge=0, description="Incremented by every save; a save names the revision it read.")
    updated_at: AwareDatetime | None = None
    updated_by: str | None = Field(default=None, description="Who made the latest save.")
    change: str | None = Field(default=None, description="What the latest save changed, in a few words.")
    claims: dict[str, ClaimEntry] = Field(default_factory=dict)
    orphans: list[Orphan] = Field(default_factory=list)

    @field_validator("claims")
    @classmethod
    def _keys_are_claim_ids(cls, claims: dict[str, ClaimEntry]) -> dict[str, ClaimEntry]:
        for key, entry in claims.items():
            if key != entry.claim.id:
                raise ValueError(f"claim key {key!r} differs from its claim.id {entry.claim.id!r}")
        return claims

    def decision_for(self, claim_id: str) -> ClaimEntry | None:
        """The entry for ``claim_id`` when a reviewer has given a verdict, else None."""
        entry = self.claims.get(claim_id)
        return entry if entry is not None and entry.verdict is not None else None

    def apply(self, result: ClaimResult) -> ClaimResult:
        """``result`` with the reviewer's decision applied (unchanged when there is none)."""
        return apply_decision(result, self.claims.get(result.claim.id))

    def counts(self) -> dict[str, int]:
        return {"claims": len(self.claims),
                "reviewed": sum(1 for e in self.claims.values() if e.verdict is not None),
                "reconfirm": sum(1 for e in self.claims.values() if e.needs_reconfirmation),
                "orphans": len(self.orphans)}


def claim_status(ledger: Ledger | None, claim_id: str) -> Status:
    """Where one claim stands in the workflow (``to_check`` when the ledger has no entry for it).
    A decision carried over from an edited draft counts as to check until someone re-confirms it."""
    entry = ledger.claims.get(claim_id) if ledger is not None else None
    if entry is None:
        return Status.to_check
    if entry.needs_reconfirmation and entry.status in (Status.checked, Status.signed_off):
        return Status.to_check
    return entry.status


def evidence_key(e: Evidence) -> tuple[object, ...]:
    """What identifies one observation, whatever its score in a ranking."""
    return (e.resource, e.row, e.period, e.value, e.unit, tuple(sorted(e.dimensions.items())))


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Decided:
    """What a claim reports once the reviewer's decision is applied to the automatic result."""

    verdict: Verdict | None
    reviewed: bool
    flags: list[Flag]
    evidence: list[Evidence]


def decide(entry: ClaimEntry | None, verdict: Verdict | None, flags: Sequence[Flag],
           evidence: Sequence[Evidence]) -> Decided:
    """The one rule for a reviewer's decision: their verdict overrides the automatic one, their
    evidence choice reorders (or empties) the ranking, and a decision re-attached after an edit
    is flagged for re-confirmation. Without a reviewed entry the automatic result stands."""
    if entry is None or not entry.affects_report:
        return Decided(verdict, False, list(flags), list(evidence))
    decided_flags = list(flags)
    if entry.needs_reconfirmation and Flag.reconfirm not in decided_flags:
        decided_flags.append(Flag.reconfirm)
    return Decided(verdict=entry.verdict if entry.verdict is not None else verdict,
                   reviewed=entry.verdict is not None, flags=decided_flags,
                   evidence=entry.effective_evidence(evidence))


def apply_decision(result: ClaimResult, entry: ClaimEntry | None) -> ClaimResult:
    """A check result with the reviewer's decision in ``entry`` applied (see ``decide``);
    ``auto_verdict`` keeps the automatic verdict and the rule follows the verdict that counts."""
    if entry is None or not entry.affects_report:
        return result
    decided = decide(entry, result.verdict, result.flags, result.evidence)
    verdict = decided.verdict or result.verdict
    return result.model_copy(update={"verdict": verdict, "reviewed": decided.reviewed, "flags": decided.flags,
                                     "evidence": decided.evidence, "rule": rule_for(verdict, decided.flags)})
