"""The cache folder does not fill up with entries older code made: a run that writes an entry removes
those no run has used for a month; entries in use, and files that are not the cache's, stay."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from package_support import cpi_package

from workbench.cache_prune import UNUSED_DAYS
from workbench.reference import clear_cache, load_reference

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")
_MONTHS_AGO = time.time() - (UNUSED_DAYS + 10) * 86400


def _aged(path: Path) -> Path:
    os.utime(path, (_MONTHS_AGO, _MONTHS_AGO))
    return path


def test_writing_an_entry_removes_the_entries_unused_for_a_month(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    old_package = cache / ("reference-" + "a" * 64)
    (old_package / "0.arrow").parent.mkdir()
    (old_package / "0.arrow").write_bytes(b"old frame")
    _aged(old_package)
    old_value = cache / ("branch_openers-" + "b" * 32 + ".json")
    old_value.write_text("{}\n[]", encoding="utf-8")
    _aged(old_value)
    recent_value = cache / ("branch_openers-" + "c" * 32 + ".json")
    recent_value.write_text("{}\n[]", encoding="utf-8")
    someone_elses = cache / "notes.txt"
    someone_elses.write_text("mine", encoding="utf-8")
    _aged(someone_elses)

    load_reference([cpi_package(tmp_path / "cpi")], cache_dir=cache)

    names = sorted(p.name for p in cache.iterdir())
    assert old_package.name not in names and old_value.name not in names
    assert recent_value.name in names and someone_elses.exists()
    written = [n for n in names if n.startswith("reference-")]
    assert len(written) == 1  # this run's entry


def test_an_entry_a_run_reads_counts_as_used(tmp_path: Path) -> None:
    cache, package = tmp_path / "cache", cpi_package(tmp_path / "cpi")
    load_reference([package], cache_dir=cache)
    entry = next(cache.glob("reference-*"))
    _aged(entry)
    clear_cache()  # a fresh process: the entry is read from the folder
    load_reference([package], cache_dir=cache)
    assert entry.stat().st_mtime > _MONTHS_AGO + 86400  # read just now: the next write keeps it


def test_what_a_killed_writer_left_goes_once_a_day_old(tmp_path: Path) -> None:
    """The twenty-first crash hunt: a run killed while it wrote a parsed package (SIGKILL, the OOM killer: no
    handler runs) left its hidden temp folder, as large as the package's tables, and prune removed only entries
    it could name — so it stayed for good, as did an entry moved aside to be removed. A live writer's temp stays."""
    cache = tmp_path / "cache"
    killed = cache / ".reference-k1ll3d00.tmp"
    killed.mkdir(parents=True)
    (killed / "0.arrow").write_bytes(b"half a frame")
    _aged(killed)
    moved_aside = cache / (".reference-" + "d" * 64 + "-4242-0123456789ab.old")
    moved_aside.mkdir()
    _aged(moved_aside)
    staged_value = cache / ".branch_openers-0123.json.5f3a9c0e1b2d4f60.tmp"
    staged_value.write_bytes(b"{")
    _aged(staged_value)
    live = cache / ".reference-l1v3w1p0.tmp"
    live.mkdir()
    someone_elses = cache / "notes.tmp"  # not hidden: not a name the workbench writes
    someone_elses.write_text("mine", encoding="utf-8")
    _aged(someone_elses)
    load_reference([cpi_package(tmp_path / "cpi")], cache_dir=cache)
    left = {p.name for p in cache.iterdir()}
    assert not left & {killed.name, moved_aside.name, staged_value.name}
    assert live.name in left and someone_elses.name in left
