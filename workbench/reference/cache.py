"""The content caches of parsed packages: in this process, and optionally on disk.

Both are keyed by the packages' content hash and their folders; the disk cache also by the
whole package's code (``code_version``) and pandas' and pyarrow's versions, so a stale entry is never used. On disk an entry is a
folder holding a JSON manifest and one Arrow IPC stream per frame — formats that cannot run
code when read, unlike a pickle (Arrow rather than Parquet because a cold `workbench check`
reads it in half the time and without importing pyarrow.parquet). The manifest names the content
fingerprint and folders it was made for and the sha256 of each frame file; an entry that does not match them, or is damaged, is a
cache miss. The caller chooses the folder (CI and the CLI use it for fresh processes).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from ..atomic import make_folder
from ..cache_prune import mark_used, prune
from ..code_version import code_version
from ..datapackage import LoadedMeta
from ..readfile import cached_bytes
from .model import LoadedResource, ReferenceData
from .problems import Problem, ProblemCode

CacheKey = tuple[str, tuple[str, ...]]  # (content fingerprint, resolved package folders)

_MEMORY: dict[CacheKey, ReferenceData] = {}
_MEMORY_LIMIT = 8
_FORMAT = "claim-workbench-reference-cache/3"
_MANIFEST = "manifest.json"


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
    import pyarrow

    # All of the package's code, not only this folder's: the loader reads units, substances and
    # periods through other modules and data files, and an entry made by other code is wrong here.
    return f"{code_version()}|{pd.__version__}|{pyarrow.__version__}"


def _disk_path(key: CacheKey, cache_dir: Path) -> Path:
    # surrogatepass: a folder whose name is not UTF-8 (kept by Python as lone surrogates) has a key too
    text = "\0".join([_code_fingerprint(), key[0], *key[1]])
    name = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return cache_dir / f"reference-{name}"


def _disk_get(key: CacheKey, cache_dir: Path) -> ReferenceData | None:
    folder = _disk_path(key, cache_dir)
    try:
        manifest = json.loads((cached_bytes(folder / _MANIFEST) or b"{}").decode("utf-8"))
        if manifest.get("format") != _FORMAT or manifest.get("fingerprint") != key[0] \
                or manifest.get("folders") != list(key[1]):
            return None
        resources = {}
        for entry in manifest["resources"]:
            res = _read_resource(folder, entry)
            resources[res.name] = res
        problems = tuple(_problem(p) for p in manifest["problems"])
        mark_used(folder)
        return ReferenceData(resources=resources, fingerprint=key[0],
                             package_dirs=tuple(Path(p) for p in manifest["package_dirs"]), problems=problems)
    except Exception:  # noqa: BLE001 — a damaged or foreign entry is only a cache miss
        return None


def _read_resource(folder: Path, entry: dict[str, Any]) -> LoadedResource:
    import pyarrow as pa

    path = folder / entry["frame"]
    if Path(entry["frame"]).name != entry["frame"]:
        raise ValueError("frame file outside the entry")
    data = cached_bytes(path)
    if data is None or hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise ValueError("frame does not match the manifest")
    frame = pa.ipc.open_stream(data).read_all().to_pandas()
    # Arrow hands back text columns as str already; astype would copy each of them anyway.
    text = {c: "str" for c, dtype in frame.dtypes.items() if c not in ("row", "value") and dtype != "str"}
    if text:
        frame = frame.astype(text)
    return LoadedResource(meta=LoadedMeta.model_validate(entry["meta"]), dimensions=tuple(entry["dimensions"]),
                          frame=frame, package_dir=Path(entry["package_dir"]), csv_path=Path(entry["csv_path"]))


def _problem(raw: dict[str, Any]) -> Problem:
    return Problem(**{**raw, "code": ProblemCode(raw["code"])})


def _disk_put(key: CacheKey, data: ReferenceData, cache_dir: Path) -> None:
    import pyarrow as pa

    options = pa.ipc.IpcWriteOptions(compression="lz4" if pa.Codec.is_available("lz4") else None)
    final = _disk_path(key, cache_dir)
    tmp: str | None = None
    try:
        make_folder(cache_dir)
        tmp = tempfile.mkdtemp(dir=cache_dir, prefix=".reference-", suffix=".tmp")
        entries = []
        for index, res in enumerate(data.resources.values()):
            sink, table = pa.BufferOutputStream(), pa.Table.from_pandas(res.frame, preserve_index=False)
            with pa.ipc.new_stream(sink, table.schema, options=options) as writer:
                writer.write_table(table)
            blob = sink.getvalue().to_pybytes()
            Path(tmp, f"{index}.arrow").write_bytes(blob)
            entries.append({"frame": f"{index}.arrow", "sha256": hashlib.sha256(blob).hexdigest(),
                            "meta": res.meta.model_dump(mode="json", by_alias=True), "dimensions": list(res.dimensions),
                            "package_dir": str(res.package_dir), "csv_path": str(res.csv_path)})
        manifest = {"format": _FORMAT, "fingerprint": key[0], "folders": list(key[1]),
                    "package_dirs": [str(p) for p in data.package_dirs], "resources": entries,
                    "problems": [p.to_dict() for p in data.problems]}
        Path(tmp, _MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        if final.exists():
            if _disk_get(key, cache_dir) is not None:
                return  # another process made the same entry first: keep it, a reader may be reading it
            # A damaged entry is moved aside in one step, so no reader meets it half removed.
            aside = cache_dir / f".reference-{os.getpid()}-{os.urandom(6).hex()}.old"
            try:
                os.rename(final, aside)
            except OSError:
                return  # another process moved or replaced it just now
            shutil.rmtree(aside, ignore_errors=True)
        os.replace(tmp, final)  # fails (and ours is dropped) when another process's entry landed first
        tmp = None
        prune(cache_dir)  # a new entry: the ones older code made and no run uses go
    except Exception:  # noqa: BLE001 — a cache that cannot be written costs time, never correctness
        pass
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
