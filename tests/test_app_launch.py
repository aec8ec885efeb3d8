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


def _listening_addresses(port: int) -> set[str]:
    """The local addresses of sockets listening on ``port``, from the kernel's table (Linux)."""
    found: set[str] = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        with contextlib.suppress(FileNotFoundError):
            for line in Path(table).read_text().splitlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                address, port_hex = local.split(":")
                if state == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                    found.add(_address(address, width))
    return found


def _address(hex_address: str, width: int) -> str:
    import ipaddress

    raw = bytes.fromhex(hex_address)
    # The kernel prints each 32-bit word in host (little-endian) order.
    words = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
    return str(ipaddress.ip_address(words if width == 32 else words[:4]))


@contextlib.contextmanager
def _served(workspace: Path, *extra: str):
    port = free_port()
    log = workspace.parent / f"app-{port}.log"
    with log.open("wb") as handle:
        process = subprocess.Popen([sys.executable, "-m", "workbench", "app", "--port", str(port), *extra],
                                   cwd=workspace, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
                                   env={k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")})
    try:
        wait_healthy(f"http://127.0.0.1:{port}", process, log)
        yield port, log
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's socket table")
def test_workbench_app_listens_on_localhost_unless_told_otherwise(tmp_path: Path) -> None:
    import ipaddress

    workspace = make_workspace(tmp_path / "ws", drafts=[SAMPLE_DRAFT])
    with _served(workspace) as (port, _):
        addresses = _listening_addresses(port)
        assert addresses and all(ipaddress.ip_address(a).is_loopback for a in addresses), addresses
    with _served(workspace, "--address", "0.0.0.0") as (port, _):
        assert "0.0.0.0" in _listening_addresses(port)


def test_workbench_app_refuses_a_bad_identity_header_before_serving(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws", drafts=[SAMPLE_DRAFT])
    run = run_workbench("app", "--sign-in", "proxy", "--identity-header", "X User: me", cwd=workspace)
    assert run.returncode == 2 and run.stderr.count("\n") == 1
    assert "not an HTTP header name" in run.stderr and "Traceback" not in run.stderr


def test_a_proxy_sign_in_on_every_interface_is_warned_about(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws", drafts=[SAMPLE_DRAFT])
    with _served(workspace, "--address", "0.0.0.0", "--sign-in", "proxy") as (_, log):
        assert "trusts the identity header from anyone who can reach 0.0.0.0" in log.read_text(errors="replace")
