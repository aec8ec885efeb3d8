"""`workbench fetch worldbank|csv`: pull published series into a package, atomically."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import Parser


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fetch", help="pull reference series over HTTP into a package")
    fsub = p.add_subparsers(dest="fetch_command", metavar="SOURCE", parser_class=Parser, required=True)
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
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..fetch import run_fetch

    return run_fetch(args)
