"""Recording reviewers' work on claims: the one code path for `workbench review --set` and the app.

Concurrency is per claim. A save names the ledger revision its author read; it is merged into
whatever is on disk now (under the lock), and refused only when *this claim* changed after that
revision (``ClaimEntry.revision``) — a colleague's save on another claim, or re-running the check,
never refuses it. Picking evidence by rank is also refused when the check re-ranked that claim's
evidence since (``ClaimEntry.checked_revision``): the rank would name another row.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..drafts import Draft
from ..errors import ConflictError, LedgerError, UsageError
from ..models import Verdict
from .models import (
    ClaimEntry,
    Comment,
    HistoryEntry,
    Ledger,
    ReviewerEvidence,
    Status,
    utc_now,
)
from .reading import check_matches
from .writing import locked, read_locked, write_locked


@dataclass(frozen=True)
class NewEvidence:
    """Evidence a reviewer adds by hand (validated into ``ReviewerEvidence``)."""

    url: str
    value: float
    quote: str = ""
    unit: str = ""
    period: str = ""
    title: str = ""


@dataclass(frozen=True)
class ClaimChange:
    """What one save does to one claim; fields left at their default leave that part alone."""

    claim_id: str
    decide: bool = False  # record ``verdict`` (None: withdraw the reviewer's verdict)
    verdict: Verdict | None = None
    note: str | None = None
    evidence: str | int | None = None  # None: leave; "auto", "none" or a 1-based rank
    status: Status | None = None
    assign: bool = False  # set ``assignee`` (None: unassign)
    assignee: str | None = None
    comment: str | None = None
    add_evidence: NewEvidence | None = None


def _parse_evidence(raw: str | int | None) -> str | int | None:
    if raw is None or isinstance(raw, int):
        return raw
    value = raw.strip().lower()
    if value in ("auto", "none"):
        return value
    try:
        rank = int(value)
    except ValueError:
        raise UsageError.at(f"--evidence {raw!r}: give a rank (1, 2, …), 'none' or 'auto'") from None
    return rank


def parse_status(text: str) -> Status:
    """A workflow status from the command line or a form ('signed off', 'signed-off', 'signed_off')."""
    value = text.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return Status(value)
    except ValueError:
        choices = ", ".join(s.value for s in Status)
        raise UsageError.at(f"unknown status {text!r}", hint=f"use one of {choices}") from None


def parse_verdict(text: str) -> Verdict | None:
    """A reviewer verdict from the command line; 'auto' clears the reviewer's verdict."""
    value = text.strip().lower().replace("-", "_").replace(" ", "_")
    if value == "auto":
        return None
    try:
        return Verdict(value)
    except ValueError:
        choices = ", ".join(v.value for v in Verdict)
        raise UsageError.at(f"unknown verdict {text!r}", hint=f"use one of {choices}, or auto") from None


def _entry(ledger: Ledger, path: Path, claim_id: str) -> ClaimEntry:
    entry = ledger.claims.get(claim_id)
    if entry is None:
        close = difflib.get_close_matches(claim_id, list(ledger.claims), n=1)
        hint = f"did you mean {close[0]}?" if close else "list the ids with `workbench extract DRAFT`"
        raise UsageError.at(f"no claim {claim_id!r} in the ledger", str(path), hint=hint)
    return entry


def claim_conflict(path: Path, on_disk: Ledger, change: ClaimChange, read: int) -> ConflictError | None:
    """The refusal when ``change.claim_id`` changed on disk after revision ``read``, else None."""
    entry = on_disk.claims.get(change.claim_id)
    if entry is None:
        gone = next((o for o in reversed(on_disk.orphans) if o.entry.claim.id == change.claim_id), None)
        why = ("the draft was edited and the claim is no longer in it" if gone is not None
               else "the claim is no longer in the ledger (the draft was edited and re-checked)")
        return ConflictError.at(f"{change.claim_id}: {why}; nothing was saved", str(path))
    if entry.revision > read:
        later = [h for h in entry.history if h.revision > read]
        described = "; ".join(_describe(h) for h in later[-3:]) or (entry.reviewer or "someone")
        return ConflictError.at(f"{change.claim_id} was changed at revision {entry.revision}, after revision {read} "
                                f"you read ({described}); nothing was saved", str(path))
    if isinstance(_parse_evidence(change.evidence), int) and entry.checked_revision > read:
        return ConflictError.at(f"{change.claim_id}: the check was re-run at revision {entry.checked_revision} and "
                                f"re-ranked its evidence after revision {read} you read; evidence #{change.evidence} "
                                "may be another row now; nothing was saved", str(path))
    return None


def _describe(h: HistoryEntry) -> str:
    if h.event == "decision":
        return f"{h.reviewer} set it to {h.to_verdict.value if h.to_verdict else 'automatic'}"
    if h.event == "status":
        return f"{h.reviewer} marked it {h.to_status.label if h.to_status else '?'}"
    if h.event == "assigned":
        return f"{h.reviewer} assigned it to {h.assignee or 'nobody'}"
    if h.event == "comment":
        return f"{h.reviewer} commented"
    if h.event == "evidence_added":
        return f"{h.reviewer} added evidence"
    return f"{h.reviewer} {h.event} it"


def _decision_update(entry: ClaimEntry, path: Path, change: ClaimChange, reviewer: str, now: dt.datetime,
                     revision: int) -> tuple[dict[str, object], list[HistoryEntry]]:
    update: dict[str, object] = {"verdict": change.verdict, "reviewer": reviewer, "reviewed_at": now,
                                 "needs_reconfirmation": False}
    if change.note is not None:
        update["note"] = change.note
    choice = _parse_evidence(change.evidence)
    label: str | None = None
    if choice in ("auto", "none"):
        update.update(evidence_choice=choice, chosen_evidence=None)
        label = str(choice)
    elif isinstance(choice, int):
        if not 1 <= choice <= len(entry.evidence):
            raise UsageError.at(f"claim {entry.claim.id} has {len(entry.evidence)} ranked evidence rows; --evidence "
                                f"{choice} is not one of them", str(path), hint="give 1…N, 'none' or 'auto'")
        update.update(evidence_choice="picked", chosen_evidence=entry.evidence[choice - 1])
        label = str(choice)
    # A new decision needs a new sign-off; a withdrawn one is back in progress.
    if change.verdict is not None and entry.status != Status.checked:
        update["status"] = Status.checked
    elif change.verdict is None and entry.status in (Status.checked, Status.signed_off):
        update["status"] = Status.in_progress
    moved = "status" in update
    event = HistoryEntry(at=now, reviewer=reviewer, event="decision", from_verdict=entry.verdict,
                         to_verdict=change.verdict, note=change.note, evidence=label, revision=revision,
                         from_status=entry.status if moved else None,
                         to_status=update["status"] if moved else None)  # type: ignore[arg-type]
    return update, [event]


def _status_update(entry: ClaimEntry, path: Path, status: Status, reviewer: str, now: dt.datetime,
                   revision: int) -> HistoryEntry:
    if status == Status.signed_off and (entry.verdict is None or entry.needs_reconfirmation):
        raise UsageError.at(f"{entry.claim.id} cannot be signed off: it has no reviewer verdict"
                            + (" confirmed since the draft was edited" if entry.verdict is not None else ""),
                            str(path), hint="record the verdict first (--set CLAIM_ID=VERDICT), then sign it off")
    return HistoryEntry(at=now, reviewer=reviewer, event="status", from_verdict=entry.verdict,
                        to_verdict=entry.verdict, from_status=entry.status, to_status=status, revision=revision)


def _new_evidence(new: NewEvidence, reviewer: str, now: dt.datetime, revision: int, path: Path) -> ReviewerEvidence:
    try:
        return ReviewerEvidence(url=new.url, title=new.title.strip(), quote=new.quote.strip(), value=new.value,
                                unit=new.unit.strip(), period=new.period.strip(), added_by=reviewer, added_at=now,
                                revision=revision)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "evidence"
        raise UsageError.at(f"reviewer evidence {where}: {err['msg']}", str(path),
                            hint="give an http(s) URL and the figure it states") from None


def apply_change(ledger: Ledger, path: Path, change: ClaimChange, reviewer: str, now: dt.datetime) -> Ledger:
    """``ledger`` with ``change`` made by ``reviewer`` at the next revision, its history appended."""
    entry = _entry(ledger, path, change.claim_id)
    revision = ledger.revision + 1
    update: dict[str, object] = {}
    events: list[HistoryEntry] = []
    if change.decide:
        update, events = _decision_update(entry, path, change, reviewer, now, revision)
    elif change.note is not None or change.evidence is not None:
        raise UsageError.at("a note and an evidence choice are part of a decision (give the verdict too)", str(path))
    decided = entry.model_copy(update=update)
    if change.status is not None and change.status != decided.status:
        events.append(_status_update(decided, path, change.status, reviewer, now, revision))
        update["status"] = change.status
    if change.assign and (change.assignee or None) != entry.assignee:
        update["assignee"] = change.assignee or None
        events.append(HistoryEntry(at=now, reviewer=reviewer, event="assigned", from_verdict=entry.verdict,
                                   to_verdict=decided.verdict, assignee=change.assignee or None, revision=revision))
    if change.comment is not None and change.comment.strip():
        update["comments"] = [*entry.comments, Comment(at=now, author=reviewer, text=change.comment.strip(),
                                                       revision=revision)]
        events.append(HistoryEntry(at=now, reviewer=reviewer, event="comment", from_verdict=entry.verdict,
                                   to_verdict=decided.verdict, note=change.comment.strip(), revision=revision))
    if change.add_evidence is not None:
        added = _new_evidence(change.add_evidence, reviewer, now, revision, path)
        update["reviewer_evidence"] = [*entry.reviewer_evidence, added]
        events.append(HistoryEntry(at=now, reviewer=reviewer, event="evidence_added", from_verdict=entry.verdict,
                                   to_verdict=decided.verdict, note=added.url, revision=revision))
    if not events:
        return ledger
    update.update(history=[*entry.history, *events], revision=revision)
    claims = dict(ledger.claims)
    claims[change.claim_id] = entry.model_copy(update=update)
    return ledger.model_copy(update={"claims": claims, "updated_at": now, "updated_by": reviewer,
                                     "change": _summary(change, decided)})


def _summary(change: ClaimChange, decided: ClaimEntry) -> str:
    parts = []
    if change.decide:
        parts.append(f"set {change.claim_id} → {change.verdict.value if change.verdict else 'automatic'}")
    if change.status is not None:
        parts.append(f"{change.claim_id} {change.status.label}")
    if change.assign:
        parts.append(f"{change.claim_id} assigned to {change.assignee or 'nobody'}")
    if change.comment:
        parts.append(f"comment on {change.claim_id}")
    if change.add_evidence is not None:
        parts.append(f"evidence added to {change.claim_id}")
    return "; ".join(parts) or f"touched {decided.claim.id}"


def update_claims(path: str | os.PathLike[str], changes: Sequence[ClaimChange], reviewer: str,
                  expected_revision: int | None = None, draft: Draft | None = None) -> Ledger:
    """Make ``changes`` in one save (one revision), merged into the ledger on disk under the lock.

    ``expected_revision`` is the ledger revision the caller read: a change to a claim that changed
    after it is refused (``ConflictError``, nothing written); None reads, modifies and writes.
    With ``draft``, a ledger written for other draft bytes is refused."""
    p = Path(path)
    if not reviewer.strip():
        raise UsageError.at("every change needs a reviewer name (--reviewer NAME)")
    with locked(p):
        on_disk, data = read_locked(p)
        if on_disk is None:
            raise LedgerError.at("no ledger yet", str(p), hint="create it with `workbench review DRAFT`")
        if draft is not None:
            check_matches(on_disk, draft, p, data)
        if expected_revision is not None:
            for change in changes:
                if (refused := claim_conflict(p, on_disk, change, expected_revision)) is not None:
                    raise refused
        ledger, now = on_disk, utc_now()
        for change in changes:
            ledger = apply_change(ledger, p, change, reviewer, now)
        if ledger is on_disk:
            return on_disk  # nothing changed: no new revision
        return write_locked(ledger, p, on_disk, data, on_disk.revision)


def set_decisions(path: str | os.PathLike[str], decisions: Sequence[tuple[str, Verdict | None]], reviewer: str,
                  note: str | None = None, evidence: str | int | None = None,
                  expected_revision: int | None = None, draft: Draft | None = None) -> Ledger:
    """Record several decisions in one save (one revision). See ``set_decision``."""
    return update_claims(path, [ClaimChange(claim_id, decide=True, verdict=verdict, note=note, evidence=evidence)
                                for claim_id, verdict in decisions], reviewer, expected_revision, draft)


def set_decision(path: str | os.PathLike[str], claim_id: str, verdict: Verdict | None, reviewer: str,
                 note: str | None = None, evidence: str | int | None = None,
                 expected_revision: int | None = None) -> Ledger:
    """Record one reviewer decision; returns the saved ledger. ``expected_revision``: the ledger
    revision the caller read; ConflictError when *this claim* changed since (other claims may have)."""
    return set_decisions(path, [(claim_id, verdict)], reviewer, note, evidence, expected_revision)
