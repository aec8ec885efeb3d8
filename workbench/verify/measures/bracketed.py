"""A percentage in brackets right after a change ('increased by 2.5 million people (15.5 percent)',
'fell by $3 billion (4.2 %)', '232,500 people (1.3 %) more than a year before') is the same change in percent: a
change, in the direction of the change it restates, whatever its own words say (it has none)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...models import Claim, Direction, Kind
from ...numbers import alternation, lexicon
from ...text import surface_at

# the figure before the bracket: a numeral with up to four words of scale and unit ('2.5 million people')
_BEFORE_BRACKET = re.compile(r"(?<![\d.,])(?![12]\d\d\d\b(?![.,]\d))[$€£¥]?\d(?:[\d.,]*\d)?(?:\s*[^\W\d_]+\.?){0,4}\s*\(\s*$")
# not text.clause_span: a comma alone does not part a change from the bracketed percent that restates it
# ('grew, from 2 million to 2.5 million (25 %)'); only one with a joining word opens another clause
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\.\s")


@lru_cache(maxsize=1)
def _compared_after() -> dict[Direction, re.Pattern[str]]:
    """The bracket's close, then a comparative with 'than' (lexicon ``comparative_change``): '232,500 people (1.3 %)
    more than a year before' restates the change the comparative makes of the figure before the bracket."""
    words = lexicon()["comparative_change"]
    return {Direction(d): re.compile(rf"\s*\)\s*(?:{alternation([w for w in words[d] if w.endswith(' than')])})\b",
                                     re.IGNORECASE) for d in ("up", "down")}


@lru_cache(maxsize=1)
def _change_words() -> dict[Direction, re.Pattern[str]]:
    verbs = lexicon()["change_verbs"]
    return {Direction(d): re.compile(rf"\b(?:{alternation(verbs[d])})\b", re.IGNORECASE) for d in ("up", "down")}


def bracketed_change(claim: Claim) -> Claim:
    """The claim read as the change it restates in percent, else unchanged."""
    if claim.unit != "%" or claim.kind is Kind.change:
        return claim
    at = surface_at(claim.sentence, claim.text)
    if at <= 0:
        return claim
    before = claim.sentence[:at]
    figure = _BEFORE_BRACKET.search(before)
    if figure is None:
        return claim
    clause = before[:figure.start()]
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    clause = clause[breaks[-1].end():] if breaks else clause
    found = [(m.end(), d) for d, pattern in _change_words().items() for m in pattern.finditer(clause)]
    if not found:
        after = claim.sentence[at + len(claim.text):]
        compared = next((d for d, pattern in _compared_after().items() if pattern.match(after)), None)
        return claim if compared is None else claim.model_copy(update={"kind": Kind.change, "direction": compared})
    direction = max(found)[1]  # the verb nearest the figure
    return claim.model_copy(update={"kind": Kind.change, "direction": direction})
