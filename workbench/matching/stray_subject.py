"""A subject that names nothing counted: a participle with its object after it ('placing it', 'making
an increase'), a rank ('second', 'fifth-largest'), a record's word ('a new record of') or the manner of a
move ('eased notably from'). The words are data (``data/stray_subjects.json``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Claim
from ..numbers import data_json

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    d = data_json("stray_subjects.json")
    return (tuple(d["participle_endings"]), frozenset(w.casefold() for w in d["object_words"]),
            frozenset(w.casefold() for w in d["rank_words"]),
            frozenset(w.casefold() for w in [*d["record_words"], *d["adverbs"]]),
            frozenset(w.casefold() for w in d["articles"]))


def stray_subject(claim: Claim) -> bool:
    """``claim.subject`` is one word that counts nothing: a rank, a record's word, a move's manner, or a
    participle whose object follows it in the sentence."""
    subject = (claim.subject or "").strip()
    endings, objects, ranks, records, articles = _words()
    words = subject.casefold().split()
    if len(words) > 1 and all(w in records or w in articles for w in words):
        return True  # 'a new all-time record', 'fresh record': what the figure beats, not what it counts
    if not subject or not _WORD.fullmatch(subject):
        return False
    parts = subject.casefold().split("-")
    if all(p in ranks for p in parts) or subject.casefold() in records:
        return True
    if not subject.casefold().endswith(endings):
        return False
    after = _word_after(claim.sentence, subject)
    return after is not None and after.casefold() in objects


def _word_after(sentence: str, word: str) -> str | None:
    """The word right after the first ``word`` (any case, starting a word) that has one after it."""
    low, key = _folded(sentence), _folded(word)
    at = low.find(key)
    while at >= 0:
        if not at or not (low[at - 1].isalnum() or low[at - 1] == "_"):
            found = _NEXT_WORD.match(sentence, at + len(key))
            if found:
                return found.group(1)
        at = low.find(key, at + 1)
    return None


def _folded(text: str) -> str:
    """``text`` case-folded letter for letter, as the regex module folds case ('ſ' as 's'; 'ß' and 'İ',
    whose folds are longer, keep their places), so offsets carry over."""
    folded = text.casefold()
    return folded if len(folded) == len(text) else "".join(c if len(c.casefold()) != 1 else c.casefold() for c in text)
