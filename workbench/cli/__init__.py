"""The ``workbench`` command: a thin shell over the library.

All argument parsing lives in this package, one module per command, each with ``register``
(its flags) and ``run`` (call the library with typed values, print, return the exit code). The
library below never sees an argparse namespace. Library modules are imported inside ``run`` so
that ``workbench --help`` and light commands start fast. Every ``WorkbenchError`` becomes one
line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

import workbench

from ..errors import WorkbenchError
from . import app, check, export, extract, fetch, reference, review, schemas
from .common import EXIT_ERROR, EXIT_OK, Parser

Handler = Callable[[argparse.Namespace], int]

COMMANDS = (extract, check, review, export, reference, fetch, app, schemas)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="workbench", description="Find, verify and review the numeric claims in news drafts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {workbench.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        handler: Handler = args.handler
        return handler(args)
    except WorkbenchError as exc:
        print(f"workbench: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
