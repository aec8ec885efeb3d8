"""A subject that is only a place: 'The 2020 consumer price index (CPI) in Vietnam was contained at
3.23 %' gives the subject 'Vietnam', which names where, not what. The measure stands before it in
the sentence, so, as for a stray subject, what the sentence says before the figure is read as the
subject."""

from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import Gazetteer, part_proper_name
from ..models import Claim
from ..numbers import data_json
from ..places import Places


_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1)
def _rank_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_json("stray_subjects.json")["rank_words"])


def place_only_subject(claim: Claim) -> bool:
    """``claim.subject`` is one of the places the claim names, a country or a known group of them, and
    nothing more (a group of people a table names, 'Kelts', is what is counted, not where): also with a
    rank before it ('least in Almaty (16.2 %)'), a part's noun after it ('Aktobe region') or in another
    spelling of a name the claim names ('Karagandy' of Karaganda)."""
    # a possessive names the place too: "the euro zone's (1.7 %)", "India’s"
    subject = _POSSESSIVE.sub("", " ".join((claim.subject or "").casefold().split()))
    words = subject.split()
    if len(words) > 2 and words[0] in _rank_words() and words[1] == "in":
        subject = " ".join(words[2:])  # 'highest in Aktobe (74.6 %)': where the rank is, not what
    subject = (part_proper_name(subject) or subject).casefold()
    place = Places.default().exact(subject) if subject else None
    named = {" ".join(e.casefold().split()) for e in claim.entities}
    if place is None:
        entity = Gazetteer.default().canonical(subject.title()) or Gazetteer.default().canonical(subject)
        return entity is not None and " ".join(entity.casefold().split()) in named
    # a group of countries ('the euro zone') is no gazetteer entity, but names where all the same
    return place.aggregate or subject in named
