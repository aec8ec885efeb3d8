"""Symbolic links that point at each other (a -> b -> a), left behind by a sync tool or a bad `ln -s`.
Python before 3.13 reports such a loop met by ``Path.resolve()`` as a RuntimeError, which reached the CLI
as an internal error: a package folder holding two looping CSV links could not be checked or described,
and a report or ledger path through a loop was a bug. Now the looping links are left out of a package
like any file that resolves nowhere, and a path through a loop is one line saying so, exit 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import cpi_package

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

DRAFT = "---\ndate: 2023-06-01\n---\n\nConsumer prices in Kenya rose 7.7% in 2022.\n"


def _loop(a: Path, b: Path) -> None:
    os.symlink(b, a)
    os.symlink(a, b)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    cpi_package(tmp_path / "reference_data")
    (tmp_path / "prices.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def test_a_bare_folder_with_looping_csv_links_is_read_without_them(project: Path) -> None:
    folder = project / "bare"
    folder.mkdir()
    (folder / "inflation.csv").write_text("Country,Year,Inflation\nKenya,2022,7.7\n", encoding="utf-8")
    _loop(folder / "a.csv", folder / "b.csv")
    for command in (["reference", "init", "bare", "--diff"], ["reference", "validate", "bare"]):
        run = run_workbench(*command, cwd=project)
        assert run.returncode == 0, run.stderr
    run = run_workbench("check", "prices.md", "--reference", "bare", "--no-progress", "--format", "json", cwd=project)
    assert run.returncode in (0, 1), run.stderr
    assert '"7.7%"' in run.stdout


@pytest.mark.parametrize("args", [
    ["check", "prices.md", "--no-progress", "--format", "json:loop"],
    ["check", "prices.md", "--no-progress", "--format", "json:loop/report.json"],
    ["check", "prices.md", "--no-progress", "--write-baseline", "loop"],
    ["check", "prices.md", "--no-progress", "--claims", "loop"],
    ["check", "prices.md", "--no-progress", "--reference", "loop"],
    ["review", "prices.md", "--claims", "loop"],
])
def test_a_path_through_a_loop_of_links_is_one_line_and_exit_2(project: Path, args: list[str]) -> None:
    _loop(project / "loop", project / "pool")
    run = run_workbench(*args, cwd=project)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "symbolic links" in lines[0], run.stderr
