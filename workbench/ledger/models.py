"""The ledger file's models, and what a reviewer's decision does to a check result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from ..models import Claim, ClaimResult, DraftInfo, Evidence, Flag, Verdict
from ..rules import rule_for

SCHEMA_VERSION = 2
SYSTEM = "workbench"  # who history entries name when the tool itself acted (re-attachment)

EvidenceChoice = Literal["auto", "none", "picked"]
Event = Literal["decision", "reattached", "orphaned", "restored"]


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
    history: list[HistoryEntry] = Field(default_factory=list)

    @property
    def reviewed(self) -> bool:
        """Has a person touched this entry (a verdict, a note, an evidence choice or any history)?"""
        return (self.verdict is not None or bool(self.note) or self.evidence_choice != "auto"
                or any(h.event == "decision" for h in self.history))

    def effective_evidence(self, ranked: Sequence[Evidence] | None = None) -> list[Evidence]:
        """The evidence a report should show: the reviewer's pick first, none, or the ranking
        (``ranked``: a fresh ranking; default: the one stored with the entry)."""
        ranked = list(self.evidence if ranked is None else ranked)
        if self.evidence_choice == "none":
            return []
        if self.evidence_choice == "picked" and self.chosen_evidence is not None:
            key = evidence_key(self.chosen_evidence)
            return [self.chosen_evidence, *(e for e in ranked if evidence_key(e) != key)]
        return ranked


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
    if entry is None or not entry.reviewed:
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
    if entry is None or not entry.reviewed:
        return result
    decided = decide(entry, result.verdict, result.flags, result.evidence)
    verdict = decided.verdict or result.verdict
    return result.model_copy(update={"verdict": verdict, "reviewed": decided.reviewed, "flags": decided.flags,
                                     "evidence": decided.evidence, "rule": rule_for(verdict, decided.flags)})
