"""Which figure of a sentence a series qualifier ('core', 'food', 'producer') or a basis ('from the previous month')
belongs to.

'The headline CPI rose 1.2 % while the core index rose 0.5 %': 'core' qualifies the figure after it,
not 1.2 %, whose own words name the series ('the headline CPI rose'). A sentence is read as segments,
each running from a link word (``series_clause_links``: 'while', 'whereas', 'and'…) or another figure
up to a figure; a qualifier outside a figure's segment is another figure's when the figure's own
segment names a series itself. Where it names none ('core inflation was 1.2 % in 2021 and 1.5 % in
2022') the qualifier is said of both figures: dropping it there would let the headline series pass a
core figure, a silent pass. A qualifier opening the words a figure counts, right after it ('12.7 million urban
residents, and 7.5 million people in rural areas'), is that figure's, whatever segment it stands in
(``counted_after_figure``).

A basis is said after its figure as often as before it: 'prices rose 0.4 % from the previous month and 6.6 % from a
year earlier'. One standing right after another figure, no link word nor figure between, is that figure's
(``trails_another_figure``); one before every figure of its clause ('On a monthly basis, …') is left to them all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ...patterns import YEAR_1800_TO_2099
from ...matching import ClaimContext, ResourceIndex
from ...matching.generic import is_generic
from ...numbers import lexicon
from ...text import token_set
from ..wording import find_any, normalized_offset

LINKS = tuple(lexicon()["series_clause_links"])
# 'between January 2024 and January 2023': the 'and' joins a span's ends, it opens no segment
_SPAN_PAIR = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, lexicon()['span_pair_openers']))})"
                        r"(?:\s+[^\s,;:()]+){1,5}?\s+(and)(?!\w)")
# A figure: a numeral that is not a bare year.
FIGURE_NOT_YEAR = re.compile(rf"(?<![\w.])(?!{YEAR_1800_TO_2099}(?!\d|[.,]\d))\d[\d.,]*")


def normalized_at(ctx: ClaimContext, offset: int) -> int:
    """Where ``offset`` of the claim's sentence falls in the normalized sentence that word lists are found in:
    counted through the sentence as written, since the blanks where ``sentence_text`` hides a place or an
    organisation ('the National Statistics Office of Georgia') are one space once normalized."""
    return normalized_offset(ctx.unmasked_text or ctx.sentence_text, offset)


def elsewhere(qualifier: re.Match[str], ctx: ClaimContext, text: str, resources: list[ResourceIndex],
              measure_terms: frozenset[str], phrases: tuple[str, ...] = ()) -> bool:
    """The qualifier (found in ``text``, the normalized sentence) belongs to another figure of the
    sentence: it stands outside the claim's segment, and that segment names a series of
    ``resources`` (or a word of ``measure_terms``) on its own. A link word inside one of ``phrases``
    ('food and energy') joins words, not clauses: no segment starts there."""
    claim_start, claim_end = normalized_at(ctx, ctx.claim_offset), normalized_at(ctx, ctx.claim_end)
    counted = counted_after_figure(text, qualifier.start(), claim_start, claim_end)
    if counted is not None:
        return not counted
    start, end = _segment(text, claim_start, claim_end, phrases)
    if start <= qualifier.start() < end:
        return False
    named = frozenset(t for r in resources for t in r.phrase_words if not is_generic(t)) | measure_terms
    if _segment_opens_in_aside(text, qualifier.end(), start, end, named):
        return False
    return bool(token_set(text[start:end]) & named)


# the end of a figure with its scale words and a bound written after it ('12 million 700 thousand or more '), right
# before the words it counts; a gloss of a language that writes its counted noun before the part counted ('483.3
# thousand people urban population', Kazakh 'мың адам қала тұрғындары') may stand between (lexicon counted_nouns)
_COUNTED_NOUNS = sorted({n for nouns in lexicon()["counted_nouns"].values() if isinstance(nouns, list) for n in nouns},
                        key=lambda n: (-len(n), n))
_FIGURE_THEN_GAP = re.compile(rf"\d(?:\s+(?:{'|'.join(map(re.escape, lexicon()['word_scales']))}))*"
                              rf"\s*(?:or\s+(?:{'|'.join(map(re.escape, lexicon()['or_qualifiers']))})\s+)?"
                              rf"(?:\s*(?:{'|'.join(map(re.escape, _COUNTED_NOUNS))})\s)?\s*$")
_COUNTED_REACH = 64  # a figure, its scale words and a bound: far more characters than any writes


def counted_after_figure(text: str, phrase_start: int, claim_start: int, claim_end: int) -> bool | None:
    """Whether the phrase at ``phrase_start`` of the normalized ``text`` opens the words a figure counts, right after
    it ('12.7 million urban residents, and 7.5 million people in rural areas'): True when that figure is the claim's
    (``claim_start`` to ``claim_end``), False when it is another's, None when no figure stands right before it.
    Segments run from a figure on to the next, so the noun counted after one figure opens the next one's segment:
    the figure it follows, not the segment, says whose it is."""
    if claim_end <= phrase_start and text[claim_end:phrase_start].strip() in _BOUNDS_AFTER_FIGURE:
        return True
    found = _FIGURE_THEN_GAP.search(text, max(0, phrase_start - _COUNTED_REACH), phrase_start)
    if found is None:
        return None
    numeral = _NUMERAL_ENDING.search(text, max(0, found.start() - _COUNTED_REACH), found.start() + 1)
    if numeral is None or _YEAR.fullmatch(numeral.group()):
        return None  # 'in 2022 urban residents numbered …': a year counts nothing
    return claim_start <= found.start() < claim_end


_NUMERAL_ENDING = re.compile(r"\d[\d.,]*$")
_YEAR = re.compile(YEAR_1800_TO_2099)
_BOUNDS_AFTER_FIGURE = frozenset(["", *(f"or {w}" for w in lexicon()["or_qualifiers"])])


def _segment_opens_in_aside(text: str, qualified: int, start: int, end: int, named: frozenset[str]) -> bool:
    """'core inflation, adjusted for seasonal swings and stripped of energy prices, was 0.8 %': the
    segment's link word stands inside an aside set off by commas right after the qualified series' name
    (the words from ``qualified`` to the comma are all of ``named``), with no other figure before the
    figure: the aside describes the series, and the prices it names are no series of the figure's own.
    'Core inflation was flat, and energy prices, …, rose 3 %' has words of its own before the comma."""
    opened = text.find(",", qualified, start)
    if opened < 0 or "," not in text[start:end]:
        return False
    series = token_set(text[qualified:opened])
    if not series or not series <= named:
        return False
    return FIGURE_NOT_YEAR.search(text, qualified, start) is None and \
        FIGURE_NOT_YEAR.search(text[start:end].rsplit(",", 1)[0]) is None


@lru_cache(maxsize=1024)
def _bounds(text: str, phrases: tuple[str, ...] = ()) -> tuple[tuple[int, int], ...]:
    """(start, end) of every link word and figure of the normalized sentence, in order; a link word
    inside one of ``phrases`` ('volatile food and energy prices') is none."""
    joined = [(m.start(), m.end()) for m in find_any(text, phrases)] if phrases else []
    joined += [(m.start(1), m.end(1)) for m in _SPAN_PAIR.finditer(text)]
    spans = [(m.start(), m.end()) for m in find_any(text, LINKS)
             if not any(left <= m.start() and m.end() <= right for left, right in joined)]
    spans += [(m.start(), m.end()) for m in FIGURE_NOT_YEAR.finditer(text)]
    return tuple(sorted(spans))


def _segment(text: str, claim_start: int, claim_end: int, phrases: tuple[str, ...] = ()) -> tuple[int, int]:
    """The claim's own segment: from the last link word or other figure before it to its end."""
    bounds = _bounds(text, phrases)
    # the last in order that ends by the claim's start: none after the last one starting by it can
    at = bisect_right(_bound_starts(text, phrases), claim_start)
    start = next((right for left, right in (bounds[i] for i in range(at - 1, -1, -1))
                  if right <= claim_start and not (left >= claim_start - 1 and right <= claim_end + 1)), 0)
    return start, max(claim_end, start)


@lru_cache(maxsize=1024)
def _bound_starts(text: str, phrases: tuple[str, ...] = ()) -> tuple[int, ...]:
    return tuple(left for left, _ in _bounds(text, phrases))


def segment_start(text: str, claim_start: int, claim_end: int, phrases: tuple[str, ...] = ()) -> int:
    """Where the claim's own segment of the normalized sentence ``text`` starts."""
    return _segment(text, claim_start, claim_end, phrases)[0]


def trails_another_figure(text: str, phrase_start: int, claim_start: int, claim_end: int) -> bool:
    """The phrase starting at ``phrase_start`` of the normalized text ``text`` (a sentence or a clause) stands right
    after a figure other than the claim's (from ``claim_start`` to ``claim_end`` in ``text``), no link word nor other
    figure between: it is said of that figure ('rose 0.4 % from the previous month and 6.6 % from October 2022': the
    month's base is the 0.4 %'s, not the 6.6 %'s)."""
    bounds = _bounds(text)
    at = bisect_right(_bound_starts(text), phrase_start)
    before = next(((left, right) for left, right in (bounds[i] for i in range(at - 1, -1, -1)) if right <= phrase_start),
                  None)
    if before is None:
        return False
    left, right = before
    if left >= claim_start - 1 and right <= claim_end + 1:
        return False  # the claim's own figure
    return text[left].isdigit()  # a figure, not a link word
