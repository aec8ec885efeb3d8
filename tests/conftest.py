"""Shared fixtures: the repository's paths, the commissioning article, and running the CLI."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SAMPLE_DRAFT = ROOT / "drafts" / "kazakhstan-russia-visit.md"
REFERENCE = ROOT / "reference_data"


def permissions_bind(folder: Path) -> bool:
    """Whether a folder of mode 000 is closed to this process (not to root with CAP_DAC_OVERRIDE)."""
    probe = folder / "probe"
    probe.mkdir()
    probe.chmod(0)
    try:
        os.listdir(probe)
        return False
    except PermissionError:
        return True
    finally:
        probe.chmod(0o755)
        probe.rmdir()


def skip_or_fail_in_ci(message: str, ci_reason: str) -> NoReturn:
    """Something a test needs is missing: skip locally, but FAIL under CI (env CI set), so CI can
    never pass by silently skipping."""
    if os.environ.get("CI"):
        pytest.fail(message + ci_reason)
    pytest.skip(message)


def dated_draft(text: str, date: object) -> str:
    """A draft of ``text`` whose front matter dates it (``date``: '2024-03-01', a ``datetime.date``)."""
    return f"---\ndate: {date}\n---\n\n{text}\n"


def reference_packages(*names: str) -> list[Path]:
    """Packages of ../shared/reference-sources by folder name (skips locally, fails under CI when one is missing)."""
    folders = [SHARED / "reference-sources" / name for name in names]
    for folder in folders:
        if not folder.is_dir():
            skip_or_fail_in_ci(f"{folder} is missing", " (the shared reference packages must be present in CI)")
    return folders


def wild_package(name: str) -> Path:
    """A real publisher package of ../shared/reference-sources/wild (skips locally, fails under CI when missing)."""
    folder = SHARED / "reference-sources" / "wild" / name
    if not (folder / "datapackage.json").is_file():
        skip_or_fail_in_ci(f"{folder} is missing", " (the wild packages must be present in CI)")
    return folder


def _seed_article_path() -> Path:
    found = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not found:
        skip_or_fail_in_ci(f"the commissioning article is not in {SEEDS}", " (it must be present in CI)")
    return found[0]


@pytest.fixture(scope="session")
def seed_article() -> Path:
    """Path of the commissioning article in ../shared/seeds (fails, not skips, under CI)."""
    return _seed_article_path()


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def _as_text_mode(captured: str) -> str:
    """Newlines as a reader in text mode sees them, so both runners below report the same strings."""
    return captured.replace("\r\n", "\n").replace("\r", "\n")


def run_workbench(*args: str | os.PathLike[str], cwd: Path | None = None,
                  env: dict[str, str] | None = None) -> Run:
    """Run `workbench ARGS` in this process: `workbench.cli.main` with its own working folder, environment and
    captured stdout/stderr, all restored afterwards. An exception escaping `main` fails the
    test, because the CLI's contract is one line on stderr and exit 2, never a traceback."""
    from workbench.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved_environ = os.environ.copy()  # restored whole: a command may set variables for its own run
    try:
        with pytest.MonkeyPatch.context() as patch, \
                contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            patch.chdir(cwd or ROOT)
            for name, value in (env or {}).items():
                patch.setenv(name, value)
            try:
                returncode = main([os.fspath(a) for a in args])
            except SystemExit as exit_:  # argparse's --help and --version
                returncode = exit_.code if isinstance(exit_.code, int) else 0 if exit_.code is None else 1
            except Exception:
                pytest.fail(f"workbench {' '.join(map(str, args))} raised instead of exiting 2:\n"
                            f"{traceback.format_exc()}\nstderr:\n{err.getvalue()}")
    finally:
        os.environ.clear()
        os.environ.update(saved_environ)
    if "workbench: internal error:" in err.getvalue():  # main's last-resort guard caught a bug
        pytest.fail(f"workbench {' '.join(map(str, args))} hit a bug:\n{err.getvalue()}")
    return Run(returncode, _as_text_mode(out.getvalue()), _as_text_mode(err.getvalue()))


def reviewed_project(root: Path, draft: str) -> str:
    """A project under ``root``: a CPI package, ``draft`` as drafts/prices.md and the ledger `review` writes for it;
    the id of its first claim."""
    from package_support import cpi_package

    cpi_package(root / "reference_data")
    (root / "drafts").mkdir()
    (root / "drafts" / "prices.md").write_text(draft, encoding="utf-8")
    assert run_workbench("review", "drafts/prices.md", cwd=root).returncode == 0
    ledger = json.loads((root / "claims" / "prices.json").read_text(encoding="utf-8"))
    return next(iter(ledger["claims"]))


def run_workbench_process(*args: str | os.PathLike[str], cwd: Path | None = None,
                          env: dict[str, str] | None = None, timeout: float = 120) -> Run:
    """Run `python -m workbench ARGS` as a real process: only for what needs one (the entry point itself,
    exit codes seen by a shell, caches meant for fresh processes)."""
    proc = subprocess.run([sys.executable, "-m", "workbench", *map(str, args)], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture()
def kaz_rus_packages(tmp_path: Path) -> list[Path]:
    """Invented population and GDP (current US$) packages of Kazakhstan and Russia for 2021
    (``package_support.population_and_gdp``): the glossed-sentence tests judge their readings by them."""
    from package_support import population_and_gdp

    return population_and_gdp(tmp_path, {("Kazakhstan", 2021): 19_000_000.0, ("Russian Federation", 2021): 145_000_000.0},
                              {("Kazakhstan", 2021): 197e9, ("Russian Federation", 2021): 1_840e9})


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    """The invented consumer-price package (``package_support.cpi_package``) many verdict tests judge by."""
    from package_support import cpi_package

    return cpi_package(tmp_path / "cpi")


@pytest.fixture
def fresh_reference_cache():
    """The in-process cache of loaded packages emptied before and after a test, so no package one test
    read (or broke on purpose) is served to the next; modules opt in with ``pytestmark``."""
    from workbench.reference import clear_cache

    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def pure_python(request: pytest.FixtureRequest) -> None:
    """For a test that replaces a module's function to watch its calls: the compiled build's modules
    (workbench/native.py) call each other directly, past the replacement, so under that build the test
    runs in a pure-Python subprocess (WORKBENCH_PURE=1) instead, and its result is this one's."""
    from workbench import native

    if not native.in_use():
        return
    test = f"{request.node.path}::{request.node.name}"
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test], cwd=ROOT,
                          env={**os.environ, "WORKBENCH_PURE": "1"}, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        pytest.fail(f"under WORKBENCH_PURE=1:\n{done.stdout[-3000:]}{done.stderr[-1000:]}")
    pytest.skip("passed in a pure-Python subprocess (the compiled build is loaded here)")
