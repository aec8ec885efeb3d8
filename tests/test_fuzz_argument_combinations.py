"""Options that make sense only together, and paths of the wrong kind: each is one line naming what to
change, exit 2, the ledger as it was — never a success that dropped what was typed, and never a line that
blames a file the user did not name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import reviewed_project, run_workbench

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

DRAFT = ("---\ntitle: Harbour\ndate: 2024-02-01\n---\n\n"
         "Container traffic at the port of Mombasa grew 4.1% in 2023, the authority said.\n")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("project")
    return root, reviewed_project(root, DRAFT)


def _one_line(run, *words: str) -> str:
    assert run.returncode == 2, (run.returncode, run.stderr)
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and all(w in lines[0] for w in words), run.stderr
    return lines[0]


@pytest.mark.parametrize("details", [["--value", "4.1"], ["--quote", "grew 4.1 per cent"], ["--unit", "%"],
                                     ["--period", "2023"], ["--source-title", "Port authority yearbook"],
                                     ["--unit", "%", "--period", "2023"]])
@pytest.mark.parametrize("decide", [[], ["--set", "{claim}=supported", "--reviewer", "desk"]])
def test_evidence_details_without_the_evidence_they_describe_are_refused(project: tuple[Path, str],
                                                                           details: list[str],
                                                                           decide: list[str]) -> None:
    root, claim = project
    ledger = root / "claims" / "prices.json"
    before = ledger.read_bytes()
    args = [a.replace("{claim}", claim) for a in decide]
    run = run_workbench("review", "drafts/prices.md", *args, *details, cwd=root)
    _one_line(run, details[0], "--add-evidence")
    assert ledger.read_bytes() == before


def test_evidence_details_with_their_evidence_are_recorded(project: tuple[Path, str]) -> None:
    root, claim = project
    run = run_workbench("review", "drafts/prices.md", "--claim", claim, "--reviewer", "desk",
                        "--add-evidence", "https://ports.example.org/2023", "--value", "4.1", "--unit", "%",
                        "--period", "2023", "--source-title", "Port authority yearbook", cwd=root)
    assert run.returncode == 0, run.stderr
    added = json.loads((root / "claims" / "prices.json").read_text(encoding="utf-8"))["claims"][claim]
    assert "Port authority yearbook" in json.dumps(added)


@pytest.mark.parametrize("command", [["check", "drafts/prices.md"], ["review", "drafts/prices.md"],
                                     ["export", "drafts/prices.md", "--format", "csv"]])
def test_a_file_named_as_the_ledgers_folder_is_named_as_such(project: tuple[Path, str], command: list[str]) -> None:
    root, _ = project
    (root / "notes.txt").write_text("not a folder\n", encoding="utf-8")
    line = _one_line(run_workbench(*command, "--claims", "notes.txt", cwd=root), "notes.txt:", "not the folder")
    assert "restore the ledger" not in line and "Not a directory" not in line


def test_a_file_as_the_schemas_folder_is_named_as_such(tmp_path: Path) -> None:
    target = tmp_path / "schemas.json"
    target.write_text("{}\n", encoding="utf-8")
    line = _one_line(run_workbench("schemas", "--out", target, cwd=tmp_path), "--out names a file")
    assert "File exists" not in line and target.read_text(encoding="utf-8") == "{}\n"


@pytest.mark.parametrize("naming", [["--claim", "{claim}", "--set", "{claim}=supported"],
                                    ["--claim", "{claim}", "--claim", " {claim}"]])
def test_a_claim_named_twice_gets_its_comment_and_evidence_once(tmp_path: Path, naming: list[str]) -> None:
    """Each naming was a change of its own, so the comment and the added evidence were recorded twice."""
    claim = reviewed_project(tmp_path, DRAFT)
    args = [a.replace("{claim}", claim) for a in naming]
    run = run_workbench("review", "drafts/prices.md", *args, "--reviewer", "desk", "--comment", "Port data agree",
                        "--add-evidence", "https://ports.example.org/2023", "--value", "4.1", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    entry = json.loads((tmp_path / "claims" / "prices.json").read_text(encoding="utf-8"))["claims"][claim]
    assert [c["text"] for c in entry["comments"]] == ["Port data agree"]
    assert len(entry["reviewer_evidence"]) == 1


def test_two_verdicts_for_one_claim_are_refused(tmp_path: Path) -> None:
    claim = reviewed_project(tmp_path, DRAFT)
    ledger = tmp_path / "claims" / "prices.json"
    before = ledger.read_bytes()
    run = run_workbench("review", "drafts/prices.md", "--set", f"{claim}=supported", "--set",
                        f"{claim} = contradicted", "--reviewer", "desk", cwd=tmp_path)
    _one_line(run, claim, "more than once")
    assert ledger.read_bytes() == before
