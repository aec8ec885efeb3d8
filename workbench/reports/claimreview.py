"""`claimreview`: schema.org ClaimReview JSON-LD, one object per claim (https://schema.org/ClaimReview).

Claims a reviewer marked ``not_a_claim`` are left out. ``reviewRating`` is on a 1–5 scale
(contradicted 1, unsupported 2, needs review 3, supported 5) with the verdict in words as
``alternateName``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..drafts import Draft
from ..models import Verdict
from ..urls import safe_url
from .escaping import json_for_html
from .published import DEFAULT_AUTHOR, Publication, Row

RATING: dict[Verdict, int] = {Verdict.contradicted: 1, Verdict.unsupported: 2, Verdict.needs_review: 3,
                              Verdict.supported: 5}
VERDICT_TEXT: dict[Verdict, str] = {
    Verdict.supported: "Supported by the reference data",
    Verdict.contradicted: "Contradicted by the reference data",
    Verdict.unsupported: "Unsupported: no reference data covers it",
    Verdict.needs_review: "Needs review",
    Verdict.not_a_claim: "Not a claim",
}


def render(publication: Publication) -> str:
    reviews = claim_review(publication.draft, publication.rows, publication.author)
    # Published inside <script type="application/ld+json">: a "</script>" in a title must not end it.
    return json_for_html(reviews) + "\n"


def _iso_date(value: dt.date | dt.datetime) -> str:
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


def claim_review(draft: Draft, rows: Sequence[Row], author: str = DEFAULT_AUTHOR,
                 today: dt.date | None = None) -> list[dict[str, Any]]:
    """schema.org ClaimReview objects (https://schema.org/ClaimReview), one per checkable claim."""
    today = today or dt.datetime.now(dt.UTC).date()
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    url = safe_url(draft.url)  # only http(s) is published as a link
    if url:
        appearance["url"] = url
    if draft.title:
        appearance["headline"] = draft.title
    if draft.date:
        appearance["datePublished"] = draft.date.isoformat()
    organisation = {"@type": "Organization", "name": author}
    # Who made the claim: the draft's own publisher when its front matter names one.
    claim_author = next((str(draft.front_matter[k]) for k in ("publisher", "author") if draft.front_matter.get(k)), None)
    reviews = []
    for row in rows:
        if row.verdict is None or row.verdict == Verdict.not_a_claim:
            continue
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if claim_author:
            item["author"] = {"@type": "Organization", "name": claim_author}
        if draft.date:
            item["datePublished"] = draft.date.isoformat()
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": row.claim.sentence,
            "reviewRating": {"@type": "Rating", "ratingValue": RATING[row.verdict], "bestRating": 5,
                             "worstRating": 1, "alternateName": VERDICT_TEXT[row.verdict]},
            "itemReviewed": item,
            "author": organisation,
            "datePublished": _iso_date(row.reviewed_at or today),
            "reviewBody": " ".join(x for x in (row.explanation, row.note or "") if x),
            "identifier": row.claim.id,
        }
        if url:
            review["url"] = f"{url.split('#', 1)[0]}#{row.claim.id}"
        sources = [{"@type": "Dataset", "name": e.source or e.resource, **({"url": safe_url(e.url)} if safe_url(e.url) else {})}
                   for e in row.evidence[:3]]
        if sources:
            review["isBasedOn"] = sources
        reviews.append(review)
    return reviews
