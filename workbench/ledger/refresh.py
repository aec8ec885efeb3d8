"""Refreshing a ledger from a new check: automatic results renewed, every review kept."""

from __future__ import annotations

import os
from pathlib import Path

from .. import reattach
from ..drafts import Draft
from ..models import ClaimResult, DraftReport, Flag
from .models import SCHEMA_VERSION, SYSTEM, ClaimEntry, Event, HistoryEntry, Ledger, LedgerDraft, Orphan, evidence_key, utc_now
from .writing import locked, read_locked, write_locked


def _entry_from_result(result: ClaimResult) -> ClaimEntry:
    return ClaimEntry(claim=result.claim, auto_verdict=result.auto_verdict, rule=result.rule,
                      flags=[f for f in result.flags if f != Flag.reconfirm],
                      reason=result.reason, explanation=result.explanation, evidence=result.evidence)


_REVIEW_FIELDS = ("verdict", "evidence_choice", "chosen_evidence", "note", "reviewer", "reviewed_at",
                  "needs_reconfirmation", "status", "assignee", "comments", "reviewer_evidence", "revision",
                  "history")


def _checked_at(old: ClaimEntry | None, new: ClaimEntry, revision: int) -> int:
    """The revision that last re-ranked this claim's evidence: kept while the ranking is the same."""
    if old is not None and old.evidence == new.evidence:
        return old.checked_revision
    return revision


def _carry(old: ClaimEntry, new: ClaimEntry, **changes: object) -> ClaimEntry:
    update: dict[str, object] = {f: getattr(old, f) for f in _REVIEW_FIELDS}
    if old.history:
        update["history"] = list(old.history)
    update.update(changes)
    if old.evidence_choice == "picked" and old.chosen_evidence is not None:
        # Prefer the fresh copy of the same observation when the new ranking still has it.
        key = evidence_key(old.chosen_evidence)
        update["chosen_evidence"] = next((e for e in new.evidence if evidence_key(e) == key), old.chosen_evidence)
    return new.model_copy(update=update)


def _reattached_note(old: ClaimEntry, new: ClaimEntry, similarity: float, number_changed: bool) -> str:
    where = f"re-attached from {old.claim.id} (sentence similarity {similarity:.2f})"
    if number_changed:
        return f"{where}; the figure changed from “{old.claim.text}” to “{new.claim.text}”"
    return where


def refresh_ledger(draft: Draft, report: DraftReport, ledger: Ledger | None) -> Ledger:
    """A ledger with the new automatic results; every reviewed entry kept, re-attached or orphaned.

    The returned ledger keeps ``ledger.revision``; save it with ``expected_revision=ledger.revision``.
    """
    now = utc_now()
    revision = (ledger.revision if ledger else 0) + 1  # the revision the caller's save will write
    info = LedgerDraft(path=report.draft.path if report.draft else draft.path, sha256=draft.sha256,
                     date=draft.date_shown, title=draft.title, url=draft.url)
    fresh = {r.claim.id: _entry_from_result(r) for r in report.results}
    for cid, entry in fresh.items():
        entry.checked_revision = _checked_at(ledger.claims.get(cid) if ledger else None, entry, revision)
    if ledger is None:
        return Ledger(draft=info, revision=0, updated_at=now, updated_by=SYSTEM,
                      change=f"created with {len(fresh)} claims", claims=fresh)

    claims: dict[str, ClaimEntry] = dict(fresh)
    pending: list[ClaimEntry] = []  # reviewed entries whose claim did not come back unchanged
    for old_id, old in ledger.claims.items():
        if not old.reviewed:
            continue
        new = fresh.get(old_id)
        if new is not None and reattach.unchanged(old.claim, new.claim):
            claims[old_id] = _carry(old, new)
        else:
            pending.append(old)
    orphan_entries = [o.entry for o in ledger.orphans]
    candidates = pending + orphan_entries
    taken = {cid for cid, e in claims.items() if e.reviewed}
    free = [e.claim for cid, e in fresh.items() if cid not in taken]
    pairs = reattach.pair_claims([e.claim for e in candidates], free)
    matched: set[int] = set()  # indices into candidates
    for pairing in pairs:
        matched.add(pairing.old_index)
        old = candidates[pairing.old_index]
        new = fresh[free[pairing.new_index].id]
        event: Event = "restored" if pairing.old_index >= len(pending) else "reattached"
        entry = _carry(old, new, needs_reconfirmation=True, revision=revision, checked_revision=revision)
        entry.history.append(HistoryEntry(
            at=now, reviewer=SYSTEM, event=event, from_verdict=old.verdict, to_verdict=old.verdict,
            note=_reattached_note(old, new, pairing.similarity, pairing.number_changed),
            revision=revision, claim_id=old.claim.id))
        claims[new.claim.id] = entry

    orphans = [o for i, o in enumerate(ledger.orphans) if len(pending) + i not in matched]
    kept_orphans = len(orphans)
    for i, old in enumerate(pending):
        if i in matched:
            continue
        old = old.model_copy(update={"revision": revision, "history": [*old.history, HistoryEntry(
            at=now, reviewer=SYSTEM, event="orphaned", from_verdict=old.verdict, to_verdict=old.verdict,
            note="the claim is no longer in the draft", revision=revision, claim_id=old.claim.id)]})
        orphans.append(Orphan(orphaned_at=now, draft_sha256=draft.sha256, entry=old))

    ordered = dict(sorted(claims.items(), key=lambda kv: (kv[1].claim.start, kv[0])))
    moved = sum(1 for e in ordered.values() if e.history and e.history[-1].revision == revision
                and e.history[-1].event in ("reattached", "restored"))
    newly_orphaned = len(orphans) - kept_orphans
    change = f"refreshed: {len(ordered)} claims, {moved} re-attached, {newly_orphaned} orphaned"
    return ledger.model_copy(update={"draft": info, "claims": ordered, "orphans": orphans,
                                     "updated_at": now, "updated_by": SYSTEM, "change": change})


def refresh_file(path: str | os.PathLike[str], draft: Draft, report: DraftReport) -> Ledger:
    """Create or refresh the ledger file from a check report, under the lock. A ledger the report leaves as it
    is is not locked at all (a read-only checkout, a folder without write permission): a ledger is replaced
    whole (``write_atomic``), so reading it without the lock sees one revision or the next, never a mix."""
    p = Path(path)
    unlocked, _ = read_locked(p)
    if unlocked is not None and _same_content(unlocked, refresh_ledger(draft, report, unlocked)):
        return unlocked
    with locked(p):
        current, data = read_locked(p)
        refreshed = refresh_ledger(draft, report, current)
        if current is not None and _same_content(current, refreshed):
            return current  # nothing changed: no new revision, no diff in version control
        return write_locked(refreshed, p, current, data, current.revision if current else 0)


def _same_content(a: Ledger, b: Ledger) -> bool:
    bookkeeping = {"updated_at", "updated_by", "change", "schema_version"}
    return a.schema_version == SCHEMA_VERSION and a.model_dump(exclude=bookkeeping) == b.model_dump(exclude=bookkeeping)
