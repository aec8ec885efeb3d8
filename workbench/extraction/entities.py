"""The places and organisations a sentence is about: named in it, in its paragraph, or in the draft."""

from __future__ import annotations

import bisect
import re
from typing import Any, Final

from .. import units
from ..gazetteer import Entity, Gazetteer
from ..structure import PARAGRAPH_BREAK, plain_row_at, plain_tables, table_row_starts, table_start
from .sentences import Sentence
from . import scanbytes
from .vocabulary import PREFIXES, SUFFIXES

_CURRENCY_NAME_AT: Final = re.compile(f"{SUFFIXES}|{PREFIXES}")  # a unit form starting here ("US dollars")


class EntityReader:
    """Gazetteer mentions found in one pass over the draft, then looked up by offset."""

    def __init__(self, prose: str, body_start: int, gazetteer: Gazetteer, names_written: bool = True) -> None:
        """``names_written``: False when the caller knows no gazetteer name is written in the body
        (``names_written_in``), so its mentions are not looked for."""
        self.prose = prose
        self.body_start = body_start
        self.gazetteer = gazetteer
        self.names_written = names_written
        self._main: list[str] | None = None
        self._break_starts: list[int] | None = None  # the paragraph breaks (``structure.paragraph_breaks``)
        self._break_ends: list[int] = []
        self._mentions: list[tuple[int, int, Entity]] | None = None
        self._mention_starts: list[int] = []
        self._paragraph_entities: dict[tuple[int, int], list[str]] = {}

    def of(self, sentence: Sentence) -> list[str]:
        """Entities named in the sentence; else in its paragraph; else the draft's main countries.

        A sentence like "Bilateral trade rose by 10%" names no country; the paragraph or the
        draft as a whole says which ones it is about. The list is the sentence's own, shared by
        its claims: each claim's validation copies it.
        """
        if sentence.entities is None:
            if not (self._mentions if self._mentions is not None else self._all_mentions()):
                sentence.entities = []  # a text naming no place: no sentence, paragraph or draft names one
                return sentence.entities
            found = self._between(sentence.start, sentence.end)
            if not found:
                paragraph = self._paragraph_around(sentence.start)
                table = table_start(self.prose, sentence.start, paragraph[0])
                if table is not None:
                    # a table's row names its own record: only the text before the table speaks for it,
                    # never another row, nor the draft's countries where other rows name their own;
                    # a table none of whose rows names a place ('| 2020 | 5.4 |', or countries as column
                    # headers) is about its header's, its paragraph's or the draft's places
                    before = self._between(paragraph[0], table) if table > paragraph[0] else []
                    if before or self._rows_name_places(table, paragraph[1]):
                        sentence.entities = before
                        return sentence.entities
                if paragraph not in self._paragraph_entities:
                    self._paragraph_entities[paragraph] = self._between(*paragraph)
                found = self._paragraph_entities[paragraph]
            sentence.entities = found or (self._main if self._main is not None else self._main_countries())
        return sentence.entities

    def _rows_name_places(self, table: int, end: int) -> bool:
        """Whether a body row of the table starting at ``table`` (before ``end``) names a place."""
        rows = table_row_starts(self.prose, table)
        return bool(rows) and rows[0] < end and bool(self._between(rows[0], end))

    def _all_mentions(self) -> list[tuple[int, int, Entity]]:
        """Every gazetteer mention in the draft.

        A name that only opens a currency's name ("US dollars", "Kazakh tenge") is the unit's,
        not a mention of the country.
        """
        if self._mentions is None:
            body = self.body_start
            mentions = find_mentions(self.gazetteer, self.prose[body:]) if self.names_written else []
            self._mentions = [(start, end, entity) for start, end, entity in mentions
                              if not self._opens_currency_name(start + body, end + body)]
            shouted = self._upper_case_row_labels(body)
            if shouted:
                self._mentions = sorted(self._mentions + shouted, key=lambda mention: mention[0])
            self._mention_starts = [start + body for start, _, _ in self._mentions]
        return self._mentions

    def _upper_case_row_labels(self, body: int) -> list[tuple[int, int, Entity]]:
        """Places named in capitals by the labels of plain-text tables' rows ('SOUTH AFRICA RAND 18.45'),
        as statistical releases print them; the gazetteer reads names as prose writes them."""
        found: list[tuple[int, int, Entity]] = []
        for _, _, _, rows in plain_tables(self.prose):
            for row in rows:
                if row < body:
                    continue
                figures = plain_row_at(self.prose, row)
                if figures is None or not figures.cells:
                    continue
                label = self.prose[row:row + figures.cells[0][0]]
                found += [(row - body + start, row - body + end, entity)
                          for start, end, entity in self.gazetteer.find_in_capitals(label)]
        return found

    def _opens_currency_name(self, start: int, end: int) -> bool:
        found = _CURRENCY_NAME_AT.match(self.prose, start)
        if found is None or found.end() <= end:
            return False
        unit = units.canonical_unit(found.group())
        return unit is not None and units.is_money(unit)

    def _between(self, start: int, end: int) -> list[str]:
        mentions = self._mentions if self._mentions is not None else self._all_mentions()
        first = bisect.bisect_left(self._mention_starts, start)
        seen: dict[str, None] = {}
        for i in range(first, len(mentions)):
            if self._mention_starts[i] + mentions[i][1] - mentions[i][0] > end:
                break
            seen.setdefault(mentions[i][2].name, None)
        return list(seen)

    def _paragraph_around(self, offset: int) -> tuple[int, int]:
        """``structure.paragraph_around`` on offsets kept in two lists: no ``Span`` made per break
        of the draft and per sentence asked about (tested against it)."""
        if self._break_starts is None:
            breaks = [m.span() for m in PARAGRAPH_BREAK.finditer(self.prose, self.body_start)]
            self._break_starts = [start for start, _ in breaks]
            self._break_ends = [end for _, end in breaks]
        index = bisect.bisect_right(self._break_starts, offset)
        begin = self._break_ends[index - 1] if index > 0 else self.body_start
        end = self._break_starts[index] if index < len(self._break_starts) else len(self.prose)
        return begin, end

    def _main_countries(self) -> list[str]:
        """The (up to two) countries the draft names most often, each at least twice."""
        if self._main is None:
            counts: dict[str, int] = {}
            for _, _, entity in self._all_mentions():
                if entity.type == "country":
                    counts[entity.name] = counts.get(entity.name, 0) + 1
            ranked = sorted(counts.items(), key=lambda item: -item[1])
            self._main = [name for name, count in ranked[:2] if count >= 2]
        return self._main


def find_mentions(gazetteer: Gazetteer, text: str, on_re2: bool | None = None) -> list[tuple[int, int, Entity]]:
    """``gazetteer.find(text)``; on a text RE2 pays for (``scanbytes.re2_pays``: a long text, or any but a
    line once the process has scanned ``RE2_FROM`` characters, as the candidate scan decides; or with
    ``on_re2``), each of its patterns tried only where one of its names starts.

    ``re`` tests every character of the draft against the names' first letters and tries the
    names at every capital; RE2 (google-re2) finds where any name is written, in one pass of its
    automaton, and the gazetteer's own pattern (with its tests of the characters around a name)
    is tried there alone. Every place the pattern can match is a place some name starts, so the
    matches are ``finditer``'s (tested against ``Gazetteer.find``).
    """
    if not (scanbytes.re2_pays(len(text)) if on_re2 is None else on_re2):
        return gazetteer.find(text)
    patterns = gazetteer._patterns
    spotters = _spotters(gazetteer)
    if spotters is None:  # pragma: no cover — google-re2 is a dependency
        return gazetteer.find(text)
    data = text.encode("utf-8")
    return gazetteer.longest_mentions(m for p, spot in zip(patterns, spotters) for m in _spotted(p, spot, text, data))


def names_written_in(gazetteer: Gazetteer, texts: list[str]) -> list[bool]:
    """Whether any of the gazetteer's names is written in each text, for a stream of short texts
    (``parallel.read_many``) whose ``find_mentions`` would each make one RE2 call per spotter that finds nothing:
    here the texts are joined by ``scanbytes.TEXT_JOIN`` and each spotter runs once over them all. A text none of whose
    span the spotters' matches touch holds no mention: every mention starts where a name is written, and a
    match, holding no ``scanbytes.TEXT_JOIN``, that hides a later name's start inside it starts in the same text. True for
    every text where google-re2 is missing."""
    spotters = _spotters(gazetteer)
    if spotters is None or not texts:  # pragma: no cover — google-re2 is a dependency
        return [True] * len(texts)
    data, starts = scanbytes.joined_copy(texts, scanbytes.TEXT_JOIN, _utf8)
    hits: list[int] = []
    size = len(data)
    for spot in spotters:
        match, unanchored = scanbytes.span_match(spot)
        pos = 0
        while True:
            start, end = match(unanchored, data, pos, size)[0]
            if start < 0:
                break
            hits.append(start)
            pos = max(end, start + 1)
    hits.sort()
    written: list[bool] = []
    ends = [*starts[1:], size + 1]  # each text's copy ends one before the next one starts
    next_hit = 0
    for start, end in zip(starts, ends):
        while next_hit < len(hits) and hits[next_hit] < start:
            next_hit += 1
        written.append(next_hit < len(hits) and hits[next_hit] < end - 1)
    return written


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def _spotted(pattern: re.Pattern[str], spot: Any, text: str, data: bytes) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``spot`` (RE2 over ``data``, ``text`` in UTF-8) finds a name."""
    match, unanchored = scanbytes.span_match(spot)
    ascii_only = len(data) == len(text)
    size = len(data)
    found: list[re.Match[str]] = []
    byte, char = 0, 0  # a position in both encodings, moved forward only
    while True:
        start = match(unanchored, data, byte, size)[0][0]
        if start < 0:
            return found
        char += start - byte if ascii_only else len(data[byte:start].decode("utf-8"))
        m = pattern.match(text, char)
        after = m.end() if m is not None else char + 1
        if m is not None:
            found.append(m)
        byte = start + (after - char if ascii_only else len(text[char:after].encode("utf-8")))
        char = after


_SPOTTERS: dict[int, tuple[Gazetteer, list[Any] | None]] = {}


def _spotters(gazetteer: Gazetteer) -> list[Any] | None:
    """One RE2 alternation of the names of each of the gazetteer's patterns (kept for the last few gazetteers)."""
    kept = _SPOTTERS.get(id(gazetteer))
    if kept is not None and kept[0] is gazetteer:
        return kept[1]
    names = [[s for s in gazetteer.forms if not s[0].islower()], [s for s in gazetteer.forms if s[0].islower()]]
    spotters = [scanbytes.compile_spotter([n for n in group]) for group in names if group]
    result = None if any(s is None for s in spotters) else spotters
    if len(_SPOTTERS) >= 8:
        _SPOTTERS.clear()
    _SPOTTERS[id(gazetteer)] = (gazetteer, result)
    return result
