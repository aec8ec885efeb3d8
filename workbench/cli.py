"""The ``workbench`` command: a thin shell over the library.

Each sub-command parses its flags, calls one library function and prints the result. Library
modules are imported inside the handlers so that ``workbench --help`` and light commands
start fast. Every ``WorkbenchError`` becomes one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import UsageError, WorkbenchError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write YYYY-MM-DD") from None


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are our one-line format with exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("workbench").strip()
        raise UsageError.at(f"{command}: {message}" if command else message)


def cmd_extract(args: argparse.Namespace) -> int:
    from .drafts import load_draft
    from .extraction import extract_report
    from .reports.claims import render_claims

    report = extract_report(load_draft(args.draft), as_of=args.as_of)
    _write(render_claims(report, args.format))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from .check import run_check

    return run_check(args)


def cmd_review(args: argparse.Namespace) -> int:
    from .ledger import run_review

    return run_review(args)


def cmd_export(args: argparse.Namespace) -> int:
    from .export import run_export

    return run_export(args)


def cmd_reference(args: argparse.Namespace) -> int:
    from .reference import run_reference

    return run_reference(args)


def cmd_fetch(args: argparse.Namespace) -> int:
    from .fetch import run_fetch

    return run_fetch(args)


def cmd_app(args: argparse.Namespace) -> int:
    from .app.launch import run_app

    return run_app(args)


def cmd_schemas(args: argparse.Namespace) -> int:
    from .schemas import write_schemas

    for path in write_schemas(Path(args.out)):
        print(path)
    return EXIT_OK


def _write(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, help="workbench.toml or pyproject.toml to use (default: found upwards)")
    p.add_argument("--reference", action="append", type=Path, metavar="DIR",
                   help="reference data package folder; repeat for several (default: reference_data)")
    p.add_argument("--claims", type=Path, metavar="DIR", help="folder of reviewer ledgers (default: claims)")
    p.add_argument("--as-of", type=_iso_date, metavar="DATE", help="date the draft speaks from, overriding its front matter")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="workbench", description="Find, verify and review the numeric claims in news drafts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("extract", help="list the numeric claims in a draft")
    p.add_argument("draft", type=Path)
    p.add_argument("--format", choices=["json", "jsonl", "csv", "table"], default="table")
    p.add_argument("--as-of", type=_iso_date, metavar="DATE", help="date the draft speaks from")
    p.set_defaults(handler=cmd_extract)

    p = sub.add_parser("check", help="verify drafts against reference data, like a linter")
    p.add_argument("drafts", nargs="*", help="draft files, folders or globs (default: the configured drafts)")
    _add_common(p)
    p.add_argument("--format", action="append", metavar="FORMAT[:FILE]",
                   help="text|json|junit|sarif|github|markdown, optionally :FILE to write it there; repeatable")
    p.add_argument("--fail-on", metavar="V,…", help="verdicts that fail the run (default: contradicted,unsupported)")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when claims are flagged")
    p.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("review", help="create or refresh a draft's ledger, or record a decision")
    p.add_argument("draft", type=Path)
    _add_common(p)
    p.add_argument("--set", action="append", metavar="CLAIM_ID=VERDICT", help="record a reviewer verdict")
    p.add_argument("--note", help="note to store with --set")
    p.add_argument("--evidence", metavar="N", help="rank of the evidence to use (1-based) or 'none'")
    p.add_argument("--reviewer", help="who decides (required with --set)")
    p.set_defaults(handler=cmd_review)

    p = sub.add_parser("export", help="publishable results: ClaimReview JSON-LD, CSV, Markdown")
    p.add_argument("draft", type=Path)
    _add_common(p)
    p.add_argument("--format", choices=["claimreview", "csv", "markdown"], default="markdown")
    p.add_argument("--output", "-o", type=Path, help="write here instead of stdout (atomically)")
    p.add_argument("--author", metavar="NAME", help="organisation named as ClaimReview author (default: Claim Workbench)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("reference", help="validate, list and show reference data")
    rsub = p.add_subparsers(dest="reference_command", metavar="ACTION", parser_class=_Parser, required=True)
    r = rsub.add_parser("validate", help="check reference packages; all errors at once")
    r.add_argument("dirs", nargs="*", type=Path)
    r = rsub.add_parser("list", help="list resources and their metrics")
    r.add_argument("--reference", action="append", type=Path, metavar="DIR")
    r = rsub.add_parser("show", help="print one resource as a table")
    r.add_argument("name")
    r.add_argument("--reference", action="append", type=Path, metavar="DIR")
    p.add_argument("--config", type=Path, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_reference)

    p = sub.add_parser("fetch", help="pull reference series over HTTP into a package")
    fsub = p.add_subparsers(dest="fetch_command", metavar="SOURCE", parser_class=_Parser, required=True)
    f = fsub.add_parser("worldbank", help="a World Bank indicator (API v2)")
    f.add_argument("indicator")
    f.add_argument("--country", required=True, help="ISO3 codes, comma-separated, e.g. KAZ,RUS")
    f.add_argument("--from", dest="from_year", type=int, metavar="YEAR")
    f.add_argument("--name", help="resource name (default: derived from the indicator)")
    f.add_argument("--metric", help="metric name (default: the indicator's name)")
    f.add_argument("--unit", help="canonical unit of the values (default: from the indicator's name: USD, %% or '' for counts)")
    f.add_argument("--package", type=Path, default=Path("reference_data"), metavar="DIR")
    f.add_argument("--base-url", default="https://api.worldbank.org/v2", help=argparse.SUPPRESS)
    f = fsub.add_parser("csv", help="any published CSV")
    f.add_argument("url")
    f.add_argument("--name", required=True)
    f.add_argument("--metric", required=True)
    f.add_argument("--map", action="append", default=[], metavar="COLUMN=ROLE",
                   help="map a source column to period, value, unit or a dimension name")
    f.add_argument("--unit", help="unit for every row when the CSV has no unit column")
    f.add_argument("--kind", choices=["level", "change", "share", "count", "ratio"],
                   help="what the values are (default: share for %%, else level)")
    f.add_argument("--title", help="resource title (default: the metric)")
    f.add_argument("--source-title", help="who published the CSV (default: the URL's host)")
    f.add_argument("--package", type=Path, default=Path("reference_data"), metavar="DIR")
    p.set_defaults(handler=cmd_fetch)

    p = sub.add_parser("app", help="start the Streamlit workbench")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--config", type=Path)
    p.set_defaults(handler=cmd_app)

    p = sub.add_parser("schemas", help="write the JSON Schemas of every file format")
    p.add_argument("--out", default="docs/schemas")
    p.set_defaults(handler=cmd_schemas)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claim-workbench")
    except PackageNotFoundError:
        return "0+unknown"


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
