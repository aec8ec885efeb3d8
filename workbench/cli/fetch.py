"""`workbench fetch worldbank|sdmx|csv`: pull published series into a package, atomically."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UsageError
from .common import EXIT_OK, Parser, cli_path, cli_text

if TYPE_CHECKING:
    from ..fetch import HttpSettings

_INDICATOR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.]*$")
_COUNTRY = re.compile(r"^[A-Za-z0-9]{2,3}$")
_ROLE = re.compile(r"^[a-z][a-z0-9_]*$")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fetch", help="pull reference series over HTTP into a package")
    fsub = p.add_subparsers(dest="fetch_command", metavar="SOURCE", parser_class=Parser, required=True)
    f = fsub.add_parser("worldbank", help="a World Bank indicator (API v2)")
    f.add_argument("indicator", type=cli_text)
    f.add_argument("--country", type=cli_text, required=True, help="ISO3 codes, comma-separated, e.g. KAZ,RUS")
    f.add_argument("--from", dest="from_year", type=int, metavar="YEAR")
    f.add_argument("--name", type=cli_text, help="resource name (default: derived from the indicator)")
    f.add_argument("--metric", type=cli_text, help="metric name (default: the indicator's name)")
    f.add_argument("--unit", type=cli_text, help="canonical unit of the values (default: from the indicator's name: USD, %% or '' for counts)")
    f.add_argument("--package", type=cli_path, default=Path("reference_data"), metavar="DIR")
    f.add_argument("--base-url", type=cli_text, metavar="URL",
                   help="the API's base URL, for a mirror or a recorded copy (default: the `worldbank-url` "
                        "setting, else https://api.worldbank.org/v2)")
    _add_http(f)
    f = fsub.add_parser("sdmx", help="an SDMX data message: SDMX-ML 2.1, SDMX-JSON or SDMX-CSV (URL or file)")
    f.add_argument("source", metavar="URL|FILE")
    f.add_argument("--structure", metavar="URL|FILE",
                   help="the data structure (SDMX-ML structure message): exact roles and codelist labels")
    f.add_argument("--name", type=cli_text, help="resource name (default: sdmx_ and the dataflow id)")
    f.add_argument("--metric", type=cli_text, help="metric name (default: the series title or the dataflow's name)")
    f.add_argument("--unit", type=cli_text, help="unit for every row (default: from UNIT_MEASURE or UNIT)")
    f.add_argument("--kind", choices=["level", "change", "share", "count", "ratio"], default=None,
                   help="what the values are (default: level)")
    f.add_argument("--measure", type=cli_text, metavar="COLUMN", help="SDMX-CSV with several measures: the one to read")
    f.add_argument("--source-title", type=cli_text, help="who published the data (default: the dataflow's name)")
    f.add_argument("--package", type=cli_path, default=Path("reference_data"), metavar="DIR")
    _add_http(f)
    f = fsub.add_parser("csv", help="any published CSV")
    f.add_argument("url")
    f.add_argument("--name", type=cli_text, required=True)
    f.add_argument("--metric", type=cli_text, required=True)
    f.add_argument("--map", type=cli_text, action="append", default=[], metavar="COLUMN=ROLE",
                   help="map a source column to period, value, unit or a dimension name")
    f.add_argument("--unit", type=cli_text, help="unit for every row when the CSV has no unit column")
    f.add_argument("--kind", choices=["level", "change", "share", "count", "ratio"],
                   help="what the values are (default: share for %%, else level)")
    f.add_argument("--title", type=cli_text, help="resource title (default: the metric)")
    f.add_argument("--source-title", type=cli_text, help="who published the CSV (default: the URL's host)")
    f.add_argument("--scale", type=cli_text, metavar="FACTOR",
                   help="multiply every value: a number (1e12) or a word (thousand, million, billion, trillion)")
    f.add_argument("--package", type=cli_path, default=Path("reference_data"), metavar="DIR")
    _add_http(f)
    p.set_defaults(handler=run)


def _add_http(p: argparse.ArgumentParser) -> None:
    p.add_argument("--deadline", type=float, metavar="SECONDS",
                   help="the whole fetch (every page, retry and redirect) must finish within this (default: 120)")
    p.add_argument("--allow-redirect-host", action="store_true",
                   help="follow a redirect to another host (default: refuse; every hop is recorded)")


def _settings(args: argparse.Namespace) -> "HttpSettings":
    from dataclasses import replace

    from ..fetch import HttpSettings

    settings = HttpSettings.from_env(os.environ)
    if args.deadline is not None:
        if not 0 < args.deadline <= 24 * 3600:
            raise UsageError.at(f"--deadline {args.deadline:g}: give seconds between 0 and 86400")
        settings = replace(settings, deadline=args.deadline)
    return replace(settings, allow_redirect_host=args.allow_redirect_host)


def run(args: argparse.Namespace) -> int:
    from ..fetch.writing import check_target

    check_target(args.package)  # before any request: a refused target costs no download
    handlers = {"worldbank": _world_bank, "csv": _csv, "sdmx": _sdmx}
    print(printable(handlers[args.fetch_command](args)))
    return EXIT_OK


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """The summary on one line: names from fetched data carry no newline (a `::warning::` line in
    a CI log) and no terminal escape."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _world_bank(args: argparse.Namespace) -> str:
    from ..fetch import WORLD_BANK_API, fetch_world_bank

    if not _INDICATOR.match(args.indicator):
        raise UsageError.at(f"{args.indicator!r} is not a World Bank indicator code (e.g. SP.POP.TOTL)")
    countries = _countries(args.country)
    settings = _settings(args)
    this_year = dt.date.today().year
    if args.from_year is not None and not 1900 <= args.from_year <= this_year:
        raise UsageError.at(f"--from {args.from_year}: give a year between 1900 and {this_year}")
    return fetch_world_bank(args.indicator, countries, package=args.package, settings=settings,
                            from_year=args.from_year, name=args.name, metric=args.metric, unit=args.unit,
                            base_url=_world_bank_url(args.base_url) or WORLD_BANK_API)


def _world_bank_url(flag: str | None) -> str | None:
    """--base-url, else the `worldbank-url` setting of workbench.toml / [tool.workbench]."""
    from ..config import load_config

    url = flag or load_config().worldbank_url
    if url is not None and not re.match(r"^https?://[^/\s]+", url):
        raise UsageError.at(f"World Bank base URL {url!r} is not an http(s) URL")
    return url


def _sdmx(args: argparse.Namespace) -> str:
    from ..fetch.sdmx import SdmxOptions, fetch_sdmx

    if args.name is not None:
        _check_name(args.name)
    options = SdmxOptions(name=args.name, metric=args.metric, unit=args.unit, kind=args.kind,
                          source_title=args.source_title, measure=args.measure)
    return fetch_sdmx(args.source, package=args.package, settings=_settings(args), options=options,
                      structure=args.structure)


def _check_name(name: str) -> None:
    if not re.match(r"^[a-z0-9][a-z0-9._-]*$", name):
        raise UsageError.at(f"--name {name!r}: use lower-case letters, digits, '.', '_' or '-'")


def _csv(args: argparse.Namespace) -> str:
    from ..fetch import fetch_csv
    from ..fetch.published_csv import parse_scale

    if not re.match(r"^https?://", args.url):
        raise UsageError.at(f"{args.url!r} is not an http(s) URL")
    _check_name(args.name)
    mapping = _parse_map(args.map)
    scale = parse_scale(args.scale) if args.scale is not None else 1.0
    return fetch_csv(args.url, name=args.name, metric=args.metric, package=args.package, settings=_settings(args),
                     mapping=mapping, unit=args.unit, kind=args.kind, title=args.title,
                     source_title=args.source_title, scale=scale)


def _countries(text: str) -> list[str]:
    codes = [c.strip().upper() for c in re.split(r"[,;]", text) if c.strip()]
    bad = [c for c in codes if not _COUNTRY.match(c)]
    if not codes or bad:
        raise UsageError.at(f"--country {text!r}: give ISO 3166 codes separated by commas, e.g. KAZ,RUS")
    return codes


def _parse_map(items: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, role = item.partition("=")
        column, role = column.strip(), role.strip()
        if not sep or not column or not role:
            raise UsageError.at(f"--map {item!r}: write COLUMN=ROLE, e.g. --map Year=period")
        if not _ROLE.match(role) or role in ("source_url", "note", "row", "source_title"):
            raise UsageError.at(f"--map {item!r}: ROLE must be period, value, unit or a lower-case dimension name")
        if role in mapping.values():
            raise UsageError.at(f"--map: two columns are mapped to {role!r}")
        mapping[column] = role
    return mapping
