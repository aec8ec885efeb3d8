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
from ..wording import grouped_number
from .common import CACHE_DIR_ENV, EXIT_ERROR, EXIT_OK, Parser, cli_path

if TYPE_CHECKING:
    from ..reference import LoadedResource, ReferenceData

def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reference", help="validate, list and show reference data")
    rsub = p.add_subparsers(dest="reference_command", metavar="ACTION", parser_class=Parser, required=True)
    r = rsub.add_parser("validate", help="check reference packages; all errors at once")
    r.add_argument("dirs", nargs="*", type=cli_path)
    r.add_argument("--format", choices=["text", "json"], default="text",
                   help="text: one line per problem on stderr; json: the list of problems on stdout")
    r = rsub.add_parser("list", help="list resources and their metrics")
    r.add_argument("--reference", action="append", type=cli_path, metavar="DIR")
    r = rsub.add_parser("show", help="print one resource as a table")
    r.add_argument("name")
    r.add_argument("--reference", action="append", type=cli_path, metavar="DIR")
    p.add_argument("--config", type=Path, help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..reference import load_reference

    # Parsed packages are kept on disk between runs only when the user names a folder.
    cache_dir = Path(os.environ[CACHE_DIR_ENV]) if os.environ.get(CACHE_DIR_ENV) else None
    if args.reference_command == "validate":
        return _validate(_dirs(args, args.dirs), args.format, cache_dir)
    data = load_reference(_dirs(args, args.reference), cache_dir=cache_dir)
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


def _validate(dirs: list[Path], fmt: str, cache_dir: Path | None) -> int:
    from ..reference import load_reference, validate_packages

    problems = validate_packages(dirs, cache_dir=cache_dir)
    if fmt == "json":
        print(json.dumps([p.to_dict() for p in problems], indent=2, ensure_ascii=False))
        return EXIT_ERROR if problems else EXIT_OK
    if problems:
        for problem in problems:
            print(one_line(str(problem)), file=sys.stderr)
        files = len({p.path for p in problems})
        print(f"workbench: {len(problems)} problem(s) in {files} file(s); the data was not loaded", file=sys.stderr)
        return EXIT_ERROR
    data = load_reference(dirs, cache_dir=cache_dir)
    print(f"ok: {len(dirs)} package(s), {len(data.resources)} resource(s), {data.observations} observation(s)")
    return EXIT_OK


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

    rows = []
    for name, res in data.resources.items():
        frame = res.frame
        periods = sorted(frame["period"].unique(), key=lambda p: parse_period(p).start)
        span = f"{periods[0]} … {periods[-1]}" if len(periods) > 1 else (periods[0] if periods else "")
        units = ",".join(sorted(u or '""' for u in frame["unit"].unique()))
        rows.append([name, res.meta.workbench.metric, res.meta.workbench.kind.value, str(len(frame)), span, units,
                     shown_path(res.package_dir)])
    headers = ["resource", "metric", "kind", "rows", "periods", "units", "package"]
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
