"""Precision and recall against hand-made gold lists: the commissioning article and the sample draft."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from extraction_helpers import claim_key, gold_key, load_gold, precision_recall

from workbench.drafts import load_draft, parse_draft
from workbench.extraction import extract

ROOT = Path(__file__).resolve().parent.parent


def test_seed_article_precision_and_recall(seed_article: Path) -> None:
    gold = load_gold("seed_article.json")
    draft = parse_draft(seed_article.read_bytes(), str(seed_article))
    claims = extract(draft, as_of=dt.date.fromisoformat(gold["as_of"]))
    precision, recall, extra, missed = precision_recall(claims, gold["claims"])
    assert precision >= 0.95, f"spurious: {dict(extra)}"
    assert recall >= 0.95, f"missed: {dict(missed)}"


def test_seed_article_subjects_name_the_counted_thing(seed_article: Path) -> None:
    gold = load_gold("seed_article.json")
    draft = parse_draft(seed_article.read_bytes(), str(seed_article))
    claims = extract(draft, as_of=dt.date.fromisoformat(gold["as_of"]))
    by_key: dict[tuple, list[str]] = {}
    for claim in claims:
        by_key.setdefault(claim_key(claim), []).append((claim.subject or "").lower())
    wrong = [g["text"] for g in gold["claims"]
             if not any(g["subject"].lower() in s for s in by_key.get(gold_key(g), []))]
    assert len(wrong) <= 1, f"subjects missing the gold noun for {wrong}"


def test_sample_draft_matches_its_gold_list() -> None:
    gold = load_gold("sample_draft.json")
    claims = extract(load_draft(ROOT / "drafts" / "kazakhstan-russia-visit.md"))
    precision, recall, extra, missed = precision_recall(claims, gold["claims"])
    assert (precision, recall) == (1.0, 1.0), f"spurious: {dict(extra)}; missed: {dict(missed)}"
    for claim, entry in zip(claims, gold["claims"], strict=True):
        assert claim.text == entry["text"]
        assert entry["subject"].lower() in (claim.subject or "").lower(), (claim.text, claim.subject)
