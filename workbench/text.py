"""Shared text helpers: content words as stems, clause and context windows around an offset, and where a
figure's raw text stands in its sentence (``surface_at``, digits of every script read as ASCII ones).

Matching, consistency and the check read text through these, so that the data side (metric
names, dimension values) and the draft side are cut into words the same way. The stop words
are data (``matching_stopwords`` in ``workbench/data/lexicon.json``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate
from typing import Final

from .numbers import alternation, data_json, lexicon

# Function words, numbers and scale words carry no meaning for matching.
STOP_WORDS: Final = frozenset(lexicon()["matching_stopwords"])
SYNONYMS: Final = {k: v for k, v in lexicon().get("matching_synonyms", {}).items() if not k.startswith("_")}
WORD: Final = re.compile(r"[^\W_]+", re.UNICODE)
# a clause break; a figure's digit-group comma ('$12,919') is none
_CLAUSE_BREAK: Final = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]\u2013\u2014]|\s-\s")
# an abbreviation glossed in brackets ('carbon dioxide (CO2) emissions', 'output (GDP) grew') goes on with its clause
# an acronym's shape: a capital, then a second capital or a digit ('GDP', 'U.S.', 'CO2'), not a name ('Norway')
_ACRONYM_GLOSS: Final = r"(?=[A-Z][a-z.]{0,8}[A-Z0-9])[A-Z][A-Za-z0-9.]{1,9}"


def _unit_symbols() -> list[str]:
    """The unit symbols units.json lists with a capital and no second one in the acronym's place ('Gt', 'Bmt',
    'kWh'): glossed in brackets after the unit's words ('4.6 billion metric tons (Bmt) were emitted') they are an
    abbreviation too, however they are spelt. Symbols only as written; currencies are no unit glossed so."""
    tables = data_json("units.json")
    listed = (form for table in ("units", "scaled_units") for key, entry in tables[table].items()
              if not key.startswith("_") for field in ("symbols", "words") for form in entry.get(field, []))
    return sorted({form for form in listed if re.fullmatch(r"[A-Za-z]{2,5}", form) and re.search("[A-Z]", form)})


_ABBREVIATION_GLOSS: Final = re.compile(
    rf"\(\s*(?:{_ACRONYM_GLOSS}|(?:{alternation(_unit_symbols())})(?![A-Za-z0-9]))\s*\)")


# 'CO₂' in text is the 'CO2' of a column name
_SUBSCRIPT_DIGITS: Final = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


class _AsciiDigits(dict[int, int | str]):
    """``str.translate`` table: every decimal digit of another script as its ASCII digit, and the
    Arabic and full-width percent, decimal and group signs as ASCII ones — one character for one,
    so offsets hold. Filled per character met, not for all of Unicode up front."""

    def __missing__(self, code: int) -> int | str:
        digit = unicodedata.decimal(chr(code), None) if code > 127 else None
        self[code] = found = code if digit is None else str(digit)
        return found


_ASCII_DIGITS: Final = _AsciiDigits({ord("٪"): "%", ord("٫"): ".", ord("٬"): ",", ord("％"): "%", ord("．"): ".",
                              ord("，"): ","})


def with_ascii_digits(text: str) -> str:
    """``text`` with digits of every script, and the Arabic and full-width percent, decimal and group signs, as
    ASCII ones, one character for one: a claim's sentence is read so ('۶٫۱ درصد' in '… ۶٫۱ درصد …' is
    '6.1 درصد'), its surface kept as written."""
    return text if text.isascii() else text.translate(_ASCII_DIGITS)


def surface_at(sentence: str, surface: str) -> int:
    """Where a claim's ``surface`` stands in its ``sentence`` (its first occurrence; -1 if nowhere): a sentence is
    read with ASCII digits ('… 6.1 درصد …'), a surface kept as written ('۶٫۱ درصد'), one character for one."""
    at = sentence.find(surface)
    return at if at >= 0 or surface.isascii() else sentence.find(with_ascii_digits(surface))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A crude English stem, the same for data and text: plurals, -ment, -ed, -ly, -ing folded,
    nationality adjectives to their country (Russians → russia), -ise to -ize."""
    w = word.lower().translate(_SUBSCRIPT_DIGITS).replace("isation", "ization").replace("ised", "ized")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix, keep in (("ments", 5), ("ment", 4), ("edly", 5), ("ingly", 5), ("ing", 5), ("ly", 5),
                         ("ed", 4)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep and not w.endswith("eed"):
            w = w[: -len(suffix)]
            break
    if len(w) > 5 and w.endswith("ian"):
        w = w[:-1]  # russian → russia, indian → india
    elif len(w) > 6 and w.endswith("stani"):
        w = w[:-1]  # kazakhstani → kazakhstan
    return SYNONYMS.get(w, w)


def _is_content(word: str) -> bool:
    return len(word) > 1 and not word.isdigit() and word.lower() not in STOP_WORDS


def tokens(text: str | None) -> list[str]:
    """Content words of ``text`` as lemmas, in order."""
    if not text:
        return []
    return [lemma(w) for w in WORD.findall(text) if _is_content(w)]


@lru_cache(maxsize=8192)  # a draft's sentences, paragraphs and subjects are read for each of their claims
def token_set(text: str | None) -> frozenset[str]:
    return frozenset(tokens(text))


def token_set_before(text: str, offset: int) -> frozenset[str]:
    """``token_set(text[:offset])``, the text's words read once for every offset asked of it: the lemmas of the words
    that end by ``offset`` (a lemma counted from its first word on), and the piece of a word the cut runs through."""
    if offset < 0:
        return token_set(text[:offset])
    first_ends, lemmas, starts, ends = _words_in_order(text)
    words = lemmas[:bisect_right(first_ends, offset)]
    cut = bisect_left(starts, offset) - 1  # the last word starting before the cut
    if cut >= 0 and ends[cut] > offset and _is_content(piece := text[starts[cut]:offset]):
        return frozenset((*words, lemma(piece)))
    return frozenset(words)


@lru_cache(maxsize=256)  # every figure of a sentence asks for the words before it
def _words_in_order(text: str) -> tuple[tuple[int, ...], tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """Where each content lemma's first word ends, in order, and that lemma; where every word starts, and ends."""
    first_end: dict[str, int] = {}
    starts: list[int] = []
    ends: list[int] = []
    for m in WORD.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
        if _is_content(m.group()):
            first_end.setdefault(lemma(m.group()), m.end())
    ordered = sorted(first_end.items(), key=lambda item: item[1])
    return tuple(end for _, end in ordered), tuple(word for word, _ in ordered), tuple(starts), tuple(ends)


def token_positions(text: str) -> dict[str, list[int]]:
    """lemma → the offsets in ``text`` where a content word with that lemma starts."""
    positions: dict[str, list[int]] = defaultdict(list)
    for m in WORD.finditer(text):
        if _is_content(m.group()):
            positions[lemma(m.group())].append(m.start())
    return dict(positions)


def clause_break_between(sentence: str, start: int, end: int) -> bool:
    """A clause break (as ``clause_span`` reads them) stands between ``start`` and ``end``."""
    starts, ends = _clause_breaks(sentence)
    first = bisect_left(starts, start)  # breaks are apart: the first one from ``start`` ends first
    return first < len(starts) and ends[first] <= end


def word_clause_end(sentence: str, start: int) -> int:
    """Where the clause going on at ``start`` ends: the next clause break that is no digit group's comma,
    else the sentence's end."""
    starts, _ = _clause_breaks(sentence)
    following = bisect_left(starts, start)
    return starts[following] if following < len(starts) else len(sentence)


def clause_span(sentence: str, offset: int) -> tuple[int, int]:
    """(start, end) offsets of the clause around ``offset``: between the punctuation marks around it."""
    starts, ends = _clause_breaks(sentence)
    before = bisect_right(ends, offset)  # breaks are in order and apart: their ends ascend as their starts
    after = bisect_right(starts, offset)
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else len(sentence))


@lru_cache(maxsize=256)  # every figure of a sentence asks for its clause: the breaks are read once
def _clause_breaks(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of the sentence's clause breaks, in order."""
    if "(" in sentence:
        sentence = _ABBREVIATION_GLOSS.sub(lambda m: " " * len(m.group()), sentence)
    found = list(_CLAUSE_BREAK.finditer(sentence))
    return tuple(m.start() for m in found), tuple(m.end() for m in found)


# The claims of one sentence ask it the same questions: a question of the whole text is answered once
# per text (a sentence of a thousand figures would else be read a thousand times). Matches are shared.
@lru_cache(maxsize=1024)
def search_once(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, read once per text."""
    return pattern.search(text)


@lru_cache(maxsize=256)
def matches_once(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """Every match of ``pattern`` in ``text`` (``finditer``), read once per text."""
    return tuple(pattern.finditer(text))


# How far past where it starts a pattern reads (a figure's digits, its unit words, the look-ahead after them): the
# matches of a text cut at an offset are the whole text's but for those that near the cut, which are read again.
_CUT_REACH: Final = 160


def last_match_before(pattern: re.Pattern[str], text: str, offset: int) -> re.Match[str] | None:
    """The last match of ``pattern.finditer(text, 0, offset)`` (the text as if cut at ``offset``, look-arounds
    at the cut included), the matches of the whole text shared by every offset asked of it."""
    found, ends = matches_once(pattern, text), match_spans(pattern, text)[1]
    kept = bisect_right(ends, offset - _CUT_REACH)  # far enough from the cut to read the same in the cut text
    resume = max(ends[kept - 1] if kept else 0, offset - _CUT_REACH)
    if kept < len(found):
        resume = min(resume, found[kept].start())
    last = None
    for last in pattern.finditer(text, max(resume, 0), max(offset, 0)):
        pass
    return last if last is not None else (found[kept - 1] if kept else None)


def first_match_from(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """``pattern.search(text, pos)``, the matches of the whole text shared by every ``pos`` asked of it."""
    found = matches_once(pattern, text)
    starts, ends = match_spans(pattern, text)
    i = bisect_left(starts, pos)
    if i and ends[i - 1] > pos:  # a match of the whole text runs across ``pos``: a search from it reads anew
        return pattern.search(text, pos)
    return found[i] if i < len(found) else None


def first_match_between(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)`` (the text as if cut at ``endpos``, look-arounds at the cut included), the
    matches of the whole text shared by every cut asked of it: a match starting far enough before the cut reads
    there what the cut text holds, and nearer the cut the cut text is read."""
    first = first_match_from(pattern, text, pos)
    if first is not None and first.start() + _CUT_REACH <= endpos:
        return first
    return pattern.search(text, max(pos, endpos - _CUT_REACH), max(endpos, 0))


def matches_from(pattern: re.Pattern[str], text: str, pos: int) -> tuple[tuple[re.Match[str], ...], int]:
    """``pattern.finditer(text, pos)`` for a pattern that matches no empty text, the whole text's matches shared by
    every ``pos`` asked of it: the matches read anew while one of the whole text's runs across where the reading
    stands, and the index in ``matches_once(pattern, text)`` from which on the rest are the whole text's."""
    found = matches_once(pattern, text)
    starts, ends = match_spans(pattern, text)
    fresh: list[re.Match[str]] = []
    while True:
        i = bisect_left(starts, pos)
        if not (i and ends[i - 1] > pos):  # no match of the whole text runs across ``pos``: a search from it finds the next
            return tuple(fresh), i
        found_here = pattern.search(text, pos)
        if found_here is None:
            return tuple(fresh), len(found)
        fresh.append(found_here)
        pos = found_here.end()


@lru_cache(maxsize=256)
def match_spans(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each match of ``pattern`` in ``text`` starts, and where each ends, found once per text."""
    found = matches_once(pattern, text)
    return tuple(m.start() for m in found), tuple(m.end() for m in found)


def piece_before(mark: re.Pattern[str], text: str, offset: int) -> str:
    """``mark.split(text[:offset])[-1]`` for a ``mark`` of one character and no look-around ('[,;:()]'):
    the text from the last mark before ``offset`` on, the marks found once per text."""
    starts, ends = match_spans(mark, text)
    i = bisect_right(starts, offset - 1)
    return text[ends[i - 1] if i else 0:max(offset, 0)]


def piece_after(mark: re.Pattern[str], text: str, offset: int) -> str:
    """``mark.split(text[offset:])[0]`` for a ``mark`` of one character and no look-around: the text from
    ``offset`` up to the next mark."""
    starts, _ = match_spans(mark, text)
    i = bisect_left(starts, offset)
    return text[offset:starts[i] if i < len(starts) else len(text)]


def clause_around(sentence: str, offset: int) -> str:
    """The stretch of the sentence between the punctuation marks around ``offset``."""
    start, end = clause_span(sentence, offset)
    return sentence[start:end]


class SpanIndex:
    """Spans of a text, each question about them answered by bisection: a long paragraph's thousands of
    words and figures are each tested against thousands of spans, and a scan of every span per question
    made that quadratic (a page of Japanese or Chinese figures took minutes)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        # the furthest end among the spans that start at or before each one: what reaches a later offset
        self._reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span (s, e) has s < end and start < e, as a scan of ``any`` over them would say."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start

    def contains(self, start: int, end: int) -> bool:
        """Whether a span (s, e) has s <= start and end <= e."""
        before = bisect_right(self._starts, start)
        return before > 0 and self._reach[before - 1] >= end


class DisjointSpans:
    """Spans taken one by one, none overlapping another (a later, shorter pattern does not read what an
    earlier one read): asked by bisection whether a new span would overlap one already taken."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []  # disjoint spans in order of start end in that order too

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a taken span (s, e) has s < end and start < e."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._ends[before - 1] > start

    def take(self, start: int, end: int) -> None:
        """Take a span that overlaps none taken (``overlaps`` said so)."""
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
