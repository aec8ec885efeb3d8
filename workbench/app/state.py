"""What one reviewer's session holds, and the data loads the pages share (cached by content).

The page shows a ledger *snapshot*: the revision the reviewer read. Saves name that revision,
so a decision made while looking at an old view is refused (``ConflictError``) instead of
silently overwriting a colleague; ``changes_since`` then tells what the colleague changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from ..config import Config
from ..drafts import Draft
from ..ledger import Ledger, load_ledger
from ..models import DraftReport, Verdict
from ..paths import walk
from ..reference import ReferenceData, load_reference
from .components import component

# ---------------------------------------------------------------- cached loads

def _files(dirs: Sequence[Path]) -> list[tuple[Path, Path]]:
    """Every file of the reference sources: a folder's (symlinked folders not entered), or a zipped package itself.
    A folder that cannot be listed is passed over here: the load that follows reports what it cannot read."""
    return [(folder.parent, folder) for folder in dirs if folder.is_file()] + [
        (folder, path) for folder in dirs if folder.is_dir()
        for path in sorted(Path(here) / name for here, names in walk(folder, on_error=_passed_over) for name in names
                           if not name.startswith(".")) if path.is_file()]


def _passed_over(_error: OSError) -> None:
    return None


_content_keys: dict[tuple[object, ...], str] = {}


def reference_content_key(dirs: Sequence[Path]) -> str:
    """sha256 over every file's name and bytes in the reference folders: the cache key.

    The hash is recomputed only when a file's size, mtime or inode changed, so a rerun of the
    page does not re-read a large package."""
    files = _files(dirs)
    signature: tuple[object, ...] = tuple(str(d.resolve()) for d in dirs) + tuple(
        (str(p), s.st_size, s.st_mtime_ns, s.st_ino) for _, p in files for s in [p.stat()])
    cached = _content_keys.get(signature)
    if cached is not None:
        return cached
    digest = hashlib.sha256()
    for folder in dirs:
        digest.update(str(folder.resolve()).encode() + b"\x00")
    for folder, path in files:
        digest.update(path.relative_to(folder).as_posix().encode() + b"\x00")
        digest.update(_file_digest(path))
    if len(_content_keys) > 16:
        _content_keys.clear()
    _content_keys[signature] = key = digest.hexdigest()
    return key


def _file_digest(path: Path) -> bytes:
    """sha256 of a file, read a chunk at a time (a large CSV is not held in memory only to be hashed). A file
    that cannot be read is keyed by why: the load that follows names it as a problem of its package, shown
    on the page, instead of the page failing on an OSError here."""
    try:
        with open(path, "rb", buffering=0) as stream:
            return hashlib.file_digest(stream, "sha256").digest()
    except OSError as exc:
        return f"unreadable: {exc.errno}".encode()


# Both loads are cached as shared objects (``cache_resource``), not copies: ``cache_data`` unpickles a copy on
# every run (about 50 ms for the shipped reference data and 15 ms for a 300-claim report, on each page
# load). Neither is changed after it is built — reference data is frozen, and applying the ledger makes new
# results (``model_copy``) — so sessions can share them, as `workbench check` shares one load across drafts.
@st.cache_resource(show_spinner="Loading reference data…", max_entries=4)
def _reference(dirs: tuple[str, ...], content_key: str) -> ReferenceData:
    return load_reference([Path(d) for d in dirs])


def reference_data(config: Config) -> ReferenceData:
    """The validated reference packages; parsed once per content (ReferenceProblems when invalid)."""
    dirs = config.reference_dirs
    return _reference(tuple(str(d) for d in dirs), reference_content_key(dirs))


@st.cache_resource(show_spinner="Checking the claims…", max_entries=16)
def _check(_draft: Draft, _reference: ReferenceData, _config: Config, draft_sha256: str, draft_path: str,
           reference_fingerprint: str, config_json: str, as_of: str) -> DraftReport:
    from ..check import check_draft

    return check_draft(_draft, _reference, _config)


def automatic_report(draft: Draft, reference: ReferenceData, config: Config) -> DraftReport:
    """`check_draft` without the ledger, cached by the draft's bytes, the data, the settings and the
    date relative periods are read from (today's, for an undated draft: a new day is a new check)."""
    return _check(draft, reference, config, draft.sha256, draft.path, reference.fingerprint,
                  config.model_dump_json(), reading_date(draft, config)[0].isoformat())


def reading_date(draft: Draft, config: Config) -> tuple[dt.date, str]:
    """The date the check reads "last year" and "this month" from — ``check.as_of_date``, the rule
    `workbench check` uses — and where that date came from, in words."""
    from ..check import as_of_date

    day = as_of_date(draft, config)
    if config.as_of:
        return day, "the as_of setting"
    if draft.date is not None and draft.date == day:
        if month := draft.shown_month(day):
            return day, f"the draft's front matter: published in {month}, read as the month's last day"
        return day, "the draft's front matter"
    return day, "today's date: the draft has no date in its front matter"


def clear_caches() -> None:
    _reference.clear()
    _check.clear()


# ---------------------------------------------------------------- the session's ledger snapshot

@dataclass
class PendingDecision:
    """A decision the reviewer asked to save; kept until it is saved or discarded."""

    claim_id: str
    verdict: Verdict | None
    note: str | None
    evidence: str | int | None
    reviewer: str


@dataclass
class Conflict:
    """A refused save: why, the decision kept, and the ledger as it was on disk when it was refused (what the
    page shows of the colleague's change, and the revision a re-apply names)."""

    message: str
    pending: PendingDecision
    on_disk: Ledger | None


def ledger_on_disk(path: Path) -> Ledger | None:
    """The ledger file as it is now; parsed again only when the file changed (stat)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    signature = (info.st_size, info.st_mtime_ns, info.st_ino)
    memo: dict[str, tuple[tuple[int, int, int], Ledger | None]] = st.session_state.setdefault("disk_ledgers", {})
    known = memo.get(str(path))
    if known is not None and known[0] == signature:
        return known[1]
    ledger = load_ledger(path)
    memo[str(path)] = (signature, ledger)
    return ledger


def snapshots() -> dict[str, Ledger | None]:
    return st.session_state.setdefault("ledger_snapshots", {})


def seen_ledger(path: Path) -> tuple[bool, Ledger | None]:
    """(known, ledger) — whether this session has read the ledger, and what it read."""
    store = snapshots()
    key = str(path)
    return (key in store, store.get(key))


def remember_ledger(path: Path, ledger: Ledger | None) -> None:
    snapshots()[str(path)] = ledger


@dataclass(frozen=True)
class Change:
    revision: int
    at: dt.datetime
    reviewer: str
    claim_id: str
    claim_text: str
    event: str
    before: str
    after: str
    note: str


def _verdict_word(verdict: Verdict | None) -> str:
    return verdict.value if verdict is not None else "automatic"


def changes_since(ledger: Ledger, revision: int) -> list[Change]:
    """Every history entry written after ``revision``, oldest first (what a colleague did)."""
    rows = [Change(h.revision, h.at, h.reviewer, cid, entry.claim.text, h.event,
                   _verdict_word(h.from_verdict), _verdict_word(h.to_verdict), h.note or "")
            for cid, entry in ledger.claims.items() for h in entry.history if h.revision > revision]
    rows += [Change(h.revision, h.at, h.reviewer, o.entry.claim.id, o.entry.claim.text, h.event,
                    _verdict_word(h.from_verdict), _verdict_word(h.to_verdict), h.note or "")
             for o in ledger.orphans for h in o.entry.history if h.revision > revision]
    return sorted(rows, key=lambda c: (c.revision, c.at))


# ---------------------------------------------------------------- the reviewer's name, kept by the browser

# The name lives in this browser's localStorage, not in the URL: a shared link must not make a
# colleague save decisions under someone else's name.
_NAME_JS = """
export default function(component) {
  const { data, setStateValue, parentElement } = component;
  const KEY = 'claim-workbench.reviewer';
  let stored = null;
  try { stored = window.localStorage.getItem(KEY); } catch (e) { return; }
  if (data.name) {
    if (data.name !== stored) { window.localStorage.setItem(KEY, data.name); }
  } else if (stored && !parentElement.host?.dataset?.cwRestored && !data.restored) {
    if (parentElement.host) { parentElement.host.dataset.cwRestored = '1'; }
    setStateValue('stored', stored);
  }
}
"""
NAME_LIMIT = 120


def _restore_name() -> None:
    value = st.session_state.get("reviewer_store")
    stored = getattr(value, "stored", None) if value is not None else None
    if stored and not str(st.session_state.get("reviewer", "")).strip():
        st.session_state["reviewer"] = str(stored)[:NAME_LIMIT]
    st.session_state["reviewer_restored"] = True


def keep_reviewer_name() -> None:
    """Mount (before the name's text input) the tiny component that stores the name in the browser and
    gives it back after a reload."""
    name = str(st.session_state.get("reviewer", "")).strip()
    component("claim_workbench_reviewer", js=_NAME_JS)(key="reviewer_store", data={"name": name,
                                                "restored": bool(st.session_state.get("reviewer_restored"))},
                    on_stored_change=_restore_name)
