"""`workbench fetch sdmx`: an SDMX data message (URL or file) written into a package as one resource.

Codelist labels become the dimension values (their codes the aliases), ``UNIT_MULT`` scales the
values, ``UNIT_MEASURE``/``UNIT`` gives the unit, ``OBS_STATUS`` (provisional, estimated, break…)
goes to the row's note, and the message's ``Prepared`` time (the vintage) and the retrieval time
are kept in ``workbench.fetched``. Dimensions with one value in the whole message (the frequency,
the one currency asked for) say what the series is, so they go to the description, not columns.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..datapackage import RESERVED_COLUMNS
from ..errors import FetchError
from ..reference import DESCRIPTOR, shown_path
from .http import MAX_DOWNLOAD_BYTES, HttpClient, HttpSettings, host
from .sdmx_read import SdmxObservation, SdmxTable, read_sdmx_csv, read_sdmx_message, sdmx_rules
from ..urls import safe_url
from .writing import csv_bytes, now, scaled_text, slug, write_resource

UNCHANGED = "the reference package was left unchanged"


@dataclass
class Download:
    data: bytes
    url: str  # what was read: the URL, or the file as a file:// URI
    redirects: list[str]


def read_source(source: str, settings: HttpSettings) -> Download:
    """The bytes of an http(s) URL or a local regular file (within the size cap)."""
    if re.match(r"^https?://", source):
        with HttpClient(settings) as client:
            data = client.get(source).content
            return Download(data, source, list(client.redirects))
    path = Path(source)
    try:
        if not path.is_file():  # a FIFO or a device would hang the read
            raise FetchError.at("not a regular file or an http(s) URL", source)
        if path.stat().st_size > MAX_DOWNLOAD_BYTES:
            raise FetchError.at(f"larger than {MAX_DOWNLOAD_BYTES // (1024 * 1024)} MB", source)
        return Download(path.read_bytes(), path.resolve().as_uri(), [])
    except OSError as exc:
        raise FetchError.at(f"cannot read: {exc.strerror or exc}", source) from None


@dataclass
class SdmxOptions:
    name: str | None = None
    metric: str | None = None
    unit: str | None = None
    kind: str | None = None
    source_title: str | None = None
    measure: str | None = None


def fetch_sdmx(source: str, *, package: Path, settings: HttpSettings, options: SdmxOptions,
               structure: str | None = None) -> str:
    """Write the SDMX message at ``source`` into ``package``; say what was written."""
    download = read_source(source, settings)
    structure_data = read_source(structure, settings).data if structure else None
    if options.measure and not download.data.lstrip().startswith((b"<", b"{", b"[")):
        table = read_sdmx_csv(download.data, source, options.measure)
    else:
        table = read_sdmx_message(download.data, source, structure_data)
    if not table.observations:
        raise FetchError.at("the message has no observations", source, hint=UNCHANGED)
    columns, rows, facts = tidy_sdmx(table, source, options.unit)
    name = options.name or "sdmx_" + slug(table.flow or Path(source).stem)
    entry = _entry(name, table, facts, options, download, hashlib.sha256(download.data).hexdigest())
    path = write_resource(package, entry, csv_bytes(columns, rows))
    flagged = sum(1 for r in rows if r[columns.index("note")])
    return (f"wrote {shown_path(path)}: {len(rows)} observation(s) from {table.format}"
            + (f", {flagged} flagged (provisional, estimated, break…)" if flagged else "")
            + (f", released {table.prepared}" if table.prepared else "")
            + f"; resource {name!r} in {shown_path(package / DESCRIPTOR)}")


@dataclass
class Facts:
    dims: list[str]  # the dimension ids that vary, in message order
    columns: dict[str, str]  # each varying dimension id → its column in the tidy CSV
    constant: dict[str, str]  # the dimension ids with one value → that value's label
    scales: set[float]
    title: str | None


def tidy_sdmx(table: SdmxTable, where: str, unit: str | None) -> tuple[list[str], list[list[str]], Facts]:
    """Rows of period, value (scaled), unit, note (the status flag) and each varying dimension's label."""
    observed = [o for o in table.observations if _number(o.value) is not None]
    if not observed:
        raise FetchError.at("the message has no numeric observations", where, hint=UNCHANGED)
    order = list(dict.fromkeys(k for o in observed for k in o.key))
    varying = [d for d in order if len({o.key.get(d, "") for o in observed}) > 1]
    constant = {d: _label(table, d, observed[0].key.get(d, "")) for d in order if d not in varying}
    named = _dimension_columns(varying)
    columns = ["period", "value", "unit", "note", *named.values()]
    rows, scales = [], set()
    for obs in observed:
        scale = _scale(obs, where)
        scales.add(scale)
        rows.append([_period(obs.period, obs, where), scaled_text(obs.value, scale),
                     unit if unit is not None else _unit(table, obs, where), _status(obs),
                     *(_label(table, d, obs.key.get(d, "")) for d in varying)])
    title = next((values.pop() for a in sdmx_rules()["title_attributes"]
                  if len(values := {o.attributes.get(a, "") for o in observed}) == 1 and "" not in values), None)
    return columns, rows, Facts(varying, named, constant, scales, title)


def _dimension_columns(dimensions: list[str]) -> dict[str, str]:
    """Each dimension's column: its id made a field name, moved aside from the tidy CSV's own columns
    (``_dimension``) and from another dimension's that reads the same ('REF AREA' and 'REF_AREA', 'country'
    and 'COUNTRY': ``_2``), so no two columns share a name and neither's values are lost."""
    taken = set(RESERVED_COLUMNS)
    columns: dict[str, str] = {}
    for dimension in dimensions:
        column = slug(dimension)
        column = f"{column}_dimension" if column in RESERVED_COLUMNS else column
        base, count = column, 1
        while column in taken:
            count += 1
            column = f"{base}_{count}"
        taken.add(column)
        columns[dimension] = column
    return columns


def _label(table: SdmxTable, component: str, code: str) -> str:
    return table.labels.get(component, {}).get(code) or code


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _where(obs: SdmxObservation, where: str) -> str:
    line = obs.attributes.get("_line")
    return f"{where}:{line}" if line else where


def _scale(obs: SdmxObservation, where: str) -> float:
    mult = obs.attributes.get("UNIT_MULT", "0") or "0"
    if not re.fullmatch(r"-?\d{1,2}", mult):
        raise FetchError.at(f"UNIT_MULT {mult!r} is not a power of ten", _where(obs, where), hint=UNCHANGED)
    unit_code = next((obs.attributes[a] for a in sdmx_rules()["unit_attributes"] if obs.attributes.get(a)), "")
    return 10.0 ** int(mult) * float(sdmx_rules()["unit_scale"].get(unit_code, 1))


def _unit(table: SdmxTable, obs: SdmxObservation, where: str) -> str:
    """UNIT_MEASURE (or UNIT) as a canonical unit: the rules' table, an ISO 4217 code, else the label."""
    import pycountry

    attribute = next((a for a in sdmx_rules()["unit_attributes"] if obs.attributes.get(a)), None)
    if attribute is None:
        raise FetchError.at("the message gives no unit (no UNIT_MEASURE or UNIT attribute)", _where(obs, where),
                            hint="pass --unit (e.g. --unit USD, --unit %, --unit '' for counts); " + UNCHANGED)
    code = obs.attributes[attribute]
    units = sdmx_rules()["units"]
    if code in units:
        if units[code] is None:
            raise FetchError.at(f"{attribute} {code!r} ({_label(table, attribute, code)}) differs by country",
                                _where(obs, where), hint="pass --unit with the currency's ISO 4217 code; " + UNCHANGED)
        return str(units[code])
    if re.fullmatch(r"[A-Z]{3}", code):
        if pycountry.currencies.get(alpha_3=code) is not None:
            return code
        raise FetchError.at(f"{attribute} {code!r} ({_label(table, attribute, code)}) is not a currency or a unit "
                            "the rules know", _where(obs, where), hint="pass --unit; " + UNCHANGED)
    return re.sub(r"\s+", "_", code.lower())  # an unknown code, kept recognisable: never a currency


def _status(obs: SdmxObservation) -> str:
    code = obs.attributes.get("OBS_STATUS", "")
    word = sdmx_rules()["obs_status"].get(code, code.lower())
    return f"{word} (OBS_STATUS {code})" if word else ""


def _period(text: str, obs: SdmxObservation, where: str) -> str:
    """SDMX time periods as ours: 2023-Q2 → 2023-04/2023-06, 2023-M01 → 2023-01, 2023-S1, 2023-A1."""
    value = text.strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return value
    match = re.fullmatch(r"(\d{4})-?([QMSA])(\d{1,2})", value)
    if match:
        year, freq, n = match.group(1), match.group(2), int(match.group(3))
        months = {"Q": 3, "S": 6, "A": 12, "M": 1}[freq]
        first = (n - 1) * months + 1
        if 1 <= first <= 12:
            return f"{year}-{first:02d}" if months == 1 else (year if months == 12 else
                                                              f"{year}-{first:02d}/{year}-{first + months - 1:02d}")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+Z?", value):
        return value[:10]
    raise FetchError.at(f"time period {value!r} is not a year, month, quarter, half-year or date",
                        _where(obs, where), hint=UNCHANGED)


def _entry(name: str, table: SdmxTable, facts: Facts, options: SdmxOptions, download: Download,
           digest: str) -> dict[str, Any]:
    what = "; ".join(f"{table.names.get(d, d)}: {v}" for d, v in facts.constant.items())
    metric = options.metric or facts.title or table.flow_name or table.flow or name
    fetched: dict[str, Any] = {"url": download.url, "retrieved": now(), "sha256": digest, "fetcher": "sdmx"}
    if table.prepared:
        fetched["released"] = table.prepared
    if download.redirects:
        fetched["redirects"] = download.redirects
    if facts.scales != {1.0} and len(facts.scales) == 1:
        fetched["scale"] = next(iter(facts.scales))
    dimension_aliases = {facts.columns[d]: {label: [code] for code, label in table.labels.get(d, {}).items()
                                      if label != code} for d in facts.dims}
    fields = [{"name": "period", "type": "string", "constraints": {"required": True}},
              {"name": "value", "type": "number", "constraints": {"required": True}},
              {"name": "unit", "type": "string"},
              {"name": "note", "type": "string", "description": "the observation's status (OBS_STATUS) when "
                                                                 "not a normal value: provisional, estimated…"},
              *({"name": facts.columns[d], "type": "string", "title": table.names.get(d, d)} for d in facts.dims)]
    aliases = [a for a in dict.fromkeys([table.flow_name or "", facts.title or ""]) if a and a != metric]
    return {
        "name": name, "path": f"{name}.csv",
        "title": metric,
        "description": " ".join(p for p in (
            f"{table.format} message {table.flow or ''}".strip() + f", fetched from {download.url}.",
            f"Released (message prepared) {table.prepared}." if table.prepared else "",
            f"Every row: {what}." if what else "") if p),
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
        "schema": {"fields": fields, "primaryKey": ["period", *(facts.columns[d] for d in facts.dims), "unit"]},
        # A source's path is a link readers follow: only a web address (a local file stays in `fetched`).
        "sources": [{"title": options.source_title or (table.flow_name or table.flow or host(download.url)),
                     **({"path": download.url} if safe_url(download.url) else {})}],
        "workbench": {"metric": metric, "aliases": aliases,
                      "dimension_aliases": {k: v for k, v in dimension_aliases.items() if v},
                      "kind": options.kind or "level", "fetched": fetched},
    }
