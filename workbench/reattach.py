"""Re-attaching reviewer decisions to the claims of an edited draft.

A reviewed claim keeps its decision when the draft changes around it. Matching is done in two
steps, both one-to-one:

1. **Same claim.** An old entry whose claim id still exists, with the same surface text and
   the same sentence (after normalisation), stays where it is: nothing to re-confirm.
2. **Same quantity in a similar sentence.** Every other reviewed entry is paired with a new
   claim that states the *same quantity* — equal value and unit (and upper end, for a range),
   or the same surface text such as "28.2 billion dollars" — inside a *similar sentence*.

Sentence similarity is the Jaccard index of the two sentences' word sets: lower-cased,
Unicode-normalised (NFKC), split on anything that is not a letter, digit, ``.`` or ``%``
inside a number, and without the claim's own surface words (which are equal by construction)::

    similarity = |words(a) ∩ words(b)| / |words(a) ∪ words(b)|

A pair counts when ``similarity >= SIMILARITY_THRESHOLD`` (0.5: at least half of all words the
two sentences use are shared, so a reworded or extended sentence still matches while an
unrelated sentence that happens to repeat a figure does not). All candidate pairs are ranked by
similarity (ties: the claim closest to the old position in the draft) and taken best first, so
each old entry and each new claim is used at most once.

3. **Only the number changed.** What is still unmatched is paired, the same way, with a claim
   worded the same around another figure — same unit, kind and qualifier, and the same surface
   once every digit run is read as one placeholder ("7 %" and "7.5 %", "28.2 billion dollars" and
   "28.4 billion dollars") — inside a sentence at least ``NUMBER_CHANGE_THRESHOLD`` (0.8) similar:
   an editor corrected the figure, and the reviewer should re-confirm the decision for it.

What is left unmatched is an orphan.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .models import Claim

SIMILARITY_THRESHOLD = 0.5
# Stricter than for the same quantity: a different figure is re-attached only inside what is
# plainly the same sentence, edited.
NUMBER_CHANGE_THRESHOLD = 0.8
_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")

_WORD = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+", re.UNICODE)


def sentence_words(sentence: str, drop: str = "") -> frozenset[str]:
    """The normalised word set of a sentence, without the words of ``drop`` (the claim surface)."""
    words = set(_WORD.findall(unicodedata.normalize("NFKC", sentence).casefold()))
    if drop:
        words -= set(_WORD.findall(unicodedata.normalize("NFKC", drop).casefold()))
    return frozenset(words)


def sentence_similarity(a: str, b: str, drop_a: str = "", drop_b: str = "") -> float:
    """Jaccard index of the two sentences' word sets (1.0 for two sentences of the same words)."""
    wa, wb = sentence_words(a, drop_a), sentence_words(b, drop_b)
    if not wa and not wb:
        return 1.0
    return len(wa & wb) / len(wa | wb)


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def same_quantity(old: Claim, new: Claim) -> bool:
    """Does ``new`` state the quantity ``old`` stated: equal value+unit, or the same surface?"""
    if _normal(old.text) == _normal(new.text):
        return True
    if old.unit != new.unit or not math.isclose(old.value, new.value, rel_tol=1e-9, abs_tol=1e-12):
        return False
    if (old.value_high is None) != (new.value_high is None):
        return False
    return old.value_high is None or math.isclose(old.value_high, new.value_high or 0.0, rel_tol=1e-9)


def shape(text: str) -> str:
    """A claim's surface with every number read as ``#``: "7.5 %" and "7 %" have the same shape."""
    return _DIGITS.sub("#", _normal(text))


def only_number_changed(old: Claim, new: Claim) -> bool:
    """Is ``new`` the same wording as ``old`` around a different figure (a corrected number)?"""
    return (old.unit == new.unit and old.kind == new.kind and old.qualifier == new.qualifier
            and (old.value_high is None) == (new.value_high is None)
            and shape(old.text) == shape(new.text) and not same_quantity(old, new))


def unchanged(old: Claim, new: Claim) -> bool:
    """Same id, same surface and same sentence: the edit did not touch this claim."""
    return old.id == new.id and _normal(old.text) == _normal(new.text) and _normal(old.sentence) == _normal(new.sentence)


@dataclass(frozen=True)
class Pairing:
    old_index: int  # into the ``old`` sequence
    new_index: int  # into the ``new`` sequence
    similarity: float
    number_changed: bool = False  # paired by wording around a corrected figure (step 3)


def _best_first(old: Sequence[Claim], new: Sequence[Claim], fits: Callable[[Claim, Claim], bool],
                threshold: float, used_old: set[int], used_new: set[int]) -> list[tuple[int, int, float]]:
    """One-to-one pairs among the unused claims that ``fits``, most similar sentence first."""
    old_span = max((c.end for c in old), default=1) or 1
    new_span = max((c.end for c in new), default=1) or 1
    candidates: list[tuple[float, float, int, int]] = []
    for i, o in enumerate(old):
        if i in used_old:
            continue
        for j, n in enumerate(new):
            if j in used_new or not fits(o, n):
                continue
            score = sentence_similarity(o.sentence, n.sentence, o.text, n.text)
            if score >= threshold:
                distance = abs(o.start / old_span - n.start / new_span)
                candidates.append((-score, distance, i, j))
    candidates.sort()
    pairs = []
    for neg_score, _distance, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j, round(-neg_score, 3)))
    return pairs


def pair_claims(old: Sequence[Claim], new: Sequence[Claim], threshold: float = SIMILARITY_THRESHOLD,
                number_threshold: float = NUMBER_CHANGE_THRESHOLD) -> list[Pairing]:
    """Pair old claims with new ones: the same quantity in a similar sentence first, then the same
    wording around a corrected figure in a very similar sentence; best first, one-to-one.

    ``old`` and ``new`` should already exclude claims matched by id (see ``unchanged``).
    """
    used_old: set[int] = set()
    used_new: set[int] = set()
    same = _best_first(old, new, same_quantity, threshold, used_old, used_new)
    changed = _best_first(old, new, only_number_changed, number_threshold, used_old, used_new)
    return ([Pairing(i, j, score) for i, j, score in same]
            + [Pairing(i, j, score, number_changed=True) for i, j, score in changed])
