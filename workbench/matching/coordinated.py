"""'followed by Mali and Senegal with 9.7 %', '9.7 % in Mali and Senegal', 'Mali, Niger and Senegal
with 9.7 %': one figure said of two or more places joined by 'and', or listed with commas before the
'and' that closes the list.
The figure is each place's, so the whole group is the place the sentence names for it, in the order
written, not only the mention nearest the figure. A 'respectively' list pairs places with figures one
by one instead (``respective``), and a list of places each with its own figure is read by ``_list_side``.
A comma alone joins nothing: 'in Kenya, and Chile and Peru followed' opens a new clause after Kenya,
so a comma joins only inside a list that an 'and' closes ('A, B and C', 'A, B, and C')."""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import alternation, lexicon
from ..text import WORD, lemma

Spot = tuple[int, str, frozenset[str]]

_AND, _COMMA, _COMMA_AND = "and", "comma", "comma and"


@lru_cache(maxsize=1)
def _joins() -> dict[str, re.Pattern[str]]:
    """A place's name (group 'name': any words, ``_join`` checks they are the place's own), then a joiner
    ('and', '&'), a comma, or a comma and a joiner, and a filler or two ('the', 'by') before the next place."""
    joiners = alternation(lexicon()["place_group_joiners"], flexible_space=False)
    fillers = alternation(lexicon()["place_group_fillers"], flexible_space=False)
    # up to eight words, each run of letters whole: an optional separator inside a repeat would let a
    # failing match try every way of cutting one long word into pieces
    name = r"(?P<name>[^\W\d_]+(?:[\s'’.-]+[^\W\d_]+){0,7}?[\s'’.-]*?)"
    filled = rf"(?:(?:{fillers})\s+){{0,2}}"
    return {kind: re.compile(name + sep + filled, re.IGNORECASE) for kind, sep in (
        (_AND, rf"\s*(?:{joiners})\s+"), (_COMMA, r"\s*,\s*"), (_COMMA_AND, rf"\s*,\s*(?:{joiners})\s+"))}


@lru_cache(maxsize=1)
def _name_links() -> frozenset[str]:
    """Joiners and fillers: words a place's name may hold ('Republic of Korea', 'Sao Tome and Principe')."""
    lex = lexicon()
    return frozenset(w for link in [*lex["place_group_joiners"], *lex["place_group_fillers"]] for w in link.lower().split())


def _own_word(word: str, own: frozenset[str]) -> bool:
    """``word`` belongs to a place's name: one of its words, a link, or a letter ('Cote d'Ivoire')."""
    return len(word) == 1 or word.lower() in _name_links() or lemma(word) in own


def _join(text: str, start: int, end: int, own: frozenset[str]) -> str | None:
    """How the place named at ``start`` (its words among ``own``) is joined to the one at ``end``: by
    'and', a comma, both, or not at all. Only the first's own words and the joint stand between them, no
    verb or clause ('Kenya rose sharply and Peru …' joins nothing)."""
    for kind, pattern in _joins().items():
        found = pattern.fullmatch(text, start, end)
        if found is not None and all(_own_word(w, own) for w in WORD.findall(found.group("name"))):
            return kind
    return None


def joins(text: str, start: int, end: int, own: frozenset[str], commas: bool = False) -> bool:
    """The place named at ``start`` (its words among ``own``) and the one at ``end`` are joined: by 'and',
    or with ``commas`` by a comma too. The one definition of places joined in a list: a group said one
    figure (here) and the list a run of figures pairs with (``respective``)."""
    kind = _join(text, start, end, own)
    return kind == _AND or commas and kind is not None


@lru_cache(maxsize=1)
def _phrase_end() -> re.Pattern[str]:
    """What may follow a place of a group said after its figure ('8.3 % in Chile and Peru in 2022'):
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


def _words_at(found: list[Spot], at: int) -> frozenset[str]:
    return frozenset().union(*(s[2] for s in found if s[0] == at))


def _chain(text: str, at: int, found: list[Spot], values: set[str], names: frozenset[str],
           forward: bool) -> list[tuple[str, int]]:
    """The joins (kind, the next place's start) from the mention at ``at``, outward, until a gap joins
    nothing; after the figure each place joined must end its phrase."""
    chain: list[tuple[str, int]] = []
    seen = set(values)
    while True:
        beyond = [s for s in found if (s[0] > at if forward else s[0] < at) and s[1] not in seen]
        if not beyond:
            return chain
        start = min(s[0] for s in beyond) if forward else max(s[0] for s in beyond)
        if forward:
            kind = _join(text, at, start, names | _words_at(found, at))
            if kind is not None and not _ends_phrase(text, start, names | _words_at(found, start)):
                kind = None
        else:
            kind = _join(text, start, at, names | _words_at(found, start))
        if kind is None:
            return chain
        chain.append((kind, start))
        seen.update(s[1] for s in beyond if s[0] == start)
        at = start


def _list_length(kinds: list[str]) -> int:
    """How many joins of ``kinds`` (in text order) make one group: 'and' joins; a comma joins only
    inside a list an 'and' closes; a comma and 'and' ends a list only after a comma ('A, B, and C')."""
    kept = 0
    for i, kind in enumerate(kinds):
        if kind == _AND or (kind == _COMMA_AND and _COMMA in kinds[:i]):
            kept = i + 1
        elif kind == _COMMA_AND:
            break
    return kept


def _take(found: list[Spot], joined: list[tuple[str, int]], values: set[str], words: set[str]) -> None:
    for _, start in joined:
        for pos, value, phrase in found:
            if pos == start:
                values.add(value)
                words.update(phrase)


def coordinated_start(text: str, at: int, found: list[Spot], values: set[str], words: set[str],
                      names: frozenset[str] = frozenset()) -> int | None:
    """The start of the first place of the group joined by 'and' (and the commas of its list) that ends
    with the mention at ``at``, adding the group's other places to ``values`` and their words to
    ``words``; None when the mention at ``at`` stands alone. ``names``: words of the sentence's places."""
    chain = _chain(text, at, found, values, names, forward=False)  # nearest first: the list read backwards
    kinds = [kind for kind, _ in reversed(chain)]
    # read in text order, the joins that end at the mention: a comma list needs its closing 'and'
    kept = 0
    for n in range(1, len(kinds) + 1):
        if _list_length(kinds[-n:]) == n:
            kept = n
    if not kept:
        return None
    joined = chain[:kept]
    _take(found, joined, values, words)
    return joined[-1][1]


def coordinated_after(text: str, at: int, found: list[Spot], values: set[str], words: set[str],
                      names: frozenset[str] = frozenset()) -> bool:
    """Add to ``values`` and ``words`` the places joined by 'and' (and the commas of its list) after the
    mention at ``at`` ('9.7 % in Mali and Senegal', '… in Mali, Niger and Senegal'); whether there was any."""
    chain = _chain(text, at, found, values, names, forward=True)
    kept = _list_length([kind for kind, _ in chain])
    _take(found, chain[:kept], values, words)
    return kept > 0
