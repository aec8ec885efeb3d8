"""'Rose from about 6.8 % to 8.0 %', 'grew from $260 billion to over $2 trillion': which end of a change
between two figures a figure stands as, read from the text of its clause before and after it. The one
reader of that shape, for extraction (which year a figure's period is) and for the verdicts (what an end
of a change is judged as). Other languages reach it through their gloss ('de … a', 'von … auf', 'с …
до' read as 'from … to': ``languages.json`` ``figure_ranges``)."""

from __future__ import annotations

import re
from typing import Literal

from .numbers import alternation, figure_lead_words, lexicon, scale_of
from .units import lookup_prefix, lookup_suffix

Side = Literal["from", "to"]

# 'from' right before the figure (a qualifier of the lexicon between allowed: 'from approximately 9.1
# million'; a name for the level, lexicon ``move_end_level_words``: 'from a high of 1.6 billion'), and a figure after a later 'to', in the same clause (a decimal point is no sentence end). A
# currency written before a figure ('to USD 51.7 billion', 'from Rs 24 billion') may stand between: a
# short word the units read as a currency sign (``_currency_or_none``).
_HEDGE = rf"(?:(?:{alternation(lexicon().get('move_end_level_words', []))})\s+)?{figure_lead_words()}(?:(?P<sign>[^\s\d]{{1,4}})\s?)?"
_CLAUSE = r"(?:[^;:.]|\.(?=\d))*"
_FROM = re.compile(rf"\bfrom\s+{_HEDGE}$", re.IGNORECASE)
# the 'to' figure in digits or in words ('from 1.5 ppm to more than two'; 'to one of the highest' is no figure)
_NUMBER_WORD = rf"(?:{alternation([*lexicon()['cardinals'], *lexicon()['tens']])})\b(?!\s+of\b)"
_TO_AFTER = re.compile(rf"^(?P<between>{_CLAUSE}?)\bto\s+{_HEDGE}(?:\d|{_NUMBER_WORD})", re.IGNORECASE)
_TO = re.compile(rf"\bto\s+{_HEDGE}$", re.IGNORECASE)
_FROM_BEFORE = re.compile(rf"\bfrom\s+{_HEDGE}\d(?P<between>{_CLAUSE})$", re.IGNORECASE)
# how far before a figure its 'from' or 'to' and the words qualifying it may stand (the patterns above end
# at the figure, so a longer stretch before it only costs time)
_LEAD_REACH = 80


def _currency_or_none(found: re.Match[str] | None) -> re.Match[str] | None:
    """The match, when what stands in its sign's place is a currency or nothing ('from the 24 …' is none)."""
    if found is None or found.group("sign") is None or lookup_prefix(found.group("sign")) is not None:
        return found
    return None


def move_end(before: str, after: str) -> tuple[Side, str] | None:
    """('from' or 'to', the text between the two figures of the change up to its 'to') when the figure
    between ``before`` and ``after`` (the text of its sentence on either side) stands as that end of a
    change in its clause; None otherwise."""
    lead = len(before) - _LEAD_REACH if len(before) > _LEAD_REACH else 0
    # Each pattern opens with its word, which no letter but ASCII ones matches caselessly: a stretch without the
    # word is not searched (most figures: the searches tried their word boundary at every character).
    lowered = before[lead:].lower()
    if "from" in lowered and _currency_or_none(_FROM.search(before, lead)) \
            and (to_after := _currency_or_none(_TO_AFTER.search(after))):
        return "from", to_after.group("between")
    to = _currency_or_none(_TO.search(before, lead)) if "to" in lowered else None
    if to and (from_before := _currency_or_none(_FROM_BEFORE.search(before, 0, to.start()))):
        return "to", from_before.group("between")
    return None


def move_end_side(before: str, after: str) -> Side | None:
    """'from' or 'to' when the figure between ``before`` and ``after`` stands as that end of a change."""
    end = move_end(before, after)
    return end[0] if end else None


# 'increased by 16 percent to 582 million tonnes', 'rose 2.5 points to 7.1 %', 'grew by 3 million tonnes to
# 40 million tonnes': the change's size (a currency before its digits, what it is written in after them, no
# other figure or clause mark between), then 'to' right before the figure: the level the change ended at
_SIZE_TO = re.compile(rf"(?:(?P<size_sign>[^\s\d]{{1,4}})\s?)?\d(?:[\d,]|\.(?=\d))*(?P<size_words>[^\d.,;:()]{{0,40}}?)"
                      rf"\s+to\s+{_HEDGE}$", re.IGNORECASE)
# how many words a unit the units read may be written with ('metric tons', 'barrels a day')
_UNIT_WORDS = 4


def after_change_size(before: str) -> bool:
    """Whether the figure after ``before`` is the level a change of a stated size ended at: 'by 16 percent
    to' right before it. Its 'from' is no figure of the text, so ``move_end`` does not read it; which period
    the level is of is the 'to' end's all the same."""
    found = _currency_or_none(_SIZE_TO.search(before, max(0, len(before) - _LEAD_REACH)))
    return found is not None and _a_size(found.group("size_sign"), found.group("size_words"))


def _a_size(sign: str | None, words: str) -> bool:
    """Whether a figure is a quantity, not a bare number ('aged 15 to 24'): a currency before its digits, or
    after them a scale (``lexicon.json``) or a unit ``units.json`` reads ('%', 'points', 'tonnes of CO2')."""
    tokens = words.split()
    scaled = bool(tokens) and scale_of(tokens[0]) is not None
    rest = tokens[1:] if scaled else tokens
    if any(lookup_suffix(" ".join(rest[:n])) is not None for n in range(min(len(rest), _UNIT_WORDS), 0, -1)):
        return True
    return scaled or (sign is not None and lookup_prefix(sign) is not None)
