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
    from ..errors import UsageError
    from ..schemas import write_schemas

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError.at("--out names a file, not a folder", str(out),
                            hint="give the folder to write the schemas in")
    for path in write_schemas(out):
        print(path)
    return EXIT_OK
