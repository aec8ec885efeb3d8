"""`workbench schemas [--out DIR]`: write the JSON Schema of every file format."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, cli_path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("schemas", help="write the JSON Schemas of every file format")
    p.add_argument("--out", type=cli_path, default=Path("docs/schemas"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..schemas import write_schemas

    for path in write_schemas(Path(args.out)):
        print(path)
    return EXIT_OK
