"""`workbench app`: the launcher validates the configuration, then serves the app with `streamlit run`."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from browser import free_port, make_workspace, wait_healthy
from conftest import SAMPLE_DRAFT, run_workbench

from workbench.app.launch import streamlit_command


def test_workbench_app_serves_the_configured_workspace(tmp_path: Path) -> None:
    """The launcher itself, as `make run` uses it: a real process answering on the port."""
    workspace = make_workspace(tmp_path / "ws", drafts=[SAMPLE_DRAFT])
    port = free_port()
    log = tmp_path / "app.log"
    with log.open("wb") as handle:
        process = subprocess.Popen([sys.executable, "-m", "workbench", "app", "--port", str(port)], cwd=workspace,
                                   stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
                                   env={k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")})
    try:
        wait_healthy(f"http://127.0.0.1:{port}", process, log)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
            assert response.status == 200
        assert "Claim Workbench" in log.read_text(errors="replace")
        # Stopping `workbench app` (SIGTERM to it alone) stops the server it started.
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=5)
    finally:  # whatever happened above, leave no server of this test running
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def test_workbench_app_refuses_a_missing_config_in_one_line(tmp_path: Path) -> None:
    run = run_workbench("app", "--config", tmp_path / "nope.toml", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "nope.toml" in run.stderr and "Traceback" not in run.stderr


def test_the_server_command_is_quiet_and_headless_friendly() -> None:
    command = streamlit_command(8600, headless=True)
    flags = dict(zip(command[5::2], command[6::2]))
    assert command[1:4] == ["-m", "streamlit", "run"] and command[4].endswith("streamlit_entry.py")
    assert flags["--server.headless"] == "true" and flags["--browser.gatherUsageStats"] == "false"
    assert flags["--server.port"] == "8600"
