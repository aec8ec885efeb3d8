"""Recording reviewer decisions: the one code path for `workbench review --set` and the app."""

from __future__ import annotations

import datetime as dt
import difflib
import os
from collections.abc import Sequence
from pathlib import Path

from ..drafts import Draft
from ..errors import LedgerError, UsageError
from ..models import Verdict
from .models import HistoryEntry, Ledger, utc_now
from .reading import check_matches
from .writing import conflict_error, locked, read_locked, write_locked


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


def _record_decision(ledger: Ledger, path: Path, claim_id: str, verdict: Verdict | None, reviewer: str,
                    note: str | None, evidence: str | int | None, now: dt.datetime) -> Ledger:
    entry = ledger.claims.get(claim_id)
    if entry is None:
        close = difflib.get_close_matches(claim_id, list(ledger.claims), n=1)
        hint = f"did you mean {close[0]}?" if close else "list the ids with `workbench extract DRAFT`"
        raise UsageError.at(f"no claim {claim_id!r} in the ledger", str(path), hint=hint)
    if not reviewer.strip():
        raise UsageError.at("a decision needs a reviewer name (--reviewer NAME)")
    update: dict[str, object] = {"verdict": verdict, "reviewer": reviewer, "reviewed_at": now,
                                 "needs_reconfirmation": False}
    if note is not None:
        update["note"] = note
    choice = _parse_evidence(evidence)
    label: str | None = None
    if choice == "auto":
        update.update(evidence_choice="auto", chosen_evidence=None)
        label = "auto"
    elif choice == "none":
        update.update(evidence_choice="none", chosen_evidence=None)
        label = "none"
    elif isinstance(choice, int):
        if not 1 <= choice <= len(entry.evidence):
            raise UsageError.at(f"claim {claim_id} has {len(entry.evidence)} ranked evidence rows; --evidence "
                                f"{choice} is not one of them", str(path), hint="give 1…N, 'none' or 'auto'")
        update.update(evidence_choice="picked", chosen_evidence=entry.evidence[choice - 1])
        label = str(choice)
    update["history"] = [*entry.history, HistoryEntry(
        at=now, reviewer=reviewer, event="decision", from_verdict=entry.verdict, to_verdict=verdict,
        note=note, evidence=label, revision=ledger.revision + 1)]
    claims = dict(ledger.claims)
    claims[claim_id] = entry.model_copy(update=update)
    described = f"{claim_id} → {verdict.value if verdict else 'automatic'}"
    return ledger.model_copy(update={"claims": claims, "updated_at": now, "updated_by": reviewer,
                                     "change": f"set {described}"})


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


def set_decisions(path: str | os.PathLike[str], decisions: Sequence[tuple[str, Verdict | None]], reviewer: str,
                  note: str | None = None, evidence: str | int | None = None,
                  expected_revision: int | None = None, draft: Draft | None = None) -> Ledger:
    """Record several decisions in one save (one revision). See ``set_decision``."""
    p = Path(path)
    with locked(p):
        on_disk, data = read_locked(p)
        if on_disk is None:
            raise LedgerError.at("no ledger yet", str(p), hint="create it with `workbench review DRAFT`")
        if draft is not None:
            check_matches(on_disk, draft, p, data)
        if expected_revision is not None and on_disk.revision != expected_revision:
            raise conflict_error(p, on_disk, expected_revision)
        ledger, now = on_disk, utc_now()
        for claim_id, verdict in decisions:
            ledger = _record_decision(ledger, p, claim_id, verdict, reviewer, note, evidence, now)
        return write_locked(ledger, p, on_disk, data, on_disk.revision)


def set_decision(path: str | os.PathLike[str], claim_id: str, verdict: Verdict | None, reviewer: str,
                 note: str | None = None, evidence: str | int | None = None,
                 expected_revision: int | None = None) -> Ledger:
    """Record one reviewer decision; returns the saved ledger. ConflictError if ``expected_revision``
    is given and the ledger moved on since."""
    return set_decisions(path, [(claim_id, verdict)], reviewer, note, evidence, expected_revision)
