"""Every ClaimReview exported for the sample draft meets schema.org's and Google's definitions.

The properties a ClaimReview must and should carry are written below as data, from
https://schema.org/ClaimReview, https://schema.org/Rating, https://schema.org/Claim and Google's
fact-check structured-data guidance (required: claimReviewed, reviewRating with alternateName,
url; recommended: author with name and url, datePublished, itemReviewed with appearance and
datePublished; ratingValue, bestRating, worstRating). The check walks each object by its @type.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

from conftest import ROOT, run_workbench

SAMPLE = ROOT / "drafts" / "kazakhstan-russia-visit.md"
LEDGER = ROOT / "claims" / "kazakhstan-russia-visit.json"

# @type → (required, recommended) properties, and each property's expected value kind.
SCHEMA: dict[str, tuple[set[str], set[str]]] = {
    "ClaimReview": ({"@context", "claimReviewed", "reviewRating", "url"},
                    {"author", "datePublished", "itemReviewed"}),
    "Rating": ({"alternateName"}, {"ratingValue", "bestRating", "worstRating", "ratingExplanation"}),
    "Claim": (set(), {"appearance", "datePublished"}),
    "Organization": ({"name"}, {"url"}),
    "Person": ({"name"}, set()),
    "CreativeWork": ({"url"}, {"headline", "datePublished"}),
    "Dataset": ({"name"}, set()),
    "SoftwareApplication": ({"name"}, set()),
}
KINDS: dict[str, str] = {
    "claimReviewed": "text", "alternateName": "text", "ratingExplanation": "text", "name": "text",
    "headline": "text", "reviewBody": "text", "url": "url", "datePublished": "date",
    "ratingValue": "number", "bestRating": "number", "worstRating": "number",
}
EXPECTED_TYPES: dict[str, set[str]] = {
    "reviewRating": {"Rating"}, "itemReviewed": {"Claim"}, "author": {"Organization", "Person"},
    "creator": {"Person", "SoftwareApplication"}, "appearance": {"CreativeWork"}, "worksFor": {"Organization"},
    "isBasedOn": {"Dataset"},
}
NOT_RATINGS = ("needs review", "not a claim")


def _value_problem(key: str, value: Any) -> str | None:
    kind = KINDS.get(key)
    if kind == "text" and not (isinstance(value, str) and value.strip()):
        return "empty text"
    if kind == "url" and not (isinstance(value, str) and value.startswith(("https://", "http://"))):
        return "not an http(s) URL"
    if kind == "number" and not isinstance(value, int | float):
        return "not a number"
    if kind == "date":
        try:
            dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            return "not an ISO 8601 date"
    return None


def problems(node: dict[str, Any], where: str = "ClaimReview") -> list[str]:
    """What ``node`` (and every typed object inside it) lacks or gets wrong."""
    found = []
    required, recommended = SCHEMA[node["@type"]]
    found += [f"{where}: missing required {p}" for p in sorted(required - node.keys())]
    found += [f"{where}: missing recommended {p}" for p in sorted(recommended - node.keys())]
    for key, value in node.items():
        problem = _value_problem(key, value)
        if problem:
            found.append(f"{where}.{key}: {problem}")
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, dict):
                if child.get("@type") not in EXPECTED_TYPES.get(key, set()):
                    found.append(f"{where}.{key}: unexpected @type {child.get('@type')!r}")
                else:
                    found += problems(child, f"{where}.{key}")
    return found


def _sample_project(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "claims").mkdir()
    draft = Path(shutil.copy(SAMPLE, tmp_path / "drafts"))
    ledger = Path(shutil.copy(LEDGER, tmp_path / "claims"))
    (tmp_path / "workbench.toml").write_text(
        '[organisation]\nname = "Example Fact Desk"\nurl = "https://factdesk.example.org/"\n', encoding="utf-8")
    return draft, ledger


def _export(draft: Path, *extra: str) -> list[dict[str, Any]]:
    result = run_workbench("export", draft, "--format", "claimreview", *extra, cwd=draft.parent.parent)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _decide(draft: Path, claim_id: str, verdict: str, *extra: str) -> None:
    result = run_workbench("review", draft, "--set", f"{claim_id}={verdict}", "--reviewer", "Dana Checker",
                           *extra, cwd=draft.parent.parent)
    assert result.returncode == 0, result.stderr


def _validate(reviews: list[dict[str, Any]]) -> None:
    assert reviews
    for review in reviews:
        assert problems(review) == [], review["identifier"]
        rating = review["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert not rating["alternateName"].lower().startswith(NOT_RATINGS)
    ids = [r["identifier"] for r in reviews]
    assert len(ids) == len(set(ids))  # one ClaimReview per claim
    # two reviews never rate the same words: a sentence with several figures names the one rated
    assert len({r["claimReviewed"] for r in reviews}) == len(reviews)


def test_every_exported_claimreview_of_the_sample_draft_is_complete(tmp_path: Path) -> None:
    draft, ledger_file = _sample_project(tmp_path)
    entries = json.loads(ledger_file.read_text(encoding="utf-8"))["claims"]
    automatic = [cid for cid, e in entries.items() if e["verdict"] is None]
    _decide(draft, automatic[0], "contradicted", "--note", "The yearbook gives a lower figure.")
    _decide(draft, automatic[1], "needs_review")  # a person's "needs review" is still not a rating
    confirmed = {cid for cid, e in entries.items() if e["verdict"] not in (None, "not_a_claim", "needs_review")}

    reviews = _export(draft)
    _validate(reviews)
    assert {r["identifier"] for r in reviews} == confirmed | {automatic[0]}
    decided = next(r for r in reviews if r["identifier"] == automatic[0])
    assert decided["reviewRating"]["ratingExplanation"] == "The yearbook gives a lower figure."
    assert decided["reviewRating"]["alternateName"] == "Contradicted by the reference data"
    assert decided["creator"]["name"] == "Dana Checker"
    assert decided["author"] == {"@type": "Organization", "name": "Example Fact Desk",
                                 "url": "https://factdesk.example.org/"}
    assert decided["datePublished"] == dt.datetime.now(dt.UTC).date().isoformat()

    everything = _export(draft, "--include-automatic")
    _validate(everything)
    added = [r for r in everything if r["identifier"] not in confirmed | {automatic[0]}]
    assert added, "the sample draft has automatic verdicts to add"
    for review in added:
        assert "automatic" in review["reviewRating"]["alternateName"]
        assert review["creator"]["@type"] == "SoftwareApplication"
    assert automatic[1] not in {r["identifier"] for r in everything}


def test_a_decision_awaiting_reconfirmation_is_not_published_as_confirmed(tmp_path: Path) -> None:
    draft, ledger_file = _sample_project(tmp_path)
    data = json.loads(ledger_file.read_text(encoding="utf-8"))
    decided = [cid for cid, e in data["claims"].items() if e["verdict"] not in (None, "not_a_claim")]
    assert decided
    for cid in decided:
        data["claims"][cid]["needs_reconfirmation"] = True
    ledger_file.write_text(json.dumps(data, indent=2), encoding="utf-8")
    result = run_workbench("export", draft, "--format", "claimreview", cwd=tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout) == []
    assert "--include-automatic" in result.stderr


def test_the_check_itself_catches_what_is_missing() -> None:
    """The validator is not vacuous: a review missing required and recommended fields fails it."""
    bad = {"@type": "ClaimReview", "claimReviewed": "", "datePublished": "30/11/2026",
           "reviewRating": {"@type": "Rating", "ratingValue": 3}, "author": {"@type": "Thing"}}
    found = problems(bad)
    for expected in ("missing required url", "missing required @context", "missing recommended itemReviewed",
                     "claimReviewed: empty text", "datePublished: not an ISO 8601 date",
                     "reviewRating: missing required alternateName", "author: unexpected @type"):
        assert any(expected in p for p in found), (expected, found)
