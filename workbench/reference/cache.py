"""The content caches of parsed packages: in this process, and optionally on disk.

Both are keyed by the packages' content hash and their folders; the disk cache also by this
code and pandas' version, so a stale entry is never used. The disk cache (pickles) serves fresh
processes such as CI and the CLI; the caller chooses its folder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path

import pandas as pd

from .model import ReferenceData

CacheKey = tuple[str, tuple[str, ...]]  # (content fingerprint, resolved package folders)

_MEMORY: dict[CacheKey, ReferenceData] = {}
_MEMORY_LIMIT = 8


def clear_cache() -> None:
    """Forget the in-process cache (the disk cache is keyed by content and needs no clearing)."""
    _MEMORY.clear()


def cached(key: CacheKey, cache_dir: Path | None) -> ReferenceData | None:
    data = _MEMORY.get(key) or (_disk_get(key, cache_dir) if cache_dir else None)
    if data is not None:
        _remember(key, data)
    return data


def store(key: CacheKey, data: ReferenceData, cache_dir: Path | None) -> None:
    _remember(key, data)
    if cache_dir:
        _disk_put(key, data, cache_dir)


def _remember(key: CacheKey, data: ReferenceData) -> None:
    if key not in _MEMORY and len(_MEMORY) >= _MEMORY_LIMIT:
        _MEMORY.pop(next(iter(_MEMORY)))
    _MEMORY[key] = data


@cache
def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for path in [*sorted(here.glob("*.py")), here.parent / "datapackage.py", here.parent / "periods.py"]:
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(path.name.encode())
    digest.update(pd.__version__.encode())
    return digest.hexdigest()


def _disk_path(key: CacheKey, cache_dir: Path) -> Path:
    name = hashlib.sha256("\0".join([_code_fingerprint(), key[0], *key[1]]).encode()).hexdigest()
    return cache_dir / f"reference-{name}.pickle"


def _disk_get(key: CacheKey, cache_dir: Path) -> ReferenceData | None:
    path = _disk_path(key, cache_dir)
    if not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)
    except Exception:  # noqa: BLE001 — a damaged cache entry is only a cache miss
        return None
    return data if isinstance(data, ReferenceData) and data.fingerprint == key[0] else None


def _disk_put(key: CacheKey, data: ReferenceData, cache_dir: Path) -> None:
    path = _disk_path(key, cache_dir)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".reference-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 — a cache that cannot be written costs time, never correctness
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
