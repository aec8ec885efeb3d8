"""World Bank Indicators API v2: every page of an indicator, written into a package as one resource.

Three endpoints: the observations (paged), the indicator (its name, unit and source note: the
resource's unit, kind and aliases come from there) and the countries (which rows are aggregates).
How names map to units and kinds is data: ``workbench/data/worldbank.json``."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import requests

from ..errors import FetchError, UsageError
from ..readfile import HALF_A_CHARACTER, NESTED_TOO_DEEPLY, parse_json
from ..reference import DESCRIPTOR, shown_path
from ..reference.units import names_local_currency, unit_from_metadata
from .http import HttpClient, HttpSettings
from .writing import csv_bytes, now, scaled_text, slug, write_resource

WORLD_BANK_API = "https://api.worldbank.org/v2"
WORLD_BANK_PAGE_SIZE = 1000
WORLD_BANK_MAX_PAGES = 500
WORLD_BANK_LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0 (World Bank data)"}

AREA_COLUMN = "area_type"  # "economy" or "aggregate" (World, regions, income groups)
_RULES_FILE = Path(__file__).resolve().parent.parent / "data" / "worldbank.json"


@dataclass
class IndicatorMeta:
    """What the API's indicator endpoint says about an indicator."""

    id: str
    name: str
    unit: str = ""
    source_note: str = ""
    source_organization: str = ""
    source: str = ""


@dataclass
class WorldBankSeries:
    indicator_id: str
    indicator_name: str
    rows: list[dict[str, str]]  # period, value, country
    first_url: str
    last_updated: str | None


def _decode_json(response: requests.Response, shown: str) -> Any:
    try:
        return parse_json(response.content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        kind = response.headers.get("Content-Type", "unknown content type").split(";")[0]
        preview = " ".join(response.content[:80].decode("utf-8", "replace").split())
        what = f"not JSON ({kind}): {preview!r}"
        if isinstance(exc, json.JSONDecodeError) and exc.msg == NESTED_TOO_DEEPLY:
            what = "JSON nested too deeply to be the API's"
        elif isinstance(exc, json.JSONDecodeError) and exc.msg == HALF_A_CHARACTER:
            what = f"JSON with {HALF_A_CHARACTER}, at line {exc.lineno} column {exc.colno}"
        raise FetchError.at(f"the answer is {what}", shown,
                            hint="the API may be down or the base URL wrong; the reference package "
                                 "was left unchanged") from None


def _world_bank_message(payload: Any) -> str | None:
    """The API's error text: ``[{"message": [{"id", "key", "value"}]}]``."""
    if isinstance(payload, list) and payload and isinstance(payload[0], dict) and "message" in payload[0]:
        messages = payload[0]["message"]
        if isinstance(messages, list):
            return "; ".join(str(m.get("value") or m.get("key") or m) for m in messages if isinstance(m, dict)) \
                or str(messages)
        return str(messages)
    return None


def _api_payload(client: HttpClient, url: str, params: dict[str, object], what: str) -> tuple[dict, list]:
    """One page of the API: ``[paging, records]``, or the API's own error as one FetchError."""
    shown = url + "?" + urlencode(params)
    payload = _decode_json(client.get(url, params), shown)
    message = _world_bank_message(payload)
    if message is not None:
        raise FetchError.at(f"World Bank API: {message} ({what})", shown,
                            hint="check the indicator code on data.worldbank.org and the ISO country "
                                 "codes; the reference package was left unchanged")
    if not (isinstance(payload, list) and len(payload) == 2 and isinstance(payload[0], dict)
            and isinstance(payload[1], (list, type(None)))):
        raise FetchError.at("the answer is JSON but not shaped like a World Bank API v2 answer "
                            "([paging, records])", shown, hint="the reference package was left unchanged")
    return payload[0], [r for r in payload[1] or [] if isinstance(r, dict)]


def download_world_bank(indicator: str, countries: list[str], from_year: int | None, base_url: str,
                        client: HttpClient) -> WorldBankSeries:
    """Every page of the indicator's observations for ``countries`` (since ``from_year``)."""
    url = f"{base_url.rstrip('/')}/country/{';'.join(countries)}/indicator/{indicator}"
    params: dict[str, object] = {"format": "json", "per_page": WORLD_BANK_PAGE_SIZE}
    if from_year is not None:
        params["date"] = f"{from_year}:{dt.date.today().year}"
    rows: list[dict[str, str]] = []
    name, updated = indicator, None
    first_url = url + "?" + urlencode({**params, "page": 1})
    what = f"indicator {indicator!r}, countries {','.join(countries)}"
    page, pages = 1, 1
    while page <= pages:
        head, records = _api_payload(client, url, {**params, "page": page}, what)
        try:
            pages = min(int(head.get("pages") or 0), WORLD_BANK_MAX_PAGES)
        except (TypeError, ValueError, OverflowError):  # OverflowError: 1e999 pages, which JSON reads as inf
            raise FetchError.at(f"the answer's paging is not a number: {head.get('pages')!r}", first_url) from None
        updated = head.get("lastupdated") or updated
        for rec in records:
            if isinstance(rec.get("indicator"), dict) and rec["indicator"].get("value"):
                name = str(rec["indicator"]["value"])
            if rec.get("value") is None:
                continue  # the API lists missing years with value null
            country = rec.get("country") if isinstance(rec.get("country"), dict) else {}
            rows.append({"period": world_bank_period(str(rec.get("date", ""))), "value": _number_text(rec["value"]),
                         "country": str(country.get("value") or rec.get("countryiso3code")),
                         "code": str(rec.get("countryiso3code") or country.get("id") or "")})
        page += 1
    if not rows:
        since = f" from {from_year}" if from_year else ""
        raise FetchError.at(f"the World Bank has no observations of {indicator} for {','.join(countries)}{since}",
                            first_url, hint="the reference package was left unchanged")
    return WorldBankSeries(indicator, name, rows, first_url, updated)


def download_indicator(indicator: str, base_url: str, client: HttpClient) -> IndicatorMeta:
    """The indicator endpoint: name, unit, source note, source organisation."""
    url = f"{base_url.rstrip('/')}/indicator/{indicator}"
    _, records = _api_payload(client, url, {"format": "json"}, f"indicator {indicator!r}")
    if not records:
        return IndicatorMeta(indicator, indicator)
    rec = records[0]
    source = rec.get("source") if isinstance(rec.get("source"), dict) else {}
    return IndicatorMeta(str(rec.get("id") or indicator), str(rec.get("name") or indicator),
                         str(rec.get("unit") or ""), " ".join(str(rec.get("sourceNote") or "").split()),
                         " ".join(str(rec.get("sourceOrganization") or "").split()), str(source.get("value") or ""))


def download_aggregates(codes: list[str], base_url: str, client: HttpClient) -> set[str]:
    """Which of ``codes`` are aggregates (World, regions, income groups): the country endpoint
    gives them the region id the rules name (``NA``: "Aggregates")."""
    if not codes:
        return set()
    url = f"{base_url.rstrip('/')}/country/{';'.join(codes)}"
    _, records = _api_payload(client, url, {"format": "json", "per_page": 1000}, f"countries {','.join(codes)}")
    marked = set(_rules()["aggregate_region_ids"])
    found = set()
    for rec in records:
        region = rec.get("region") if isinstance(rec.get("region"), dict) else {}
        if str(region.get("id", "")) in marked:
            found.update(str(rec.get(k) or "").upper() for k in ("id", "iso2Code"))
    return found - {""}


def world_bank_period(date: str) -> str:
    """The API's dates as period strings: 2023 → 2023, 2023M01 → 2023-01, 2023Q2 → 2023-04/2023-06."""
    monthly = re.fullmatch(r"(\d{4})M(\d{2})", date)
    if monthly:
        return f"{monthly.group(1)}-{monthly.group(2)}"
    quarterly = re.fullmatch(r"(\d{4})Q([1-4])", date)
    if quarterly:
        first = 3 * int(quarterly.group(2)) - 2
        return f"{quarterly.group(1)}-{first:02d}/{quarterly.group(1)}-{first + 2:02d}"
    return date


def _number_text(value: object) -> str:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return str(value)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    """``data/worldbank.json``, read once (as ``sdmx_read.sdmx_rules``)."""
    return json.loads(_RULES_FILE.read_text(encoding="utf-8"))


def _first_rule(name: str, rules: list[dict[str, Any]]) -> dict[str, Any] | None:
    lowered = name.lower()
    return next((r for r in rules if all(word in lowered for word in r["contains"])), None)


def unit_from_indicator_name(name: str) -> tuple[str, float]:
    """The canonical unit and scale an indicator's name implies ("(current US$)" → USD, "(kt)" → t × 1000),
    read as any publisher's metadata is (``reference.units``)."""
    if names_local_currency(name):
        raise UsageError.at(f"indicator {name!r} is in local currency units",
                            hint="pass --unit with the ISO 4217 code of that currency")
    found = unit_from_metadata(name)
    return (found.unit, found.scale) if found is not None else ("", 1.0)


def kind_from_indicator(name: str, unit: str) -> str:
    """What the values are, from the indicator's name: an annual % is a rate of change, "% of" a share."""
    rule = _first_rule(name, _rules()["kind"])
    if rule is not None:
        return str(rule["kind"])
    return "count" if unit == "" else "level"


def aliases_from_indicator(name: str) -> list[str]:
    """Names a text may use: the indicator's name without its unit, its head before a comma, and the
    comma parts turned around ("Inflation, consumer prices" → "consumer prices inflation")."""
    base = re.sub(r"\s*\([^)]*\)", "", name).strip(" ,")
    drop = set(_rules()["alias_drop_words"])
    parts = [p.strip() for p in base.split(",") if p.strip() and p.strip().lower() not in drop]
    out = [base, ", ".join(parts)]
    if len(parts) >= 2:
        out += [parts[0], " ".join(reversed(parts))]
    elif parts:
        out.append(parts[0])
    seen = {name.lower()}
    aliases = []
    for alias in out:
        key = alias.lower()
        if alias and key not in seen:
            seen.add(key)
            aliases.append(alias)
    return aliases


def fetch_world_bank(indicator: str, countries: list[str], *, package: Path, settings: HttpSettings,
                     from_year: int | None = None, name: str | None = None, metric: str | None = None,
                     unit: str | None = None, base_url: str = WORLD_BANK_API) -> str:
    """Write the indicator for ``countries`` into ``package`` as one resource; say what was written.

    ``name`` defaults to one derived from the indicator, ``metric`` to the indicator's name and
    ``unit`` to the one that name implies; the kind and aliases come from the indicator's metadata,
    and rows about aggregates (World, regions, income groups) say so in the ``area_type`` column."""
    with HttpClient(settings) as client:
        series = download_world_bank(indicator, countries, from_year, base_url, client)
        meta = download_indicator(series.indicator_id, base_url, client)
        aggregates = download_aggregates(sorted({r["code"] for r in series.rows if r["code"]}), base_url, client)
        redirects = list(client.redirects)
    indicator_name = meta.name or series.indicator_name
    implied_unit, scale = unit_from_indicator_name(indicator_name) if unit is None else (unit, 1.0)
    unit = implied_unit
    name = name or "wb_" + slug(series.indicator_id)
    rows = sorted(series.rows, key=lambda r: (r["country"], r["period"]))
    csv_data = csv_bytes(["period", "value", "unit", "country", AREA_COLUMN],
                          [[r["period"], _scaled(r["value"], scale), unit, r["country"],
                            "aggregate" if r["code"].upper() in aggregates else "economy"] for r in rows])
    entry = _world_bank_entry(name, series, meta, indicator_name, unit, metric, base_url, redirects,
                              {r["country"]: r["code"] for r in rows}, scale)
    path = write_resource(package, entry, csv_data)
    years = sorted({r["period"] for r in rows})
    marked = sorted({r["country"] for r in rows if r["code"].upper() in aggregates})
    aggregate_note = f" ({', '.join(marked)}: aggregate)" if marked else ""
    return (f"wrote {shown_path(path)}: {len(rows)} observation(s) of {series.indicator_id} for "
            f"{', '.join(sorted({r['country'] for r in rows}))}, {years[0]}–{years[-1]}{aggregate_note}; "
            f"resource {name!r} in {shown_path(package / DESCRIPTOR)}")


def _scaled(value: str, scale: float) -> str:
    return value if scale == 1 else scaled_text(value, scale)


def _world_bank_entry(name: str, series: WorldBankSeries, meta: IndicatorMeta, indicator_name: str, unit: str,
                      metric: str | None, base_url: str, redirects: list[str], codes: dict[str, str],
                      scale: float) -> dict[str, Any]:
    page_url = f"https://data.worldbank.org/indicator/{series.indicator_id}"
    described = " ".join(p for p in (
        meta.source_note,
        f"World Bank indicator {series.indicator_id}, fetched from the Indicators API v2"
        + (f" (data last updated {series.last_updated})" if series.last_updated else "") + ".",
        f"Values multiplied by {scale:g} to {unit}." if scale != 1 else "",
        f"Primary source: {meta.source_organization}" if meta.source_organization else "") if p)
    fetched: dict[str, Any] = {"url": series.first_url, "retrieved": now(), "fetcher": "worldbank"}
    if series.last_updated:
        fetched["released"] = series.last_updated
    if redirects:
        fetched["redirects"] = redirects
    if scale != 1:
        fetched["scale"] = scale
    return {
        "name": name,
        "path": f"{name}.csv",
        "title": f"{indicator_name} ({', '.join(sorted(set(codes.values()) - {''}))})",
        "description": described,
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
        "schema": {"fields": [{"name": "period", "type": "string", "constraints": {"required": True}},
                              {"name": "value", "type": "number", "constraints": {"required": True}},
                              {"name": "unit", "type": "string"},
                              {"name": "country", "type": "string"},
                              {"name": AREA_COLUMN, "type": "string",
                               "description": "economy, or aggregate for World, regions and income groups"}],
                   "primaryKey": ["period", "country", "unit"]},
        "sources": [{"title": f"World Bank, {meta.source or 'World Development Indicators'}: {indicator_name} "
                              f"({series.indicator_id})", "path": page_url}],
        "licenses": [WORLD_BANK_LICENSE],
        "workbench": {
            "metric": metric or indicator_name,
            "aliases": aliases_from_indicator(indicator_name) if not metric else
            [a for a in [indicator_name, *aliases_from_indicator(indicator_name)] if a.lower() != metric.lower()],
            "dimension_aliases": {"country": {c: [code] for c, code in codes.items() if code and code != c}},
            "kind": kind_from_indicator(indicator_name, unit),
            "publisher": "World Bank",
            "fetched": fetched,
        },
    }
