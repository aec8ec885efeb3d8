"""Words that say how a statistic is taken ('average', 'rate', 'total'), not what it measures.

A publisher may name a column by such a word alone; a sentence that also names its measure
('inflation', 'CO2 emissions') is about that measure. The words are data
(``generic_measure_words`` in ``workbench/data/lexicon.json``).
"""

from __future__ import annotations

from ..numbers import lexicon
from ..text import token_set

_ENTRY = lexicon().get("generic_measure_words", {})
# Folded the way text and metric names are (plurals, synonyms: 'mean' is 'average').
GENERIC: frozenset[str] = frozenset().union(*(token_set(w) for w in _ENTRY.get("words", [])))
# How much a generic word counts, against a word that names a measure.
GENERIC_WEIGHT: float = float(_ENTRY.get("weight", 0.25))


def is_generic(token: str) -> bool:
    return token in GENERIC

