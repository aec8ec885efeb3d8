"""One way to replace a file: readers see the old or the new content, never a mix.

Temp file in the same folder, flush + fsync, ``os.replace``, then fsync of the folder so the
rename itself survives a crash. Used for ledgers, fetched reference data and report files.
The new file gets the permissions any other program would give it (0o666 minus the umask):
``tempfile.mkstemp`` alone makes 0600 files that colleagues on a shared server cannot read.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

_UMASK_LOCK = threading.Lock()

LOCK_FOLDER = ".workbench-locks"
# Git ignores a folder whose own .gitignore says "*": the lock files stay out of every commit
# (and out of `git status`) in any repository, without the user editing their .gitignore.
LOCK_FOLDER_GITIGNORE = "# written by claim-workbench: lock files are never committed\n*\n"


def make_folder(folder: Path) -> None:
    """Make ``folder`` and its parents, if missing. A symlink to a folder not made yet (a link kept in a checkout
    whose target is made per machine) is followed and its target made, as writing a file through such a link
    writes where it points: ``Path.mkdir`` alone refuses the link as 'File exists', which names no problem a
    user can see. A link that loops, or points through one, is the loop's own error."""
    import errno

    target = Path(os.path.realpath(folder))
    if target.is_symlink():  # realpath stops at a loop and returns the link itself
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), os.fspath(folder))
    target.mkdir(parents=True, exist_ok=True)


def lock_path(path: Path) -> Path:
    return path.parent / LOCK_FOLDER / (path.name + ".lock")


@contextmanager
def held_lock(path: Path, timeout: float, folder_error: Callable[[OSError], Exception],
              timeout_error: Callable[[], Exception]) -> Iterator[None]:
    """Hold the cross-process lock of ``path`` (a kernel lock in its folder's lock folder: released if the holder
    dies) around a read, change and replace of it; the lock folder that cannot be made, or a lock not had within
    ``timeout`` seconds, is the caller's error."""
    from filelock import FileLock, Timeout

    make_folder(path.parent)
    try:
        folder = path.parent / LOCK_FOLDER
        make_folder(folder)
        if not (folder / ".gitignore").exists():  # before any lock file is made
            _write_lock_gitignore(folder)
    except OSError as exc:
        raise folder_error(exc) from None
    lock = FileLock(str(lock_path(path)), timeout=timeout, poll_interval=0.002)
    try:
        lock.acquire()
    except Timeout:
        raise timeout_error() from None
    try:
        yield
    finally:
        lock.release()


def _write_lock_gitignore(folder: Path) -> None:
    """The lock folder's .gitignore; on a full disk it is left for the next lock taken to write: the lock works
    without it, and the write the lock guards meets the same full disk and says so, naming its own file."""
    import errno

    try:
        write_atomic(folder / ".gitignore", LOCK_FOLDER_GITIGNORE)
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            raise


def current_umask() -> int:
    """The process umask (reading it means setting it, so briefly under a lock)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def stage_file(path: Path, payload: bytes) -> Path:
    """Write ``payload`` to a synced temp file beside ``path`` (mode 0o666 & ~umask); return its path."""
    make_folder(path.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _on(path, exc) from None
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _on(path, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _on(path: Path, exc: OSError) -> OSError:
    """A failed write of ``path``'s staged copy (a full disk says so only at write or fsync, with no file
    name) as an error on ``path`` itself: the file the user asked for, not a temp name or the draft."""
    return OSError(exc.errno, exc.strerror or str(exc), os.fspath(path))


def sync_folder(folder: Path) -> None:
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` (str is written as UTF-8, newlines untouched)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = stage_file(path, payload)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def replace_together(files: dict[Path, bytes]) -> None:
    """Replace several files as one change: every file is staged (written and synced) first, then
    swapped in; if any step fails, the files already swapped get their old content back.

    A full disk or a read-only folder therefore fails while staging, before anything changed.
    """
    staged: dict[Path, Path] = {}
    try:
        for path, payload in files.items():
            staged[path] = stage_file(path, payload)
        _swap(staged)
    finally:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
    for folder in {path.parent for path in files}:
        sync_folder(folder)


def _swap(staged: dict[Path, Path]) -> None:
    """Rename each staged file over its target, keeping the old one (a hard link) until all are in."""
    done: list[tuple[Path, Path | None]] = []  # target, its saved old content (None: it was new)
    try:
        for path, tmp in staged.items():
            saved = None
            if path.exists():
                saved = path.with_name(f".{path.name}.{os.getpid()}.old")
                saved.unlink(missing_ok=True)
                os.link(path, saved)
            done.append((path, saved))
            os.replace(tmp, path)
    except BaseException:
        for path, saved in reversed(done):
            if saved is not None:
                os.replace(saved, path)
            else:
                path.unlink(missing_ok=True)
        raise
    finally:
        for _, saved in done:
            if saved is not None:
                saved.unlink(missing_ok=True)
