"""One way to replace a file: readers see the old or the new content, never a mix.

Temp file in the same folder, flush + fsync, ``os.replace``, then fsync of the folder so the
rename itself survives a crash. Used for ledgers, fetched reference data and report files.
The new file gets the permissions any other program would give it (0o666 minus the umask):
``tempfile.mkstemp`` makes 0600 files that colleagues on a shared server cannot read.

A temp file's name is chosen and recorded (``new_temp_file``) before the file exists, and forgotten once it
is renamed into place or removed: an interrupt (Ctrl-C, or SIGTERM unwinding as one) can land the moment the
file is made, before the code making it holds its name — ``mkstemp`` returned the name only after — and then
``remove_unfinished``, called by whoever catches the interrupt, still finds it. Before, such a hidden
``.report.json.x1y2.tmp`` stayed beside the output for good (the twenty-first crash hunt).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

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


# Temp files this process made and has neither renamed into place nor removed (see the module's docstring).
_UNFINISHED: set[Path] = set()
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def new_temp_file(path: Path, prefix: str) -> tuple[int, Path]:
    """A new empty file beside ``path`` named ``prefix``…``.tmp`` (mode 0o666 & ~umask, as any program's), open for
    writing: its descriptor and path. It counts as unfinished until ``forget`` or ``remove`` is told."""
    while True:
        tmp = path.parent / f"{prefix}{secrets.token_hex(8)}.tmp"
        _UNFINISHED.add(tmp)  # before the file exists: from here on an interrupt knows its name
        try:
            return os.open(tmp, _NEW_FILE, 0o666), tmp
        except FileExistsError:  # another writer's name (1 in 2**64): nothing of ours, draw again
            _UNFINISHED.discard(tmp)
        except BaseException:
            remove(tmp)
            raise


def forget(tmp: Path) -> None:
    """``tmp`` was renamed into place: nothing is left to remove."""
    _UNFINISHED.discard(tmp)


def remove(tmp: Path) -> None:
    """Remove the temp file ``tmp`` (if it is there) and forget it."""
    tmp.unlink(missing_ok=True)
    _UNFINISHED.discard(tmp)


def remove_unfinished() -> None:
    """Remove every temp file this process made and did not finish: called when an interrupt ends a command."""
    for tmp in list(_UNFINISHED):
        try:
            remove(tmp)
        except OSError:
            pass  # a folder gone or read-only since: nothing more to do on the way out


def stage_file(path: Path, payload: bytes) -> Path:
    """Write ``payload`` to a synced temp file beside ``path`` (mode 0o666 & ~umask); return its path, which the
    caller renames into place (then ``forget``) or ``remove``s."""
    make_folder(path.parent)
    try:
        fd, tmp = new_temp_file(path, f".{path.name}.")
    except OSError as exc:
        raise error_on(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        remove(tmp)
        raise error_on(path, exc) from None
    except BaseException:
        remove(tmp)
        raise
    return tmp


def error_on(path: Path, exc: OSError) -> OSError:
    """A failed write to ``path`` or its staged copy (a full disk says so only at write, flush or fsync, with no
    file name) as an error on ``path`` itself: the file the user asked for, not a temp name or the draft."""
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
        remove(tmp)
        raise
    forget(tmp)
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
            remove(tmp)  # renamed into place already, or never used
    for folder in {path.parent for path in files}:
        sync_folder(folder)


def _swap(staged: dict[Path, Path]) -> None:
    """Rename each staged file over its target, keeping the old one (a hard link) until all are in."""
    done: list[tuple[Path, Path | None]] = []  # target, its saved old content (None: it was new)
    try:
        for path, tmp in staged.items():
            saved = path.with_name(f".{path.name}.{os.getpid()}.old") if path.exists() else None
            done.append((path, saved))  # before the link is made: an interrupt right after it still finds it
            if saved is not None:
                saved.unlink(missing_ok=True)
                os.link(path, saved)
            os.replace(tmp, path)
    except BaseException:
        for path, saved in reversed(done):
            if saved is not None:
                if saved.exists():  # else the interrupt came before the link: the old file was never touched
                    os.replace(saved, path)
            else:
                path.unlink(missing_ok=True)
        raise
    finally:
        for _, saved in done:
            if saved is not None:
                saved.unlink(missing_ok=True)
