"""`workbench app`: start the Streamlit workbench."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("app", help="start the Streamlit workbench")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--config", type=Path)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Validate the configuration (bad config → exit 2 before any server starts), then serve."""
    from ..app.launch import app_environment, checked_config_file, serve, streamlit_command

    root = Path.cwd()
    config_file = checked_config_file(root, args.config)
    print(f"Claim Workbench: http://localhost:{args.port}  (Ctrl-C stops it)", file=sys.stderr, flush=True)
    return serve(streamlit_command(args.port, headless=not _has_screen()), app_environment(config_file, root))


def _has_screen() -> bool:
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
