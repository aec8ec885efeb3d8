"""Ctrl-C at any point of a command is one line, 'workbench: interrupted', exit 130, and the ledger is whole. A
real SIGINT is sent to a real process the moment it enters a given function (a profile hook), so the point is
exact, not a matter of timing. Ctrl-C while the modules loaded (`python -m workbench`) or while the pattern
cache was installed printed a traceback, as did one while the cache was saved at exit; each window was seen
by sending Ctrl-C to `review` at 50 ms steps of its start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, reviewed_project

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

DRAFT = ("---\ntitle: Prices\ndate: 2023-06-01\n---\n\n"
         "Consumer prices in Chile rose 11.6% in 2022, the office said. Prices in Norway rose 9.9% in 2021.\n")

# Ctrl-C raises KeyboardInterrupt, as in a terminal's process, even when the suite runs where SIGINT is ignored
# (a non-interactive shell's background job), which every child would inherit.
_AS_IN_A_TERMINAL = "signal.signal(signal.SIGINT, signal.default_int_handler)\n"

# Sends SIGNAL (SIGINT unless WORKBENCH_TEST_SIGNAL names another) to this process on entering the code object
# MODULE.FUNCTION, then runs `python -m workbench`.
_INTERRUPT_AT = """
import os, runpy, signal, sys
module, function, *args = sys.argv[1:]
sent = getattr(signal, os.environ.get("WORKBENCH_TEST_SIGNAL", "SIGINT"))
""" + _AS_IN_A_TERMINAL + """def at(frame, event, arg):
    if event == "call" and frame.f_code.co_name == function and frame.f_globals.get("__name__") == module:
        sys.setprofile(None)
        os.kill(os.getpid(), sent)
sys.argv = ["workbench", *args]
sys.setprofile(at)
runpy.run_module("workbench", run_name="__main__", alter_sys=True)
"""


@pytest.fixture()
def reviewed(tmp_path: Path) -> tuple[Path, str]:
    return tmp_path, reviewed_project(tmp_path, DRAFT)


def _interrupted(root: Path, module: str, function: str, *args: str,
                 signal_name: str = "SIGINT") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _INTERRUPT_AT, module, function, *args], cwd=root,
                          capture_output=True, text=True, timeout=180,
                          env={**os.environ, "PYTHONPATH": str(ROOT),
                               "WORKBENCH_CACHE_DIR": str(root / "cache"), "WORKBENCH_TEST_SIGNAL": signal_name})


@pytest.mark.parametrize(("module", "function"), [
    ("workbench.cli", "<module>"),  # the command's modules loading (python -m workbench)
    ("workbench.regex_cache", "install"),  # the pattern cache read before the command runs
    ("workbench.atomic", "stage_file"),  # the ledger's new content being written beside it
])
def test_ctrl_c_is_one_line_exit_130_and_the_ledger_as_it_was(reviewed: tuple[Path, str], module: str,
                                                              function: str) -> None:
    root, claim = reviewed
    ledger = root / "claims" / "prices.json"
    before = ledger.read_bytes()
    run = _interrupted(root, module, function, "review", "drafts/prices.md", "--reviewer", "desk",
                       "--set", f"{claim}=supported")
    assert (run.returncode, run.stderr) == (130, "workbench: interrupted\n"), run.stderr
    assert ledger.read_bytes() == before
    assert not [p.name for p in ledger.parent.iterdir() if p.name.endswith(".tmp")]


def test_ctrl_c_while_the_pattern_cache_is_saved_at_exit_costs_only_the_cache(reviewed: tuple[Path, str]) -> None:
    """The command has done its work; the cache of compiled patterns is saved as the process ends (`save`)."""
    root, claim = reviewed
    run = _interrupted(root, "workbench.regex_cache", "save", "review", "drafts/prices.md", "--reviewer", "desk",
                       "--set", f"{claim}=supported")
    assert run.returncode == 0 and run.stderr == "", run.stderr
    decided = json.loads((root / "claims" / "prices.json").read_text(encoding="utf-8"))
    assert decided["claims"][claim]["verdict"] == "supported"


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_a_fetch_stopped_between_staging_and_swapping_leaves_the_package_as_it_was(tmp_path: Path,
                                                                                   signal_name: str) -> None:
    """A fetch stages the new CSV and description beside the package's files, then swaps them in. SIGTERM there (a
    `kill`, a cancelled CI job) ended the process at once: the package was whole, but the staged copies stayed
    beside it for good. SIGTERM now unwinds as Ctrl-C does: one line, exit 130, no staged file left."""
    from fetch_support import loopback, snapshot
    from package_support import publisher_package

    package = publisher_package(tmp_path / "harvests", "harvests", "Grain harvest", "Tonnes",
                                {("Chile", 2021): 410.0, ("Chile", 2022): 455.5})
    before = snapshot(package)
    with loopback({"/team.csv": lambda handler: (200, {"Content-Type": "text/csv"},
                                                 b"period,value,unit\n2021,7,t\n2022,8,t\n")}) as server:
        run = _interrupted(tmp_path, "workbench.atomic", "_swap", "fetch", "csv", f"{server}/team.csv",
                           "--package", str(package), "--name", "team", "--metric", "team series",
                           signal_name=signal_name)
    assert (run.returncode, run.stderr) == (130, "workbench: interrupted\n"), run.stderr
    assert snapshot(package) == before


# Sends SIGNAL to this process the moment the C function os.CALL returns inside the Python function FUNCTION: the
# instant a temp file or a hard link exists on disk and the code that made it does not yet hold its name.
_INTERRUPT_AFTER_CALL = """
import os, runpy, signal, sys
call, function, *args = sys.argv[1:]
sent = getattr(signal, os.environ["WORKBENCH_TEST_SIGNAL"])
""" + _AS_IN_A_TERMINAL + """def at(frame, event, arg):
    if event == "c_return" and arg is getattr(os, call) and frame.f_code.co_name == function:
        sys.setprofile(None)
        os.kill(os.getpid(), sent)
sys.argv = ["workbench", *args]
sys.setprofile(at)
runpy.run_module("workbench", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize(("call", "function", "command", "signal_name"), [
    ("open", "new_temp_file", ("export", "drafts/prices.md", "--format", "csv", "--output", "out/prices.csv"), "SIGINT"),
    ("open", "new_temp_file", ("check", "drafts/prices.md", "--format", "json:out/report.json"), "SIGTERM"),
    ("open", "new_temp_file", ("schemas", "--out", "out"), "SIGTERM"),
    ("link", "_swap", ("schemas", "--out", "out"), "SIGINT"),  # the old schema kept as a hard link while swapping
])
def test_an_interrupt_the_moment_a_file_is_made_leaves_no_hidden_file(reviewed: tuple[Path, str], call: str,
                                                                      function: str, command: tuple[str, ...],
                                                                      signal_name: str) -> None:
    """The twenty-first crash hunt: Ctrl-C or SIGTERM landing just after `tempfile.mkstemp` made the temp file,
    before it returned its name, left a hidden `.prices.csv.x1y2.tmp` beside the output for good (every atomic
    write: exports, reports, baselines, schemas, packages); landing just after `_swap` linked the old file aside
    left `.NAME.PID.old`. The name is now recorded before the file or link exists, and the interrupt removes it."""
    root, _ = reviewed
    (root / "out").mkdir()
    (root / "out" / "prices.csv").write_text("kept\n", encoding="utf-8")
    assert subprocess.run([sys.executable, "-m", "workbench", "schemas", "--out", "out"], cwd=root,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True).returncode == 0
    before = {p.name: p.read_bytes() for p in (root / "out").iterdir()}
    run = subprocess.run([sys.executable, "-c", _INTERRUPT_AFTER_CALL, call, function, *command], cwd=root,
                         capture_output=True, text=True, timeout=180,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "WORKBENCH_CACHE_DIR": str(root / "cache"),
                              "WORKBENCH_TEST_SIGNAL": signal_name})
    assert (run.returncode, run.stderr) == (130, "workbench: interrupted\n"), run.stderr
    assert {p.name: p.read_bytes() for p in (root / "out").iterdir()} == before
    assert not [p.name for p in root.rglob(".*") if p.suffix in (".tmp", ".old")]
