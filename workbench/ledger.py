"""The claims ledger, ``claims/<draft-stem>.json``: the reviewers' system of record.

Interfaces (others call these):

- ``Ledger`` — the pydantic model of the file (``ledger.schema.json`` in docs/schemas). Claims are
  a dict ``claim id → ClaimEntry`` in draft order; each entry holds the extraction (``claim``),
  the latest automatic result (``auto_verdict``, ``rule``, ``flags``, ``explanation``,
  ``evidence``), the reviewer's decision (``verdict``, ``evidence_choice``/``chosen_evidence``,
  ``note``, ``reviewer``, ``reviewed_at``), ``needs_reconfirmation``, and the append-only
  ``history``. ``orphans`` keeps reviews whose claim left the draft.
- ``Ledger.decision_for(claim_id) -> ClaimEntry | None`` — the entry when a reviewer decided.
- ``Ledger.apply(result: ClaimResult) -> ClaimResult`` — a check result with the reviewer's
  verdict applied: ``verdict`` = the reviewer's, ``reviewed=True``, the chosen evidence first
  (or none), ``Flag.reconfirm`` when the decision was re-attached after an edit. The reviewer's
  verdict always overrides the automatic one; ``auto_verdict`` is left as computed.
- ``ledger_path(draft_path, claims_dir) -> Path`` — ``claims_dir / f"{stem}.json"``.
- ``load_ledger(path, draft=None) -> Ledger | None`` — None when the file is absent;
  ``LedgerError`` (one line naming file and line, exit 2) for bad JSON, schema errors, a newer
  ``schema_version``, and — when ``draft`` is given — a draft whose sha256 no longer matches.
  An older ``schema_version`` is migrated in memory; the next save keeps a backup of the old file.
- ``save_ledger(ledger, path, expected_revision) -> Ledger`` — atomic (temp file in the same
  folder, flush + fsync, ``os.replace``, fsync of the folder) under a short cross-process lock;
  ``ConflictError`` naming who changed what when the revision on disk is not
  ``expected_revision`` (0 = "the file must not exist yet"). Returns the saved ledger
  (``revision = expected_revision + 1``).
- ``refresh_ledger(draft, report, ledger) -> Ledger`` — new automatic results, reviewer decisions
  kept, re-attached after edits (``reattach.py``), unmatched reviews moved to ``orphans``.
- ``set_decision(path, claim_id, verdict, reviewer, note=None, evidence=None,
  expected_revision=None) -> Ledger`` — the one code path for ``workbench review --set`` and the
  app. ``verdict`` is a ``Verdict`` or ``None`` (clear the reviewer's verdict); ``evidence`` is
  ``None`` (leave the choice), ``"auto"``, ``"none"`` or a 1-based rank into ``entry.evidence``.
  With ``expected_revision=None`` it reads, modifies and writes under the lock.
- ``set_decisions(path, [(claim_id, verdict), …], reviewer, …, draft=None)`` — several decisions in
  one revision; with ``draft``, refuses a ledger written for other draft bytes.
- ``refresh_file(path, draft, report) -> Ledger`` — ``refresh_ledger`` + save under the lock (what
  ``workbench review DRAFT`` does; writes nothing when nothing changed).
- ``run_review(args) -> int`` — the ``workbench review`` handler.

Re-attachment (which reviewed claim goes where after an edit) lives in ``reattach.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from filelock import FileLock, Timeout
from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from . import reattach
from .atomic import write_atomic
from .drafts import Draft
from .errors import ConflictError, LedgerError, UsageError, WorkbenchError
from .models import Claim, ClaimResult, DraftInfo, DraftReport, Evidence, Flag, Verdict

SCHEMA_VERSION = 2
LOCK_TIMEOUT_S = 30.0
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

    @property
    def effective_verdict(self) -> Verdict | None:
        return self.verdict if self.verdict is not None else self.auto_verdict

    def effective_evidence(self) -> list[Evidence]:
        """The evidence a report should show: the reviewer's pick first, none, or the ranking."""
        if self.evidence_choice == "none":
            return []
        if self.evidence_choice == "picked" and self.chosen_evidence is not None:
            rest = [e for e in self.evidence if _evidence_key(e) != _evidence_key(self.chosen_evidence)]
            return [self.chosen_evidence, *rest]
        return list(self.evidence)


class Orphan(_Model):
    """A review whose claim is no longer in the draft. Kept so no decision is ever lost."""

    orphaned_at: AwareDatetime
    draft_sha256: str = Field(description="sha256 of the draft the claim disappeared from.")
    entry: ClaimEntry


class LedgerDraft(DraftInfo):
    """The draft the ledger was written for; its sha256 tells when the draft has changed since."""

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the draft file's bytes (hex).")


class Ledger(_Model):
    """``claims/<draft-stem>.json``."""

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
        entry = self.claims.get(result.claim.id)
        if entry is None or not entry.reviewed:
            return result
        flags = list(result.flags)
        if entry.needs_reconfirmation and Flag.reconfirm not in flags:
            flags.append(Flag.reconfirm)
        evidence = result.evidence
        if entry.evidence_choice == "none":
            evidence = []
        elif entry.evidence_choice == "picked" and entry.chosen_evidence is not None:
            key = _evidence_key(entry.chosen_evidence)
            evidence = [entry.chosen_evidence, *(e for e in result.evidence if _evidence_key(e) != key)]
        verdict = entry.verdict if entry.verdict is not None else result.verdict
        return result.model_copy(update={"verdict": verdict, "reviewed": entry.verdict is not None,
                                         "flags": flags, "evidence": evidence})

    def counts(self) -> dict[str, int]:
        return {"claims": len(self.claims),
                "reviewed": sum(1 for e in self.claims.values() if e.verdict is not None),
                "reconfirm": sum(1 for e in self.claims.values() if e.needs_reconfirmation),
                "orphans": len(self.orphans)}


def _evidence_key(e: Evidence) -> tuple[object, ...]:
    return (e.resource, e.row, e.period, e.value, e.unit, tuple(sorted(e.dimensions.items())))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


# ---------------------------------------------------------------- paths, reading, locating errors

def ledger_path(draft_path: str | os.PathLike[str], claims_dir: str | os.PathLike[str]) -> Path:
    return Path(claims_dir) / f"{Path(draft_path).stem}.json"


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")  # claims/*.lock is git-ignored


def _backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.schema-v{version}.bak")


def _position_of(text: str, loc: Sequence[str | int]) -> tuple[int, int]:
    """1-based line and column of the JSON value at ``loc`` (as deep as the path exists)."""
    decoder = json.JSONDecoder()
    ws = " \t\r\n"

    def skip(i: int) -> int:
        while i < len(text) and text[i] in ws:
            i += 1
        return i

    pos = skip(0)
    try:
        for step in loc:
            if pos >= len(text):
                break
            if text[pos] == "{" and isinstance(step, str):
                i = skip(pos + 1)
                found = None
                while i < len(text) and text[i] == '"':
                    key, i = decoder.raw_decode(text, i)
                    i = skip(skip(i) + 1)  # past ':'
                    if key == step:
                        found = i
                        break
                    _, i = decoder.raw_decode(text, i)
                    i = skip(i)
                    if i < len(text) and text[i] == ",":
                        i = skip(i + 1)
                if found is None:
                    break
                pos = found
            elif text[pos] == "[" and isinstance(step, int):
                i = skip(pos + 1)
                for _ in range(step):
                    _, i = decoder.raw_decode(text, i)
                    i = skip(i)
                    if i < len(text) and text[i] == ",":
                        i = skip(i + 1)
                pos = i
            else:
                break
    except (ValueError, IndexError):
        pass
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _parse(path: Path, data: bytes) -> Ledger:
    name = str(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LedgerError.at(f"the ledger is not UTF-8 (byte 0x{data[exc.start]:02x})", name, line) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LedgerError.at(f"not valid JSON: {exc.msg}", name, exc.lineno, exc.colno) from None
    if not isinstance(raw, dict):
        raise LedgerError.at("a ledger is a JSON object with schema_version, draft, revision and claims", name, 1, 1)
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        line, col = _position_of(text, ["schema_version"])
        raise LedgerError.at(f"schema_version must be an integer, not {version!r}", name, line, col)
    if version > SCHEMA_VERSION:
        line, col = _position_of(text, ["schema_version"])
        raise LedgerError.at(f"written by a newer workbench (schema_version {version}; this one reads up to "
                             f"{SCHEMA_VERSION})", name, line, col, hint="upgrade claim-workbench; the ledger was not changed")
    if version < SCHEMA_VERSION:
        raw = _migrate(raw, version, name)
    try:
        return Ledger.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [p for p in err["loc"] if isinstance(p, (str, int))]
        at: tuple[int | None, int | None] = (None, None)
        if version == SCHEMA_VERSION:  # a migrated ledger has no text to point into
            at = _position_of(text, loc)
        where = ".".join(str(p) for p in loc) or "ledger"
        raise LedgerError.at(f"{where}: {err['msg']}", name, *at) from None


def _migrate(raw: dict[str, Any], version: int, name: str) -> dict[str, Any]:
    """Older shapes → the current one, one version at a time."""
    if version == 1:
        raw = _migrate_v1(raw, name)
    return raw


def _migrate_v1(raw: dict[str, Any], name: str) -> dict[str, Any]:
    """schema_version 1 (the shape DESIGN.md first sketched): ``claims`` a list of entries with
    ``claim``, ``auto_verdict``, ``verdict``, ``note``, ``reviewer``, ``reviewed_at`` and a history of
    ``{reviewer, at, from, to, note}``; no evidence choice, no orphans, no re-confirmation."""
    claims = raw.get("claims", [])
    if not isinstance(claims, list):
        raise LedgerError.at("schema_version 1 ledgers keep claims in a list", name)
    revision = int(raw.get("revision", 0) or 0)
    entries: dict[str, Any] = {}
    for item in claims:
        if not isinstance(item, dict) or not isinstance(item.get("claim"), dict):
            raise LedgerError.at("schema_version 1 claim entries need a claim object", name)
        history = [{"at": h.get("at"), "reviewer": h.get("reviewer") or "unknown", "event": "decision",
                    "from_verdict": h.get("from"), "to_verdict": h.get("to"), "note": h.get("note"),
                    "revision": max(1, revision)} for h in item.get("history", [])]
        entries[item["claim"]["id"]] = {
            "claim": item["claim"], "auto_verdict": item.get("auto_verdict"),
            "explanation": item.get("explanation", ""), "evidence": item.get("evidence", []),
            "verdict": item.get("verdict"), "note": item.get("note"), "reviewer": item.get("reviewer"),
            "reviewed_at": item.get("reviewed_at"), "history": history}
    return {"schema_version": SCHEMA_VERSION, "draft": raw.get("draft"), "revision": revision,
            "claims": entries, "orphans": [], "change": "migrated from schema_version 1"}


def _stored_version(data: bytes) -> int | None:
    try:
        version = json.loads(data).get("schema_version")
    except (ValueError, AttributeError):
        return None
    return version if isinstance(version, int) else None


def load_ledger(path: str | os.PathLike[str], draft: Draft | None = None) -> Ledger | None:
    """Read a ledger; None when absent. With ``draft``, refuse a ledger written for other bytes."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise LedgerError.at(f"cannot read the ledger: {exc.strerror}", str(p)) from None
    ledger = _parse(p, data)
    if draft is not None:
        check_matches(ledger, draft, p, data)
    return ledger


def check_matches(ledger: Ledger, draft: Draft, path: Path, data: bytes | None = None) -> None:
    """LedgerError when the ledger was written for a different version of the draft."""
    if ledger.draft.sha256 == draft.sha256:
        return
    text = (data if data is not None else path.read_bytes()).decode("utf-8-sig", "replace")
    line, col = _position_of(text, ["draft", "sha256"])
    raise LedgerError.at(f"written for another version of {draft.path} (sha256 {ledger.draft.sha256[:12]}…, "
                         f"the draft is now {draft.sha256[:12]}…)", str(path), line, col,
                         hint=f"run `workbench review {draft.path}` to re-attach the reviews to the edited draft")


# ---------------------------------------------------------------- writing

@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the ledger's cross-process lock (a kernel lock: released if the holder dies)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(_lock_path(path)), timeout=LOCK_TIMEOUT_S, poll_interval=0.002)
    try:
        lock.acquire()
    except Timeout:
        raise LedgerError.at(f"another process has held the ledger lock for {LOCK_TIMEOUT_S:.0f} s", str(path),
                             hint=f"retry; if no workbench is running, delete {_lock_path(path).name}") from None
    try:
        _remove_dead_temp_files(path)
        yield
    finally:
        lock.release()


def _remove_dead_temp_files(path: Path) -> None:
    # Temp files are only written under the lock, so any found while we hold it belong to a
    # writer that died mid-save; the real file is intact (os.replace never ran).
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            stale.unlink()
        except FileNotFoundError:
            pass


def serialise(ledger: Ledger) -> bytes:
    return (ledger.model_dump_json(indent=2, exclude_none=False) + "\n").encode("utf-8")


def _conflict(path: Path, on_disk: Ledger, expected: int) -> WorkbenchError:
    changes = sorted(((h.revision, h.at, h.reviewer, cid, h) for cid, e in on_disk.claims.items()
                      for h in e.history if h.revision > expected), key=lambda t: (t[0], t[1]))
    described = [f"{who} set {cid} to {h.to_verdict.value if h.to_verdict else 'automatic'}"
                 if h.event == "decision" else f"{who} {h.event} {cid}" for _, _, who, cid, h in changes]
    if not described and on_disk.change:
        described = [f"{on_disk.updated_by or 'someone'}: {on_disk.change}"]
    summary = "; ".join(described[:3]) + (f"; {len(described) - 3} more" if len(described) > 3 else "")
    if expected == 0:
        message = f"the ledger already exists at revision {on_disk.revision}"
    else:
        message = f"revision {on_disk.revision} on disk is newer than revision {expected} you read"
    return ConflictError.at(f"{message}{' (' + summary + ')' if summary else ''}; nothing was saved", str(path))


def _read_locked(path: Path) -> tuple[Ledger | None, bytes | None]:
    """The ledger on disk and its bytes (None, None when absent). Call with the lock held."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        raise LedgerError.at(f"cannot read the ledger: {exc.strerror}", str(path)) from None
    return _parse(path, data), data  # never overwrite a file we cannot read


def _write_locked(ledger: Ledger, path: Path, on_disk: Ledger | None, data: bytes | None,
                  expected_revision: int) -> Ledger:
    """Write ``ledger`` as the next revision if ``on_disk`` is still ``expected_revision``."""
    if on_disk is None:
        if expected_revision != 0:
            raise ConflictError.at(f"the ledger was deleted after you read revision {expected_revision}; "
                                   "nothing was saved", str(path))
    elif on_disk.revision != expected_revision:
        raise _conflict(path, on_disk, expected_revision)
    old_version = _stored_version(data) if data is not None else None
    if old_version is not None and old_version < SCHEMA_VERSION:
        backup = _backup_path(path, old_version)
        if not backup.exists() and data is not None:
            write_atomic(backup, data)
    saved = ledger.model_copy(update={"revision": expected_revision + 1, "schema_version": SCHEMA_VERSION})
    write_atomic(path, serialise(saved))
    return saved


def save_ledger(ledger: Ledger, path: str | os.PathLike[str], expected_revision: int) -> Ledger:
    """Save atomically if the file on disk is still at ``expected_revision`` (0: absent)."""
    p = Path(path)
    with locked(p):
        on_disk, data = _read_locked(p)
        return _write_locked(ledger, p, on_disk, data, expected_revision)


# ---------------------------------------------------------------- refreshing from a check

def _entry_from_result(result: ClaimResult) -> ClaimEntry:
    return ClaimEntry(claim=result.claim, auto_verdict=result.auto_verdict, rule=result.rule,
                      flags=[f for f in result.flags if f != Flag.reconfirm],
                      explanation=result.explanation, evidence=result.evidence)


_REVIEW_FIELDS = ("verdict", "evidence_choice", "chosen_evidence", "note", "reviewer", "reviewed_at",
                  "needs_reconfirmation", "history")


def _carry(old: ClaimEntry, new: ClaimEntry, **changes: object) -> ClaimEntry:
    update: dict[str, object] = {f: getattr(old, f) for f in _REVIEW_FIELDS}
    if old.history:
        update["history"] = list(old.history)
    update.update(changes)
    if old.evidence_choice == "picked" and old.chosen_evidence is not None:
        # Prefer the fresh copy of the same observation when the new ranking still has it.
        key = _evidence_key(old.chosen_evidence)
        update["chosen_evidence"] = next((e for e in new.evidence if _evidence_key(e) == key), old.chosen_evidence)
    return new.model_copy(update=update)


def refresh_ledger(draft: Draft, report: DraftReport, ledger: Ledger | None) -> Ledger:
    """A ledger with the new automatic results; every reviewed entry kept, re-attached or orphaned.

    The returned ledger keeps ``ledger.revision``; save it with ``expected_revision=ledger.revision``.
    """
    now = _now()
    revision = (ledger.revision if ledger else 0) + 1  # the revision the caller's save will write
    info = LedgerDraft(path=report.draft.path if report.draft else draft.path, sha256=draft.sha256,
                     date=draft.date.isoformat() if draft.date else None, title=draft.title, url=draft.url)
    fresh = {r.claim.id: _entry_from_result(r) for r in report.results}
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
        entry = _carry(old, new, needs_reconfirmation=True)
        entry.history.append(HistoryEntry(
            at=now, reviewer=SYSTEM, event=event, from_verdict=old.verdict, to_verdict=old.verdict,
            note=f"re-attached from {old.claim.id} (sentence similarity {pairing.similarity:.2f})",
            revision=revision, claim_id=old.claim.id))
        claims[new.claim.id] = entry

    orphans = [o for i, o in enumerate(ledger.orphans) if len(pending) + i not in matched]
    kept_orphans = len(orphans)
    for i, old in enumerate(pending):
        if i in matched:
            continue
        old = old.model_copy(update={"history": [*old.history, HistoryEntry(
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


# ---------------------------------------------------------------- reviewer decisions

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


def _apply_decision(ledger: Ledger, path: Path, claim_id: str, verdict: Verdict | None, reviewer: str,
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
        on_disk, data = _read_locked(p)
        if on_disk is None:
            raise LedgerError.at("no ledger yet", str(p), hint="create it with `workbench review DRAFT`")
        if draft is not None:
            check_matches(on_disk, draft, p, data)
        if expected_revision is not None and on_disk.revision != expected_revision:
            raise _conflict(p, on_disk, expected_revision)
        ledger, now = on_disk, _now()
        for claim_id, verdict in decisions:
            ledger = _apply_decision(ledger, p, claim_id, verdict, reviewer, note, evidence, now)
        return _write_locked(ledger, p, on_disk, data, on_disk.revision)


def set_decision(path: str | os.PathLike[str], claim_id: str, verdict: Verdict | None, reviewer: str,
                 note: str | None = None, evidence: str | int | None = None,
                 expected_revision: int | None = None) -> Ledger:
    """Record one reviewer decision; returns the saved ledger. ConflictError if ``expected_revision``
    is given and the ledger moved on since."""
    return set_decisions(path, [(claim_id, verdict)], reviewer, note, evidence, expected_revision)


def refresh_file(path: str | os.PathLike[str], draft: Draft, report: DraftReport) -> Ledger:
    """Create or refresh the ledger file from a check report, under the lock."""
    p = Path(path)
    with locked(p):
        current, data = _read_locked(p)
        refreshed = refresh_ledger(draft, report, current)
        if current is not None and _same_content(current, refreshed):
            return current  # nothing changed: no new revision, no diff in version control
        return _write_locked(refreshed, p, current, data, current.revision if current else 0)


def _same_content(a: Ledger, b: Ledger) -> bool:
    bookkeeping = {"updated_at", "updated_by", "change", "schema_version"}
    return a.schema_version == SCHEMA_VERSION and a.model_dump(exclude=bookkeeping) == b.model_dump(exclude=bookkeeping)


# ---------------------------------------------------------------- the `workbench review` command

def _parse_set(item: str) -> tuple[str, Verdict | None]:
    claim_id, sep, verdict = item.partition("=")
    if not sep or not claim_id.strip() or not verdict.strip():
        raise UsageError.at(f"--set {item!r}: write CLAIM_ID=VERDICT, e.g. --set c-1a2b3c4d=supported")
    return claim_id.strip(), parse_verdict(verdict)


def command_config(args: argparse.Namespace):  # -> Config (imported lazily: keeps `--set` fast)
    from .config import load_config

    config = load_config(file=getattr(args, "config", None))
    as_of = getattr(args, "as_of", None)
    return config.merged(claims=getattr(args, "claims", None), reference=getattr(args, "reference", None),
                         as_of=as_of.isoformat() if as_of else None)


def check_report(draft: Draft, config: Any) -> DraftReport:
    """The automatic check of one draft, without the ledger applied."""
    from .check import check_draft
    from .reference import load_reference

    reference = load_reference(config.reference_dirs)
    return check_draft(draft, reference, config)


def run_review(args: argparse.Namespace) -> int:
    from .drafts import load_draft

    config = command_config(args)
    draft = load_draft(args.draft)
    path = ledger_path(args.draft, config.claims_dir)
    shown = _shown(path)
    if args.set:
        if args.reviewer is None:
            raise UsageError.at("--set needs --reviewer NAME (who decides)")
        decisions = [_parse_set(item) for item in args.set]
        ledger = set_decisions(path, decisions, args.reviewer, args.note, args.evidence, draft=draft)
        for claim_id, verdict in decisions:
            print(f"{shown}: revision {ledger.revision}: {claim_id} → "
                  f"{verdict.value if verdict else 'automatic'} ({args.reviewer})")
        return 0
    if args.note is not None or args.evidence is not None:
        raise UsageError.at("--note and --evidence go with --set CLAIM_ID=VERDICT")
    load_ledger(path)  # a broken ledger stops us before the (slower) check runs
    ledger = refresh_file(path, draft, check_report(draft, config))
    n = ledger.counts()
    print(f"{shown}: revision {ledger.revision}: {n['claims']} claims, {n['reviewed']} reviewed, "
          f"{n['reconfirm']} to re-confirm, {n['orphans']} orphaned")
    for entry in ledger.claims.values():
        if entry.needs_reconfirmation:
            print(f"  re-confirm {entry.claim.id} (line {entry.claim.line}): {entry.claim.text!r} "
                  f"kept as {entry.verdict.value if entry.verdict else 'automatic'}")
    for orphan in ledger.orphans:
        if orphan.draft_sha256 == draft.sha256:  # orphaned by this edit
            print(f"  orphaned {orphan.entry.claim.id}: {orphan.entry.claim.text!r} is no longer in the draft")
    return 0


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


__all__ = [
    "SCHEMA_VERSION",
    "ClaimEntry",
    "HistoryEntry",
    "Ledger",
    "Orphan",
    "check_matches",
    "check_report",
    "command_config",
    "ledger_path",
    "load_ledger",
    "locked",
    "parse_verdict",
    "refresh_file",
    "refresh_ledger",
    "run_review",
    "save_ledger",
    "serialise",
    "set_decision",
    "set_decisions",
    "write_atomic",
]
