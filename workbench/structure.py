"""Where the paragraphs and headings of a draft are: the one definition of each.

``Draft`` exposes these through cached properties (``Draft.paragraphs``, ``Draft.headings``,
``Draft.paragraph_at``, ``Draft.heading_for``, ``Draft.context_before``); the functions here
take a plain string so that code holding only text (suppression comments) reads it the same way.

- A paragraph break is a run of blank lines; a blank line holds nothing but spaces, tabs and
  the ``\\r`` of a CRLF line end.
- A heading is an ATX heading: up to three spaces, one to six ``#``, then a space or tab.
- A Markdown table's body row is a line holding a pipe after the table's separator row ('|---|---|',
  outer pipes optional), up to the first line without one; each row is one record.
- A list item opens with a Markdown marker (``-``, ``*``, ``+``, ``1.``) or with a bullet character a
  word processor or web page leaves in pasted text (``PASTED_BULLETS``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

# '•', '◦', '▪', '‣', '●': the bullets a list copied from a document or page keeps; each opens an item
PASTED_BULLETS = "\u2022\u25e6\u25aa\u2023\u25cf"
PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t\r]*\n)+")
_HEADING_MARK = r"[ \t]{0,3}(#{1,6})[ \t]"
HEADING_MARKER = re.compile("^" + _HEADING_MARK, re.M)  # the "## " before a heading's words
_HEADING_LINE = re.compile("^" + _HEADING_MARK + r"[ \t]*(.*)$", re.M)
_HEADING_LINE_AFTER_BREAK = re.compile(r"\n" + _HEADING_MARK + r"[ \t]*(.*)$", re.M)


@dataclass(frozen=True)
class Span:
    """``text[start:end]``."""

    start: int
    end: int

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end


@dataclass(frozen=True)
class Heading:
    """A heading line: ``start``..``end`` is the whole line (without its newline), ``text_start``
    where its words begin; ``text`` is those words, stripped."""

    start: int
    end: int
    level: int
    text_start: int
    text: str


def paragraph_breaks(text: str, start: int = 0) -> list[Span]:
    """The runs of blank lines in ``text[start:]``, in order."""
    return [Span(m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(text, start)]


def paragraph_spans(text: str, start: int = 0) -> list[Span]:
    """The paragraphs of ``text[start:]``: the stretches between breaks that hold more than spaces."""
    spans: list[Span] = []
    cursor = start
    for gap in [*paragraph_breaks(text, start), Span(len(text), len(text))]:
        if text[cursor:gap.start].strip():
            spans.append(Span(cursor, gap.start))
        cursor = gap.end
    return spans


def paragraph_around(breaks: list[Span], offset: int, start: int, length: int,
                     break_starts: list[int] | None = None) -> Span:
    """The paragraph holding ``offset``, from the ``breaks`` of a text of ``length`` characters
    read from ``start``. Blank lines belong to the paragraph after them. A caller asking for
    many offsets passes ``break_starts`` (each break's start), to bisect without a key function."""
    if break_starts is not None:
        index = bisect.bisect_right(break_starts, offset)
    else:
        index = bisect.bisect_right(breaks, offset, key=lambda b: b.start)
    begin = breaks[index - 1].end if index > 0 else start
    end = breaks[index].start if index < len(breaks) else length
    return Span(begin, end)


def paragraph_end(text: str, offset: int) -> int:
    """Where the paragraph holding ``offset`` ends: at the next blank line, else the end of ``text``."""
    gap = PARAGRAPH_BREAK.search(text, offset)
    return gap.start() if gap else len(text)


def heading_lines(text: str, start: int = 0) -> list[Heading]:
    """Every heading line of ``text[start:]``, in order.

    Read as the line breaks followed by a heading (``re`` jumps from one "\\n" to the next),
    not as ``_HEADING_LINE`` tried at every character; the text's first line is tried alone."""
    first = _HEADING_LINE.match(text) if start == 0 else None
    found = [] if first is None else [_heading(first, 0)]
    return found + [_heading(m, 1) for m in _HEADING_LINE_AFTER_BREAK.finditer(text, max(0, start - 1))]


def _heading(m: re.Match[str], line_break: int) -> Heading:
    return Heading(m.start() + line_break, m.end(), len(m.group(1)), m.start(2), m.group(2).strip())


def heading_before(headings: list[Heading], offset: int) -> Heading | None:
    """The nearest heading with words that begins before ``offset`` (a heading naming nothing is skipped)."""
    index = bisect.bisect_left(headings, offset, key=lambda h: h.start)
    for heading in reversed(headings[:index]):
        if heading.text_start < min(heading.end, offset) and heading.text:
            return heading
    return None


# A Markdown table's separator row ('|---|---|', '---|---'): each line after it that holds a pipe is a row.
_TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*\r?$", re.M)


@lru_cache(maxsize=8)  # the extractor and the matcher ask of the same draft text, row after row
def _tables(text: str) -> tuple[tuple[int, ...], tuple[tuple[int, int, tuple[int, ...]], ...]]:
    """Every Markdown table of ``text``, found in one pass: the body starts (for bisecting) and, per
    table, (header row start, body end, its rows' starts). Tuples all through: the cache hands the
    same value to every caller, which must not be able to change it."""
    tables: list[tuple[int, int, tuple[int, ...]]] = []
    if "|" in text:
        for m in _TABLE_SEPARATOR.finditer(text):
            header = text.rfind("\n", 0, max(0, m.start() - 1)) + 1 if m.start() > 0 else 0
            rows: list[int] = []
            line = m.end() + 1
            while line < len(text):
                end = text.find("\n", line)
                end = len(text) if end < 0 else end
                if "|" not in text[line:end]:
                    break
                rows.append(line)
                line = end + 1
            if rows:
                tables.append((header, line, tuple(rows)))
    return tuple(t[2][0] for t in tables), tuple(tables)


def clear_table_cache() -> None:
    """Forget the tables of the texts read so far (a worker process that is done with its text)."""
    _tables.cache_clear()


def table_row_starts(text: str, start: int = 0) -> list[int]:
    """Where each body row of a Markdown table starts: a row is one record, its own sentence, so a
    figure repeated in another row (two countries at 12.8) is never read in its neighbour's row."""
    return [row for _, _, rows in _tables(text)[1] for row in rows if row >= start]


def table_start(text: str, offset: int, start: int = 0) -> int | None:
    """Where the table whose body row holds ``offset`` starts (its header row), or None when ``offset``
    stands in no body row: a row's reader carries what the text says before the table, never a
    neighbour's record, and the header's cells only through the row's own column."""
    bodies, tables = _tables(text)
    index = bisect.bisect_right(bodies, offset) - 1
    if index < 0:
        return None
    header, end, _ = tables[index]
    return header if offset < end and header >= start else None
