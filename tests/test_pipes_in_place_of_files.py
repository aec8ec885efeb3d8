"""A named pipe (FIFO) where the workbench expects a file of its own blocks whoever opens it for reading, until a
writer comes — which never happens. A cache file replaced by a pipe (a cache folder shared or restored by a
tool that keeps special files) hung every command that reads the cache, and a package whose datapackage.json is
a pipe hung `fetch`. A cache file that is not a regular file is only a miss; a description that is not one is
one line, exit 2, nothing fetched."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT, run_workbench
from test_cache_concurrency import _package

pytestmark = [pytest.mark.usefixtures("fresh_reference_cache"),
              pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")]


class Blocked(BaseException):
    """Not an Exception: the cache's and the CLI's handlers, which turn errors into a miss or one line, let it by."""


@pytest.fixture
def deadline() -> Iterator[None]:
    """A read that blocks fails the test after a while instead of hanging the suite."""
    def stop(*_: object) -> None:
        raise Blocked("blocked on a named pipe")
    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _as_pipe(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def test_reference_cache_files_that_are_pipes_are_a_miss(tmp_path: Path, deadline: None) -> None:
    from workbench.reference import clear_cache, load_reference

    package = _package(tmp_path)
    cache = tmp_path / "cache"
    expected = load_reference([package], cache_dir=cache).resources["harbour-unemployment-rate"].frame
    entry = next(p for p in cache.iterdir() if p.name.startswith("reference-"))
    for name in (next(p.name for p in entry.iterdir() if p.suffix == ".arrow"), "manifest.json"):
        _as_pipe(entry / name)
        clear_cache()  # as a new process starts
        again = load_reference([package], cache_dir=cache).resources["harbour-unemployment-rate"].frame
        assert again.equals(expected)


# A process that keeps its patterns and its tables in the cache folder and prints what it built from them.
_KEPT = r'''
import json, re, sys
from pathlib import Path
from workbench.regex_cache import install
install(Path(sys.argv[1]))
from workbench import units
from workbench.patterns import trie_regex
print(json.dumps([units.currencies(), trie_regex(["per cent", "percent", "pc"]),
                  [m.span() for m in re.finditer(r"(?P<year>\d{4})-(?P<month>\d\d)", "2023-05 and 2024-11")]]))
'''


def _kept(cache: Path) -> str:
    proc = subprocess.run([sys.executable, "-c", _KEPT, str(cache)], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120, check=True)
    return proc.stdout


def test_pattern_and_table_caches_that_are_pipes_are_a_miss(tmp_path: Path) -> None:
    plain = _kept(tmp_path)
    kept = sorted(p for p in tmp_path.iterdir() if p.suffix in (".bin", ".json"))
    assert {p.name.split("-")[0] for p in kept} >= {"regex", "currencies", "tries"}
    for path in kept:
        _as_pipe(path)
    assert _kept(tmp_path) == plain  # before the fix: the timeout, the process blocked opening the first pipe


def test_fetch_into_a_package_whose_description_is_a_pipe_is_one_line(tmp_path: Path, deadline: None) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    os.mkfifo(package / "datapackage.json")
    message = tmp_path / "message.csv"
    message.write_text("DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
                       + "".join(f"AG:FLOW(1.0),A{row},{2000 + row},{row}.5\n" for row in range(3)))
    run = run_workbench("fetch", "sdmx", message, "--package", package, "--unit", "EUR", "--name", "flow")
    assert run.returncode == 2 and run.stdout == "" and run.stderr.count("\n") == 1, run.stderr
    assert run.stderr.startswith(f"workbench: {package / 'datapackage.json'}: is not a regular file")
    assert sorted(p.name for p in package.iterdir()) == ["datapackage.json"]
    assert json.dumps(sorted(os.listdir(tmp_path))) == json.dumps(["message.csv", "pkg"])


def test_reference_init_names_a_pipe_among_a_bare_folders_csvs(tmp_path: Path, deadline: None) -> None:
    """`reference validate` warns of such a CSV and leaves it out; init left it out of the description without a word."""
    folder = tmp_path / "rates"
    folder.mkdir()
    (folder / "harbour.csv").write_text("year,rate\n2020,4.5\n2021,5.0\n")
    os.mkfifo(folder / "lagoon.csv")
    run = run_workbench("reference", "init", folder)
    assert run.returncode == 0 and run.stderr == "", run.stderr
    left_out = [line for line in run.stdout.splitlines() if "lagoon.csv" in line]
    assert len(left_out) == 1 and "left out" in left_out[0] and "not a regular file" in left_out[0], run.stdout
    described = json.loads((folder / "datapackage.json").read_text())
    assert [r["path"] for r in described["resources"]] == ["harbour.csv"]


def test_a_reference_path_that_is_a_pipe_is_said_to_be_no_folder(tmp_path: Path, deadline: None) -> None:
    """It was 'no such reference data folder', of a path that exists."""
    os.mkfifo(tmp_path / "rates")
    (tmp_path / "a.md").write_text("Harbour fees rose 4.5% in 2023.\n", encoding="utf-8")
    run = run_workbench("check", "a.md", "--reference", "rates", "--no-progress", cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == "", run.stdout
    assert run.stderr.startswith("workbench: rates: is not a folder (a pipe, socket or device)") \
        and run.stderr.count("\n") == 1, run.stderr
