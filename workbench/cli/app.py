"""`workbench app`: start the Streamlit workbench."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("app", help="start the Streamlit workbench")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--config", type=Path)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..app.launch import run_app

    return run_app(args)
