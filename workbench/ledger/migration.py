"""Older ledger shapes → the current one, in memory (the next save keeps a backup of the old file)."""

from __future__ import annotations

import json
from typing import Any

from ..errors import LedgerError
from .models import SCHEMA_VERSION


def migrate(raw: dict[str, Any], version: int, name: str) -> dict[str, Any]:
    """Older shapes → the current one, one version at a time."""
    if version == 1:
        try:
            raw = _migrate_v1(raw, name)
        except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as exc:
            # A hand-damaged old ledger: say so in one line; the file is left as it is.
            raise LedgerError.at(f"a schema_version 1 ledger in a shape it cannot have ({type(exc).__name__}: {exc})",
                                 name) from None
    elif version < 1:
        raise LedgerError.at(f"schema_version {version} never existed; the first was 1", name)
    return raw


def _migrate_v1(raw: dict[str, Any], name: str) -> dict[str, Any]:
    """schema_version 1 (the shape DESIGN.md first sketched): ``claims`` a list of entries with
    ``claim``, ``auto_verdict``, ``verdict``, ``note``, ``reviewer``, ``reviewed_at`` and a history of
    ``{reviewer, at, from, to, note}``; no evidence choice, no orphans, no re-confirmation."""
    claims = raw.get("claims", [])
    if not isinstance(claims, list):
        raise LedgerError.at("schema_version 1 ledgers keep claims in a list", name)
    revision = int(raw.get("revision", 0) or 0)
    entries: dict[str, Any] = {}
    for item in claims:
        if not isinstance(item, dict) or not isinstance(item.get("claim"), dict):
            raise LedgerError.at("schema_version 1 claim entries need a claim object", name)
        history = [{"at": h.get("at"), "reviewer": h.get("reviewer") or "unknown", "event": "decision",
                    "from_verdict": h.get("from"), "to_verdict": h.get("to"), "note": h.get("note"),
                    "revision": max(1, revision)} for h in item.get("history", [])]
        entries[item["claim"]["id"]] = {
            "claim": item["claim"], "auto_verdict": item.get("auto_verdict"),
            "explanation": item.get("explanation", ""), "evidence": item.get("evidence", []),
            "verdict": item.get("verdict"), "note": item.get("note"), "reviewer": item.get("reviewer"),
            "reviewed_at": item.get("reviewed_at"), "history": history}
    return {"schema_version": SCHEMA_VERSION, "draft": raw.get("draft"), "revision": revision,
            "claims": entries, "orphans": [], "change": "migrated from schema_version 1"}


def stored_version(data: bytes) -> int | None:
    try:
        version = json.loads(data).get("schema_version")
    except (ValueError, AttributeError):
        return None
    return version if isinstance(version, int) else None
