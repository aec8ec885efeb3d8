"""Numbers read as quantities that place or name things instead: ages ("aged 65 or over",
"under the age of 15", "65 and older"), ranks at the head of a list line ("102 Fertility Rate
Kazakhstan 2.31": 102 is the rank, 2.31 the value) and model names ("iPhone 15"). The words are
in ``workbench/data/nonclaims.json``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..numbers import alternation, data_json

if TYPE_CHECKING:
    from .quantities import Quantity


def nonclaim_words() -> dict[str, Any]:
    return data_json("nonclaims.json")


_WORDS = nonclaim_words()
# "aged 65", and the second age of "ages of 15 and 24" / "aged 15-24".
_AGE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{alternation(_WORDS['age_cues_before'])})\s*(?:\d{{1,3}}\s*(?:and|to|-|–)\s*)?\Z", re.I)
_AGE_AFTER = re.compile(rf"[\s-]*(?:{alternation(_WORDS['age_words_after'])})(?![\w])", re.I)
_AGE_SUBJECTS = frozenset(_WORDS["age_subjects"])
# A line that opens with the figure (after list or table markers)…
_LINE_OPENING = re.compile(r"(?:\A|\n)[ \t|*#>+-]*\Z")
# …and goes on with capitalised words, then another figure: a ranked list's line.
_RANKED_REST = re.compile(r"[ \t|]+[A-Z][\w'’.,()-]*(?:[ \t|]+[A-Z(&][\w'’.,()&-]*)*[ \t|]+[-−]?\d")
_CAMEL_NAME_BEFORE = re.compile(r"(?:\A|\s)[a-z]+[A-Z][\w-]*[ \t]\Z")  # "iPhone 15", "eBay 2"


class NonClaims:
    """Tells which read quantities are ages, ranks or names, from the prose around them."""

    def __init__(self, prose: str) -> None:
        self.prose = prose

    def rejects(self, q: Quantity) -> bool:
        if q.unit != "":
            return False
        return self._age(q) or self._rank(q) or self._model_name(q)

    def _age(self, q: Quantity) -> bool:
        before = self.prose[max(0, q.left_end - 40):q.left_end]
        if _AGE_BEFORE.search(before):
            return True
        if _AGE_AFTER.match(self.prose, q.end):
            return q.subject is None or q.subject.split()[0].lower() in _AGE_SUBJECTS or q.qualifier.value != "exact"
        return False

    def _rank(self, q: Quantity) -> bool:
        if q.value != int(q.value) or q.value_high is not None:
            return False
        if not _LINE_OPENING.search(self.prose, max(0, q.left_end - 12), q.left_end):
            return False
        return bool(_RANKED_REST.match(self.prose, q.end, min(len(self.prose), q.end + 160)))

    def _model_name(self, q: Quantity) -> bool:
        return bool(_CAMEL_NAME_BEFORE.search(self.prose, max(0, q.start - 30), q.start))
