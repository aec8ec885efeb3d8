"""Drafts found by a glob (`check 'drafts/**/*.md'`, the configured `drafts` globs, the app's picker). Python's
glob passes over a folder it cannot list as if it were empty, so a desk's subfolder closed by a wrong mode
went unchecked while the run passed; and `**` follows links to folders, so a link back up the tree
(`drafts/archive -> ..`) checked every draft below it some forty times, once per level of the loop. A link
named like a draft that loops or leads nowhere was passed over by a folder or a glob, as if there were no
draft; and a draft whose own name holds a glob's characters ('prices [draft].md') could not be named at all:
it was read as a pattern that matched nothing. With two links back up the tree, glob's `**` tried paths in
numbers exponential in the loops' depth and `check` never ended: `**` no longer enters symlinked folders, as
walking a folder never did."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import permissions_bind, run_workbench
from package_support import cpi_package

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.app.catalog import list_drafts
from workbench.config import load_config
from workbench.paths import files_under, glob_files

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

DRAFT = ("---\ntitle: Prices\ndate: 2023-06-01\n---\n\n"
         "Consumer prices in Uruguay rose 4.1% in 2022, its statistics office said.\n")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    cpi_package(tmp_path / "reference_data", {("Uruguay", 2022): 4.1})
    (tmp_path / "workbench.toml").write_text('drafts = ["drafts/**/*.md"]\n', encoding="utf-8")
    for desk in ("economy", "economy/weekly"):
        (tmp_path / "drafts" / desk).mkdir(parents=True)
        (tmp_path / "drafts" / desk / "prices.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def _too_long_to_list(folder: Path) -> Path:
    """Folders nested under ``folder`` until a path to the deepest is longer than the system lets a program
    name (PATH_MAX): listing it fails with ENAMETOOLONG for any process, root too. Made through open folders,
    as no path could name the last ones."""
    name, made = "n" * 250, folder
    handle = os.open(folder, os.O_RDONLY)
    try:
        while len(os.fspath(made)) <= 4200:
            os.mkdir(name, dir_fd=handle)
            inner = os.open(name, os.O_RDONLY, dir_fd=handle)
            os.close(handle)
            handle, made = inner, made / name
    finally:
        os.close(handle)
    return made


@contextlib.contextmanager
def _unlistable(project: Path, closed_by: str) -> Iterator[str]:
    """A folder under drafts/economy/weekly that cannot be listed, and the reason the system gives."""
    weekly = project / "drafts" / "economy" / "weekly"
    if closed_by == "too long a path":
        _too_long_to_list(weekly)
        yield "File name too long"
        return
    if not permissions_bind(project):
        pytest.skip("this process reads any folder (root): permissions cannot close one")
    weekly.chmod(0)
    try:
        yield "Permission denied"
    finally:
        weekly.chmod(0o755)


@pytest.mark.parametrize("closed_by", ["mode 000", "too long a path"])
@pytest.mark.parametrize("args", [["drafts/**/*.md"], [], ["--configured-only", "drafts/economy/prices.md"]],
                         ids=["named glob", "configured glob", "configured only"])
def test_a_folder_a_glob_cannot_list_is_an_error_not_an_empty_folder(args: list[str], closed_by: str,
                                                                     project: Path) -> None:
    with _unlistable(project, closed_by) as reason:
        run = run_workbench("check", "--no-progress", *args, cwd=project)
    assert run.returncode == 2, run.stdout
    [line] = run.stderr.strip().splitlines()
    assert "drafts/economy/weekly" in line and f": {reason}" in line, line[:200] + line[-100:]


@pytest.mark.parametrize("closed_by", ["mode 000", "too long a path"])
def test_the_app_says_which_folder_it_could_not_list_and_offers_the_rest(project: Path, closed_by: str,
                                                                         caplog: pytest.LogCaptureFixture) -> None:
    with _unlistable(project, closed_by) as reason, caplog.at_level(logging.WARNING):
        drafts = list_drafts(load_config(project))
    listed = [project / "drafts" / "economy" / "prices.md"]
    if closed_by == "too long a path":  # the folder closed is below weekly: its own draft is still offered
        listed.append(project / "drafts" / "economy" / "weekly" / "prices.md")
    assert drafts == [path.resolve() for path in listed]
    assert any("weekly" in r.getMessage() and reason in r.getMessage() for r in caplog.records)


def test_links_back_up_the_drafts_tree_check_each_draft_once(project: Path) -> None:
    """With two such links glob tried paths in numbers exponential in their depth: `check` never ended."""
    (project / "drafts" / "economy" / "archive").symlink_to("..", target_is_directory=True)
    (project / "drafts" / "economy" / "weekly" / "all").symlink_to("../..", target_is_directory=True)
    for args in (["drafts/**/*.md"], []):
        run = run_workbench("check", "--no-progress", "--format", "json", *args, cwd=project)
        assert run.returncode in (0, 1), run.stderr
        assert '"drafts/economy/prices.md"' in run.stdout and '"drafts/economy/weekly/prices.md"' in run.stdout
        assert "archive" not in run.stdout and "all/" not in run.stdout
    picked = list_drafts(load_config(project))
    assert sorted(picked) == sorted((project / "drafts" / d / "prices.md").resolve() for d in ("economy", "economy/weekly"))


@pytest.mark.parametrize("name", ["prices [draft].md", "prices *final?.md"])
def test_a_draft_named_with_a_globs_characters_can_be_named(name: str, project: Path) -> None:
    shutil.copy(project / "drafts" / "economy" / "prices.md", project / "drafts" / name)
    run = run_workbench("check", "--no-progress", "--format", "json", f"drafts/{name}", cwd=project)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["drafts"][0]["path"] == f"drafts/{name}"


@pytest.mark.parametrize("args", [["drafts"], ["drafts/**/*.md"], []], ids=["folder", "glob", "configured"])
@pytest.mark.parametrize(("links", "says"), [({"old.md": "gone.md"}, "No such file or directory: it is a link to gone.md"),
                                             ({"a.md": "b.md", "b.md": "a.md"}, "Too many levels of symbolic links")],
                         ids=["to nowhere", "loop"])
def test_a_draft_link_that_leads_nowhere_is_one_line_naming_it(links: dict[str, str], says: str, args: list[str],
                                                                project: Path) -> None:
    for name, target in links.items():
        (project / "drafts" / "economy" / name).symlink_to(target)
    run = run_workbench("check", "--no-progress", *args, cwd=project)
    assert run.returncode == 2, run.stdout
    lines = run.stderr.strip().splitlines()  # one line for each such name (a loop is two), the other drafts checked
    assert len(lines) == len(links)
    for name, line in zip(sorted(links), lines):
        assert f"drafts/economy/{name}: {says}" in line, line
    assert "drafts, " in run.stdout


@st.composite
def trees(draw: st.DrawFn) -> list[tuple[str, str]]:
    """A drafts tree as (kind, path) steps: folders, drafts, notes and links to a folder above."""
    folders = [""]
    steps: list[tuple[str, str]] = []
    for _ in range(draw(st.integers(1, 14))):
        kind = draw(st.sampled_from(["folder", "draft", "draft", "note", "link up"]))
        parent = draw(st.sampled_from(folders))
        name = draw(st.sampled_from(["a", "b", "desk", "2023", "x y", "[k]"])) + str(len(steps))
        path = f"{parent}/{name}" if parent else name
        if kind == "folder":
            folders.append(path)
        steps.append((kind, path if kind != "draft" else path + ".md"))
    return steps


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=trees())
def test_a_recursive_glob_lists_each_draft_of_any_tree_once(steps: list[tuple[str, str]], tmp_path: Path) -> None:
    """Whatever links a tree holds, `drafts/**/*.md` finds every draft in it once, as walking the folder does."""
    root = Path(tempfile.mkdtemp(dir=tmp_path)) / "drafts"  # a fresh tree per example: the fixture is per test
    root.mkdir()
    for kind, path in steps:
        target = root / path
        if kind == "folder":
            target.mkdir()
        elif kind == "link up":
            target.symlink_to(os.path.relpath(root, target.parent), target_is_directory=True)
        else:
            target.write_text("Prices rose 4.1% in 2022.\n", encoding="utf-8")
    listed = glob_files(str(root / "**" / "*.md"))
    walked = files_under(root, (".md",))
    assert sorted(Path(f).resolve() for f in listed) == sorted(f.resolve() for f in walked)
    assert all(Path(f).parts[-1] == w.parts[-1] for f, w in zip(listed, walked))
    assert len(listed) == sum(kind == "draft" for kind, _ in steps)


@pytest.mark.parametrize("pattern", ["**", "**/*", "*/*", "**/*.md"])
def test_a_broad_drafts_glob_passes_over_the_ledgers_and_the_reference_data(tmp_path: Path, pattern: str) -> None:
    """`drafts = ["**"]` reached every ledger's JSON and every package CSV and README, and `check` read each as a
    draft: minutes of figures found in tables, and ledgers reported as drafts edited since their review."""
    root = tmp_path / "desk"
    cpi_package(root / "reference_data")
    (root / "reference_data" / "README.md").write_text("Consumer prices: 4.1% in 2022, 8.3% in 2023.\n")
    (root / "drafts").mkdir()
    (root / "drafts" / "prices.md").write_text(DRAFT, encoding="utf-8")
    assert run_workbench("review", "drafts/prices.md", cwd=root).returncode == 0  # claims/prices.json
    (root / "workbench.toml").write_text(f'drafts = ["{pattern}"]\n', encoding="utf-8")
    run = run_workbench("check", "--format", "json", "--exit-zero", cwd=root)
    assert run.returncode == 0, run.stderr
    checked = {Path(d["path"]).as_posix() for d in json.loads(run.stdout)["drafts"]}
    assert "drafts/prices.md" in checked
    assert not {p for p in checked if p.startswith(("claims/", "reference_data/"))}, checked
    listed = {p.relative_to(root.resolve()).as_posix() for p in list_drafts(load_config(root))}
    assert "drafts/prices.md" in listed and not {p for p in listed if p.startswith(("claims/", "reference_data/"))}


def test_drafts_kept_in_the_reference_folder_itself_are_still_found(tmp_path: Path) -> None:
    """A desk whose configured reference folder is the project itself still has its drafts checked."""
    root = tmp_path / "desk"
    cpi_package(root)
    (root / "drafts").mkdir()
    (root / "drafts" / "prices.md").write_text(DRAFT, encoding="utf-8")
    (root / "workbench.toml").write_text('reference = ["."]\ndrafts = ["drafts/*.md"]\n', encoding="utf-8")
    run = run_workbench("check", "--format", "json", "--exit-zero", cwd=root)
    assert run.returncode == 0, run.stderr
    assert [Path(d["path"]).as_posix() for d in json.loads(run.stdout)["drafts"]] == ["drafts/prices.md"]


@pytest.mark.parametrize("pattern", ["**", "*", "**/*"])
def test_a_broad_drafts_glob_reads_only_drafts_not_the_configuration_or_other_files(tmp_path: Path,
                                                                                    pattern: str) -> None:
    """`drafts = ["**"]` checked `workbench.toml` (its `as_of = 2023` a claim) and any script or data file it
    reached as prose; a folder only ever yielded .md, .markdown and .txt files, and now a glob does too."""
    root = tmp_path / "desk"
    cpi_package(root / "reference_data")
    (root / "drafts").mkdir()
    (root / "drafts" / "prices.md").write_text(DRAFT, encoding="utf-8")
    (root / "notes.txt").write_text("Prices rose 4.1% in Uruguay in 2022.\n", encoding="utf-8")
    (root / "scripts").mkdir()
    (root / "scripts" / "plot.py").write_text("GROWTH = 4.1  # per cent in 2022, Uruguay\n", encoding="utf-8")
    (root / "survey.csv").write_text("country,year,rate\nUruguay,2022,4.1\n", encoding="utf-8")
    (root / "workbench.toml").write_text(f'drafts = ["{pattern}"]\nfail-on = "contradicted"\n', encoding="utf-8")
    run = run_workbench("check", "--format", "json", "--exit-zero", cwd=root)
    assert run.returncode == 0, run.stderr
    checked = {Path(d["path"]).as_posix() for d in json.loads(run.stdout)["drafts"]}
    expected = {"notes.txt", "drafts/prices.md"} if "**" in pattern else {"notes.txt"}
    assert checked == expected
    listed = {p.relative_to(root.resolve()).as_posix() for p in list_drafts(load_config(root))}
    assert listed == expected


def test_a_glob_that_reaches_no_draft_says_what_a_draft_is(project: Path) -> None:
    (project / "drafts" / "economy" / "prices.rst").write_text(DRAFT, encoding="utf-8")
    run = run_workbench("check", "drafts/**/*.rst", cwd=project)
    assert run.returncode == 2 and run.stderr.count("\n") == 1, run.stderr
    assert "no draft matches this pattern" in run.stderr and ".md, .markdown or .txt" in run.stderr
    named = run_workbench("check", "drafts/economy/prices.rst", "--exit-zero", cwd=project)
    assert named.returncode == 0, named.stderr  # a file named outright is read whatever its name
