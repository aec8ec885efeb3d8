"""Helpers shared by the extraction tests: run the real extractor on text, compare with gold."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

from workbench.drafts import parse_draft
from workbench.extraction import extract
from workbench.gazetteer import Gazetteer
from workbench.models import Claim

GOLD = Path(__file__).resolve().parent / "gold"


def claims_in(text: str, as_of: dt.date | None = None, path: str = "draft.md",
              gazetteer: Gazetteer | None = None) -> list[Claim]:
    """Claims the extractor finds in ``text`` read as a draft file's bytes."""
    return extract(parse_draft(text.encode("utf-8"), path), as_of=as_of, gazetteer=gazetteer)


def extracted(tmp_path: Path, text: str, name: str = "nota.md") -> list[dict]:
    """The claims `workbench extract --format json` reports for ``text`` written as a draft (CLI in-process)."""
    from conftest import run_workbench

    draft = tmp_path / name
    draft.write_text(text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)["claims"]


def one_claim(text: str, as_of: dt.date | None = None) -> Claim:
    claims = claims_in(text, as_of)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def gold_key(entry: dict) -> tuple:
    return (round(float(entry["value"]), 2), entry["unit"], entry["qualifier"], entry["kind"], entry["period"])


def claim_key(claim: Claim) -> tuple:
    return (round(claim.value, 2), claim.unit, claim.qualifier.value, claim.kind.value, claim.period)


def load_gold(name: str) -> dict:
    return json.loads((GOLD / name).read_text(encoding="utf-8"))


def precision_recall(claims: list[Claim], gold: list[dict]) -> tuple[float, float, Counter, Counter]:
    """Multiset match on value+unit+qualifier+kind+period; returns the misses both ways too."""
    found = Counter(claim_key(c) for c in claims)
    expected = Counter(gold_key(g) for g in gold)
    matched = sum((found & expected).values())
    precision = matched / max(1, sum(found.values()))
    recall = matched / max(1, sum(expected.values()))
    return precision, recall, found - expected, expected - found
