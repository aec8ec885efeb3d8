"""Figures a text takes from a publication named with its year ('These are from the United Nations 2005
Human Development Report', then 'Qatar 53.1 metric tonnes per person per year'), dating them no other
way: they are of the year that publication tabulates, which its title does not give, so the latest
row due at the draft's date cannot contradict them (needs_review, reason ``publication_year``). The
nouns are the lexicon's ``dated_publication_nouns``."""

from __future__ import annotations

import re
from functools import lru_cache

from ...extraction.periods import YEAR_DIGITS
from ...matching import ClaimContext
from ...models import Claim, Verdict
from ...numbers import alternation, lexicon
from ...text import search_once
from ..decision import Decision, Reason
from ..observations import names_no_period


@lru_cache(maxsize=1)
def _dated_publication() -> re.Pattern[str]:
    nouns = alternation(lexicon().get("dated_publication_nouns", []))
    # a title: the year, at most three capitalised words, the noun ('2005 Human Development Report', '2019
    # Statistical Review'), or the noun then the year ('World Energy Outlook 2023'); prose between a year and
    # a noun ('since 2015 the national survey') names no publication
    return re.compile(rf"(?<![\d.,]){YEAR_DIGITS}(?![\d.,])(?:\s+[A-Z][\w'’-]*){{0,3}}?\s+(?i:{nouns})(?!\w)"
                      rf"|(?<!\w)(?i:{nouns})\s+{YEAR_DIGITS}(?![\d.,])")


def dated_publication(text: str) -> str | None:
    """The words naming a publication with its year in ``text``, or None (read once per text: each contradicted figure
    of a sentence asks of it)."""
    found = search_once(_dated_publication(), text)
    return found.group() if found else None


def publication_year(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """A contradiction of a figure naming no period, in a text that says it comes from a publication named
    with its year (its sentence, the paragraph before, the heading, earlier paragraphs, the title)."""
    if decision.verdict is not Verdict.contradicted or not decision.lead or not names_no_period(claim, ctx):
        return decision
    for text in (claim.sentence, *(text for _, text in ctx.basis_texts)):
        named = dated_publication(text)
        if named is not None:
            return decision.for_review(Reason.PUBLICATION_YEAR, series=named)
    return decision
