"""Old entries of the cache folder removed when a run writes a new one.

Every entry's key holds the version of the code (``code_version``): after an edit, an upgrade, or in
another checkout sharing the folder, new entries are written beside the old ones, which no run of the
new code reads again. So whenever a run writes an entry, the entries no run has used for
``UNUSED_DAYS`` days go (a run that uses an entry marks it: ``mark_used``). Only the cache's own
entries are removed (kept values ``<name>-<digest>.json``, parsed packages ``reference-<digest>``);
a folder that cannot be read or written is left as it is.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

UNUSED_DAYS = 30
_ENTRY = re.compile(r"[a-z_]+-[0-9a-f]{32}\.json|reference-[0-9a-f]{64}")


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
    for entry in entries:
        if not _ENTRY.fullmatch(entry.name):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime >= limit:
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
