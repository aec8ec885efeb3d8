"""What the last crash hunt found passing in silence, each now read or refused in one line (exit 2):
a pre-commit hook handing `check --configured-only` a path that is not there; TOML front matter between
'+++' lines (Hugo's, Zola's), which was read as the draft's first sentence while its date was lost; and a
date typed where a place belongs ('about: 2023-06-01'), which was kept as a place nothing could match.
Drafts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import cpi_package

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

BODY = "Inflation in Norway was 3.5% in 2021, the bureau said.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    cpi_package(tmp_path / "reference_data")
    (tmp_path / "drafts").mkdir()
    return tmp_path


def test_a_path_that_is_not_there_is_one_line_and_exit_2_under_configured_only(project: Path) -> None:
    (project / "drafts" / "prices.md").write_text(BODY, encoding="utf-8")
    (project / "notes").mkdir()
    (project / "notes" / "readme.md").write_text(BODY, encoding="utf-8")  # there, outside the globs: passed over
    run = run_workbench("check", "--configured-only", "--no-progress", "--format", "json",
                        "drafts/gone.md", "drafts/prices.md", "notes/readme.md", cwd=project)
    assert run.returncode == 2
    assert run.stderr == "workbench: drafts/gone.md: no such file (check the path)\n"
    # the draft that is there is checked and reported all the same
    assert [d["path"] for d in json.loads(run.stdout)["drafts"]] == ["drafts/prices.md"]


def test_a_file_outside_the_configured_drafts_is_still_passed_over(project: Path) -> None:
    (project / "notes").mkdir()
    (project / "notes" / "readme.md").write_text(BODY, encoding="utf-8")
    run = run_workbench("check", "--configured-only", "--no-progress", "notes/readme.md", cwd=project)
    assert (run.returncode, run.stderr, run.stdout) == (0, "", "")


def test_toml_front_matter_is_read_as_the_yaml_block_is(project: Path) -> None:
    (project / "drafts" / "hugo.md").write_text(
        '+++\ntitle = "Prices again"\ndate = 2022-03-15\nabout = "Norway"\nurl = "https://example.org/p"\n+++\n'
        "Inflation was 3.5% in 2021.\n", encoding="utf-8")
    run = run_workbench("extract", "drafts/hugo.md", "--format", "json", cwd=project)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert (report["draft"]["date"], report["draft"]["title"], report["draft"]["url"]) == (
        "2022-03-15", "Prices again", "https://example.org/p")
    [claim] = report["claims"]
    assert claim["sentence"] == "Inflation was 3.5% in 2021."  # the block is no part of the text read
    checked = run_workbench("check", "drafts/hugo.md", "--format", "json", cwd=project)
    [result] = json.loads(checked.stdout)["drafts"][0]["results"]
    assert "Norway" in json.dumps(result["evidence"])  # about = "Norway" names the place the figure speaks of


@pytest.mark.parametrize("block, place, message", [
    ('title = "Prices\n', "2:16", "front matter is not valid TOML"),  # a string never closed
    ('date = 2022-03-15\ndate = 2022-03-16\n', "3:", "front matter is not valid TOML"),  # a key twice
    ('title = "\\ud800"\n', "2:", "front matter is not valid TOML"),  # half a character
    ("a = " + "[" * 3000 + "]" * 3000 + "\n", "2:1", "nested too deeply"),
    ('date = "2022-02-30"\n', "2:1", "front matter date '2022-02-30' is not an ISO date of a real day"),
])
def test_bad_toml_front_matter_is_one_line_at_its_place(project: Path, block: str, place: str, message: str) -> None:
    (project / "drafts" / "bad.md").write_text(f"+++\n{block}+++\n{BODY}", encoding="utf-8")
    run = run_workbench("extract", "drafts/bad.md", cwd=project)
    assert run.returncode == 2, run.stdout
    [line] = run.stderr.splitlines()
    assert line.startswith(f"workbench: drafts/bad.md:{place}") and message in line, line


@pytest.mark.parametrize("front, shown", [
    ("about: 2023-06-01", "'2023-06-01'"),  # a date typed on the place's line
    ("places: [Kenya, 2023]", "'2023'"),
    ("about: '12.5'", "'12.5'"),
])
@pytest.mark.parametrize("command", ["extract", "check"])
def test_a_date_or_a_number_where_a_place_belongs_is_one_line(project: Path, front: str, shown: str,
                                                               command: str) -> None:
    (project / "drafts" / "d.md").write_text(f"---\ndate: 2023-06-01\n{front}\n---\n{BODY}", encoding="utf-8")
    run = run_workbench(command, "drafts/d.md", cwd=project)
    assert run.returncode == 2
    key = front.split(":")[0]
    assert run.stderr == (f"workbench: drafts/d.md:3:1: front matter {key} {shown} is no place: a place's name has "
                          f"letters (write `{key}: Kenya`; the day the draft speaks from goes in `date`)\n")


def test_a_place_in_any_script_is_still_a_place(project: Path) -> None:
    (project / "drafts" / "d.md").write_text(f"---\ndate: 2023-06-01\nplaces: [Norge, 挪威, Норвегия]\n---\n{BODY}",
                                             encoding="utf-8")
    assert run_workbench("extract", "drafts/d.md", cwd=project).returncode == 0
