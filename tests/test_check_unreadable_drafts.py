"""A drafts tree with a bad draft in it: `check DIR` reports each draft it cannot read as one line on stderr,
checks and reports every other draft in every format as if the bad one were absent (the readable drafts'
ledgers applied, the baseline written for them), leaves the bad draft's ledger alone and exits 2 at the end.
A single bad `check FILE` stays one line and no report."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import permissions_bind, run_workbench
from package_support import cpi_package

GOOD = {
    "norway.md": "---\ndate: 2023-06-01\n---\nConsumer price inflation in Norway was 5.8 % in 2022.\n",
    "chile.md": "---\ndate: 2023-06-01\n---\nConsumer price inflation in Chile was 2 % in 2022.\n",
    "desk/chile-again.md": "---\ndate: 2023-06-01\n---\nIn Chile, consumer prices rose 7 % in 2021.\n",
}
FORMATS = ("json", "sarif", "junit", "github", "markdown", "text")


def _project(root: Path) -> Path:
    cpi_package(root / "reference_data")
    (root / "workbench.toml").write_text('reference = ["reference_data"]\nclaims = "claims"\ndrafts = ["drafts/**/*.md"]\n',
                                         encoding="utf-8")
    for name, text in GOOD.items():
        (root / "drafts" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "drafts" / name).write_text(text, encoding="utf-8")
    return root


def _bad_drafts(drafts: Path) -> dict[str, str]:
    """Each kind of draft no run can read, written into ``drafts``: its name → what its stderr line says."""
    (drafts / "picture.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (drafts / "front.md").write_text("---\ntitle: [never closed\n---\nPrices in Chile rose 9 % in 2022.\n",
                                     encoding="utf-8")
    (drafts / "desk" / "wide.md").write_bytes("Prices in Norway rose 7 % in 2022.\n".encode("utf-16-le"))
    os.symlink("round.md", drafts / "trip.md")
    os.symlink("trip.md", drafts / "round.md")
    return {"picture.md": "binary", "front.md": "front matter is not valid YAML",
            "desk/wide.md": "UTF-16LE text without a byte-order mark",
            "trip.md": "symbolic links", "round.md": "symbolic links"}


def _outputs(root: Path, tag: str) -> list[str]:
    return [f"--format={fmt}:{root / 'out' / f'{tag}.{fmt}'}" for fmt in FORMATS]


def _read_outputs(root: Path, tag: str) -> dict[str, str]:
    return {fmt: (root / "out" / f"{tag}.{fmt}").read_text(encoding="utf-8") for fmt in FORMATS}


def test_every_bad_draft_is_one_line_and_the_others_are_reported_as_if_it_were_absent(tmp_path: Path) -> None:
    root = _project(tmp_path)
    # a reviewer's decision on a readable draft still holds; the bad draft's own ledger is never touched
    assert run_workbench("review", "drafts/chile.md", cwd=root).returncode == 0
    chile_id = next(iter(json.loads((root / "claims" / "chile.json").read_text(encoding="utf-8"))["claims"]))
    decided = run_workbench("review", "drafts/chile.md", "--set", f"{chile_id}=supported", "--reviewer", "R. Desk",
                            cwd=root)
    assert decided.returncode == 0, decided.stderr
    (root / "drafts" / "front.md").write_text("Prices in Chile rose 9 % in 2022.\n", encoding="utf-8")
    assert run_workbench("review", "drafts/front.md", cwd=root).returncode == 0
    front_ledger = root / "claims" / "front.json"
    ledger_bytes, ledger_mtime = front_ledger.read_bytes(), front_ledger.stat().st_mtime_ns
    (root / "drafts" / "front.md").unlink()  # the tree without its bad drafts: what the reports must equal

    clean = run_workbench("check", "drafts", *_outputs(root, "clean"), "--write-baseline", root / "out" / "clean.base",
                          cwd=root)
    assert clean.returncode == 0 and clean.stderr == "", clean.stderr
    assert "chile-again" in (root / "out" / "clean.base").read_text(encoding="utf-8")  # a finding to keep
    said = _bad_drafts(root / "drafts")
    mixed = run_workbench("check", "drafts", *_outputs(root, "mixed"), "--write-baseline", root / "out" / "mixed.base",
                          cwd=root)

    assert mixed.returncode == 2  # unreadable input wins over the findings
    lines = mixed.stderr.splitlines()
    assert len(lines) == len(said), mixed.stderr
    for (name, words), line in zip(sorted(said.items()), lines):
        assert line.startswith(f"workbench: drafts/{name}:") and words in line, line
        assert line.endswith(")"), line  # each says what to do
    assert _read_outputs(root, "mixed") == _read_outputs(root, "clean")
    assert (root / "out" / "mixed.base").read_bytes() == (root / "out" / "clean.base").read_bytes()
    report = json.loads(_read_outputs(root, "mixed")["json"])
    assert sorted(d["path"] for d in report["drafts"]) == ["drafts/chile.md", "drafts/desk/chile-again.md",
                                                          "drafts/norway.md"]
    chile = next(d for d in report["drafts"] if d["path"] == "drafts/chile.md")
    assert chile["results"][0]["reviewed"] and chile["results"][0]["verdict"] == "supported"
    assert front_ledger.read_bytes() == ledger_bytes and front_ledger.stat().st_mtime_ns == ledger_mtime


def test_the_bad_drafts_are_the_same_lines_and_exit_on_many_cores(tmp_path: Path) -> None:
    root = _project(tmp_path)
    for n in range(4):  # enough drafts for the worker processes
        (root / "drafts" / f"more-{n}.md").write_text(GOOD["norway.md"], encoding="utf-8")
    said = _bad_drafts(root / "drafts")
    alone = run_workbench("check", "drafts", "--format", "json", "--jobs", "1", cwd=root)
    shared = run_workbench("check", "drafts", "--format", "json", "--jobs", "2", cwd=root)
    assert alone.returncode == shared.returncode == 2
    assert shared.stderr == alone.stderr and len(shared.stderr.splitlines()) == len(said)
    assert shared.stdout == alone.stdout
    assert len(json.loads(shared.stdout)["drafts"]) == len(GOOD) + 4


def test_exit_zero_does_not_hide_a_bad_draft(tmp_path: Path) -> None:
    root = _project(tmp_path)
    _bad_drafts(root / "drafts")
    run = run_workbench("check", "drafts", "--exit-zero", cwd=root)
    assert run.returncode == 2
    assert "3 drafts" in run.stdout and "drafts/chile.md:" in run.stdout and "drafts/picture.md" in run.stderr


def test_the_configured_globs_go_on_past_a_bad_draft(tmp_path: Path) -> None:
    root = _project(tmp_path)
    _bad_drafts(root / "drafts")
    run = run_workbench("check", cwd=root)
    assert run.returncode == 2
    assert "3 drafts" in run.stdout and "drafts/desk/wide.md:1:1:" in run.stderr


def test_a_single_bad_draft_is_one_line_and_no_report(tmp_path: Path) -> None:
    root = _project(tmp_path)
    _bad_drafts(root / "drafts")
    run = run_workbench("check", "drafts/front.md", "--format", "json", cwd=root)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.startswith("workbench: drafts/front.md:3:1: front matter is not valid YAML") and len(run.stderr.splitlines()) == 1


def test_a_tree_of_only_bad_drafts_names_each_and_writes_no_report(tmp_path: Path) -> None:
    root = _project(tmp_path)
    for name in GOOD:
        (root / "drafts" / name).unlink()
    said = _bad_drafts(root / "drafts")
    run = run_workbench("check", "drafts", "--format", f"sarif:{root / 'out.sarif'}", cwd=root)
    assert run.returncode == 2 and run.stdout == ""
    assert len(run.stderr.splitlines()) == len(said)
    assert not (root / "out.sarif").exists()


def test_a_draft_or_folder_without_permission_is_one_line_and_the_rest_is_checked(tmp_path: Path) -> None:
    root = _project(tmp_path)
    if not permissions_bind(tmp_path):
        pytest.skip("this process reads files of mode 000 (root)")
    locked = root / "drafts" / "locked.md"
    locked.write_text(GOOD["norway.md"], encoding="utf-8")
    closed = root / "drafts" / "closed"
    closed.mkdir()
    (closed / "inside.md").write_text(GOOD["norway.md"], encoding="utf-8")
    locked.chmod(0)
    closed.chmod(0)
    try:
        run = run_workbench("check", "drafts", "--format", "json", cwd=root)
    finally:
        locked.chmod(0o644)
        closed.chmod(0o755)
    assert run.returncode == 2
    assert len(json.loads(run.stdout)["drafts"]) == len(GOOD)
    lines = run.stderr.splitlines()
    assert len(lines) == 2 and "drafts/closed" in lines[0] and "drafts/locked.md" in lines[1], run.stderr


def test_a_draft_whose_ledger_is_broken_is_one_line_and_the_others_are_checked(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "claims").mkdir()
    broken = root / "claims" / "norway.json"
    broken.write_text('{"schema_version": 3, "claims": {', encoding="utf-8")
    run = run_workbench("check", "drafts", "--format", "json", cwd=root)
    assert run.returncode == 2
    [line] = run.stderr.splitlines()
    assert "claims/norway.json:1:" in line and line.endswith("it was not changed)"), line
    assert sorted(d["path"] for d in json.loads(run.stdout)["drafts"]) == ["drafts/chile.md", "drafts/desk/chile-again.md"]
    assert broken.read_text(encoding="utf-8") == '{"schema_version": 3, "claims": {'  # never rewritten
