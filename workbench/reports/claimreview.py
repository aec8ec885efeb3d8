"""`claimreview`: schema.org ClaimReview JSON-LD, one object per claim (https://schema.org/ClaimReview).

What is published follows Google's fact-check guidance: ``claimReviewed``, ``reviewRating``
(``alternateName`` the verdict in words, ``ratingValue`` on a 1–5 scale with ``bestRating`` and
``worstRating``, ``ratingExplanation``), ``url``, ``author`` (the fact-checking organisation),
``datePublished`` and ``itemReviewed`` (a ``Claim`` with its appearance in the draft).

Only verdicts a person confirmed are rated unless ``include_automatic`` is set; those are then
marked as the automatic check's (``creator`` is the software, not a person). "Needs review" and
"not a claim" are never ratings: they say nobody has a verdict.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..config import Organisation
from ..drafts import Draft
from ..ledger import REVIEWER_RESOURCE
from ..models import Verdict
from ..urls import safe_url
from .escaping import json_for_html
from .published import Publication, Row

RATING: dict[Verdict, int] = {Verdict.contradicted: 1, Verdict.unsupported: 2, Verdict.supported: 5}
VERDICT_TEXT: dict[Verdict, str] = {
    Verdict.supported: "Supported by the reference data",
    Verdict.contradicted: "Contradicted by the reference data",
    Verdict.unsupported: "Unsupported: no reference data covers it",
}
AUTOMATIC_MARK = " (automatic check, not confirmed by a reviewer)"
SOFTWARE = {"@type": "SoftwareApplication", "name": "Claim Workbench"}


def render(publication: Publication) -> str:
    reviews = claim_review(publication.draft, publication.rows, publication.organisation,
                           include_automatic=publication.include_automatic)
    # Published inside <script type="application/ld+json">: a "</script>" in a title must not end it.
    return json_for_html(reviews) + "\n"


def _iso_date(value: dt.date | dt.datetime) -> str:
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


def publishable(row: Row, include_automatic: bool) -> bool:
    """Is this row's verdict a rating we may publish?"""
    return row.verdict in RATING and (row.confirmed or include_automatic)


def organisation_node(organisation: Organisation) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Organization", "name": organisation.name}
    if organisation.url:
        node["url"] = organisation.url
    return node


def claim_item(draft: Draft) -> dict[str, Any]:
    """The reviewed ``Claim``: where it appeared (the draft) and who made it, when known."""
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    url = safe_url(draft.url)  # only http(s) is published as a link
    if url:
        appearance["url"] = url
    if draft.title:
        appearance["headline"] = draft.title
    if draft.date:
        appearance["datePublished"] = draft.date_shown
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    # Who made the claim: the draft's own publisher when its front matter names one; never invented.
    claim_author = next((str(draft.front_matter[k]) for k in ("publisher", "author") if draft.front_matter.get(k)), None)
    if claim_author:
        item["author"] = {"@type": "Organization", "name": claim_author}
    if draft.date:
        item["datePublished"] = draft.date_shown
    return item


def rating(row: Row) -> dict[str, Any]:
    assert row.verdict is not None
    words = VERDICT_TEXT[row.verdict] + ("" if row.confirmed else AUTOMATIC_MARK)
    result: dict[str, Any] = {"@type": "Rating", "ratingValue": RATING[row.verdict], "bestRating": 5,
                              "worstRating": 1, "alternateName": words}
    explanation = (row.note or "").strip() or row.explanation.strip()
    if explanation:
        result["ratingExplanation"] = explanation
    return result


def claim_reviewed(row: Row, shared: bool) -> str:
    """The sentence; when it states several figures, which one this review rates, so two reviews
    of one sentence never read as conflicting ratings of the same claim."""
    return f"{row.claim.sentence} (the figure reviewed: {row.claim.text})" if shared else row.claim.sentence


def sources(row: Row) -> list[dict[str, Any]]:
    """Up to three distinct evidence sources (the same source cited for two rows counts once): the
    reference data's as ``Dataset``s, a reviewer's own evidence as the ``CreativeWork`` it quotes."""
    seen: dict[tuple[str, str | None], dict[str, Any]] = {}
    for e in row.evidence:
        name = e.source or e.resource
        url = safe_url(e.url)
        node: dict[str, Any] = {"@type": "Dataset", "name": name, **({"url": url} if url else {})}
        if e.resource == REVIEWER_RESOURCE:
            node["@type"] = "CreativeWork"
            if quote := row.quote_for(e):
                node["text"] = quote
            if e.period:
                node["temporalCoverage"] = e.period
        seen.setdefault((name, url), node)
    return list(seen.values())[:3]


def one_review(draft: Draft, row: Row, item: dict[str, Any], author: dict[str, Any] | None,
               today: dt.date, shared: bool = False) -> dict[str, Any]:
    review: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview",
                              "identifier": row.claim.id, "claimReviewed": claim_reviewed(row, shared),
                              "reviewRating": rating(row), "itemReviewed": item}
    page = safe_url(draft.url)
    if page:
        review["url"] = f"{page.split('#', 1)[0]}#{row.claim.id}"
    if author is not None:
        review["author"] = author
    if row.confirmed and row.reviewer:
        review["creator"] = {"@type": "Person", "name": row.reviewer,
                             **({"worksFor": author} if author is not None else {})}
    elif not row.confirmed:
        review["creator"] = SOFTWARE
    review["datePublished"] = _iso_date(row.reviewed_at if row.confirmed and row.reviewed_at else today)
    body = " ".join(x for x in (row.explanation, row.note or "") if x)
    if body:
        review["reviewBody"] = body
    based_on = sources(row)
    if based_on:
        review["isBasedOn"] = based_on
    return review


def claim_review(draft: Draft, rows: Sequence[Row], organisation: Organisation | None = None,
                 today: dt.date | None = None, include_automatic: bool = False) -> list[dict[str, Any]]:
    """schema.org ClaimReview objects, one per claim whose verdict may be published."""
    today = today or dt.datetime.now(dt.UTC).date()
    item = claim_item(draft)
    author = organisation_node(organisation) if organisation is not None else None
    published = [row for row in rows if publishable(row, include_automatic)]
    per_sentence = Counter(row.claim.sentence for row in published)
    return [one_review(draft, row, item, author, today, per_sentence[row.claim.sentence] > 1)
            for row in published]
