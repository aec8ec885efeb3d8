"""World Bank Indicators API v2: every page of an indicator, written into a package as one resource."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import requests

from ..errors import FetchError, UsageError
from ..reference import DESCRIPTOR, shown_path
from .http import HttpSettings, http_get, make_session
from .writing import csv_bytes, now, slug, write_resource

WORLD_BANK_API = "https://api.worldbank.org/v2"
WORLD_BANK_PAGE_SIZE = 1000
WORLD_BANK_MAX_PAGES = 500
WORLD_BANK_LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0 (World Bank data)"}

@dataclass
class WorldBankSeries:
    indicator_id: str
    indicator_name: str
    rows: list[dict[str, str]]  # period, value, country
    first_url: str
    last_updated: str | None


def _decode_json(response: requests.Response, shown: str) -> Any:
    try:
        return json.loads(response.content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        kind = response.headers.get("Content-Type", "unknown content type").split(";")[0]
        preview = " ".join(response.content[:80].decode("utf-8", "replace").split())
        raise FetchError.at(f"the answer is not JSON ({kind}): {preview!r}", shown,
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


def download_world_bank(indicator: str, countries: list[str], from_year: int | None, base_url: str,
                        session: requests.Session, settings: HttpSettings) -> WorldBankSeries:
    """Every page of the indicator's observations for ``countries`` (since ``from_year``)."""
    url = f"{base_url.rstrip('/')}/country/{';'.join(countries)}/indicator/{indicator}"
    params: dict[str, object] = {"format": "json", "per_page": WORLD_BANK_PAGE_SIZE}
    if from_year is not None:
        params["date"] = f"{from_year}:{dt.date.today().year}"
    rows: list[dict[str, str]] = []
    name, updated, first_url = indicator, None, ""
    page, pages = 1, 1
    while page <= pages:
        page_params = {**params, "page": page}
        shown = url + "?" + urlencode(page_params)
        first_url = first_url or shown
        payload = _decode_json(http_get(session, url, settings, page_params), shown)
        message = _world_bank_message(payload)
        if message is not None:
            raise FetchError.at(f"World Bank API: {message} (indicator {indicator!r}, countries "
                                f"{','.join(countries)})", shown,
                                hint="check the indicator code on data.worldbank.org and the ISO country "
                                     "codes; the reference package was left unchanged")
        if not (isinstance(payload, list) and len(payload) == 2 and isinstance(payload[0], dict)):
            raise FetchError.at("the answer is JSON but not shaped like a World Bank API v2 answer "
                                "([paging, observations])", shown)
        head, records = payload
        try:
            pages = min(int(head.get("pages") or 0), WORLD_BANK_MAX_PAGES)
        except (TypeError, ValueError):
            raise FetchError.at(f"the answer's paging is not a number: {head.get('pages')!r}", shown) from None
        updated = head.get("lastupdated") or updated
        for rec in records or []:
            if not isinstance(rec, dict):
                continue
            if rec.get("indicator", {}).get("value"):
                name = str(rec["indicator"]["value"])
            if rec.get("value") is None:
                continue  # the API lists missing years with value null
            rows.append({"period": world_bank_period(str(rec.get("date", ""))), "value": _number_text(rec["value"]),
                         "country": str((rec.get("country") or {}).get("value") or rec.get("countryiso3code")),
                         "code": str(rec.get("countryiso3code") or (rec.get("country") or {}).get("id") or "")})
        page += 1
    if not rows:
        since = f" from {from_year}" if from_year else ""
        raise FetchError.at(f"the World Bank has no observations of {indicator} for {','.join(countries)}{since}",
                            first_url)
    return WorldBankSeries(indicator, name, rows, first_url, updated)


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
    except (TypeError, ValueError):
        return str(value)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


def unit_from_indicator_name(name: str) -> str:
    """The canonical unit a World Bank indicator name implies ("(current US$)" → USD, "(%" → %)."""
    lowered = name.lower()
    if "us$" in lowered:
        return "USD"
    if "%" in lowered:
        return "%"
    if "(lcu)" in lowered or "local currency" in lowered:
        raise UsageError.at(f"indicator {name!r} is in local currency units",
                            hint="pass --unit with the ISO 4217 code of that currency")
    return ""


def fetch_world_bank(indicator: str, countries: list[str], *, package: Path, settings: HttpSettings,
                     from_year: int | None = None, name: str | None = None, metric: str | None = None,
                     unit: str | None = None, base_url: str = WORLD_BANK_API) -> str:
    """Write the indicator for ``countries`` into ``package`` as one resource; say what was written.

    ``name`` defaults to one derived from the indicator, ``metric`` to the indicator's name and
    ``unit`` to the one that name implies."""
    with make_session(settings) as session:
        series = download_world_bank(indicator, countries, from_year, base_url, session, settings)
    unit = unit if unit is not None else unit_from_indicator_name(series.indicator_name)
    name = name or "wb_" + slug(series.indicator_id)
    rows = sorted(series.rows, key=lambda r: (r["country"], r["period"]))
    csv_data = csv_bytes(["period", "value", "unit", "country"],
                          [[r["period"], r["value"], unit, r["country"]] for r in rows])
    codes = {r["country"]: r["code"] for r in rows}
    page_url = f"https://data.worldbank.org/indicator/{series.indicator_id}"
    entry: dict[str, Any] = {
        "name": name,
        "path": f"{name}.csv",
        "title": f"{series.indicator_name} ({', '.join(sorted(codes))})",
        "description": f"World Bank indicator {series.indicator_id}, fetched from the Indicators API v2"
                       + (f" (data last updated {series.last_updated})" if series.last_updated else "") + ".",
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
        "schema": {"fields": [{"name": "period", "type": "string", "constraints": {"required": True}},
                              {"name": "value", "type": "number", "constraints": {"required": True}},
                              {"name": "unit", "type": "string"},
                              {"name": "country", "type": "string"}],
                   "primaryKey": ["period", "country", "unit"]},
        "sources": [{"title": f"World Bank, World Development Indicators: {series.indicator_name} "
                              f"({series.indicator_id})", "path": page_url}],
        "licenses": [WORLD_BANK_LICENSE],
        "workbench": {
            "metric": metric or series.indicator_name,
            "aliases": [],
            "dimension_aliases": {"country": {c: [code] for c, code in codes.items() if code and code != c}},
            "kind": "share" if unit == "%" else ("count" if unit == "" else "level"),
            "publisher": "World Bank",
            "fetched": {"url": series.first_url, "retrieved": now(), "fetcher": "worldbank"},
        },
    }
    path = write_resource(package, entry, csv_data)
    years = sorted({r["period"] for r in rows})
    return (f"wrote {shown_path(path)}: {len(rows)} observation(s) of {series.indicator_id} for "
            f"{', '.join(sorted(codes))}, {years[0]}–{years[-1]}; resource {name!r} in "
            f"{shown_path(package / DESCRIPTOR)}")
