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

_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SMALL = 3  # letters: 'of', 'the', 'and' stay lower case in title case too


def in_proper_name(text: str, start: int, end: int, places_at: frozenset[int] = frozenset()) -> bool:
    """The mention ``text[start:end]`` is a capitalised word of a longer capitalised name (the next
    word not a place: ``places_at`` holds where the text's place mentions start)."""
    if not text[start:end][:1].isupper():
        return False
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.start(1) not in places_at and not _title_case(text)


def _title_case(text: str) -> bool:
    """No longer word of the text starts in lower case: a headline set in title case."""
    return not any(w[0].islower() for w in _WORD.findall(text) if len(w) > _SMALL)
