"""The version of this checkout's code, for the caches kept on disk between runs.

What a cache keeps (parsed reference packages, derived tables, rendered word lists) is made by
code spread over the whole package: the loader calls the unit, substance and period modules, and
those read the data files. A key made from a few of those files kept an entry made by other code
(another checkout sharing the default cache folder, or this one before an edit) and handed it to
a run it was wrong for. So every cache is keyed by all of it: the path, size and modification time
of every source and data file of the package, the rule Python's own bytecode cache follows (an
edit changes the time; another checkout has another path). Reading 250 ``stat``s costs about 2 ms
a cold start; hashing the 2 MB they hold would cost ten times that.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SUFFIXES = (".py", ".json", ".csv", ".yaml", ".yml", ".txt")


@cache
def code_version() -> str:
    """A digest that changes whenever any source or data file of the package does."""
    lines: list[str] = []
    _walk(str(_PACKAGE), lines)
    return hashlib.blake2b("\n".join(lines).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _walk(folder: str, lines: list[str]) -> None:
    try:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda entry: entry.name)
    except OSError:
        lines.append(f"{folder}\0unreadable")
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    _walk(entry.path, lines)
            elif entry.name.endswith(_SUFFIXES):
                stat = entry.stat()
                lines.append(f"{entry.path}\0{stat.st_size}\0{stat.st_mtime_ns}")
        except OSError:
            lines.append(f"{entry.path}\0unreadable")
