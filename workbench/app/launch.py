"""Starting Streamlit on the workbench script with the configured data (`workbench app`).

The app process finds its configuration through the environment (``WORKBENCH_CONFIG`` names
the config file, ``WORKBENCH_ROOT`` the folder to look from), so `streamlit run` needs no
extra arguments and tests can point the app at a temporary copy of drafts and ledgers.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from ..config import find_config_file, load_config
from ..errors import ConfigError

ENV_CONFIG = "WORKBENCH_CONFIG"
ENV_ROOT = "WORKBENCH_ROOT"
SCRIPT = Path(__file__).with_name("streamlit_entry.py")

# Flags that make the server quiet and safe to run without a screen; the theme is set here
# rather than in .streamlit/config.toml so it applies whichever folder the user starts from.
SERVER_FLAGS: dict[str, str] = {
    "browser.gatherUsageStats": "false",
    "server.fileWatcherType": "none",
    "server.runOnSave": "false",
    "server.maxUploadSize": "2",
    "client.toolbarMode": "minimal",
    "theme.base": "light",
    "theme.primaryColor": "#1f6feb",
}


def streamlit_command(port: int, *, headless: bool, address: str | None = None,
                      script: Path = SCRIPT) -> list[str]:
    """The `python -m streamlit run …` command line for the workbench script (``headless``: no
    browser is opened, for machines without a screen)."""
    flags = {**SERVER_FLAGS, "server.port": str(port), "server.headless": "true" if headless else "false"}
    if address:
        flags["server.address"] = address
    command = [sys.executable, "-m", "streamlit", "run", str(script)]
    for name, value in flags.items():
        command += [f"--{name}", value]
    return command


def app_environment(config_file: Path | None, root: Path) -> dict[str, str]:
    """Environment for the app process: where its configuration is."""
    env = dict(os.environ)
    env.pop(ENV_CONFIG, None)
    env[ENV_ROOT] = str(root.resolve())
    if config_file is not None:
        env[ENV_CONFIG] = str(config_file.resolve())
    return env


def checked_config_file(root: Path, config_file: Path | None) -> Path | None:
    """The configuration the app will use (named, else found from ``root``), refused before any
    server starts when it is missing or names no drafts."""
    if config_file is not None and not config_file.is_file():
        raise ConfigError.at("no such configuration file", str(config_file), hint="name a workbench.toml or pyproject.toml")
    config_file = config_file or find_config_file(root)
    config = load_config(root, config_file)
    if not config.drafts:
        raise ConfigError.at("no drafts folders are configured", str(config_file or root),
                             hint="set drafts = [\"drafts/*.md\"] in workbench.toml")
    return config_file


def serve(command: list[str], env: dict[str, str]) -> int:
    """Run the server until it stops; a stop sent to us is passed on, so no orphan is left behind."""
    process = subprocess.Popen(command, env=env)

    def stop(signum: int, _frame: object) -> None:
        process.send_signal(signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        return process.wait()
    except KeyboardInterrupt:  # Ctrl-C reached the server too (same process group); let it finish
        return process.wait()
    finally:
        signal.signal(signal.SIGTERM, previous)
