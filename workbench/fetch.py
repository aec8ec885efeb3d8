"""HTTP fetchers that write reference series into a data package, atomically.

``workbench fetch worldbank INDICATOR --country KAZ,RUS`` reads the World Bank Indicators API
v2 (JSON, paged); ``workbench fetch csv URL --name N --metric M`` reads any published CSV.
Both build the tidy CSV and its resource entry in memory, validate the package as it would
be, and only then replace the files (temp file, fsync, ``os.replace``): a failed fetch leaves
``datapackage.json`` and every CSV byte-identical.

All requests go through one ``requests.Session`` (``make_session``): (connect, read) timeouts,
retries with exponential backoff on 429/5xx and connection errors, and a clear User-Agent.
Tests and impatient users tune it with WORKBENCH_HTTP_TIMEOUT, WORKBENCH_HTTP_RETRIES and
WORKBENCH_HTTP_BACKOFF.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlparse

import pandas as pd
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from .atomic import write_atomic
from .datapackage import RESERVED_COLUMNS
from .errors import FetchError, UsageError
from .reference import DESCRIPTOR, path_problem, shown_path, validate_packages, validate_staged

PROJECT_URL = "https://pypi.org/project/claim-workbench/"
WORLD_BANK_API = "https://api.worldbank.org/v2"
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024  # a published CSV larger than this is not reference data
WORLD_BANK_PAGE_SIZE = 1000
WORLD_BANK_MAX_PAGES = 500
WORLD_BANK_LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0 (World Bank data)"}


# ---------------------------------------------------------------------------------------------
# The one HTTP session

@dataclass(frozen=True)
class HttpSettings:
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5

    @property
    def timeout(self) -> tuple[float, float]:
        return (self.connect_timeout, self.read_timeout)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "HttpSettings":
        """WORKBENCH_HTTP_TIMEOUT is ``READ`` or ``CONNECT,READ`` seconds; RETRIES and BACKOFF as named."""
        default = cls()
        try:
            connect, read = default.connect_timeout, default.read_timeout
            if env.get("WORKBENCH_HTTP_TIMEOUT"):
                parts = [float(p) for p in env["WORKBENCH_HTTP_TIMEOUT"].split(",")]
                connect, read = (min(parts[0], default.connect_timeout), parts[0]) if len(parts) == 1 \
                    else (parts[0], parts[1])
            retries = int(env.get("WORKBENCH_HTTP_RETRIES", default.retries))
            backoff = float(env.get("WORKBENCH_HTTP_BACKOFF", default.backoff))
        except ValueError:
            raise UsageError.at("WORKBENCH_HTTP_TIMEOUT/RETRIES/BACKOFF must be numbers",
                                hint="e.g. WORKBENCH_HTTP_TIMEOUT=5,30 WORKBENCH_HTTP_RETRIES=3") from None
        if min(connect, read) <= 0 or retries < 0 or backoff < 0:
            raise UsageError.at("HTTP timeouts must be positive, retries and backoff not negative")
        return cls(connect, read, retries, backoff)


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("claim-workbench")
    except PackageNotFoundError:
        release = "0+unknown"
    return f"claim-workbench/{release} (+{PROJECT_URL})"


def make_session(settings: HttpSettings) -> requests.Session:
    """A session that retries GETs with backoff on 429/5xx, connection errors and read timeouts."""
    retry = Retry(total=settings.retries, connect=settings.retries, read=settings.retries,
                  status=settings.retries, backoff_factor=settings.backoff,
                  status_forcelist=RETRY_STATUSES, allowed_methods=frozenset({"GET", "HEAD"}),
                  respect_retry_after_header=True, raise_on_status=False)
    adapter = HTTPAdapter(max_retries=retry)
    session = requests.Session()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = user_agent()
    return session


def http_get(session: requests.Session, url: str, settings: HttpSettings,
             params: dict[str, object] | None = None) -> requests.Response:
    """GET with the session's retries; every failure becomes one FetchError line."""
    shown = url + ("?" + urlencode(params) if params else "")
    tries = f" (after {settings.retries} retr{'y' if settings.retries == 1 else 'ies'})" if settings.retries else ""
    try:
        response = session.get(url, params=params, timeout=settings.timeout, stream=True)
        body = _read_capped(response, shown)
    except requests.exceptions.ConnectTimeout:
        raise FetchError.at(f"timed out connecting to {_host(url)} after {settings.connect_timeout:g} s{tries}",
                            shown) from None
    except (requests.exceptions.ReadTimeout, requests.exceptions.RetryError) as exc:
        if "timed out" in str(exc).lower() or isinstance(exc, requests.exceptions.ReadTimeout):
            raise FetchError.at(f"no answer within {settings.read_timeout:g} s{tries}", shown,
                                hint="the server is slow or down; try again later or raise "
                                     "WORKBENCH_HTTP_TIMEOUT; the reference package was left unchanged") from None
        raise FetchError.at(f"gave up{tries}: {exc}", shown) from None
    except requests.exceptions.ConnectionError as exc:
        reason = _root_reason(exc)
        if "timed out" in reason.lower():
            raise FetchError.at(f"no answer within {settings.read_timeout:g} s{tries}", shown,
                                hint="the server is slow or down; try again later or raise "
                                     "WORKBENCH_HTTP_TIMEOUT; the reference package was left unchanged") from None
        raise FetchError.at(f"cannot connect to {_host(url)}{tries}: {reason}", shown) from None
    except requests.exceptions.RequestException as exc:
        raise FetchError.at(f"request failed: {exc}", shown) from None
    response._content = body  # type: ignore[attr-defined]  # read once, with the size cap
    if response.status_code == 404:
        raise FetchError.at("not found (HTTP 404)", shown,
                            hint="check the URL or the indicator code; the reference package was left unchanged")
    if response.status_code >= 400:
        extra = tries if response.status_code in RETRY_STATUSES else ""
        raise FetchError.at(f"the server answered HTTP {response.status_code} {response.reason or ''}".rstrip()
                            + extra, shown)
    return response


def _read_capped(response: requests.Response, shown: str) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_content(chunk_size=1 << 16):
        size += len(chunk)
        if size > MAX_DOWNLOAD_BYTES:
            response.close()
            raise FetchError.at(f"the answer is larger than {MAX_DOWNLOAD_BYTES // (1024 * 1024)} MB", shown)
        chunks.append(chunk)
    return b"".join(chunks)


def _host(url: str) -> str:
    return urlparse(url).netloc or url


def _root_reason(exc: BaseException) -> str:
    """The innermost cause of a requests/urllib3 error, without the object reprs."""
    seen = exc
    while seen.__cause__ is not None or (seen.args and isinstance(seen.args[0], BaseException)):
        seen = seen.__cause__ or seen.args[0]
    text = str(getattr(seen, "reason", None) or seen)
    text = re.sub(r"<[^>]+>:\s*", "", text)
    return text.strip() or type(seen).__name__


# ---------------------------------------------------------------------------------------------
# World Bank Indicators API v2

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


# ---------------------------------------------------------------------------------------------
# Writing a resource into a package atomically

def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "resource"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _csv_bytes(columns: list[str], rows: Iterator[list[str]] | list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _read_descriptor(package: Path) -> dict[str, Any]:
    path = package / DESCRIPTOR
    if not path.exists():
        return {"name": _slug(package.resolve().name) or "reference", "title": f"Reference data ({package.name})",
                "resources": []}
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FetchError.at(f"cannot read the package description: {exc}", str(path),
                            hint="fix it first (`workbench reference validate`); it was left unchanged") from None
    if not isinstance(data, dict) or not isinstance(data.get("resources", []), list):
        raise FetchError.at("the package description has no 'resources' list", str(path))
    data.setdefault("resources", [])
    return data


def write_resource(package: Path, entry: dict[str, Any], csv_data: bytes) -> Path:
    """Add or replace resource ``entry`` (with its CSV) in ``package``; validate first, then swap files.

    An existing resource of the same name keeps its file path and the aliases a person added.
    """
    if (package / DESCRIPTOR).is_file():
        existing = validate_packages([package])
        if existing:
            first = existing[0]
            raise FetchError.at(f"the package does not validate as it is: {first.where}: {first.message}"
                                + (f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""),
                                str(package / DESCRIPTOR),
                                hint="fix it first (`workbench reference validate`); nothing was fetched into it")
    package.mkdir(parents=True, exist_ok=True)
    descriptor = _read_descriptor(package)
    resources: list[dict[str, Any]] = descriptor["resources"]
    index = next((i for i, r in enumerate(resources) if isinstance(r, dict) and r.get("name") == entry["name"]), None)
    if index is not None:
        old = resources[index]
        if isinstance(old.get("path"), str) and path_problem(package, old["path"]) is None:
            entry["path"] = old["path"]
        old_block = old.get("workbench") if isinstance(old.get("workbench"), dict) else {}
        block = entry["workbench"]
        block["aliases"] = list(dict.fromkeys([*old_block.get("aliases", []), *block.get("aliases", [])]))
        merged_dims = {**block.get("dimension_aliases", {}), **old_block.get("dimension_aliases", {})}
        block["dimension_aliases"] = merged_dims
        resources[index] = entry
    else:
        resources.append(entry)
    new_descriptor = (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    problems = validate_staged(package, new_descriptor, {entry["path"]: csv_data})
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise FetchError.at(f"the fetched data would not validate: {first.where}: {first.message}{more}",
                            str(package / entry["path"]))
    csv_path = package / entry["path"]
    write_atomic(csv_path, csv_data)
    write_atomic(package / DESCRIPTOR, new_descriptor)
    return csv_path


# ---------------------------------------------------------------------------------------------
# `workbench fetch worldbank`

def fetch_world_bank(indicator: str, countries: list[str], *, package: Path, settings: HttpSettings,
                     from_year: int | None = None, name: str | None = None, metric: str | None = None,
                     unit: str | None = None, base_url: str = WORLD_BANK_API) -> str:
    """Write the indicator for ``countries`` into ``package`` as one resource; say what was written.

    ``name`` defaults to one derived from the indicator, ``metric`` to the indicator's name and
    ``unit`` to the one that name implies."""
    with make_session(settings) as session:
        series = download_world_bank(indicator, countries, from_year, base_url, session, settings)
    unit = unit if unit is not None else unit_from_indicator_name(series.indicator_name)
    name = name or "wb_" + _slug(series.indicator_id)
    rows = sorted(series.rows, key=lambda r: (r["country"], r["period"]))
    csv_data = _csv_bytes(["period", "value", "unit", "country"],
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
            "fetched": {"url": series.first_url, "retrieved": _now(), "fetcher": "worldbank"},
        },
    }
    path = write_resource(package, entry, csv_data)
    years = sorted({r["period"] for r in rows})
    return (f"wrote {shown_path(path)}: {len(rows)} observation(s) of {series.indicator_id} for "
            f"{', '.join(sorted(codes))}, {years[0]}–{years[-1]}; resource {name!r} in "
            f"{shown_path(package / DESCRIPTOR)}")


# ---------------------------------------------------------------------------------------------
# Any published CSV

def tidy_csv(data: bytes, url: str, mapping: dict[str, str], unit: str | None) -> tuple[list[str], pd.DataFrame]:
    """The downloaded CSV as tidy columns (period, value, unit, dimensions…); errors name URL:line:column."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FetchError.at(f"the CSV is not UTF-8 text (byte {exc.start})", url) from None
    if not text.strip():
        raise FetchError.at("the CSV is empty", url)
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False)
    except (pd.errors.ParserError, ValueError) as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise FetchError.at(f"cannot parse as CSV: {str(exc).strip().splitlines()[-1]}", url,
                            int(match.group(1)) if match else None) from None
    header = list(frame.columns)
    if mapping:
        for column in mapping:
            if column not in header:
                raise FetchError.at(f"--map: the CSV has no column {column!r} (it has {', '.join(header)})", url, 1)
        chosen = dict(mapping)
        for reserved in ("period", "value", "unit"):
            if reserved in header and reserved not in chosen.values() and reserved not in chosen:
                chosen[reserved] = reserved
    else:
        chosen = {c: _slug(c) for c in header}
    roles = list(chosen.values())
    missing = [r for r in ("period", "value") if r not in roles]
    if "unit" not in roles and unit is None:
        missing.append("unit (or pass --unit)")
    if missing:
        raise FetchError.at(f"no column for {', '.join(missing)}; map one with --map COLUMN=ROLE", url, 1,
                            hint=f"the CSV's columns are: {', '.join(header)}")
    position = {c: header.index(c) + 1 for c in chosen}
    out = pd.DataFrame({role: frame[column].str.strip() for column, role in chosen.items()})
    if "unit" not in out:
        out["unit"] = unit
    elif unit is not None:
        out["unit"] = out["unit"].where(out["unit"] != "", unit)
    column_of = {role: column for column, role in chosen.items()}
    numbers = pd.to_numeric(out["value"], errors="coerce")
    bad = numbers.isna() & (out["value"] != "")
    if bad.any():
        first = int(bad.to_numpy().nonzero()[0][0])
        col = column_of.get("value", "value")
        raise FetchError.at(f"column {col!r}: {out['value'].iloc[first]!r} is not a number "
                            f"({int(bad.sum())} such row(s))", url, first + 2, position.get(col))
    out = out[out["value"] != ""]  # published CSVs leave gaps; an empty cell is no observation
    dims = [r for r in roles if r not in RESERVED_COLUMNS]
    columns = ["period", "value", "unit", *dims]
    return columns, out[columns]


def fetch_csv(url: str, *, name: str, metric: str, package: Path, settings: HttpSettings,
              mapping: Mapping[str, str] | None = None, unit: str | None = None, kind: str | None = None,
              title: str | None = None, source_title: str | None = None) -> str:
    """Write the CSV at ``url`` into ``package`` as resource ``name``, with its sha256; say what was written.

    ``mapping`` maps source columns to period, value, unit or a dimension; ``unit`` fills rows
    without one; ``kind`` defaults to share for %, else level."""
    with make_session(settings) as session:
        response = http_get(session, url, settings)
    data = response.content
    digest = hashlib.sha256(data).hexdigest()
    columns, frame = tidy_csv(data, url, dict(mapping or {}), unit)
    if frame.empty:
        raise FetchError.at("the CSV has no observations (every value is empty)", url)
    csv_data = _csv_bytes(columns, frame.itertuples(index=False, name=None))  # type: ignore[arg-type]
    dims = columns[3:]
    fields = [{"name": "period", "type": "string", "constraints": {"required": True}},
              {"name": "value", "type": "number", "constraints": {"required": True}},
              {"name": "unit", "type": "string"}, *({"name": d, "type": "string"} for d in dims)]
    units = set(frame["unit"])
    entry: dict[str, Any] = {
        "name": name,
        "path": f"{name}.csv",
        "title": title or metric,
        "description": f"Fetched from {url}.",
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
        "schema": {"fields": fields, "primaryKey": ["period", *dims, "unit"]},
        "sources": [{"title": source_title or _host(url), "path": url}],
        "workbench": {"metric": metric, "aliases": [], "dimension_aliases": {},
                      "kind": kind or ("share" if units == {"%"} else "level"),
                      "fetched": {"url": url, "retrieved": _now(), "sha256": digest, "fetcher": "csv"}},
    }
    path = write_resource(package, entry, csv_data)
    return (f"wrote {shown_path(path)}: {len(frame)} observation(s), sha256 {digest[:12]}…; resource "
            f"{name!r} in {shown_path(package / DESCRIPTOR)}")
