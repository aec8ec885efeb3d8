"""Hostile and broken input: every command, on every case, ends in time with exit 0, 1 or 2, one
line on stderr and no traceback, writes nothing outside the project and leaves nothing half-written.

Small cases are committed in tests/corpus/hostile/; large ones (pathological markup, deep
nesting) are generated here. Commands run in-process (``run_workbench``) except where the process
itself is under test (a file-size limit set by the kernel).
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REFERENCE, ROOT, Run, run_workbench

CORPUS = Path(__file__).parent / "corpus" / "hostile"
# Generous for a shared, loaded CI machine: the bound is there to catch quadratic blow-ups (a
# 200 KB unclosed "<!--" took 40 s before), not to benchmark (benchmarks/hostile.py does that).
SECONDS_PER_COMMAND = 60.0
BIG = 200_000


def _generated() -> dict[str, bytes]:
    """Cases too big to commit: pathological markup, deep nesting, binary."""
    return {
        "unclosed-comments.md": b"Trade grew by 10% in 2022. " + b"<!--" * (BIG // 4),
        "unclosed-tags.md": b"Trade grew by 10% in 2022. " + b"<a" * (BIG // 2),
        "unclosed-brackets.md": b"Trade grew by 10% in 2022. " + b"[" * BIG,
        "unclosed-link-targets.md": b"Trade grew by 10% in 2022. " + b"](" * (BIG // 2),
        "unclosed-images.md": b"Trade grew by 10% in 2022. " + b"![" * (BIG // 2),
        "unclosed-suppressions.md": b"Trade grew by 10% in 2022. " + b"<!-- workbench: ignore CW101 " * 5000,
        "many-suppressions.md": b"".join(b"<!-- workbench: ignore --> %d tonnes. " % i for i in range(2000)),
        "deep-yaml.md": b"---\ntitle: " + b"[" * 5000 + b"]" * 5000 + b"\n---\nTrade grew by 10%.\n",
        "deep-yaml-mapping.md": b"---\n" + b"".join(b" " * i + b"k:\n" for i in range(3000)) + b"---\nText.\n",
        "nul-bytes.md": b"Trade\x00grew\x00by 10%.\n",
        "not-utf8.md": b"Trade grew by 10\xff%.\n",
        "empty.md": b"",
        "crlf-only.md": b"\r\n" * 50_000,
        "bom-and-front-matter-only.md": b"\xef\xbb\xbf---\ntitle: x\n---\n",
    }


def _project(tmp_path: Path) -> Path:
    """A project folder with drafts/, claims/ and a configuration pointing at the shipped data."""
    project = tmp_path / "project"
    (project / "drafts").mkdir(parents=True)
    (project / "claims").mkdir()
    (project / "out").mkdir()
    (project / "workbench.toml").write_text(
        f'reference = ["{REFERENCE.as_posix()}"]\nclaims = "claims"\ndrafts = ["drafts/**/*.md"]\n', encoding="utf-8")
    return project


def _snapshot(folder: Path, skip: tuple[Path, ...]) -> dict[str, tuple[int, int]]:
    found = {}
    for here, _dirs, names in os.walk(folder):
        if any(Path(here).is_relative_to(s) for s in skip):
            continue
        for name in names:
            p = Path(here) / name
            info = p.lstat()
            found[str(p.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return found


def _assert_clean(run: Run, seconds: float, what: str) -> None:
    assert run.returncode in (0, 1, 2), f"{what}: exit {run.returncode}\n{run.stderr}"
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, f"{what}:\n{run.stderr}"
    assert seconds < SECONDS_PER_COMMAND, f"{what} took {seconds:.1f} s"
    if run.returncode == 2:
        lines = [line for line in run.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("workbench: "), f"{what}: not one line:\n{run.stderr}"
    for stream in (run.stdout, run.stderr):
        assert "\x1b" not in stream and "\r" not in stream, f"{what}: a raw terminal control reached the output"
        assert not any(line.startswith("::") and "injected" in line for line in stream.splitlines()), \
            f"{what}: a draft injected a workflow command"


def _assert_nothing_half_written(project: Path) -> None:
    for file in (project / "claims").rglob("*"):
        assert not file.name.endswith(".tmp"), f"a temporary file was left: {file}"
        if file.suffix == ".json":
            json.loads(file.read_bytes())  # a ledger is whole or absent
    for file in (project / "out").iterdir():
        assert not file.name.endswith(".tmp"), f"a temporary file was left: {file}"


COMMANDS: list[tuple[str, Callable[[str], list[str]]]] = [
    ("extract", lambda d: ["extract", d, "--format", "json"]),
    ("extract table", lambda d: ["extract", d]),
    ("check", lambda d: ["check", d, "--format", "github", "--format", "sarif:out/r.sarif",
                         "--format", "junit:out/r.xml", "--format", "markdown:out/r.md", "--no-progress"]),
    ("check text", lambda d: ["check", d, "--no-progress"]),
    ("review", lambda d: ["review", d]),
    ("export claimreview", lambda d: ["export", d, "--format", "claimreview", "--author", "Desk", "--include-automatic"]),
    ("export markdown", lambda d: ["export", d, "--format", "markdown", "-o", "out/export.md"]),
]


def _cases() -> list[str]:
    return sorted([p.name for p in CORPUS.glob("*.md")] + list(_generated()))


@pytest.mark.parametrize("case", _cases())
def test_every_command_holds_on_a_hostile_draft(case: str, tmp_path: Path) -> None:
    project = _project(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("The secret budget is 42 billion dollars.\n", encoding="utf-8")
    generated = _generated()
    data = generated[case] if case in generated else (CORPUS / case).read_bytes()
    (project / "drafts" / case).write_bytes(data)
    before = _snapshot(tmp_path, skip=(project / "claims", project / "out"))
    env = {"WORKBENCH_NO_CACHE": "1"}
    for name, argv in COMMANDS:
        started = time.monotonic()
        run = run_workbench(*argv(f"drafts/{case}"), cwd=project, env=env)
        _assert_clean(run, time.monotonic() - started, f"{name} on {case}")
        assert _snapshot(tmp_path, skip=(project / "claims", project / "out")) == before, \
            f"{name} on {case} wrote outside claims/ and out/"
        _assert_nothing_half_written(project)


def test_the_commands_without_a_draft_hold_in_a_hostile_project(tmp_path: Path) -> None:
    project = _project(tmp_path)
    before = _snapshot(tmp_path, skip=(project / "out",))
    for argv in (["reference", "validate"], ["reference", "list"], ["schemas", "--out", "out/schemas"],
                 ["extract", "drafts/a\x00b.md"], ["check", "drafts/a\x00b.md", "--no-progress"],
                 ["review", "drafts/a\x00b.md"], ["export", "drafts/a\x00b.md"], ["check", "--claims", "c\x00"],
                 ["check", "drafts/nothing-*.md", "--no-progress"], ["extract", "drafts"]):
        started = time.monotonic()
        run = run_workbench(*argv, cwd=project)
        _assert_clean(run, time.monotonic() - started, " ".join(argv))
    assert _snapshot(tmp_path, skip=(project / "out",)) == before


def test_injection_is_escaped_in_every_format(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "drafts" / "injection.md").write_bytes((CORPUS / "injection.md").read_bytes())
    env = {"WORKBENCH_NO_CACHE": "1"}
    review = run_workbench("export", "drafts/injection.md", "--format", "claimreview", "--author", "Desk",
                           "--include-automatic", cwd=project, env=env)
    assert review.returncode == 0, review.stderr
    assert "</script" not in review.stdout.lower() and "javascript:" not in review.stdout
    reviews = json.loads(review.stdout)
    assert reviews and all("url" not in r["itemReviewed"]["appearance"] for r in reviews)
    assert "</script>" in reviews[0]["itemReviewed"]["appearance"]["headline"]  # the data survives, escaped
    markdown = run_workbench("export", "drafts/injection.md", "--format", "markdown", cwd=project, env=env).stdout
    assert "<javascript:" not in markdown and "](javascript:" not in markdown and "<a " not in markdown
    assert "<script" not in markdown
    table = run_workbench("extract", "drafts/injection.md", cwd=project, env=env).stdout
    assert "\x1b" not in table and "\\x1b" in table
    github = run_workbench("check", "drafts/injection.md", "--format", "github", "--no-progress",
                           cwd=project, env=env).stdout
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in github.splitlines())
    run = run_workbench("check", "drafts/injection.md", "--format", "junit:out/r.xml", "--format",
                        "markdown:out/r.md", "--format", "sarif:out/r.sarif", "--no-progress", cwd=project, env=env)
    assert run.returncode in (0, 1), run.stderr
    from xml.etree import ElementTree

    ElementTree.parse(project / "out" / "r.xml")  # well-formed XML 1.0 despite the control characters
    json.loads((project / "out" / "r.sarif").read_text(encoding="utf-8"))
    report = (project / "out" / "r.md").read_text(encoding="utf-8")
    assert "<a " not in report and "](javascript:" not in report and "\x1b" not in report


def test_a_symlink_out_of_the_drafts_folder_is_never_read(tmp_path: Path) -> None:
    project = _project(tmp_path)
    secret = tmp_path / "secret.md"
    secret.write_text("The secret budget is 4217 billion dollars.\n", encoding="utf-8")
    (project / "drafts" / "ok.md").write_text("Trade grew by 10% in 2022.\n", encoding="utf-8")
    (project / "drafts" / "leak.md").symlink_to(secret)
    for argv in (["check", "--no-progress"], ["check", "drafts", "--no-progress"],
                 ["check", "drafts/*.md", "--no-progress"], ["check", "drafts/leak.md", "--no-progress"]):
        run = run_workbench(*argv, cwd=project)
        assert run.returncode == 2 and "drafts/leak.md" in run.stderr and "outside" in run.stderr, run.stderr
        assert "4217" not in run.stdout + run.stderr and "secret budget" not in run.stdout + run.stderr
    (project / "drafts" / "inside.md").symlink_to(project / "drafts" / "ok.md")  # a link inside is fine
    (project / "drafts" / "leak.md").unlink()
    assert run_workbench("check", "drafts", "--no-progress", cwd=project).returncode in (0, 1)

    from workbench.app.catalog import list_drafts, resolve_draft
    from workbench.config import load_config
    from workbench.errors import DraftError

    (project / "drafts" / "leak.md").symlink_to(secret)
    config = load_config(project)
    listed = list_drafts(config)
    assert secret.resolve() not in listed and (project / "drafts" / "ok.md").resolve() in listed
    for name in ("drafts/leak.md", str(secret), "/etc/passwd", "drafts/../../secret.md", "drafts/ok.md\x00",
                 "drafts/" + "../" * 50 + "etc/passwd"):
        with pytest.raises(DraftError):
            resolve_draft(config, name)


def test_a_fifo_or_device_is_refused_without_blocking(tmp_path: Path) -> None:
    project = _project(tmp_path)
    fifo = project / "drafts" / "pipe.md"
    os.mkfifo(fifo)
    for argv in (["extract", "drafts/pipe.md"], ["check", "drafts/pipe.md", "--no-progress"],
                 ["extract", "/dev/zero"], ["extract", "/dev/urandom"]):
        started = time.monotonic()
        run = run_workbench(*argv, cwd=project)
        assert run.returncode == 2 and "regular file" in run.stderr, run.stderr
        assert time.monotonic() - started < SECONDS_PER_COMMAND
    os.mkfifo(project / "claims" / "pipe.json")  # a ledger that is a pipe
    (project / "drafts" / "pipe.md").unlink()
    (project / "drafts" / "pipe.md").write_text("Trade grew by 10% in 2022.\n", encoding="utf-8")
    run = run_workbench("check", "drafts/pipe.md", "--no-progress", cwd=project)
    assert run.returncode == 2 and "claims/pipe.json" in run.stderr and "regular file" in run.stderr


def test_a_draft_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from workbench.drafts import MAX_DRAFT_BYTES

    big = tmp_path / "big.md"
    with big.open("wb") as handle:  # sparse: the size is on disk, the bytes are not
        handle.truncate(MAX_DRAFT_BYTES * 50)
    started = time.monotonic()
    run = run_workbench("extract", big)
    assert run.returncode == 2 and "the limit is" in run.stderr
    assert time.monotonic() - started < 5


def test_namesakes_in_subfolders_keep_their_own_ledgers(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "drafts" / "sub").mkdir()
    text = "Bilateral trade between Kazakhstan and Russia reached 28.2 billion dollars in 2022.\n"
    (project / "drafts" / "a.md").write_text(text, encoding="utf-8")
    (project / "drafts" / "sub" / "a.md").write_text("In 2022, " + text, encoding="utf-8")
    for draft in ("drafts/a.md", "drafts/sub/a.md"):
        assert run_workbench("review", draft, cwd=project).returncode == 0
    top, sub = project / "claims" / "a.json", project / "claims" / "sub" / "a.json"
    assert json.loads(top.read_text())["draft"]["path"] == "drafts/a.md"
    assert json.loads(sub.read_text())["draft"]["path"] == "drafts/sub/a.md"
    claim = next(iter(json.loads(sub.read_text())["claims"]))
    run = run_workbench("review", "drafts/sub/a.md", "--set", f"{claim}=contradicted", "--reviewer", "R",
                        cwd=project)
    assert run.returncode == 0, run.stderr
    assert run_workbench("review", "drafts/a.md", cwd=project).returncode == 0  # refreshing a.md orphans nothing
    assert json.loads(sub.read_text())["claims"][claim]["verdict"] == "contradicted"
    assert json.loads(top.read_text())["orphans"] == []


def test_an_old_stem_keyed_ledger_is_found_then_moved(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "drafts" / "sub").mkdir()
    draft = project / "drafts" / "sub" / "a.md"
    draft.write_text("Bilateral trade between Kazakhstan and Russia reached 28.2 billion dollars in 2022.\n",
                     encoding="utf-8")
    assert run_workbench("review", "drafts/sub/a.md", cwd=project).returncode == 0
    new = project / "claims" / "sub" / "a.json"
    old = project / "claims" / "a.json"
    new.rename(old)  # as an older workbench left it
    claim = next(iter(json.loads(old.read_text())["claims"]))
    run = run_workbench("review", "drafts/sub/a.md", "--set", f"{claim}=supported", "--reviewer", "R", cwd=project)
    assert run.returncode == 0 and json.loads(new.read_text())["claims"][claim]["verdict"] == "supported"
    assert not old.exists()
    # A namesake's old ledger is refused for the other draft rather than orphaning its reviews.
    new.rename(old)
    (project / "drafts" / "a.md").write_text("Trade grew by 10% in 2022.\n", encoding="utf-8")
    run = run_workbench("check", "drafts/a.md", "--no-progress", cwd=project)
    assert run.returncode == 2 and "drafts/sub/a.md" in run.stderr, run.stderr
    assert run_workbench("review", "drafts/sub/a.md", cwd=project).returncode == 0  # moves it home
    assert new.exists() and not old.exists()
    assert run_workbench("check", "drafts/a.md", "--no-progress", cwd=project).returncode in (0, 1)


def test_the_sample_ledger_still_applies() -> None:
    run = run_workbench("export", "drafts/kazakhstan-russia-visit.md", "--format", "csv")
    assert run.returncode == 0, run.stderr
    assert ",yes," in run.stdout  # reviewer decisions from claims/kazakhstan-russia-visit.json


def test_a_glob_named_draft_leaves_other_ledgers_temp_files_alone(tmp_path: Path) -> None:
    from workbench.ledger.writing import locked

    claims = tmp_path / "claims"
    claims.mkdir()
    other = claims / ".other.json.abc123.tmp"
    other.write_text("{}", encoding="utf-8")
    with locked(claims / "*.json"):
        pass
    assert other.exists()
    mine = claims / ".*.json.def456.tmp"
    mine.write_text("{}", encoding="utf-8")
    with locked(claims / "*.json"):
        pass
    assert not mine.exists() and other.exists()


def test_a_deeply_nested_ledger_is_one_line(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "drafts" / "a.md").write_text("Trade grew by 10% in 2022.\n", encoding="utf-8")
    (project / "claims" / "a.json").write_text('{"schema_version": 2, "draft": ' + "[" * 100_000 + "]" * 100_000
                                               + "}", encoding="utf-8")
    for argv in (["check", "drafts/a.md", "--no-progress"], ["review", "drafts/a.md"], ["export", "drafts/a.md"]):
        run = run_workbench(*argv, cwd=project)
        assert run.returncode == 2 and "claims/a.json" in run.stderr and len(run.stderr.splitlines()) == 1, \
            run.stderr


def _read_only_claims(claims: Path) -> Callable[[], None]:
    """Make ``claims`` read-only for real: a read-only tmpfs for root (who ignores modes), else chmod."""
    if os.geteuid() != 0:
        claims.chmod(0o555)
        return lambda: claims.chmod(0o755)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(claims)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("running as root without the right to mount a read-only tmpfs")
    return lambda: subprocess.run(["umount", str(claims)], check=False)


def test_a_read_only_claims_folder_is_one_line(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "drafts" / "a.md").write_text("Trade grew by 10% in 2022.\n", encoding="utf-8")
    undo = _read_only_claims(project / "claims")
    try:
        run = run_workbench("review", "drafts/a.md", cwd=project)
    finally:
        undo()
    assert run.returncode == 2, run.stderr
    assert len(run.stderr.splitlines()) == 1 and "claims" in run.stderr and "Traceback" not in run.stderr


def _read_only_in_place(folder: Path) -> Callable[[], None]:
    """Make ``folder`` and everything in it read-only, its files kept: a read-only bind mount for root (who
    ignores modes), else modes."""
    if os.geteuid() != 0:
        folders = [folder, *(p for p in folder.rglob("*") if p.is_dir())]
        for each in folders:
            each.chmod(0o555)
        return lambda: [each.chmod(0o755) for each in folders] and None
    bound = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if bound.returncode != 0:
        pytest.skip("running as root without the right to bind-mount a folder")
    if subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True).returncode != 0:
        subprocess.run(["umount", str(folder)], check=False)
        pytest.skip("running as root without the right to remount a folder read-only")
    return lambda: subprocess.run(["umount", str(folder)], check=False) and None


def test_review_with_nothing_to_change_takes_no_lock(tmp_path: Path) -> None:
    """A ledger the check leaves as it is needs no write, so no lock: `review` on a read-only checkout (a CI
    job's, a mounted archive) says what the ledger holds instead of failing to create its lock file."""
    project = _project(tmp_path)
    (project / "drafts" / "a.md").write_text("---\ndate: 2023-05-01\n---\n\nTrade grew by 10% in 2022.\n",
                                             encoding="utf-8")
    assert run_workbench("review", "drafts/a.md", cwd=project).returncode == 0
    ledger = (project / "claims" / "a.json").read_bytes()
    undo = _read_only_in_place(project / "claims")
    try:
        run = run_workbench("review", "drafts/a.md", cwd=project)
    finally:
        undo()
    assert run.returncode == 0, run.stderr
    assert "claims/a.json" in run.stdout and run.stderr == ""
    assert (project / "claims" / "a.json").read_bytes() == ledger


def _limit_file_size(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing us
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_is_one_line_and_leaves_the_ledger_whole(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "drafts" / "a.md").write_text(
        "Bilateral trade between Kazakhstan and Russia reached 28.2 billion dollars in 2022.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WORKBENCH_NO_CACHE": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([sys.executable, "-m", "workbench", "review", "drafts/a.md"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300, preexec_fn=_limit_file_size(512))
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "File too large" in proc.stderr or "space" in proc.stderr
    assert not (project / "claims" / "a.json").exists()
    assert not list((project / "claims").glob("*.tmp")) and not list((project / "claims").glob(".*.tmp"))


def test_a_bug_is_exit_2_with_the_draft_named_never_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    """The last-resort guard around every command: an exception nobody anticipated must not read as
    "claims flagged" (exit 1) to CI, and must name the file being processed."""
    from workbench.cli import guarded
    from workbench.errors import note_input

    def command_with_a_bug() -> int:
        note_input("drafts/x.md")
        return {"a": 1}["b"]

    assert guarded(command_with_a_bug) == 2
    err = capsys.readouterr().err
    assert err.startswith("workbench: internal error: KeyError") and "drafts/x.md" in err
    assert "please report" in err and len(err.splitlines()) == 1

    def full_disk() -> int:
        raise OSError(28, "No space left on device", "claims/a.json")

    assert guarded(full_disk) == 2
    err = capsys.readouterr().err
    assert err == "workbench: claims/a.json: No space left on device (free some space; files on disk were left as they were)\n"
