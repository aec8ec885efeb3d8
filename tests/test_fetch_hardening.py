"""A fetch is bounded and all-or-nothing: one deadline, complete bodies only, Retry-After capped,
redirects recorded and kept on the host unless allowed, and the package's files swapped together.

Real loopback servers; the full disk is a real file-size limit (RLIMIT_FSIZE) on a real process.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from urllib3 import HTTPResponse

from conftest import REFERENCE, ROOT
from fetch_support import FAST, cli, drip, loopback, snapshot
from workbench.atomic import write_atomic
from workbench.fetch.http import RETRY_AFTER_CAP_S, HttpSettings, make_session

CSV = b"period,value,unit\n2021,1,USD\n2022,2,USD\n"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    target = tmp_path / "pkg"
    shutil.copytree(REFERENCE, target)
    return target


def fetch_csv(monkeypatch, capsys, url: str, package: Path, *extra: str):
    return cli(monkeypatch, capsys, "fetch", "csv", url, "--package", package, "--name", "team_series",
               "--metric", "team series", *extra, env=FAST)


def test_a_server_dripping_one_byte_at_a_time_ends_at_the_deadline(monkeypatch, capsys, package: Path) -> None:
    before = snapshot(package)
    with loopback({"/slow.csv": drip(CSV * 20, 0.2)}) as server:
        started = time.monotonic()
        run = fetch_csv(monkeypatch, capsys, f"{server}/slow.csv", package, "--deadline", "1.5")
        elapsed = time.monotonic() - started
    assert run.returncode == 2
    assert "did not finish within its deadline of 1.5 s" in run.stderr and run.stderr.count("\n") == 1
    assert elapsed < 4
    assert snapshot(package) == before


def _trickle(opening: bytes, then: bytes) -> "Callable[[BaseHTTPRequestHandler], None]":
    """A server that writes ``opening`` at once, then ``then`` every 0.2 s for up to 10 s (each write well within
    any read timeout, so only the fetch's deadline can end it)."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        try:
            handler.wfile.write(opening)
            for _ in range(50):
                handler.wfile.flush()
                time.sleep(0.2)
                handler.wfile.write(then)
        except OSError:  # the client hung up at its deadline
            pass
        return None

    return route


@pytest.mark.parametrize(("opening", "then"), [
    (b"", b"H"),  # the status line, a byte at a time
    (b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nX-Wait: ", b"."),  # one header that never ends
    (b"HTTP/1.1 200 OK\r\n", b"X-Wait: 1\r\n"),  # header after header
    (b"", b"HTTP/1.1 100 Continue\r\n\r\n"),  # 'continue' forever, which http.client skips without end
    # a redirect whose declared body dribbles: requests drains it itself before we see the redirect
    (b"HTTP/1.1 302 Found\r\nLocation: /other.csv\r\nContent-Length: 5000\r\n\r\n", b"x"),
], ids=["status-line", "one-header", "many-headers", "continue", "redirect-body"])
def test_a_server_dripping_its_answers_head_ends_at_the_deadline(monkeypatch, capsys, package: Path,
                                                                   opening: bytes, then: bytes) -> None:
    """Each dribble kept a fetch waiting past its deadline (for as long as the server kept writing)."""
    before = snapshot(package)
    with loopback({"/slow.csv": _trickle(opening, then)}) as server:
        started = time.monotonic()
        run = fetch_csv(monkeypatch, capsys, f"{server}/slow.csv", package, "--deadline", "1.5")
        elapsed = time.monotonic() - started
    assert run.returncode == 2
    assert "did not finish within its deadline of 1.5 s" in run.stderr and run.stderr.count("\n") == 1, run.stderr
    assert elapsed < 4
    assert snapshot(package) == before


def _cut_off(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/csv")
    handler.send_header("Content-Length", str(len(CSV) * 2))
    handler.end_headers()
    handler.wfile.write(CSV)  # half of what was declared, then the connection closes
    handler.close_connection = True
    return None


def test_a_truncated_body_is_refused(monkeypatch, capsys, package: Path) -> None:
    before = snapshot(package)
    with loopback({"/cut.csv": _cut_off}) as server:
        run = fetch_csv(monkeypatch, capsys, f"{server}/cut.csv", package)
    assert run.returncode == 2
    assert "cut off" in run.stderr and "left unchanged" in run.stderr
    assert snapshot(package) == before


def test_retry_after_is_capped() -> None:
    session = make_session(HttpSettings())
    retry = session.get_adapter("http://x").max_retries
    assert retry.get_retry_after(HTTPResponse(headers={"Retry-After": "21600"})) == RETRY_AFTER_CAP_S
    assert retry.get_retry_after(HTTPResponse(headers={"Retry-After": "2"})) == 2


def test_a_retry_after_beyond_the_deadline_fails_at_once(monkeypatch, capsys, package: Path) -> None:
    def busy(_: BaseHTTPRequestHandler):
        return 503, {"Retry-After": "21600"}, b"come back in six hours"

    before = snapshot(package)
    with loopback({"/busy.csv": busy}) as server:
        started = time.monotonic()
        run = fetch_csv(monkeypatch, capsys, f"{server}/busy.csv", package, "--deadline", "5")
    assert run.returncode == 2 and time.monotonic() - started < 3
    assert "past the deadline" in run.stderr
    assert snapshot(package) == before


def test_redirects_on_the_same_host_are_followed_and_recorded(monkeypatch, capsys, package: Path) -> None:
    with loopback({"/old.csv": lambda h: (301, {"Location": "/moved.csv"}, b""),
                   "/moved.csv": lambda h: (302, {"Location": "/data/final.csv"}, b""),
                   "/data/final.csv": lambda h: (200, {"Content-Type": "text/csv"}, CSV)}) as server:
        run = fetch_csv(monkeypatch, capsys, f"{server}/old.csv", package)
    assert run.returncode == 0, run.stderr
    entry = next(r for r in json.loads((package / "datapackage.json").read_text())["resources"]
                 if r["name"] == "team_series")
    assert entry["workbench"]["fetched"]["redirects"] == [
        f"{server}/old.csv -> 301 -> {server}/moved.csv", f"{server}/moved.csv -> 302 -> {server}/data/final.csv"]


def test_a_redirect_to_another_host_needs_permission(monkeypatch, capsys, package: Path) -> None:
    with loopback({"/data.csv": lambda h: (200, {"Content-Type": "text/csv"}, CSV)}) as other:
        with loopback({"/go.csv": lambda h: (302, {"Location": f"{other}/data.csv"}, b"")}) as server:
            before = snapshot(package)
            refused = fetch_csv(monkeypatch, capsys, f"{server}/go.csv", package)
            assert refused.returncode == 2 and "redirected to another host" in refused.stderr
            assert "--allow-redirect-host" in refused.stderr
            assert snapshot(package) == before
            allowed = fetch_csv(monkeypatch, capsys, f"{server}/go.csv", package, "--allow-redirect-host")
    assert allowed.returncode == 0, allowed.stderr
    assert (package / "team_series.csv").read_bytes() == CSV


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_while_writing_datapackage_json_leaves_the_package_as_it_was(package: Path) -> None:
    """The CSV fits under the limit, the new datapackage.json does not: nothing may change."""
    before = snapshot(package)
    limit = 4096
    assert len(CSV) < limit < (package / "datapackage.json").stat().st_size
    with loopback({"/data.csv": lambda h: (200, {"Content-Type": "text/csv"}, CSV)}) as server:
        proc = subprocess.run(
            [sys.executable, "-m", "workbench", "fetch", "csv", f"{server}/data.csv", "--package", str(package),
             "--name", "team_series", "--metric", "team series"],
            cwd=ROOT, capture_output=True, text=True, timeout=60, env={**os.environ, **FAST},
            preexec_fn=_limit_file_size(limit))
    assert proc.returncode == 2, proc.stderr
    assert "cannot write the package: File too large" in proc.stderr and "Traceback" not in proc.stderr
    assert snapshot(package) == before  # no new CSV, no temp file left behind


def test_fetches_into_one_package_at_once_keep_every_resource(tmp_path: Path) -> None:
    """Four fetches at once, each its own resource: each read the descriptor, added its resource and replaced it,
    so the last writer's descriptor won and the others' resources were lost, though each said it wrote its own."""
    package = tmp_path / "pkg"
    with loopback({"/team.csv": lambda handler: (200, {"Content-Type": "text/csv"}, CSV)}) as server:
        # as run_workbench_process: the same workbench as this test; four interpreters starting at once on a loaded
        # machine may take longer than FAST's two seconds to be answered, and this test is about the lock, not HTTP
        env = {**os.environ, **FAST, "WORKBENCH_HTTP_TIMEOUT": "30"}
        procs = [subprocess.Popen([sys.executable, "-m", "workbench", "fetch", "csv", f"{server}/team.csv",
                                   "--package", str(package), "--name", f"team_{i}", "--metric", f"team series {i}"],
                                  cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for i in range(4)]
        results = [proc.communicate(timeout=120) for proc in procs]
    assert all(proc.returncode == 0 for proc in procs), [err for _, err in results]
    resources = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    assert sorted(r["name"] for r in resources) == [f"team_{i}" for i in range(4)]


# Runs `python -m workbench ARGS`, first creating the file MARK the moment the process asks for a lock (a profile
# hook on `held_lock`), so a test holding that lock knows the process is waiting for it: exact, not timed.
_MARK_AT_LOCK = """
import runpy, sys
from pathlib import Path
mark, *args = sys.argv[1:]
def at(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "held_lock" and frame.f_globals.get("__name__") == "workbench.atomic":
        sys.setprofile(None)
        Path(mark).touch()
sys.argv = ["workbench", *args]
sys.setprofile(at)
runpy.run_module("workbench", run_name="__main__", alter_sys=True)
"""


def test_reference_init_waits_for_a_fetch_holding_the_package_and_keeps_its_resource(tmp_path: Path) -> None:
    """`reference init` rewrites the description a fetch also rewrites: run while a fetch held the package, it
    replaced the description with the one it read before, and the fetch's resource was lost. It now takes the
    package's lock too: it waits, then reads the description the fetch wrote and adds its blocks to it."""
    from package_support import publisher_package
    from workbench.errors import FetchError
    from workbench.reference.files import package_locked

    package = publisher_package(tmp_path / "harvests", "harvests", "Grain harvest", "Tonnes",
                                {("Chile", 2021): 410.0, ("Chile", 2022): 455.5})
    (package / "team.csv").write_text("period,value,unit\n2021,7,t\n", encoding="utf-8")
    mark = tmp_path / "init-asked-for-the-lock"
    with package_locked(package, FetchError):  # as a fetch holds it while it validates and writes
        init = subprocess.Popen([sys.executable, "-c", _MARK_AT_LOCK, str(mark), "reference", "init", str(package)],
                                cwd=tmp_path, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        while not mark.exists() and init.poll() is None:
            time.sleep(0.02)
        assert init.poll() is None, "init rewrote the package while another writer held it"
        described = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
        described["resources"].append({"name": "team", "path": "team.csv", "workbench": {"metric": "team series"}})
        write_atomic(package / "datapackage.json", json.dumps(described, indent=1))
    out, err = init.communicate(timeout=60)
    assert init.returncode == 0, err
    resources = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    assert [r["name"] for r in resources] == ["harvests", "team"]
    assert "workbench" in resources[0] and resources[1]["workbench"] == {"metric": "team series"}


def test_new_files_get_the_users_umask(tmp_path: Path) -> None:
    old = os.umask(0o002)
    try:
        write_atomic(tmp_path / "shared.json", "{}")
        os.umask(0o022)
        write_atomic(tmp_path / "team.json", "{}")
    finally:
        os.umask(old)
    assert (tmp_path / "shared.json").stat().st_mode & 0o777 == 0o664
    assert (tmp_path / "team.json").stat().st_mode & 0o777 == 0o644


def test_fetched_files_are_readable_by_colleagues(monkeypatch, capsys, package: Path) -> None:
    old = os.umask(0o022)
    try:
        with loopback({"/data.csv": lambda h: (200, {"Content-Type": "text/csv"}, CSV)}) as server:
            assert fetch_csv(monkeypatch, capsys, f"{server}/data.csv", package).returncode == 0
    finally:
        os.umask(old)
    for name in ("team_series.csv", "datapackage.json"):
        assert (package / name).stat().st_mode & 0o777 == 0o644


def test_ledger_lock_files_are_never_seen_by_git(tmp_path: Path) -> None:
    from workbench.ledger.writing import locked

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    ledger = tmp_path / "claims" / "draft.json"
    with locked(ledger):
        write_atomic(ledger, "{}")
    locks = list((tmp_path / "claims").rglob("*.lock"))
    assert locks, "the lock file exists while and after it is held"
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=tmp_path,
                            capture_output=True, text=True, check=True).stdout
    assert status.strip().splitlines() == ["?? claims/draft.json"]


def test_a_value_error_of_our_own_code_is_no_unreadable_answer(monkeypatch) -> None:
    from workbench.fetch.http import HttpClient, HttpSettings

    def broken(*args, **kwargs):
        raise ValueError("a bug of ours")

    with HttpClient(HttpSettings()) as client:
        monkeypatch.setattr(client.session, "get", broken)
        with pytest.raises(ValueError, match="a bug of ours"):
            client.get("https://example.org/data")


def test_a_csv_with_a_nul_byte_is_refused_in_one_line(monkeypatch, capsys, package: Path) -> None:
    before = snapshot(package)
    body = b"period,value,unit\n2021,1,USD\n2022,\x002,USD\n"
    with loopback({"/nul.csv": lambda h: (200, {"Content-Type": "text/csv"}, body)}) as server:
        run = fetch_csv(monkeypatch, capsys, f"{server}/nul.csv", package)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "NUL byte" in run.stderr and ":3:" in run.stderr, run.stderr
    assert snapshot(package) == before
