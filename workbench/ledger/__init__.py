"""The claims ledger, ``claims/<draft path>.json``: the reviewers' system of record.

Interfaces (others call these):

- ``Ledger`` — the pydantic model of the file (``ledger.schema.json`` in docs/schemas). Claims are
  a dict ``claim id → ClaimEntry`` in draft order; each entry holds the extraction (``claim``),
  the latest automatic result (``auto_verdict``, ``rule``, ``flags``, ``explanation``,
  ``evidence``), the reviewer's decision (``verdict``, ``evidence_choice``/``chosen_evidence``,
  ``note``, ``reviewer``, ``reviewed_at``), ``needs_reconfirmation``, and the append-only
  ``history``. ``orphans`` keeps reviews whose claim left the draft.
- ``Ledger.decision_for(claim_id) -> ClaimEntry | None`` — the entry when a reviewer decided.
- ``apply_decision(result, entry) -> ClaimResult`` (also ``Ledger.apply(result)``) — a check
  result with the reviewer's decision applied: ``verdict`` = the reviewer's, ``reviewed=True``,
  the chosen evidence first (or none), ``Flag.reconfirm`` when the decision was re-attached
  after an edit, the rule of the verdict that counts. The reviewer's verdict always overrides
  the automatic one; ``auto_verdict`` is left as computed. ``decide`` is the same rule over
  bare fields, for entries read back without a fresh check (exports).
- ``ledger_path_for(draft_file, config) -> Path`` — ``claims/<path under the drafts root>.json``
  (``location.py``: ``drafts/sub/a.md`` → ``claims/sub/a.json``), or an older stem-keyed ledger of
  this draft; ``relocate`` moves such a ledger to its own place; ``ledger_path(draft_path,
  claims_dir)`` is the bare stem key (``claims_dir / f"{stem}.json"``).
- ``load_ledger_of(draft_file, draft, config)`` — the draft's ledger via ``ledger_path_for``, refusing
  (``LedgerError``) an old stem-keyed ledger that records a namesake in another folder.
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
Modules: ``models`` (the file's models, applying a decision), ``reading`` (locate, parse, point
at errors), ``migration`` (older shapes), ``writing`` (lock, revision check, atomic replace),
``refresh`` (new automatic results, reviews kept), ``decisions`` (recording reviewer decisions).
Re-attachment (which reviewed claim goes where after an edit) lives in ``reattach.py``.
"""

from .decisions import (
    ClaimChange,
    NewEvidence,
    apply_change,
    parse_status,
    parse_verdict,
    set_decision,
    set_decisions,
    update_claims,
)
from .models import (
    REVIEWER_RESOURCE,
    SCHEMA_VERSION,
    STATUS_LABELS,
    ClaimEntry,
    Comment,
    Decided,
    HistoryEntry,
    Ledger,
    LedgerDraft,
    Orphan,
    ReviewerEvidence,
    Status,
    apply_decision,
    claim_status,
    decide,
)
from .location import ledger_key, ledger_path_for, load_ledger_of, relocate
from .reading import check_matches, ledger_path, load_ledger
from .refresh import refresh_file, refresh_ledger
from .writing import locked, save_ledger, serialise

__all__ = [
    "REVIEWER_RESOURCE",
    "SCHEMA_VERSION",
    "STATUS_LABELS",
    "ClaimChange",
    "ClaimEntry",
    "Comment",
    "NewEvidence",
    "ReviewerEvidence",
    "Status",
    "apply_change",
    "claim_status",
    "parse_status",
    "update_claims",
    "Decided",
    "HistoryEntry",
    "Ledger",
    "LedgerDraft",
    "Orphan",
    "apply_decision",
    "check_matches",
    "decide",
    "ledger_key",
    "ledger_path",
    "ledger_path_for",
    "load_ledger_of",
    "relocate",
    "load_ledger",
    "locked",
    "parse_verdict",
    "refresh_file",
    "refresh_ledger",
    "save_ledger",
    "serialise",
    "set_decision",
    "set_decisions",
]
