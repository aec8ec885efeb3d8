"""`workbench check`: verify drafts like a linter (exit 0 clean, 1 flagged, 2 bad input)."""

from __future__ import annotations

import argparse

from .common import add_common


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="verify drafts against reference data, like a linter")
    p.add_argument("drafts", nargs="*", help="draft files, folders or globs (default: the configured drafts)")
    add_common(p)
    p.add_argument("--format", action="append", metavar="FORMAT[:FILE]",
                   help="text|json|junit|sarif|github|markdown, optionally :FILE to write it there; repeatable")
    p.add_argument("--fail-on", metavar="V,…", help="verdicts that fail the run (default: contradicted,unsupported)")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when claims are flagged")
    p.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..check import run_check

    return run_check(args)
