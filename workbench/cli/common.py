"""What every command shares: exit codes, argument types, the options about where data lives."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UsageError

if TYPE_CHECKING:
    from ..config import Config

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse, but usage errors are our one-line format with exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("workbench").strip()
        raise UsageError.at(f"{command}: {message}" if command else message)


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write YYYY-MM-DD") from None


def add_common(p: argparse.ArgumentParser) -> None:
    """--config, --reference, --claims and --as-of: where the data lives and which day it is."""
    p.add_argument("--config", type=Path, help="workbench.toml or pyproject.toml to use (default: found upwards)")
    p.add_argument("--reference", action="append", type=Path, metavar="DIR",
                   help="reference data package folder; repeat for several (default: reference_data)")
    p.add_argument("--claims", type=Path, metavar="DIR", help="folder of reviewer ledgers (default: claims)")
    p.add_argument("--as-of", type=iso_date, metavar="DATE", help="date the draft speaks from, overriding its front matter")


def config_from_args(args: argparse.Namespace) -> Config:
    """The configuration file's settings with the options of ``add_common`` on top (paths on the
    command line are relative to the working folder)."""
    from ..config import load_config

    config = load_config(file=args.config)
    reference = [p.resolve() for p in args.reference] if args.reference else None
    claims = args.claims.resolve() if args.claims else None
    as_of = args.as_of.isoformat() if args.as_of else None
    return config.merged(reference=reference, claims=claims, as_of=as_of)


def write(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
