"""`workbench reference validate|list|show`: the reference packages, checked and browsed."""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ReferenceDataError
from ..reports.escaping import one_line
from ..presentation import grouped_number
from .common import CACHE_DIR_ENV, EXIT_ERROR, EXIT_OK, Parser, cli_path, cli_text

if TYPE_CHECKING:
    from ..reference import LoadedResource, Problem, ReferenceData

def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reference", help="validate, list and show reference data")
    rsub = p.add_subparsers(dest="reference_command", metavar="ACTION", parser_class=Parser, required=True)
    r = rsub.add_parser("validate", help="check reference packages; all errors and warnings at once")
    r.add_argument("dirs", nargs="*", type=cli_path, metavar="PACKAGE",
                   help="a package folder (datapackage.json or .yaml, or bare CSVs) or a .zip of one "
                        "(default: the configured packages)")
    r.add_argument("--format", choices=["text", "json"], default="text",
                   help="text: one line per problem on stderr; json: the list of problems on stdout")
    r.add_argument("--skip-invalid", action="store_true",
                   help="leave out resources with errors and load the rest (exit 0 when anything loads)")
    r = rsub.add_parser("init", help="write a workbench block for a publisher's package or a bare CSV, saying "
                        "where each resource's period comes from")
    r.add_argument("path", type=cli_path, help="a package folder (datapackage.json or .yaml, or bare CSVs), a CSV "
                   "file, or a zipped package (read, never rewritten: the change is printed as a diff)")
    r.add_argument("--diff", action="store_true", help="print the change as a unified diff instead of writing it")
    r.add_argument("--force", action="store_true", help="replace workbench blocks that are already there")
    r = rsub.add_parser("list", help="list resources: metric, kind, rows, periods and where they come from, units")
    r.add_argument("--reference", action="append", type=cli_path, metavar="PACKAGE",
                   help="a package folder or a .zip of one; repeat for several (default: the configured packages)")
    r.add_argument("--skip-invalid", action="store_true", help="leave out resources with errors")
    r = rsub.add_parser("show", help="print one resource as a table")
    r.add_argument("name", type=cli_text)
    r.add_argument("--reference", action="append", type=cli_path, metavar="PACKAGE",
                   help="a package folder or a .zip of one; repeat for several (default: the configured packages)")
    r.add_argument("--skip-invalid", action="store_true", help="leave out resources with errors")
    p.add_argument("--config", type=cli_path, help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Parsed packages are kept on disk between runs only when the user names a folder.
    cache_dir = Path(os.environ[CACHE_DIR_ENV]) if os.environ.get(CACHE_DIR_ENV) else None
    if args.reference_command == "validate":
        return _validate(_dirs(args, args.dirs), args.format, cache_dir, args.skip_invalid)
    if args.reference_command == "init":
        from ..reference.init import init_package

        text, notes = init_package(args.path, diff=args.diff, force=args.force)
        for note in notes:
            print(one_line(note), file=sys.stderr)
        if text:
            sys.stdout.write(text)
        return EXIT_OK
    from .common import report_reference_problems

    dirs = _dirs(args, args.reference)
    data = report_reference_problems(dirs, cache_dir, args.skip_invalid)  # what was taken as shipped, on stderr
    if args.reference_command == "list":
        print(render_list(data), end="")
        return EXIT_OK
    if args.name not in data.resources:
        close = difflib.get_close_matches(args.name, list(data.resources), n=3)
        hint = f"did you mean {', '.join(close)}?" if close else "see `workbench reference list`"
        raise ReferenceDataError.at(f"no resource named {args.name!r}", hint=hint)
    print(render_resource(data.resources[args.name]), end="")
    return EXIT_OK


def _dirs(args: argparse.Namespace, explicit: Sequence[Path] | None) -> list[Path]:
    if explicit:
        return list(explicit)
    from ..config import load_config

    return load_config(file=args.config).reference_dirs


def _validate(dirs: list[Path], fmt: str, cache_dir: Path | None, skip_invalid: bool = False) -> int:
    from ..reference import load_reference, validate_packages

    problems = validate_packages(dirs, cache_dir=cache_dir)
    errors = [p for p in problems if p.is_error]
    data = None
    if not errors or skip_invalid:
        try:
            data = load_reference(dirs, cache_dir=cache_dir, skip_invalid=skip_invalid)
        except ReferenceDataError:
            data = None
    if fmt == "json":
        print(json.dumps([p.to_dict() for p in problems], indent=2, ensure_ascii=False))
        return EXIT_OK if data is not None else EXIT_ERROR
    for line in problem_lines(problems):
        print(one_line(line), file=sys.stderr)
    if data is None:
        files = len({p.path for p in errors})
        print(f"workbench: {len(errors)} problem(s) in {files} file(s){_warnings(problems)}; the data was not loaded",
              file=sys.stderr)
        return EXIT_ERROR
    left_out = len({(p.path, p.resource) for p in errors})
    skipped = f", {left_out} left out for errors" if left_out else ""
    print(f"ok: {len(dirs)} package(s), {len(data.resources)} resource(s), {data.observations} observation(s)"
          f"{skipped}{_warnings(problems)}")
    return EXIT_OK


def _warnings(problems: Sequence[Problem]) -> str:
    count = sum(1 for p in problems if not p.is_error)
    return f", {count} warning(s)" if count else ""


def problem_lines(problems: Sequence[Problem]) -> list[str]:
    """One line per problem; each piece of advice is given once, on the first line it concerns."""
    from ..errors import ReferenceDataError as Err

    given: set[str] = set()
    lines = []
    for problem in problems:
        hint = Err.hint if problem.hint is None else problem.hint
        text = problem.line_text()
        if hint and hint not in given:
            given.add(hint)
            text = f"{text} ({hint})"
        lines.append(text)
    return lines


# ---------------------------------------------------------------------------------------------
# Tables for the terminal

def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int] | None = None,
                 max_width: int = 60) -> str:
    right = right or set()
    # The last column (a URL, typically) is never cut, so it stays usable.
    last = len(headers) - 1
    rows = [[one_line(str(c)) for c in row] for row in rows]
    cells = [[c if len(c) <= max_width or i == last else c[:max_width - 1] + "…" for i, c in enumerate(row)]
             for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]

    def line(row: Sequence[str]) -> str:
        parts = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        return "  ".join(parts).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in cells)
    return "\n".join(out) + "\n"


def render_list(data: ReferenceData) -> str:
    from ..periods import parse_period
    from ..reference import shown_path
    from ..reference.stated_period import period_origin

    rows = []
    for name, res in data.resources.items():
        frame = res.frame
        periods = sorted(frame["period"].unique(), key=lambda p: parse_period(p).start)
        span = f"{periods[0]} … {periods[-1]}" if len(periods) > 1 else (periods[0] if periods else "")
        units = ",".join(sorted(u or '""' for u in frame["unit"].unique()))
        block = res.meta.workbench
        origin = period_origin(block.period_from, column=block.period_column, path=res.meta.path,
                               read_from=block.period_read_from)
        rows.append([name, block.metric, block.kind.value, str(len(frame)), span, origin, units,
                     shown_path(res.package_dir)])
    headers = ["resource", "metric", "kind", "rows", "periods", "period from", "units", "package"]
    if len(data.package_dirs) < 2:  # one package: the column would repeat one folder
        headers, rows = headers[:-1], [r[:-1] for r in rows]
    return render_table(headers, rows, right={3})


def render_resource(res: LoadedResource) -> str:
    from ..datapackage import SOURCE_COLUMN
    from ..reference import shown_path

    meta = res.meta
    head = [f"{meta.name}: {meta.title}",
            f"metric: {meta.workbench.metric} ({meta.workbench.kind.value})"]
    if meta.workbench.aliases:
        head.append(f"aliases: {', '.join(meta.workbench.aliases)}")
    if meta.workbench.publisher:
        head.append(f"publisher: {meta.workbench.publisher}")
    head.append(f"file: {shown_path(res.csv_path)}")
    dims = [d for d in res.dimensions if d != SOURCE_COLUMN]
    headers = ["row", "period", "value", "unit", *dims, "source", "note", "url"]
    rows = []
    for r in res.frame.to_dict("records"):
        rows.append([str(r["row"]), r["period"], grouped_number(r["value"]), r["unit"],
                     *(str(r[d]) for d in dims), r["source_title"], r["note"], r["source_url"]])
    return "\n".join(one_line(h) for h in head) + "\n\n" + render_table(headers, rows, right={0, 2})
