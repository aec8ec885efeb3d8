"""Read an SDMX data message into plain observations: SDMX-ML 2.1 (generic and structure-specific)
and SDMX-JSON through sdmx1, SDMX-CSV 1.0 and 2.0 (which sdmx1 reads only with the data structure
at hand) here.

Every format ends as one ``SdmxTable``: per observation its dimension codes, period, value text
and attribute codes, plus the code → label lists (from the message, a structure message or the
CSV's "ID: label" cells), the message's ``Prepared`` time and the dataflow's name.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import FetchError
from ..readfile import marked_encoding, packed_format, parse_json

_RULES_FILE = Path(__file__).resolve().parent.parent / "data" / "sdmx.json"
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.@-]*$")


@lru_cache(maxsize=1)
def sdmx_rules() -> dict[str, Any]:
    return json.loads(_RULES_FILE.read_text(encoding="utf-8"))


@dataclass
class SdmxObservation:
    key: dict[str, str]  # dimension id → code (the time dimension excluded)
    period: str
    value: str
    attributes: dict[str, str]


@dataclass
class SdmxTable:
    observations: list[SdmxObservation] = field(default_factory=list)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # component id → code → label
    names: dict[str, str] = field(default_factory=dict)  # component id → its concept's name
    prepared: str | None = None
    flow: str | None = None  # the dataflow or structure id
    flow_name: str | None = None
    format: str = ""


def read_sdmx_message(data: bytes, where: str, structure: bytes | None = None) -> SdmxTable:
    """Any supported SDMX data message; ``structure`` is an optional SDMX-ML structure message."""
    packed = packed_format(data)
    if packed is not None:
        raise FetchError.at(f"{packed[0]}, not an SDMX message", where, hint=packed[1])
    head = _opening_character(data)
    if head == "<":
        return _read_with_sdmx1(_xml_without_mark(data, where), where, structure, "SDMX-ML")
    if head in ("{", "["):
        text = _decoded(data, where)
        try:
            doc = parse_json(text)
        except json.JSONDecodeError as exc:
            raise FetchError.at(f"not JSON: {exc.msg}", where, exc.lineno, exc.colno,
                                hint="the message is cut short or damaged: fetch it again; "
                                     "the reference package was left unchanged") from None
        table = _read_with_sdmx1(text.lstrip().encode("utf-8"), where, None, "SDMX-JSON")  # sdmx1 sniffs byte 1
        _json_labels(doc, table)
        return table
    return read_sdmx_csv(data, where)


def _opening_character(data: bytes) -> str:
    """The message's first character past white space and any byte-order mark (UTF-8 or UTF-16), which tells
    XML, JSON and CSV apart: Windows tools and some servers mark their UTF-8 or UTF-16 text so."""
    return data[:64].decode(marked_encoding(data), "ignore").lstrip()[:1]


def _decoded(data: bytes, where: str) -> str:
    encoding = marked_encoding(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(data, encoding, exc, where) from None


def _undecodable(data: bytes, encoding: str, exc: UnicodeDecodeError, where: str) -> FetchError:
    """Refused at the line and column of the first byte that does not decode (cut short in a character, or
    another encoding), as every other refusal of a message is placed."""
    before = data[:exc.start].decode(encoding, "replace")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    what = encoding.removesuffix("-sig").upper()
    return FetchError.at(f"not {what} text (byte {exc.start}: {exc.reason})", where, line, column,
                         hint="the message is cut short or in another encoding: fetch it again; "
                              "the reference package was left unchanged")


_BYTE_ORDER_MARKS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _xml_without_mark(data: bytes, where: str) -> bytes:
    """sdmx1 tells SDMX-ML by its first byte, so a message behind a byte-order mark is written again as
    UTF-8 by the XML parser, which reads the mark (and a UTF-16 declaration) as XML says to."""
    if not data.startswith(_BYTE_ORDER_MARKS):
        return data.lstrip()
    from lxml import etree

    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
    except etree.XMLSyntaxError as exc:
        raise _xml_error(exc, where) from None
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


def _xml_error(exc: Exception, where: str) -> FetchError:
    line, column = getattr(exc, "position", (None, None))
    message = str(getattr(exc, "msg", "") or exc).split(", line ")[0]
    return FetchError.at(f"not well-formed XML: {message}", where, line, column,
                         hint="the message is cut short or damaged: fetch it again; "
                              "the reference package was left unchanged")


def _read_with_sdmx1(data: bytes, where: str, structure: bytes | None, fmt: str) -> SdmxTable:
    import sdmx

    dsd = _structure(structure, where) if structure else None
    try:
        with _quiet():  # "no structure=… argument": the roles then come from the rules file
            message = sdmx.read_sdmx(io.BytesIO(data), **({"structure": dsd} if dsd is not None else {}))
    except Exception as exc:  # noqa: BLE001  sdmx1 raises bare Assertion/Value/KeyErrors on foreign input
        syntax = _xml_syntax_error(exc)
        if syntax is not None:
            raise _xml_error(syntax, where) from None
        raise FetchError.at(f"not an SDMX data message {fmt} can read: {_short(exc)}", where,
                            hint="give an SDMX-ML 2.1, SDMX-JSON or SDMX-CSV data message; "
                                 "the reference package was left unchanged") from None
    datasets = getattr(message, "data", None)
    if not datasets:
        raise FetchError.at("the message holds no data set (a structure or error message?)", where)
    table = SdmxTable(format=fmt, prepared=_iso(getattr(message.header, "prepared", None)))
    for ds in datasets:
        _collect_labels(ds.structured_by or dsd, table)
        table.flow = table.flow or _flow_id(ds, message)
        for obs in ds.obs:
            table.observations.append(_observation(obs, ds))
    return table


@contextmanager
def _quiet() -> Iterator[None]:
    """sdmx1 logs and warns about what it infers, and logs as errors what it cannot resolve in a structure (a
    concept no scheme holds) before it fails on it; our one-line errors say what matters, so none of its
    lines reaches stderr. On SDMX-ML it cannot parse it also prints its reader's whole state and the failing
    element to stdout (a screenful before our line, or into a pipe reading the command's output): kept back."""
    logger = logging.getLogger("sdmx")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings(), redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _structure(data: bytes, where: str) -> Any:
    import sdmx

    try:
        with _quiet():
            message = sdmx.read_sdmx(io.BytesIO(data))
        return next(iter(message.structure.values()))
    except Exception as exc:  # noqa: BLE001
        raise FetchError.at(f"--structure is not an SDMX structure message with a data structure: {_short(exc)}",
                            where) from None


def _collect_labels(dsd: Any, table: SdmxTable) -> None:
    if dsd is None:
        return
    for component in [*dsd.dimensions.components, *dsd.attributes.components]:
        concept = getattr(component, "concept_identity", None)
        if concept is not None and str(concept.name or ""):
            table.names.setdefault(component.id, str(concept.name))
        rep = getattr(component, "local_representation", None)
        codes = getattr(rep, "enumerated", None) if rep is not None else None
        if codes is not None:
            table.labels.setdefault(component.id, {}).update(
                {c.id: str(c.name) for c in codes if str(c.name or "")})
    if table.flow_name is None and str(getattr(dsd, "name", "") or ""):
        table.flow_name = str(dsd.name)


def _flow_id(ds: Any, message: Any) -> str | None:
    flow = getattr(ds, "described_by", None) or getattr(message, "dataflow", None)
    ident = getattr(flow, "id", None) or getattr(ds.structured_by, "id", None)
    return str(ident) if ident else None


def _observation(obs: Any, ds: Any) -> SdmxObservation:
    rules = sdmx_rules()
    key = {kv.id: _text(kv.value) for kv in obs.key.values.values()}
    attrs = {k: _text(getattr(v, "value", v)) for k, v in {**ds.attrib, **obs.attrib}.items()}
    for ident in [k for k in key if k in rules["attributes"]]:  # no structure: attributes ride in the key
        attrs.setdefault(ident, key.pop(ident))
    period = next((key.pop(t) for t in rules["time_dimensions"] if t in key), "")
    return SdmxObservation(key, period, _text(obs.value), attrs)


def _text(value: Any) -> str:
    ident = getattr(value, "id", None)  # a Code object: its id is the code
    return str(ident if ident is not None else value if value is not None else "").strip()


def _xml_syntax_error(exc: BaseException) -> Exception | None:
    """The XML parser's error behind sdmx1's own (it wraps it, losing the line and column)."""
    from lxml import etree

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, etree.XMLSyntaxError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _json_labels(doc: Any, table: SdmxTable) -> None:
    """SDMX-JSON carries its labels in ``structure.dimensions``/``attributes``: id → values[id, name]."""
    # the message was read by the SDMX reader already: labels of any other shape are left out, not a failure
    if not isinstance(doc, dict):
        return
    body = doc.get("data")
    structure = (body if isinstance(body, dict) else doc).get("structure") or doc.get("structure") or {}
    if isinstance(structure, list):
        structure = structure[0] if structure else {}
    if not isinstance(structure, dict):
        return
    table.flow_name = table.flow_name or _name(structure.get("name"))
    for group in ("dimensions", "attributes"):
        levels = structure.get(group)
        for level in levels.values() if isinstance(levels, dict) else []:
            for component in level if isinstance(level, list) else []:
                cid = component.get("id") if isinstance(component, dict) else None
                if not cid or not isinstance(cid, str):
                    continue
                if _name(component.get("name")):
                    table.names.setdefault(cid, _name(component.get("name")) or cid)
                values = component.get("values")
                labels = {v["id"]: _name(v.get("name")) for v in values if isinstance(v, dict)
                          and v.get("id") and isinstance(v["id"], str) and _name(v.get("name"))} \
                    if isinstance(values, list) else {}
                table.labels.setdefault(cid, {}).update(labels)  # type: ignore[arg-type]


def _name(value: Any) -> str | None:
    if isinstance(value, dict):  # localised: {"en": "…"}
        value = value.get("en") or next(iter(value.values()), None)
    return str(value) if value else None


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]


# SDMX-CSV ---------------------------------------------------------------------------------------

_CSV_STRUCTURE_COLUMNS = {"DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "SERIES_KEY",
                          "OBS_KEY"}


def read_sdmx_csv(data: bytes, where: str, measure: str | None = None) -> SdmxTable:
    """SDMX-CSV 1.0 (``DATAFLOW`` first) and 2.0 (``STRUCTURE``, ``STRUCTURE_ID``, ``ACTION``), with
    IDs or "ID: label" cells or label columns; rows whose ACTION is D (delete) are skipped.

    Without the data structure the roles follow the standard's column order: the columns before the
    measure (OBS_VALUE) are dimensions, those after it attributes."""
    header, rows, delimiter = _csv_rows(data, where)
    ids = [_split_label(h)[0] for h in header]
    first = ids[0].split("[")[0].upper() if ids else ""
    if first not in ("DATAFLOW", "STRUCTURE"):
        raise FetchError.at("not an SDMX message: neither XML, JSON nor SDMX-CSV (its first column is DATAFLOW "
                            "or STRUCTURE)", where, 1, hint="the reference package was left unchanged")
    roles = _csv_roles(ids, header, where, measure)
    table = SdmxTable(format="SDMX-CSV 2.0" if first == "STRUCTURE" else "SDMX-CSV 1.0")
    for number, row in rows:
        _csv_observation(row, ids, roles, delimiter, table, where, number)
    return table


def _csv_rows(data: bytes, where: str) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    encoding = marked_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(data, encoding, exc, where) from None
    delimiter = _csv_delimiter(text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, [])
        rows = []
        for row in reader:
            if any(c.strip() for c in row):
                if len(row) != len(header):
                    raise FetchError.at(f"row has {len(row)} cell(s) but the header has {len(header)}", where,
                                        reader.line_num, hint="the reference package was left unchanged")
                rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise FetchError.at(f"cannot parse as CSV: {exc}", where, reader.line_num) from None
    return header, rows, delimiter


# The separator is the character after the opening DATAFLOW or STRUCTURE (or STRUCTURE[x]) cell, as the
# .Stat Suite reads it: SDMX-CSV 2.0 leaves the separator to the writer, and tools save with ',', ';', tab or '|'.
_CSV_OPENING_CELL = re.compile(r'\s*"?(?:DATAFLOW|STRUCTURE(?:\[[^\]]*\])?)"?([,;\t|])', re.IGNORECASE)


def _csv_delimiter(first_line: str) -> str:
    opening = _CSV_OPENING_CELL.match(first_line)
    if opening:
        return opening.group(1)
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _csv_roles(ids: list[str], header: list[str], where: str, measure: str | None) -> dict[int, str]:
    """column → dimension | time | measure | attribute | label (the label column of the column before)."""
    rules = sdmx_rules()
    measures = [i for i, c in enumerate(ids) if c == measure or (measure is None and c in rules["measures"])]
    if len(measures) != 1:
        candidates = [c for c in ids if c.startswith(("OBS_VALUE", "MEAS"))]
        raise FetchError.at((f"no measure column ({measure or 'OBS_VALUE'})" if not measures else "several measure columns")
                            + (f"; it has {', '.join(candidates)}" if candidates else ""), where, 1,
                            hint="name the one to read with --measure COLUMN")
    value_at = measures[0]
    roles: dict[int, str] = {}
    for i, ident in enumerate(ids):
        base = ident.split("[")[0].upper()
        if i == value_at:
            roles[i] = "measure"
        elif base in _CSV_STRUCTURE_COLUMNS:
            roles[i] = "structure"
        elif not _ID.match(ident.split("[")[0]) and i > 0 and roles.get(i - 1) in ("dimension", "time", "measure",
                                                                                     "attribute"):
            roles[i] = "label"
        elif base in rules["time_dimensions"]:
            roles[i] = "time"
        elif i > value_at or "[" in ident or base in rules["attributes"]:
            roles[i] = "attribute"
        else:
            roles[i] = "dimension"
    first_at: dict[str, int] = {}
    for i, ident in enumerate(ids):
        if roles[i] == "label":  # a label column is named by its text, which two columns may share
            continue
        if ident in first_at:  # each row's cell of one would overwrite the other's in silence
            raise FetchError.at(f"the header names column {ident!r} twice (columns {first_at[ident] + 1} and {i + 1})",
                                where, 1, hint="an SDMX-CSV message names each column once; ask the provider for "
                                "the message again; the reference package was left unchanged")
        first_at[ident] = i
    if "time" not in roles.values():  # the standard's examples call it DIM_3: the last dimension
        dims = [i for i, r in roles.items() if r == "dimension"]
        if dims:
            roles[dims[-1]] = "time"
    return roles


def _csv_observation(row: list[str], ids: list[str], roles: dict[int, str], delimiter: str, table: SdmxTable,
                     where: str, line: int) -> None:
    cells: dict[str, str] = {}
    for i, cell in enumerate(row):
        role = roles[i]
        if role == "structure":
            if ids[i].upper() == "ACTION" and cell.strip().upper() == "D":
                return
            if ids[i].split("[")[0].upper() in ("DATAFLOW", "STRUCTURE_ID") and cell.strip():
                code, label = _split_label(cell)
                table.flow = table.flow or code
                table.flow_name = table.flow_name or label
            continue
        if role == "label":
            if cell.strip() and cells.get(ids[i - 1]):
                table.labels.setdefault(ids[i - 1], {})[cells[ids[i - 1]]] = cell.strip()
            continue
        code, label = _split_label(cell)
        cells[ids[i]] = code
        if label and role != "measure":
            table.labels.setdefault(ids[i], {})[code] = label
    value = cells.get(next(ids[i] for i, r in roles.items() if r == "measure"), "")
    if delimiter == ";" and re.fullmatch(r"-?\d+,\d+", value):
        value = value.replace(",", ".")  # a ';'-separated file from a decimal-comma locale
    time = next(ids[i] for i, r in roles.items() if r == "time")
    table.observations.append(SdmxObservation(
        {ids[i]: cells[ids[i]] for i, r in roles.items() if r == "dimension"}, cells.get(time, ""), value,
        {ids[i]: cells[ids[i]] for i, r in roles.items() if r == "attribute" and cells.get(ids[i])}))
    table.observations[-1].attributes["_line"] = str(line)


def _split_label(cell: str) -> tuple[str, str | None]:
    """``"A: Value A"`` → ("A", "Value A"); a plain ID stays as it is."""
    text = cell.strip()
    match = re.fullmatch(r"(\S+?):\s+(.+)", text, flags=re.S)
    if match and re.fullmatch(r"[A-Za-z0-9_.@:()\-]+", match.group(1)):
        return match.group(1), match.group(2).strip()
    return text, None
