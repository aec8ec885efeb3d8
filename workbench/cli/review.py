"""`workbench review DRAFT [--set ID=VERDICT …]`: create or refresh a ledger, record decisions."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import add_common


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="create or refresh a draft's ledger, or record a decision")
    p.add_argument("draft", type=Path)
    add_common(p)
    p.add_argument("--set", action="append", metavar="CLAIM_ID=VERDICT", help="record a reviewer verdict")
    p.add_argument("--note", help="note to store with --set")
    p.add_argument("--evidence", metavar="N", help="rank of the evidence to use (1-based) or 'none'")
    p.add_argument("--reviewer", help="who decides (required with --set)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..ledger import run_review

    return run_review(args)
