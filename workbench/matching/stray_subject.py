"""A subject that names nothing counted: a participle with its object after it ('placing it', 'making
an increase') or a rank ('second', 'fifth-largest'). The words are data (``data/stray_subjects.json``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Claim
from ..numbers import data_json

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    d = data_json("stray_subjects.json")
    return (tuple(d["participle_endings"]), frozenset(w.casefold() for w in d["object_words"]),
            frozenset(w.casefold() for w in d["rank_words"]))


def stray_subject(claim: Claim) -> bool:
    """``claim.subject`` is one word that counts nothing: a rank, or a participle whose object follows it
    in the sentence."""
    subject = (claim.subject or "").strip()
    if not subject or not _WORD.fullmatch(subject):
        return False
    endings, objects, ranks = _words()
    parts = subject.casefold().split("-")
    if all(p in ranks for p in parts):
        return True
    if not subject.casefold().endswith(endings) or " " in subject:
        return False
    found = re.search(rf"\b{re.escape(subject)}\s+([^\W\d_]+)", claim.sentence, re.IGNORECASE)
    return found is not None and found.group(1).casefold() in objects
