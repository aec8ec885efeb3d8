"""Processes started at the same moment on one cache folder give what a run without the cache gives.

A newsroom's CI runs `workbench check` in parallel jobs on a shared cache folder, and two checkouts
of different code (a branch and main, or the code before and after an edit) can share the default
folder. Each process here is a real one (`python -m workbench`, which also keeps its compiled
patterns in the folder): two checkouts whose code reads a package's unit differently, several
processes of each started together on an empty folder, then again on the folder they filled.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import workbench

DRAFT = """---
date: 2023-06-01
---
Unemployment in the harbour district stood at 5.1% in 2021, up from 4.6% a year earlier.
"""

CSV = "period,value,unit\n2019,4.2,percent\n2020,4.6,percent\n2021,5.1,percent\n"

PACKAGE = {
    "name": "harbour-unemployment",
    "resources": [{
        "name": "harbour-unemployment-rate", "path": "rate.csv", "title": "Unemployment rate, harbour district",
        "schema": {"fields": [{"name": "period", "type": "string"}, {"name": "value", "type": "number"},
                              {"name": "unit", "type": "string"}]},
        "workbench": {"metric": "unemployment rate", "aliases": ["unemployment"], "kind": "level"},
    }],
}

# The other checkout's edit: it reads a "percent" unit column as a unit of its own, not as "%",
# so its claims in % no longer meet that package's rows. The edit is outside workbench/reference/.
OTHER_CODE = '\nUNIT_DIMENSION["percent"] = UNIT_DIMENSION["%"]\n'


def _package(tmp_path: Path) -> Path:
    package = tmp_path / "package"
    package.mkdir()
    (package / "rate.csv").write_text(CSV, encoding="utf-8")
    (package / "datapackage.json").write_text(json.dumps(PACKAGE), encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    return package


def _other_checkout(tmp_path: Path) -> Path:
    other = tmp_path / "other-checkout"
    shutil.copytree(Path(workbench.__file__).parent, other / "workbench",
                    ignore=shutil.ignore_patterns("__pycache__", "app"))
    with (other / "workbench" / "units.py").open("a", encoding="utf-8") as units:
        units.write(OTHER_CODE)
    return other


def _start(tmp_path: Path, checkout: Path | None, cache: Path | None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg")  # never the user's own cache
    if cache is None:
        env["WORKBENCH_NO_CACHE"] = "1"
    else:
        env["WORKBENCH_CACHE_DIR"] = str(cache)
    if checkout is not None:
        env["PYTHONPATH"] = str(checkout)
    else:
        env.pop("PYTHONPATH", None)
    command = [sys.executable, "-m", "workbench", "check", "draft.md", "--reference", "package",
               "--format", "json", "--exit-zero"]
    return subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _verdicts(process: subprocess.Popen[str]) -> list[tuple[str, str, object]]:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    results = json.loads(out)["drafts"][0]["results"]
    return [(r["claim"]["text"], r["verdict"], json.dumps(r.get("evidence"), sort_keys=True)) for r in results]


def test_processes_started_together_match_a_run_without_cache(tmp_path: Path) -> None:
    _package(tmp_path)
    other = _other_checkout(tmp_path)
    expected = {"this": _verdicts(_start(tmp_path, None, None)), "other": _verdicts(_start(tmp_path, other, None))}
    assert expected["this"] != expected["other"]  # the edit matters: a shared entry would show
    assert "supported" in [claim[1] for claim in expected["this"]]

    cache = tmp_path / "shared-cache"
    for round_ in ("empty folder", "filled folder"):
        started = [(name, _start(tmp_path, other if name == "other" else None, cache))
                   for name in ("this", "other", "this")]
        for name, process in started:
            assert _verdicts(process) == expected[name], f"{name} checkout, {round_}"
    assert not [p.name for p in cache.iterdir() if p.name.startswith(".")]  # no temporary file left behind


def test_a_damaged_entry_is_rebuilt_and_a_whole_one_is_never_rewritten(tmp_path: Path) -> None:
    from workbench.reference import clear_cache, load_reference
    from workbench.reference.cache import _disk_put

    package = _package(tmp_path)
    cache = tmp_path / "cache"
    first = load_reference([package], cache_dir=cache)
    entry = next(p for p in cache.iterdir() if p.name.startswith("reference-"))
    written = {p.name: p.stat().st_mtime_ns for p in entry.iterdir()}
    key = (first.fingerprint, (str(package.resolve()),))
    _disk_put(key, first, cache)  # a second process finishing the same entry late: the first one stays
    assert {p.name: p.stat().st_mtime_ns for p in entry.iterdir()} == written

    frame = next(p for p in entry.iterdir() if p.suffix == ".arrow")
    frame.write_bytes(frame.read_bytes()[: frame.stat().st_size // 2])  # a writer cut off mid-file
    clear_cache()  # as a new process starts
    again = load_reference([package], cache_dir=cache)
    assert again.resources["harbour-unemployment-rate"].frame["value"].tolist() == [4.2, 4.6, 5.1]
    assert [p.name for p in cache.iterdir()] == [entry.name]  # repaired in place, nothing left aside
    clear_cache()
    assert load_reference([package], cache_dir=cache).resources["harbour-unemployment-rate"].frame.equals(
        again.resources["harbour-unemployment-rate"].frame)
