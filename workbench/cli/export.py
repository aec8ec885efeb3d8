"""`workbench export DRAFT --format claimreview|csv|markdown`: publishable results."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import add_common


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="publishable results: ClaimReview JSON-LD, CSV, Markdown")
    p.add_argument("draft", type=Path)
    add_common(p)
    p.add_argument("--format", choices=["claimreview", "csv", "markdown"], default="markdown")
    p.add_argument("--output", "-o", type=Path, help="write here instead of stdout (atomically)")
    p.add_argument("--author", metavar="NAME", help="organisation named as ClaimReview author (default: Claim Workbench)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..export import run_export

    return run_export(args)
