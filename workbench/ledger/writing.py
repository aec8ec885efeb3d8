"""Writing a ledger: a short cross-process lock, a revision check, an atomic replace."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..atomic import LOCK_FOLDER, held_lock, lock_path, write_atomic
from ..errors import ConflictError, LedgerError, WorkbenchError
from .migration import stored_version
from .models import SCHEMA_VERSION, Ledger
from ..readfile import read_regular
from .reading import MAX_LEDGER_BYTES, parse_ledger

LOCK_TIMEOUT_S = 30.0


def _backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.schema-v{version}.bak")


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the ledger's cross-process lock (a kernel lock: released if the holder dies)."""
    # only writers lock; `check` reads ledgers without it
    with held_lock(path, LOCK_TIMEOUT_S,
                   lambda exc: LedgerError.at(f"cannot create the lock folder: {exc.strerror}",
                                              str(path.parent / LOCK_FOLDER), hint="make the claims folder writable"),
                   lambda: LedgerError.at(f"another process has held the ledger lock for {LOCK_TIMEOUT_S:.0f} s",
                                          str(path), hint=f"retry; if no workbench is running, delete {lock_path(path)}")):
        _remove_dead_temp_files(path)
        yield


def _remove_dead_temp_files(path: Path) -> None:
    # Temp files are only written under the lock, so any found while we hold it belong to a
    # writer that died mid-save; the real file is intact (os.replace never ran).
    # The name is escaped: a draft called "*.md" must not match every other ledger's temp files.
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            stale.unlink()
        except FileNotFoundError:
            pass


def serialise(ledger: Ledger) -> bytes:
    return (ledger.model_dump_json(indent=2, exclude_none=False) + "\n").encode("utf-8")


def conflict_error(path: Path, on_disk: Ledger, expected: int) -> WorkbenchError:
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


def read_locked(path: Path) -> tuple[Ledger | None, bytes | None]:
    """The ledger on disk and its bytes (None, None when absent). Call with the lock held to write what it
    read; without it, only to find there is nothing to write."""
    data = read_regular(path, MAX_LEDGER_BYTES, LedgerError, "ledger")
    if data is None:
        return None, None
    return parse_ledger(path, data), data  # never overwrite a file we cannot read


def write_locked(ledger: Ledger, path: Path, on_disk: Ledger | None, data: bytes | None,
                  expected_revision: int) -> Ledger:
    """Write ``ledger`` as the next revision if ``on_disk`` is still ``expected_revision``."""
    if on_disk is None:
        if expected_revision != 0:
            raise ConflictError.at(f"the ledger was deleted after you read revision {expected_revision}; "
                                   "nothing was saved", str(path))
    elif on_disk.revision != expected_revision:
        raise conflict_error(path, on_disk, expected_revision)
    old_version = stored_version(data) if data is not None else None
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
        on_disk, data = read_locked(p)
        return write_locked(ledger, p, on_disk, data, expected_revision)
