"""A country group's name inside the proper name of a publication or an organisation — 'BP's
Statistical Review of World Energy', 'the World Economic Outlook', 'Asia Development Forum' — names
that title, not the group: the figure's place is to be found elsewhere.

Told by capitals in running text: the group's name capitalised and the next word a capitalised
word of its own that is no place ('World Energy', not 'Europe Germany' nor the acronym in 'World
GDP'). A text set in title case (no longer word in lower case: a heading such as 'World Inflation
Hits a Record') is read as it stands, for there every word is capitalised.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import data_json, lexicon

_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SMALL = 3  # letters: 'of', 'the', 'and' stay lower case in title case too


def in_proper_name(text: str, start: int, end: int, places_at: frozenset[int] = frozenset()) -> bool:
    """The mention ``text[start:end]`` is a capitalised word of a longer capitalised name (the next
    word not a place: ``places_at`` holds where the text's place mentions start)."""
    if not text[start:end][:1].isupper():
        return False
    following = _NEXT_WORD.match(text, end)
    # a day after the name ('prices in Germany Tuesday') dates what is said, it is no word of the name
    return following is not None and following.start(1) not in places_at \
        and following.group(1) not in _weekdays() and not _title_case(text)


def _title_case(text: str) -> bool:
    """No longer word of the text starts in lower case: a headline set in title case."""
    return not any(w[0].islower() for w in _WORD.findall(text) if len(w) > _SMALL)


# A capitalised word (an acronym too), or a lower-case link inside a name ('Bureau of Statistics').
_NAME_WORD = re.compile(r"[^\W\d_][\w&-]*(?:[.’'][\w&-]+)*(?:['’]s?)?")
_LINKS = frozenset(lexicon()["proper_name_links"]) | frozenset(data_json("languages.json")["proper_name_links"]["words"])


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(lexicon()["organisation_heads"])


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    return frozenset(lexicon()["months"])


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    return frozenset(lexicon()["weekdays"])


def organisation_names(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes an organisation's proper name: two or more capitalised words (links such
    as 'of' between them) holding one of ``organisation_heads`` — 'the National Bureau of Statistics',
    'Ghana Statistical Service'. A possessive ends the name ('the Bureau of Labor Statistics' index').
    A text set in title case is read as it stands (every word of a heading is capitalised)."""
    if _title_case(text):
        return []
    out: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []  # the capitalised words of the current name, links between them kept out

    def close() -> None:
        if len(run) >= 2 and any(m.group().removesuffix("'s").removesuffix("’s").rstrip("'’") in _heads() or m.group() in _heads() for m in run):
            out.append((run[0].start(), run[-1].end()))
        run.clear()

    last_end = 0
    for m in _NAME_WORD.finditer(text):
        word = m.group()
        gap = text[last_end:m.start()]
        if run and gap.strip():  # punctuation between two words ends the name
            close()
        if word.lower() in _months() or word in _weekdays():
            close()  # a date ends a name: 'the World Bank October 2023 report', 'the Bank of Japan on Monday'
        elif word[0].isupper():
            run.append(m)
            if word.endswith(("'s", "’s", "'", "’")):
                close()
        elif word not in _LINKS or not run:
            close()
        last_end = m.end()
    close()
    return out
