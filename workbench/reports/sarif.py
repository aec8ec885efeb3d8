"""`sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.

Rule ids come from ``rules.py`` and never change; artifact URIs are relative to the
repository root (``%SRCROOT%``); each result carries a fingerprint from the claim's stable id
so that code scanning tracks a claim across edits of the draft.
"""

from __future__ import annotations

import json
from pathlib import Path

import workbench

from ..models import CheckReport
from ..rules import RULES
from .common import items

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(report: CheckReport, root: Path | None = None, *, tool_version: str | None = None) -> str:
    rule_ids = list(RULES)
    rules = [{
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.description},
        "defaultConfiguration": {"level": rule.level},
        "help": {"text": f"{rule.description} See docs/check.md, rule {rule.id}."},
    } for rule in RULES.values()]
    results = []
    for i in items(report, root, suppressed=True):
        region: dict[str, int] = {"startLine": i.line, "startColumn": i.column}
        if i.end_column is not None:
            region["endLine"] = i.line
            region["endColumn"] = i.end_column
        result: dict[str, object] = {
            "ruleId": i.rule,
            "ruleIndex": rule_ids.index(i.rule),
            "level": i.level,
            "message": {"text": i.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": i.path, "uriBaseId": "%SRCROOT%"},
                "region": region,
            }}],
            "properties": {"verdict": i.verdict.value, "flags": list(i.flags), "reviewed": i.reviewed},
        }
        if i.reason:
            result["properties"]["reason"] = i.reason  # type: ignore[index]
        if i.claim_id:
            result["partialFingerprints"] = {"claimId/v1": i.claim_id}
            result["properties"]["claim"] = i.claim_text  # type: ignore[index]
        if i.suppressed:
            result["suppressions"] = [{"kind": "inSource"}]
        results.append(result)
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "workbench",
                "version": tool_version or workbench.__version__,
                "rules": rules,
            }},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"
