"""A subject that is only a place: 'The 2020 consumer price index (CPI) in Vietnam was contained at
3.23 %' gives the subject 'Vietnam', which names where, not what. The measure stands before it in
the sentence, so, as for a stray subject, what the sentence says before the figure is read as the
subject."""

from __future__ import annotations

import re

from ..models import Claim
from ..places import Places


_POSSESSIVE = re.compile(r"['’]s?$")


def place_only_subject(claim: Claim) -> bool:
    """``claim.subject`` is one of the places the claim names, a country or a known group of them, and
    nothing more (a group of people a table names, 'Kelts', is what is counted, not where)."""
    # a possessive names the place too: "the euro zone's (1.7 %)", "India’s"
    subject = _POSSESSIVE.sub("", " ".join((claim.subject or "").casefold().split()))
    place = Places.default().exact(subject) if subject else None
    # a group of countries ('the euro zone') is no gazetteer entity, but names where all the same
    return place is not None and (place.aggregate or any(subject == " ".join(e.casefold().split())
                                                         for e in claim.entities))
