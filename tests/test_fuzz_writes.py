"""Paths a run reads or writes that are not what they should be. A FIFO named as the configuration or the
baseline is refused without waiting for a writer, as a draft or ledger already is. A disk that fills while a
ledger, report, baseline, export or the schemas are written (here: a file size limit, `ulimit -f`, which
fails a write as a full disk does) is one line naming the file being written, exit 2, and every file on disk
as it was — the schemas too, which were written one by one in place."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, permissions_bind, run_workbench
from workbench.atomic import LOCK_FOLDER
from package_support import cpi_package

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

DRAFT = ("---\ntitle: Prices\ndate: 2023-06-01\n---\n\n"
         "Consumer prices in Uruguay rose 4.1% in 2022, and 3.2% in 2021, its statistics office said.\n")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    cpi_package(tmp_path / "reference_data", {("Uruguay", 2021): 3.2, ("Uruguay", 2022): 4.1})
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "prices.md").write_text(DRAFT, encoding="utf-8")
    assert run_workbench("review", "drafts/prices.md", cwd=tmp_path).returncode == 0
    return tmp_path


def _files(root: Path) -> dict[Path, bytes]:
    """Every file under ``root`` but the lock files (empty, ignored by Git): what a failed write must not change."""
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and LOCK_FOLDER not in p.parts}


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "internal error" not in lines[0], lines[0]
    return lines[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize(("option", "what"), [("--config", "configuration file"), ("--baseline", "baseline")])
def test_a_fifo_named_as_an_input_is_refused_without_waiting_for_a_writer(option: str, what: str,
                                                                         project: Path) -> None:
    os.mkfifo(project / "pipe")
    run = run_workbench("check", "--no-progress", "drafts/prices.md", option, "pipe", cwd=project)
    assert run.returncode == 2
    line = _one_line(run.stderr)
    assert "pipe:" in line and f"cannot be a {what}" in line, line


def test_a_configuration_that_is_not_there_says_so(project: Path) -> None:
    run = run_workbench("check", "--no-progress", "drafts/prices.md", "--config", "nowhere.toml", cwd=project)
    assert run.returncode == 2
    assert "nowhere.toml: the configuration file does not exist" in _one_line(run.stderr)


def _limited(args: list[str], cwd: Path, max_bytes: int) -> subprocess.CompletedProcess[str]:
    """`workbench ARGS` in a process that may write no file past ``max_bytes``: each write beyond fails with
    EFBIG, as on a full disk (Python ignores SIGXFSZ, so the write raises instead of killing the process)."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    return subprocess.run([sys.executable, "-m", "workbench", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, preexec_fn=limit,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "WORKBENCH_NO_CACHE": "1",
                               "PYTHONDONTWRITEBYTECODE": "1"})


FULL_DEVICE = Path("/dev/full")


@pytest.mark.skipif(not FULL_DEVICE.exists(), reason="no /dev/full on this platform")
@pytest.mark.parametrize("args", [
    ["export", "drafts/prices.md", "--format", "csv", "--output", "/dev/full"],
    ["check", "--no-progress", "drafts/prices.md", "--format", "json:/dev/full", "--format", "text"],
    ["check", "--no-progress", "drafts/prices.md", "--write-baseline", "/dev/full"],
])
def test_an_output_on_a_full_device_names_the_device_not_the_draft(args: list[str], project: Path) -> None:
    """The twenty-first crash hunt: a device is written as it is (replacing it would put a file in its place), and
    its 'No space left on device' came without a file name, so the line named the draft that was read."""
    before = _files(project)
    run = run_workbench(*args, cwd=project)
    assert run.returncode == 2
    assert _one_line(run.stderr) == ("workbench: /dev/full: No space left on device (free some space; files on disk "
                                     "were left as they were)")
    assert _files(project) == before


@pytest.mark.skipif(not FULL_DEVICE.exists(), reason="no /dev/full on this platform")
@pytest.mark.parametrize("args", [["extract", "drafts/prices.md", "--format", "json"], ["export", "drafts/prices.md"]])
def test_a_full_standard_output_is_named_as_such(args: list[str], project: Path) -> None:
    """`workbench … > /dev/full` (or a redirect onto a full disk): the line named the draft; it names the output."""
    with FULL_DEVICE.open("w") as full:
        done = subprocess.run([sys.executable, "-m", "workbench", *args], cwd=project, stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2
    assert _one_line(done.stderr) == ("workbench: <stdout>: No space left on device (free some space; files on disk "
                                      "were left as they were)")


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="no file size limit on this platform")
@pytest.mark.parametrize(("args", "written"), [
    (["review", "drafts/prices.md", "--reviewer", "desk", "--claim", "{claim}", "--comment", "x" * 6000],
     "claims/prices.json"),
    (["check", "--no-progress", "drafts/prices.md", "--format", "json:report.json"], "report.json"),
    (["check", "--no-progress", "drafts/prices.md", "--write-baseline", "baseline.json"], "baseline.json"),
    (["export", "drafts/prices.md", "--format", "csv", "--output", "claims.csv"], "claims.csv"),
    (["reference", "init", "reference_data"], "reference_data/datapackage.json"),
])
def test_a_write_past_the_space_left_names_its_file_and_changes_nothing(args: list[str], written: str,
                                                                        project: Path) -> None:
    ledger = project / "claims" / "prices.json"
    claim = next(iter(json.loads(ledger.read_text(encoding="utf-8"))["claims"]))
    for name in ("report.json", "baseline.json", "claims.csv"):
        (project / name).write_text("last run's output\n", encoding="utf-8")
    before = _files(project)
    # the ledger may not grow (its comment needs more); every other output is a file of more than 16 bytes
    limit = ledger.stat().st_size if args[0] == "review" else 16
    done = _limited([a.replace("{claim}", claim) for a in args], project, limit)
    assert done.returncode == 2, (done.returncode, done.stderr)
    line = _one_line(done.stderr)
    assert f"{written}:" in line and "free some space" in line, line
    assert _files(project) == before


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="no file size limit on this platform")
def test_schemas_written_past_the_space_left_leave_every_schema_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "schemas"
    shutil.copytree(ROOT / "docs" / "schemas", out)
    for path in out.iterdir():  # each an older, shorter version: rewriting any one of them in place truncates it
        path.write_text(path.read_text(encoding="utf-8")[:200], encoding="utf-8")
    before = _files(out)
    biggest = max(len(b) for b in _files(ROOT / "docs" / "schemas").values())
    done = _limited(["schemas", "--out", str(out)], tmp_path, biggest // 2)
    assert done.returncode == 2, done.stderr
    assert "free some space" in _one_line(done.stderr)
    assert _files(out) == before
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")], "a staged copy was left behind"


@pytest.mark.parametrize(("args", "option"), [
    (["check", "--no-progress", "drafts/prices.md", "--write-baseline", "base\x00.json"], "--write-baseline"),
    (["check", "--no-progress", "drafts/prices.md", "--baseline", "base\x00.json"], "--baseline"),
    (["check", "--no-progress", "drafts/prices.md", "--format", "json:report\x00.json"], "--format json"),
    (["schemas", "--out", "schemas\x00"], "--out"),
])
def test_an_output_or_input_path_with_a_nul_byte_is_a_usage_error(args: list[str], option: str,
                                                                 project: Path) -> None:
    """A NUL byte (a script's unquoted variable, a file name pasted from a binary) reached the file system as
    a ValueError, 'internal error'; every other path option already refused it as a usage error."""
    before = _files(project)
    run = run_workbench(*args, cwd=project)
    assert run.returncode == 2
    line = _one_line(run.stderr)
    assert option in line and "NUL byte" in line, line
    assert _files(project) == before


def test_a_drafts_folder_that_cannot_be_listed_is_an_error_not_an_empty_folder(project: Path) -> None:
    """`check drafts` walked past a subfolder it could not list, so its drafts went unchecked and the run
    passed (or, for the top folder, said 'no drafts to check')."""
    if not permissions_bind(project):
        pytest.skip("this process reads any folder (root): permissions cannot close one")
    hidden = project / "drafts" / "desk"
    hidden.mkdir()
    (hidden / "more.md").write_text(DRAFT, encoding="utf-8")
    hidden.chmod(0)
    try:
        run = run_workbench("check", "--no-progress", "drafts", cwd=project)
    finally:
        hidden.chmod(0o755)
    assert run.returncode == 2
    line = _one_line(run.stderr)
    assert "drafts/desk: Permission denied" in line, line


WRITERS = {
    "review": (["review", "drafts/prices.md", "--reviewer", "desk", "--claim", "{claim}", "--comment", "x" * 3000],
               "claims/prices.json"),
    "report": (["check", "--no-progress", "drafts/prices.md", "--format", "sarif:report.sarif"], "report.sarif"),
    "export": (["export", "drafts/prices.md", "--format", "markdown", "--output", "claims.md"], "claims.md"),
}


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writer=st.sampled_from(sorted(WRITERS)), room=st.integers(0, 12_000))
def test_any_space_left_gives_a_whole_file_or_one_line_and_the_old_file(writer: str, room: int,
                                                                         tmp_path_factory: pytest.TempPathFactory) -> None:
    """Whatever room is left, the file written is whole (it parses) or the run says which file did not fit and
    the old one is there as it was."""
    root = tmp_path_factory.mktemp("room")
    cpi_package(root / "reference_data", {("Uruguay", 2021): 3.2, ("Uruguay", 2022): 4.1})
    (root / "drafts").mkdir()
    (root / "drafts" / "prices.md").write_text(DRAFT, encoding="utf-8")
    assert run_workbench("review", "drafts/prices.md", cwd=root).returncode == 0
    claim = next(iter(json.loads((root / "claims" / "prices.json").read_text(encoding="utf-8"))["claims"]))
    args, written = WRITERS[writer]
    before = _files(root)
    done = _limited([a.replace("{claim}", claim) for a in args], root, room)
    if done.returncode == 2:
        assert f"{written}:" in _one_line(done.stderr) and "free some space" in done.stderr, done.stderr
        assert _files(root) == before
        return
    assert done.returncode in (0, 1), done.stderr
    text = (root / written).read_text(encoding="utf-8")
    if written.endswith((".json", ".sarif")):
        json.loads(text)
    else:
        assert text.endswith("\n") and "Uruguay" in text


def test_the_app_names_a_reference_file_it_cannot_read_as_a_problem_of_its_package(project: Path) -> None:
    """The app hashed every reference file to key its cache before loading; an unreadable CSV raised a
    PermissionError there, and the page showed only 'Something on this page failed'. The load now says which
    file cannot be read, as `workbench check` does."""
    if not permissions_bind(project):
        pytest.skip("this process reads any file (root): permissions cannot close one")
    from workbench.app import state
    from workbench.config import load_config
    from workbench.errors import WorkbenchError

    csv_file = next((project / "reference_data").rglob("*.csv"))
    csv_file.chmod(0)
    state.clear_caches()
    try:
        with pytest.raises(WorkbenchError) as raised:
            state.reference_data(load_config(project))
    finally:
        csv_file.chmod(0o644)
        state.clear_caches()
    assert f"'{csv_file.relative_to(project / 'reference_data').as_posix()}' cannot be read" in str(raised.value)
