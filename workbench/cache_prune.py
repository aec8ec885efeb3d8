"""Old entries of the cache folder removed when a run writes a new one.

Every entry's key holds the version of the code (``code_version``): after an edit, an upgrade, or in
another checkout sharing the folder, new entries are written beside the old ones, which no run of the
new code reads again. So whenever a run writes an entry, the entries no run has used for
``UNUSED_DAYS`` days go (a run that uses an entry marks it: ``mark_used``). Only the cache's own
entries are removed (kept values ``<name>-<digest>.json``, parsed packages ``reference-<digest>``);
a folder that cannot be read or written is left as it is.

What a writer killed mid-write leaves (SIGKILL, the OOM killer, a power cut: no handler runs) goes too once it
is a day old — a hidden ``.….tmp`` file or folder being written, an ``.….old`` entry moved aside to be
removed — since nothing else ever would, and a parsed package's folder is as large as its tables. A live
writer touches its temp within seconds, so a day is far past any write.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

UNUSED_DAYS = 30
LEFT_BEHIND_DAYS = 1
_ENTRY = re.compile(r"[a-z_]+-[0-9a-f]{32}\.json|reference-[0-9a-f]{64}")
_LEFT_BEHIND = re.compile(r"\..+\.(?:tmp|old)")


def mark_used(path: Path) -> None:
    """Mark an entry a run has just used (its modification time), so ``prune`` keeps it."""
    try:
        os.utime(path)
    except OSError:
        pass  # a read-only folder: its entries are never pruned by this run either


def prune(cache_dir: Path, days: float = UNUSED_DAYS) -> list[str]:
    """Remove the cache entries in ``cache_dir`` unused for ``days`` days; their names."""
    limit = time.time() - days * 86400
    removed: list[str] = []
    try:
        entries = list(os.scandir(cache_dir))
    except OSError:
        return removed
    left_behind_limit = time.time() - LEFT_BEHIND_DAYS * 86400
    for entry in entries:
        if _ENTRY.fullmatch(entry.name):
            oldest = limit
        elif _LEFT_BEHIND.fullmatch(entry.name):
            oldest = left_behind_limit
        else:
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime >= oldest:
                continue
            if entry.is_dir(follow_symlinks=False):
                # moved aside in one step first, so no reader meets it half removed
                aside = cache_dir / f".{entry.name}-{os.getpid()}-{os.urandom(6).hex()}.old"
                os.rename(entry.path, aside)
                shutil.rmtree(aside, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:
            continue  # another run removed or replaced it just now
        removed.append(entry.name)
    return removed
