"""'world oil prices', 'global food prices', 'international markets': a country group used to name
the market a price is set on is no place a figure is about (data/places.json ``market_nouns``); nor is
one used to name who set a rule: 'the CEMAC norm', 'la norme CEMAC' glossed 'the norm CEMAC', 'the
WAEMU convergence criterion' (``rule_nouns``); nor one naming who heard of an event ('worldwide media
coverage': ``audience_nouns``), nor one naming how far an event reached ('the global financial crisis':
``event_nouns``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import data_json

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each kind of noun a group's name may qualify instead of a place, with the words that may stand
    between the name and it: market and audience nouns after one traded good ('world | oil prices'), event
    nouns after one of ``event_qualifiers`` ('global | financial crisis')."""
    rules = data_json("places.json")

    def folded(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in rules.get(key, ()))

    return ((folded("market_nouns") | folded("audience_nouns"), folded("market_goods")),
            (folded("event_nouns"), folded("event_qualifiers")))


@lru_cache(maxsize=1)
def _rule_nouns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A rule noun right after a group's name, and one before it (ending the text searched): right before it,
    or a few words before an agent link ('threshold of 3 % set by the |', ``rule_agent_links``) with no
    clause mark between; a noun of area may stand before the group ('in the zone |', ``rule_group_heads``)."""
    rules = data_json("places.json")
    nouns = sorted((re.escape(w) for w in rules.get("rule_nouns", ())), key=len, reverse=True)
    if not nouns:
        return None
    alternatives = rf"(?i:{'|'.join(nouns)})"
    links = "|".join(sorted((re.escape(w) for w in rules.get("rule_agent_links", ())), key=len, reverse=True))
    heads = "|".join(sorted((re.escape(w) for w in rules.get("rule_group_heads", ())), key=len, reverse=True))
    head = rf"(?:[ \t]+(?i:{heads}))?" if heads else ""  # 'admitted in the zone | CEMAC'
    agent = rf"|(?<![\w]){alternatives}(?:[ \t]+[^\s,;:()]+){{0,4}}[ \t]+(?i:{links})(?:[ \t]+(?i:the))?{head}[ \t]+$" \
        if links else ""
    return re.compile(rf"[ \t]+{alternatives}(?![\w])"), re.compile(rf"(?<![\w]){alternatives}[ \t]+${agent}")


def names_a_rule(text: str, end: int, start: int) -> bool:
    """Whether a rule noun stands right after a group's name (ending at ``end``: 'CEMAC | norm', 'WAEMU |
    convergence criterion') or right before it (starting at ``start``: 'the norm | CEMAC', an adjective
    placed after its noun as French does)."""
    patterns = _rule_nouns()
    if patterns is None:
        return False
    after, before = patterns
    return after.match(text, end) is not None or before.search(text[max(0, start - 60):start]) is not None


_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")


def names_a_market(text: str, end: int, start: int) -> bool:
    """Whether the words right after a group's name (ending at ``end``) are a market noun, or one
    traded good and then a market noun: 'world | oil prices', 'global | markets' (or an event's noun, after
    one of its qualifiers: 'global | financial crisis'); or the word right
    before the name (starting at ``start``) is a market noun (an adjective placed after its noun,
    'la demande mondiale' glossed 'the demand | global')."""
    kinds = _rules()
    nouns = frozenset().union(*(kind_nouns for kind_nouns, _ in kinds))
    if not nouns:
        return False
    if (before := _LAST_WORD.search(text, max(0, start - 20), start)) \
            and before.group(1).casefold() in nouns:
        return True
    following = _WORD.finditer(text, end, min(len(text), end + 40))
    words: list[str] = []
    last = end
    for m in following:
        if text[last:m.start()].strip(" -"):
            break  # a comma or other mark ends the phrase
        words.append(m.group().casefold())
        last = m.end()
        if len(words) == 2:
            break
    if not words or text[end:end + 2] in ("'s", "’s"):
        return False
    return words[0] in nouns or (len(words) == 2 and any(words[0] in between and words[1] in kind_nouns
                                                         for kind_nouns, between in kinds))
