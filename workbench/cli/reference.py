"""`workbench reference validate|list|show`: the reference packages, checked and browsed."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import Parser


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reference", help="validate, list and show reference data")
    rsub = p.add_subparsers(dest="reference_command", metavar="ACTION", parser_class=Parser, required=True)
    r = rsub.add_parser("validate", help="check reference packages; all errors at once")
    r.add_argument("dirs", nargs="*", type=Path)
    r = rsub.add_parser("list", help="list resources and their metrics")
    r.add_argument("--reference", action="append", type=Path, metavar="DIR")
    r = rsub.add_parser("show", help="print one resource as a table")
    r.add_argument("name")
    r.add_argument("--reference", action="append", type=Path, metavar="DIR")
    p.add_argument("--config", type=Path, help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..reference import run_reference

    return run_reference(args)
