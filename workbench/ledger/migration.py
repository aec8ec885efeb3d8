"""Older ledger shapes → the current one, in memory (the next save keeps a backup of the old file)."""

from __future__ import annotations

from typing import Any

from ..errors import LedgerError
from ..readfile import parse_json
from .models import SCHEMA_VERSION


def migrate(raw: dict[str, Any], version: int, name: str) -> dict[str, Any]:
    """Older shapes → the current one, one version at a time."""
    if version < 1:
        raise LedgerError.at(f"schema_version {version} never existed; the first was 1", name)
    if version == 1:
        try:
            raw = _migrate_v1(raw, name)
        except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as exc:
            # A hand-damaged old ledger: say so in one line; the file is left as it is.
            raise LedgerError.at(f"a schema_version 1 ledger in a shape it cannot have ({type(exc).__name__}: {exc})",
                                 name) from None
        version = 2
    if version == 2:
        try:
            raw = _migrate_v2(raw)
        except (TypeError, ValueError, AttributeError) as exc:
            raise LedgerError.at(f"a schema_version 2 ledger in a shape it cannot have ({type(exc).__name__}: {exc})",
                                 name) from None
    return raw


def _migrate_v2_entry(entry: Any) -> Any:
    """Version 3 adds per-claim revisions (concurrency per claim) and the workflow: a claim's
    revision is the latest one its history names, and a claim with a reviewer verdict is checked."""
    if not isinstance(entry, dict):
        return entry  # the model reports it, with its place
    history = entry.get("history") or []
    revisions = [h.get("revision") for h in history if isinstance(h, dict) and isinstance(h.get("revision"), int)]
    entry.setdefault("revision", max(revisions, default=0))
    entry.setdefault("status", "checked" if entry.get("verdict") is not None else "to_check")
    return entry


def _migrate_v2(raw: dict[str, Any]) -> dict[str, Any]:
    claims = raw.get("claims")
    if isinstance(claims, dict):
        raw["claims"] = {k: _migrate_v2_entry(v) for k, v in claims.items()}
    for orphan in raw.get("orphans") or []:
        if isinstance(orphan, dict):
            orphan["entry"] = _migrate_v2_entry(orphan.get("entry"))
    raw["schema_version"] = SCHEMA_VERSION
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
    return {"schema_version": 2, "draft": raw.get("draft"), "revision": revision,
            "claims": entries, "orphans": [], "change": "migrated from schema_version 1"}


def stored_version(data: bytes) -> int | None:
    try:
        version = parse_json(data).get("schema_version")
    except (ValueError, AttributeError):
        return None
    return version if isinstance(version, int) else None
