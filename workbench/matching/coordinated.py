"""'followed by Mali and Senegal with 9.7 %', '9.7 % in Mali and Senegal': one figure said of two or
more places joined by 'and'.
The figure is each place's, so the whole group is the place the sentence names for it, in the order
written, not only the mention nearest the figure. A 'respectively' list pairs places with figures one
by one instead (``respective``), and a list of places each with its own figure is read by ``_list_side``."""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import alternation, lexicon
from ..text import WORD, lemma

Spot = tuple[int, str, frozenset[str]]


@lru_cache(maxsize=2)
def _joined(commas: bool = False) -> re.Pattern[str]:
    """A place's name (group 'name': any words, ``joins`` checks they are the place's own), a joiner
    ('and', '&'; with ``commas`` a comma too, 'A, B and C'), and a filler or two ('the', 'by') before
    the next place."""
    joiners = alternation(lexicon()["place_group_joiners"], flexible_space=False)
    fillers = alternation(lexicon()["place_group_fillers"], flexible_space=False)
    joint = rf"\s*,\s*(?:(?:{joiners})\s+)?|\s*(?:{joiners})\s+" if commas else rf"\s*(?:{joiners})\s+"
    return re.compile(rf"(?P<name>(?:[^\W\d_]+[\s'’.-]*){{1,8}}?)(?:{joint})(?:(?:{fillers})\s+){{0,2}}",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _name_links() -> frozenset[str]:
    """Joiners and fillers: words a place's name may hold ('Republic of Korea', 'Sao Tome and Principe')."""
    lex = lexicon()
    return frozenset(w for link in [*lex["place_group_joiners"], *lex["place_group_fillers"]] for w in link.lower().split())


def _own_word(word: str, own: frozenset[str]) -> bool:
    """``word`` belongs to a place's name: one of its words, a link, or a letter ('Cote d'Ivoire')."""
    return len(word) == 1 or word.lower() in _name_links() or lemma(word) in own


def joins(text: str, start: int, end: int, own: frozenset[str], commas: bool = False) -> bool:
    """The place named at ``start`` (its words among ``own``) and the one at ``end`` are joined as one
    group or list: only the first's own words and a joiner stand between them, no verb or clause
    ('Kenya rose sharply and Peru …' joins nothing). The one definition of places joined in a list:
    a group said one figure (here) and the list a run of figures pairs with (``respective``)."""
    found = _joined(commas).fullmatch(text, start, end)
    return found is not None and all(_own_word(w, own) for w in WORD.findall(found.group("name")))


@lru_cache(maxsize=1)
def _phrase_end() -> re.Pattern[str]:
    """What may follow the last place of a group said after its figure ('8.3 % in Chile and Peru in 2022'):
    the sentence's end, a mark (not the apostrophe of 'Peru's'), a figure, or a word that joins another
    place or opens a period; anything else starts the place's own clause ('… and in Kenya it was higher')."""
    lex = lexicon()
    words = [*lex["place_group_joiners"], *lex["place_group_fillers"], *lex["place_group_closers"], *lex["month_prepositions"],
             *(w for w in lex["period_openers"] if w), *lex["relative_years"]]
    return re.compile(rf"\s*(?:$|[^\w\s'’]|\d|(?:{alternation(words, flexible_space=False)})(?!\w))", re.IGNORECASE)


def _ends_phrase(text: str, at: int, own: frozenset[str]) -> bool:
    """The place named at ``at`` (its words among ``own``) ends its phrase: see ``_phrase_end``."""
    end = at
    for word in WORD.finditer(text, at):
        own_word = len(word.group()) == 1 or lemma(word.group()) in own  # 'Cote d'Ivoire', not 'Peru's' own clause
        if word.start() != end and text[end:word.start()].strip(" '’.-") or not own_word:
            break
        end = word.end()
    return _phrase_end().match(text, end) is not None


def coordinated_start(text: str, at: int, found: list[Spot], values: set[str], words: set[str],
                      names: frozenset[str] = frozenset()) -> int | None:
    """The start of the first place of the group joined by 'and' that ends with the mention at ``at``,
    adding the group's other places to ``values`` and their words to ``words``; None when the mention
    at ``at`` stands alone."""
    first = None
    while True:
        earlier = [s for s in found if s[0] < at and s[1] not in values]
        if not earlier:
            break
        start = max(s[0] for s in earlier)
        if not joins(text, start, at, names.union(*(s[2] for s in earlier if s[0] == start))):
            break
        for pos, value, phrase in earlier:
            if pos == start:
                values.add(value)
                words.update(phrase)
        first = at = start
    return first


def coordinated_after(text: str, at: int, found: list[Spot], values: set[str], words: set[str],
                      names: frozenset[str] = frozenset()) -> bool:
    """Add to ``values`` and ``words`` the places joined by 'and' after the mention at ``at`` ('9.7 % in
    Mali and Senegal'); whether there was any."""
    grew = False
    while True:
        later = [s for s in found if s[0] > at and s[1] not in values]
        if not later:
            return grew
        start = min(s[0] for s in later)
        own = names.union(*(s[2] for s in found if s[0] == at))
        if not joins(text, at, start, own) \
                or not _ends_phrase(text, start, names.union(*(s[2] for s in later if s[0] == start))):
            return grew
        for pos, value, phrase in later:
            if pos == start:
                values.add(value)
                words.update(phrase)
        grew = True
        at = start
