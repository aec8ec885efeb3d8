"""A folder tree deeper than Python's recursion limit (1,000 frames): a desk's archive nested by a sync tool, or a
prank. Listing it recursed once per folder level — `os.walk` for a folder of drafts, the `**` of a glob, `rglob`
for the app's reference folders — so `check FOLDER` said only '<input>: the input is nested too deeply', and the
app's page failed on a RecursionError. The drafts at the bottom are checked; the app keys the files it reads."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import run_workbench

DEPTH = 1_100  # past the recursion limit, within PATH_MAX (4,096 bytes) for a short tmp_path


def _deep_folder(root: Path) -> Path:
    """``root/n/n/…/n``, DEPTH levels, made one folder at a time (os.makedirs itself recurses per level)."""
    here = root
    for _ in range(DEPTH):
        here = here / "n"
        here.mkdir()
    return here


def _remove_tree(root: Path) -> None:
    """Files first, then folders bottom up, none by recursion: shutil.rmtree recurses per level too, and pytest
    cleans up old temporary folders with it, so a deep tree left behind would break every later pytest session."""
    folders, seen = [root], 0
    while seen < len(folders):
        with os.scandir(folders[seen]) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(Path(entry.path))
                else:
                    os.unlink(entry.path)
        seen += 1
    for folder in reversed(folders):
        folder.rmdir()


@pytest.fixture
def deep_root(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "tree"
    root.mkdir()
    try:
        yield root
    finally:
        _remove_tree(root)


@pytest.fixture
def deep_desk(deep_root: Path) -> tuple[Path, Path]:
    desk = deep_root / "desk"
    desk.mkdir()
    bottom = _deep_folder(desk)
    (bottom / "fees.md").write_text("Harbour fees rose 4.5% in 2023.\n", encoding="utf-8")
    (desk / "top.md").write_text("Harbour fees rose 3.5% in 2022.\n", encoding="utf-8")
    return desk, bottom / "fees.md"


@pytest.mark.parametrize("named", ["folder", "glob"])
def test_check_finds_the_drafts_at_the_bottom_of_a_tree_deeper_than_the_recursion_limit(
        deep_desk: tuple[Path, Path], named: str) -> None:
    desk, deepest = deep_desk
    run = run_workbench("check", desk if named == "folder" else f"{desk}/**/*.md", "--format", "json", "--no-progress")
    assert run.returncode in (0, 1) and "nested too deeply" not in run.stderr, run.stderr
    checked = sorted(Path(d["path"]).resolve() for d in json.loads(run.stdout)["drafts"])
    assert checked == sorted([deepest.resolve(), (desk / "top.md").resolve()])


def test_the_apps_reference_key_reads_a_tree_deeper_than_the_recursion_limit(deep_root: Path) -> None:
    from workbench.app.state import reference_content_key

    folder = deep_root / "reference"
    folder.mkdir()
    bottom = _deep_folder(folder)
    (bottom / "notes.csv").write_text("year,value\n2023,1\n", encoding="utf-8")
    os.symlink(folder, bottom / "back-up")  # a link up the tree: not entered
    first = reference_content_key([folder])
    (bottom / "notes.csv").write_text("year,value\n2023,2\n", encoding="utf-8")
    assert reference_content_key([folder]) != first  # the file at the bottom is read into the key
