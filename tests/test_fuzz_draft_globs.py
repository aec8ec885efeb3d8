"""Drafts found by a glob (`check 'drafts/**/*.md'`, the configured `drafts` globs, the app's picker). Python's
glob passes over a folder it cannot list as if it were empty, so a desk's subfolder closed by a wrong mode
went unchecked while the run passed; and `**` follows links to folders, so a link back up the tree
(`drafts/archive -> .`) checked every draft below it some forty times, once per level of the loop. A link
named like a draft that loops or leads nowhere was passed over by a folder or a glob, as if there were no
draft; and a draft whose own name holds a glob's characters ('prices [draft].md') could not be named at all:
it was read as a pattern that matched nothing."""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import cpi_package

from workbench.app.catalog import list_drafts
from workbench.config import load_config

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


def _permissions_bind(folder: Path) -> bool:
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


@pytest.mark.parametrize("args", [["drafts/**/*.md"], [], ["--configured-only", "drafts/economy/prices.md"]],
                         ids=["named glob", "configured glob", "configured only"])
def test_a_folder_a_glob_cannot_list_is_an_error_not_an_empty_folder(args: list[str], project: Path) -> None:
    if not _permissions_bind(project):
        pytest.skip("this process reads any folder (root): permissions cannot close one")
    closed = project / "drafts" / "economy" / "weekly"
    closed.chmod(0)
    try:
        run = run_workbench("check", "--no-progress", *args, cwd=project)
    finally:
        closed.chmod(0o755)
    assert run.returncode == 2, run.stdout
    [line] = run.stderr.strip().splitlines()
    assert "drafts/economy/weekly: Permission denied" in line, line


def test_the_app_says_which_folder_it_could_not_list_and_offers_the_rest(project: Path,
                                                                         caplog: pytest.LogCaptureFixture) -> None:
    if not _permissions_bind(project):
        pytest.skip("this process reads any folder (root): permissions cannot close one")
    closed = project / "drafts" / "economy" / "weekly"
    closed.chmod(0)
    try:
        with caplog.at_level(logging.WARNING):
            drafts = list_drafts(load_config(project))
    finally:
        closed.chmod(0o755)
    assert drafts == [(project / "drafts" / "economy" / "prices.md").resolve()]
    assert any("weekly" in r.getMessage() and "Permission denied" in r.getMessage() for r in caplog.records)


def test_a_link_back_up_the_drafts_tree_checks_each_draft_once(project: Path) -> None:
    (project / "drafts" / "economy" / "archive").symlink_to("..", target_is_directory=True)
    for args in (["drafts/**/*.md"], []):
        run = run_workbench("check", "--no-progress", "--format", "json", *args, cwd=project)
        assert run.returncode in (0, 1), run.stderr
        assert '"drafts/economy/prices.md"' in run.stdout and '"drafts/economy/weekly/prices.md"' in run.stdout
        assert "archive" not in run.stdout
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
    [line] = run.stderr.strip().splitlines()
    assert f"drafts/economy/{next(iter(links))}: {says}" in line, line
