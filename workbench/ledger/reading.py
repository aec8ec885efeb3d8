"""Reading a ledger: locating it, parsing it, and pointing at the line of anything wrong."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from ..drafts import Draft
from ..errors import LedgerError
from ..readfile import parse_json, read_regular
from .migration import migrate
from .models import SCHEMA_VERSION, Ledger

# pydantic's errors for a key or a value this version does not know, which a newer version may write
_NEWER_WORKBENCH_ERRORS = frozenset({"extra_forbidden", "enum", "literal_error"})

# A ledger holds a few kilobytes per claim; this bounds what one file can make us read and parse.
MAX_LEDGER_BYTES = 64 * 1024 * 1024


def ledger_path(draft_path: str | os.PathLike[str], claims_dir: str | os.PathLike[str]) -> Path:
    """``claims_dir/<stem>.json``: the place without a configuration to say where drafts live.
    Commands use ``location.ledger_path_for``, which keys by the path under the drafts root."""
    return Path(claims_dir) / f"{Path(draft_path).stem}.json"


def position_of(text: str, loc: Sequence[str | int]) -> tuple[int, int]:
    """1-based line and column of the JSON value at ``loc`` (as deep as the path exists)."""
    decoder = json.JSONDecoder()
    ws = " \t\r\n"

    def skip(i: int) -> int:
        while i < len(text) and text[i] in ws:
            i += 1
        return i

    pos = skip(0)
    try:
        for step in loc:
            if pos >= len(text):
                break
            if text[pos] == "{" and isinstance(step, str):
                i = skip(pos + 1)
                found = None
                while i < len(text) and text[i] == '"':
                    key, i = decoder.raw_decode(text, i)
                    i = skip(skip(i) + 1)  # past ':'
                    if key == step:
                        found = i
                        break
                    _, i = decoder.raw_decode(text, i)
                    i = skip(i)
                    if i < len(text) and text[i] == ",":
                        i = skip(i + 1)
                if found is None:
                    break
                pos = found
            elif text[pos] == "[" and isinstance(step, int):
                i = skip(pos + 1)
                for _ in range(step):
                    _, i = decoder.raw_decode(text, i)
                    i = skip(i)
                    if i < len(text) and text[i] == ",":
                        i = skip(i + 1)
                pos = i
            else:
                break
    except (ValueError, IndexError, RecursionError):
        pass  # point at the deepest place found so far
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def parse_ledger(path: Path, data: bytes) -> Ledger:
    name = str(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LedgerError.at(f"the ledger is not UTF-8 (byte 0x{data[exc.start]:02x})", name, line) from None
    try:
        raw = parse_json(text, unique_names=True)
    except json.JSONDecodeError as exc:
        raise LedgerError.at(f"not valid JSON: {exc.msg}", name, exc.lineno, exc.colno) from None
    if not isinstance(raw, dict):
        raise LedgerError.at("a ledger is a JSON object with schema_version, draft, revision and claims", name, 1, 1)
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        line, col = position_of(text, ["schema_version"])
        raise LedgerError.at(f"schema_version must be an integer, not {version!r}", name, line, col)
    if version > SCHEMA_VERSION:
        line, col = position_of(text, ["schema_version"])
        raise LedgerError.at(f"written by a newer workbench (schema_version {version}; this one reads up to "
                             f"{SCHEMA_VERSION})", name, line, col, hint="upgrade claim-workbench; the ledger was not changed")
    if version < SCHEMA_VERSION:
        raw = migrate(raw, version, name)
    try:
        return Ledger.model_validate(raw)
    except RecursionError:
        raise LedgerError.at("nested too deeply to be a ledger", name, 1, 1) from None
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [p for p in err["loc"] if isinstance(p, (str, int))]
        at: tuple[int | None, int | None] = (None, None)
        if version == SCHEMA_VERSION:  # a migrated ledger has no text to point into
            at = position_of(text, loc)
        where = ".".join(str(p) for p in loc) or "ledger"
        if err["type"] not in _NEWER_WORKBENCH_ERRORS:
            raise LedgerError.at(f"{where}: {err['msg']}", name, *at) from None
        # a newer workbench may add a field or a status without a new schema_version: say so, not only 'fix it'
        message = "a field this workbench does not know" if err["type"] == "extra_forbidden" else err["msg"]
        raise LedgerError.at(f"{where}: {message}", name, *at,
                             hint="a newer workbench may have written it: upgrade claim-workbench, or fix it by hand "
                                  "if it was edited; the ledger was not changed") from None


def load_ledger(path: str | os.PathLike[str], draft: Draft | None = None) -> Ledger | None:
    """Read a ledger; None when absent. With ``draft``, refuse a ledger written for other bytes."""
    p = Path(path)
    data = read_regular(p, MAX_LEDGER_BYTES, LedgerError, "ledger")
    if data is None:
        return None
    ledger = parse_ledger(p, data)
    if draft is not None:
        check_matches(ledger, draft, p, data)
    return ledger


def check_matches(ledger: Ledger, draft: Draft, path: Path, data: bytes | None = None) -> None:
    """LedgerError when the ledger was written for a different version of the draft."""
    if ledger.draft.sha256 == draft.sha256:
        return
    text = (data if data is not None else path.read_bytes()).decode("utf-8-sig", "replace")
    line, col = position_of(text, ["draft", "sha256"])
    raise LedgerError.at(f"written for another version of {draft.path} (sha256 {ledger.draft.sha256[:12]}…, "
                         f"the draft is now {draft.sha256[:12]}…)", str(path), line, col,
                         hint=f"run `workbench review {draft.path}` to re-attach the reviews to the edited draft")
