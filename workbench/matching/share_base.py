"""'2.6 billion tons of carbon, 27 percent of the world's total, came from China': a country group named
as the whole of a share set off after another figure is the share's base, not the place the sentence's
figures are about: the country the sentence names, or the one before it ('the country'), is
(data/places.json ``share_base_before``).
A share that stands alone ('reached 3.8 % of world GDP') keeps its base: it is a share of that group."""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import alternation, data_json


@lru_cache(maxsize=2)
def _share_of(set_off: bool) -> re.Pattern[str] | None:
    """A share's figure ('%' or a word of share_base_before) and 'of (the)' at the end of a text; with
    ``set_off``, set off by a comma after another figure, two words ('some', 'about', 'which is', 'accounting
    for') at most before it."""
    rules = data_json("places.json")
    words = rules.get("share_base_before", ())
    if not words:
        return None
    opening = r",\s*(?:[^\W\d_]+\s+){0,2}" if set_off else ""
    # 'of the world's total', 'of total Middle East emissions': a determiner of the whole at most
    determiners = rules["share_base_determiners"]
    return re.compile(rf"{opening}\d[\d.,]*\s*(?:%|(?:{alternation(words, flexible_space=False)})\b)\s+of\s+"
                      rf"(?:(?:{alternation(determiners)})\s+)?\Z", re.IGNORECASE)


def _after_share(text: str, start: int, set_off: bool) -> bool:
    pattern = _share_of(set_off)
    return pattern is not None and pattern.search(text[max(0, start - 40):start]) is not None


def names_a_share_base(text: str, start: int) -> bool:
    """Whether the group named at ``text[start:]`` follows a share's figure set off by a comma and 'of'
    (', 27 percent of | the world's total', ', which is 15 % of | global emissions')."""
    return _after_share(text, start, set_off=True)


def base_of_an_earlier_share(text: str, start: int, claim_start: int) -> bool:
    """Whether the group named at ``text[start:]`` is the whole of a share named before a figure that
    follows it ('accounted for 21 % of | world emissions with 5.96 billion tons'): the share is taken of
    the group, the later figure is the sentence's subject's own, not the group's."""
    return start < claim_start and _after_share(text, start, set_off=False)


_NAME_END = re.compile(r"[\w'’.]*(?:\s+(?:of\s+)?[A-Z][\w'’.]*)*")  # the rest of a multi-word name


@lru_cache(maxsize=1)
def _described_after() -> re.Pattern[str] | None:
    words = data_json("places.json").get("described_place_after", ())
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*,?\s*(?:{alternation})\b", re.IGNORECASE)


def describes_itself_after(text: str, start: int) -> bool:
    """Whether the place named at ``text[start:]`` opens a clause about itself ('China, where emissions
    rose 9 %'): that clause's figures are its own, whatever word stands before it."""
    pattern = _described_after()
    if pattern is None:
        return False
    end = _NAME_END.match(text, start).end()
    return pattern.match(text, end) is not None
