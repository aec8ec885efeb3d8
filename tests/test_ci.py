"""CI in a newsroom's own repository: the GitHub Action's inputs are the CLI's flags and its check
step runs for real; the pre-commit hook runs the way pre-commit runs it and honours the `drafts`
globs; `--baseline` fails only on new findings, whatever moved in the draft."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REFERENCE, ROOT, SAMPLE_DRAFT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
CHECK_STEP = next(s for s in ACTION["runs"]["steps"] if s.get("id") == "check")


def check_options() -> set[str]:
    from workbench.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return {o for a in sub.choices["check"]._actions for o in a.option_strings}


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """A newsroom's repository: drafts under articles/, notes beside them, its own reference data."""
    repo = tmp_path / "newsroom"
    (repo / "articles").mkdir(parents=True)
    (repo / "notes").mkdir()
    shutil.copy(SAMPLE_DRAFT, repo / "articles" / "visit.md")
    shutil.copy(SAMPLE_DRAFT, repo / "notes" / "old-visit.md")  # same false figures, but not a draft
    shutil.copytree(REFERENCE, repo / "data")
    (repo / "workbench.toml").write_text('reference = ["data"]\nclaims = "claims"\ndrafts = ["articles/*.md"]\n')
    return repo


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "WORKBENCH_NO_CACHE": "1", **(env or {})})


def test_action_inputs_are_the_check_commands_flags() -> None:
    script = CHECK_STEP["run"]
    flags = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", script))
    assert flags and flags <= check_options(), flags - check_options()
    cli_inputs = {"paths", "format", "fail-on", "baseline", "config", "reference"}
    for name in cli_inputs | {"sarif-file"}:
        variable = "INPUT_" + name.upper().replace("-", "_")
        assert CHECK_STEP["env"][variable] == f"${{{{ inputs.{name} }}}}"
        assert f"${variable}" in script, f"input {name} is not used"
    for name in cli_inputs - {"paths", "format", "reference"}:
        assert f"--{name}" in check_options()
    assert "${{" not in script  # inputs reach the shell as variables only, never pasted into code
    assert set(ACTION["inputs"]) >= cli_inputs


def test_action_installs_itself_not_the_callers_repository() -> None:
    install = next(s for s in ACTION["runs"]["steps"] if "pip install" in s.get("run", ""))
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    assert '"$ACTION_PATH"' in install["run"] and "install ." not in install["run"]
    assert ACTION["runs"]["using"] == "composite"


def _action_env(repo: Path, tmp_path: Path, **inputs: str) -> dict[str, str]:
    shim = tmp_path / "bin" / "workbench"
    shim.parent.mkdir(exist_ok=True)
    shim.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m workbench \"$@\"\n")
    shim.chmod(0o755)
    values = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()} | inputs
    env = {"INPUT_" + k.upper().replace("-", "_"): v for k, v in values.items()}
    return {**env, "WORKBENCH": str(shim), "GITHUB_OUTPUT": str(tmp_path / "github_output")}


def test_the_action_check_step_runs_and_reports(newsroom: Path, tmp_path: Path) -> None:
    env = _action_env(newsroom, tmp_path)
    proc = run(["bash", "-e", "-c", CHECK_STEP["run"]], newsroom, env)
    assert proc.returncode == 0, proc.stderr  # flagged claims fail a later step, after the SARIF upload
    assert _outputs(tmp_path) == {"exit-code": "1", "sarif-written": "true"}
    assert "::error file=articles/visit.md" in proc.stdout or "::warning file=articles/visit.md" in proc.stdout
    sarif = json.loads((newsroom / "workbench.sarif").read_text())
    assert sarif["runs"][0]["results"]
    assert "notes/" not in (newsroom / "workbench.sarif").read_text()


def test_the_action_with_a_baseline_passes_an_old_archive(newsroom: Path, tmp_path: Path) -> None:
    written = run([sys.executable, "-m", "workbench", "check", "--write-baseline", ".workbench-baseline.json"],
                  newsroom)
    assert written.returncode == 0, written.stderr
    env = _action_env(newsroom, tmp_path, baseline=".workbench-baseline.json", format="")
    proc = run(["bash", "-e", "-c", CHECK_STEP["run"]], newsroom, env)
    assert proc.returncode == 0, proc.stderr
    assert _outputs(tmp_path)["exit-code"] == "0"


def _outputs(tmp_path: Path) -> dict[str, str]:
    """The step's outputs, as GitHub reads them from $GITHUB_OUTPUT."""
    lines = (tmp_path / "github_output").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line)


def _uploads_sarif(outputs: dict[str, str]) -> bool:
    """Whether the action's upload step runs after a check step that set ``outputs`` (its `if`, read here)."""
    upload = next(s for s in ACTION["runs"]["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["if"] == "${{ always() && inputs.upload-sarif == 'true' && steps.check.outputs.sarif-written == 'true' }}"
    return outputs.get("sarif-written") == "true"


def test_bad_input_stops_the_action_with_exit_2(newsroom: Path, tmp_path: Path) -> None:
    (newsroom / "workbench.sarif").write_text("{}")  # an earlier run's report: never uploaded as this one's
    env = _action_env(newsroom, tmp_path, **{"fail-on": "wrong"})
    proc = run(["bash", "-e", "-c", CHECK_STEP["run"]], newsroom, env)
    assert proc.returncode == 2 and "is not a verdict" in proc.stderr
    assert _outputs(tmp_path) == {"exit-code": "2"} and not _uploads_sarif(_outputs(tmp_path))


def test_a_draft_the_action_cannot_read_fails_it_after_the_others_are_reported(newsroom: Path, tmp_path: Path) -> None:
    (newsroom / "articles" / "scan.md").write_bytes(b"%PDF-1.7\n\x00\x01 not a draft\n")
    env = _action_env(newsroom, tmp_path)
    proc = run(["bash", "-e", "-c", CHECK_STEP["run"]], newsroom, env)
    assert proc.returncode == 2
    assert proc.stderr.startswith("workbench: articles/scan.md:1:1:") and len(proc.stderr.splitlines()) == 1
    assert _outputs(tmp_path)["exit-code"] == "2" and _uploads_sarif(_outputs(tmp_path))
    sarif = (newsroom / "workbench.sarif").read_text()
    assert "articles/visit.md" in sarif and "scan.md" not in sarif
    assert "::error file=articles/visit.md" in proc.stdout or "::warning file=articles/visit.md" in proc.stdout


def _run_hook(repo: Path, changed: list[str]) -> subprocess.CompletedProcess[str]:
    """As pre-commit does: the files matching `files`, appended to `entry` + `args`, from the repo root."""
    hook = next(h for h in HOOKS if h["id"] == "workbench-check")
    files = [f for f in changed if re.search(hook["files"], f)]
    entry = shlex.split(hook["entry"])
    assert entry[0] == "workbench"  # the console script pre-commit installs; here, this checkout's code
    return run([sys.executable, "-m", "workbench", *entry[1:], *hook.get("args", []), *files], repo)


def test_the_pre_commit_hook_checks_only_configured_drafts(newsroom: Path) -> None:
    (newsroom / "README.md").write_text("We sold 5 million copies in 2023.\n")
    only_notes = _run_hook(newsroom, ["notes/old-visit.md", "README.md", "workbench.toml"])
    assert only_notes.returncode == 0, only_notes.stderr
    assert only_notes.stdout == ""
    with_draft = _run_hook(newsroom, ["notes/old-visit.md", "articles/visit.md"])
    assert with_draft.returncode == 1, with_draft.stderr
    assert "articles/visit.md" in with_draft.stdout and "notes/old-visit.md" not in with_draft.stdout
    (newsroom / "articles" / "notes-in-utf16.md").write_bytes("Sales rose 4 % in 2023.\n".encode("utf-16-be"))
    with_bad_draft = _run_hook(newsroom, ["articles/notes-in-utf16.md", "articles/visit.md"])
    assert with_bad_draft.returncode == 2
    assert with_bad_draft.stderr.startswith("workbench: articles/notes-in-utf16.md:1:1: the draft looks like UTF-16BE")
    assert "articles/visit.md" in with_bad_draft.stdout


def _first_flagged_paragraph(text: str) -> str:
    from workbench.check import check_paths
    from workbench.config import load_config

    report = check_paths([str(SAMPLE_DRAFT)], load_config(ROOT))
    sentence = next(r.claim.sentence for r in report.drafts[0].results if r.verdict.value == "contradicted")
    return next(p for p in text.split("\n\n") if " ".join(sentence.split())[:60] in " ".join(p.split()))


def test_baseline_keeps_old_findings_quiet_and_catches_new_ones(newsroom: Path) -> None:
    draft = newsroom / "articles" / "visit.md"
    original = draft.read_text()
    paragraph = _first_flagged_paragraph(original)
    draft.write_text(original.replace(paragraph, "", 1))  # the archive before that paragraph was written
    check = [sys.executable, "-m", "workbench", "check", "--format", "json"]
    assert run([*check, "--write-baseline", "baseline.json"], newsroom).returncode == 0
    assert run([*check, "--baseline", "baseline.json"], newsroom).returncode == 0
    # Lines added above and the text re-wrapped: the same findings, nothing new.
    body = original.replace(paragraph, "", 1)
    moved = body.replace("\n\n", "\n\n\n", 3)
    draft.write_text(moved)
    assert run([*check, "--baseline", "baseline.json"], newsroom).returncode == 0
    # The paragraph comes back: its contradicted claim is new and fails the run.
    draft.write_text(original)
    back = run([*check, "--baseline", "baseline.json"], newsroom)
    assert back.returncode == 1, back.stderr
    entries = json.loads((newsroom / "baseline.json").read_text())["entries"]
    assert entries and all(e["draft"] == "articles/visit.md" and "line" not in e for e in entries)


@pytest.mark.parametrize(("content", "expected"), [
    (None, "the baseline file does not exist"),
    ("{not json", "not valid JSON"),
    ('{"schema_version": 1, "entries": [{"draft": 3}]}', "not a baseline"),
])
def test_a_missing_or_broken_baseline_is_bad_input(newsroom: Path, content: str | None, expected: str) -> None:
    if content is not None:
        (newsroom / "baseline.json").write_text(content)
    proc = run([sys.executable, "-m", "workbench", "check", "--baseline", "baseline.json"], newsroom)
    assert proc.returncode == 2 and expected in proc.stderr and "Traceback" not in proc.stderr


def test_a_baseline_edited_in_notepad_is_read_past_its_byte_order_mark(newsroom: Path) -> None:
    """A baseline saved by hand in an editor that writes a UTF-8 byte-order mark holds the same findings (it
    was refused as 'Unexpected UTF-8 BOM (decode using utf-8-sig)'); one saved as Latin-1 is refused in one
    line naming the byte and its line, the baseline unchanged."""
    from conftest import run_workbench

    assert run_workbench("check", "--write-baseline", "baseline.json", cwd=newsroom).returncode == 0
    baseline = newsroom / "baseline.json"
    written = baseline.read_bytes()
    assert run_workbench("check", "--baseline", "baseline.json", cwd=newsroom).returncode == 0
    baseline.write_bytes(b"\xef\xbb\xbf" + written)
    marked = run_workbench("check", "--baseline", "baseline.json", cwd=newsroom)
    assert marked.returncode == 0, marked.stderr
    latin = written.replace(b'"entries"', b'"entries"\n', 1).replace(b"\n", b"\n\xe9", 1)
    baseline.write_bytes(latin)
    refused = run_workbench("check", "--baseline", "baseline.json", cwd=newsroom)
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "workbench: baseline.json:2: the baseline is not UTF-8 (byte 0xe9) (save it as UTF-8, or write it again with "
        "--write-baseline)"]
    assert baseline.read_bytes() == latin
