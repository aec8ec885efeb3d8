"""Where the paragraphs and headings of a draft are: the one definition of each.

``Draft`` exposes these through cached properties (``Draft.paragraphs``, ``Draft.headings``,
``Draft.paragraph_at``, ``Draft.heading_for``, ``Draft.context_before``); the functions here
take a plain string so that code holding only text (suppression comments) reads it the same way.

- A paragraph break is a run of blank lines; a blank line holds nothing but spaces, tabs and
  the ``\\r`` of a CRLF line end.
- A heading is an ATX heading: up to three spaces, one to six ``#``, then a space or tab.
- A Markdown table's body row is a line holding a pipe after the table's separator row ('|---|---|',
  outer pipes optional), up to the first line without one; each row is one record.
- A plain-text table (a statistical release pasted as text) is a run of lines, each a label that opens
  with a letter and then figures separated by spaces ('INDIA RUPEE 74.1429 70.3777'), at least
  ``PLAIN_TABLE_MIN_ROWS`` of them, or fewer that each hold ``PLAIN_RECORD_MIN_CELLS`` figures; its header is the line of years that opens the run, or else the
  line right above it when that line is no sentence. Each row is one record, as a Markdown row is.
- A list item opens with a Markdown marker (``-``, ``*``, ``+``, ``1.``) or with a bullet character a
  word processor or web page leaves in pasted text (``PASTED_BULLETS``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Final, NamedTuple

from .numbers import alternation, lexicon
from .patterns import YEAR_1800_TO_2199


# '•', '◦', '▪', '‣', '●': the bullets a list copied from a document or page keeps; each opens an item
PASTED_BULLETS: Final = "\u2022\u25e6\u25aa\u2023\u25cf"
# What opens a list item after its indentation: a Markdown marker and a blank, or a pasted bullet, which may
# sit right against its text ('•Chile 7.6%'). A pattern's text, for the readers that build on it.
LIST_MARKER: Final = rf"(?:[-*+]|\d{{1,9}}[.)])[ \t]|[{PASTED_BULLETS}][ \t]?"
PARAGRAPH_BREAK: Final = re.compile(r"\n(?:[ \t\r]*\n)+")
_HEADING_MARK: Final = r"[ \t]{0,3}(#{1,6})[ \t]"
HEADING_MARKER: Final = re.compile("^" + _HEADING_MARK, re.M)  # the "## " before a heading's words
_HEADING_LINE: Final = re.compile("^" + _HEADING_MARK + r"[ \t]*(.*)$", re.M)
_HEADING_LINE_AFTER_BREAK: Final = re.compile(r"\n" + _HEADING_MARK + r"[ \t]*(.*)$", re.M)


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


def paragraph_spans(text: str, start: int = 0, breaks: list[Span] | None = None) -> list[Span]:
    """The paragraphs of ``text[start:]``: the stretches between breaks that hold more than spaces.
    ``breaks``: ``paragraph_breaks(text, start)`` where the caller holds them already."""
    spans: list[Span] = []
    cursor = start
    for gap in [*(paragraph_breaks(text, start) if breaks is None else breaks), Span(len(text), len(text))]:
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


def paragraphs_start(text: str, low: int, offset: int, count: int = 1) -> int:
    """Where the paragraph holding ``offset`` starts (``count`` 2: the one before it too), looking back
    no earlier than ``low``: ``low`` itself where fewer breaks stand between."""
    ends = [m.end() for m in PARAGRAPH_BREAK.finditer(text, low, offset)]
    return ends[-count] if len(ends) >= count else low


def paragraph_end(text: str, offset: int, high: int = -1) -> int:
    """Where the paragraph holding ``offset`` ends: at the next blank line, else the end of ``text``
    (or ``high``, where a reader looks no further: a search to the end for each figure is quadratic)."""
    end = len(text) if high < 0 else high
    gap = PARAGRAPH_BREAK.search(text, offset, end)
    return gap.start() if gap else end


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


# A Markdown table's separator row ('|---|---|', '---|---', '| :-: |'): cells of dashes and at least one pipe
# (a line of dashes alone is a rule or a heading's underline). Each line after it that holds a pipe is a row.
_DASH_CELL: Final = r"[ \t]*:?-+:?[ \t]*"
TABLE_SEPARATOR_ROW: Final = re.compile(rf"[ \t]*(?:\|{_DASH_CELL}(?:\|{_DASH_CELL})*|:?-+:?[ \t]*(?:\|{_DASH_CELL})+)"
                                 r"(?:\|[ \t]*)?\r?$")
_TABLE_SEPARATOR: Final = re.compile("^" + TABLE_SEPARATOR_ROW.pattern, re.M)
TABLE_ROW_START: Final = re.compile(r"[ \t]*\|")  # a row written with its opening pipe (GitHub's tables leave it optional)
_CELL_PIPE: Final = re.compile(r"(?<!\\)\|")  # a separator: an escaped '\|' stands inside its cell


def table_cells(row: str) -> list[str]:
    """The cells of a table row's line, stripped; the outer pipes are optional, an escaped '\\|' is text."""
    row = row.strip()
    row = row.removeprefix("|")
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip() for cell in _CELL_PIPE.split(row)]


# A cell of figures in a pipe table's row ('119,473', '0,7', '(84)', '-3.2%'); a year alone may head a column.
_FIGURE_CELL: Final = re.compile(r"[(\[]?[-+\u2212]?\d[\d,.' \u00a0]*%?[)\]]?")
_YEAR_CELL: Final = re.compile(YEAR_1800_TO_2199)


# A figure whose unit or scale its cell writes ('1,900万人', '$2,250億', '$10,373.79', '4.2 bn', '19.8 million
# people'): a currency sign, a group or decimal mark or a scale word tells it from a header's '3 yrs'; a year
# with its word ('2021年') heads a column.
_UNIT_FIGURE_CELL: Final = re.compile(r"[-+\u2212]?(?P<number>\d(?:[\d,.'\u00a0]*\d)?)\s?[^\W\d_]{0,3}")
_SCALED_FIGURE_CELL: Final = re.compile(
    rf"[-+\u2212]?(?P<number>\d(?:[\d,.'\u00a0]*\d)?)\s(?i:{alternation(lexicon()['word_scales'])})(?:\s[^\W\d_]+)?")


def _is_figure_cell(cell: str) -> bool:
    if _FIGURE_CELL.fullmatch(cell) is not None:
        return _YEAR_CELL.fullmatch(cell) is None
    signed = bool(cell) and unicodedata.category(cell[0]) == "Sc"
    body = cell[1:].lstrip() if signed else cell
    scaled = _SCALED_FIGURE_CELL.fullmatch(body)
    if scaled is not None:
        return _YEAR_CELL.fullmatch(scaled["number"]) is None
    written = _UNIT_FIGURE_CELL.fullmatch(body)
    return written is not None and _YEAR_CELL.fullmatch(written["number"]) is None \
        and (signed or any(mark in written["number"] for mark in ",.'\u00a0"))


def pipe_header_role(line: str, width: int) -> str | None:
    """What ``line`` is, read upwards from a pipe row of ``width`` cells in a table pasted without a
    Markdown separator row ('Country | Total emissions (1000 tons of C) |' over '11. Mexico | 119,473 |'):
    'blank', 'row' (another row of figures as wide) or 'header' (as many cells, words and none a figure;
    a year may head a column, and a line of years alone heads one column each: '1990 | 2019 | |'); None
    when it ends the look (prose, a site's 'Home | News' crumbs, another width)."""
    if not line.strip():
        return "blank"
    if "|" not in line:
        return None
    cells = table_cells(line)
    if len(cells) != width:
        return None
    if any(_is_figure_cell(cell) for cell in cells):
        return "row"
    if any(ch.isalpha() for cell in cells for ch in cell):
        return "header"
    filled = [cell for cell in cells if cell]
    return "header" if filled and all(_YEAR_CELL.fullmatch(cell) for cell in filled) else None


def header_line_cells(text: str, header: int, width: int) -> list[str]:
    """The cells of the header row starting at ``header`` of a table ``width`` cells wide: its line's, and
    when a page's copy wrapped the row onto the next line ('| Year | GDP at current prices |' over
    'GDP in prices 2003 | … | Note |'), that line's after them."""
    end = text.find("\n", header)
    end = len(text) if end < 0 else end
    cells = table_cells(text[header:end])
    if len(cells) < width and end < len(text):
        next_end = text.find("\n", end + 1)
        following = table_cells(text[end + 1:len(text) if next_end < 0 else next_end])
        if len(cells) + len(following) == width:
            cells += following
    return cells


def aligned_header(cells: list[str]) -> list[str]:
    """A header row's cells, one per column of its rows. A header that opens with a year and ends with
    an empty cell ('1990 | 2019 | |' over 'France | 6,7 | 4,8 |') left out the empty corner above the
    rows' labels when it was pasted: a year heads figures, never the labels' column, so its cells stand
    one column further right."""
    if len(cells) >= 2 and _YEAR_CELL.fullmatch(cells[0]) and not cells[-1]:
        return ["", *cells[:-1]]
    return cells


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
        # a row of words inside a Markdown table's body ('| Asia | |') heads no table of its own
        tables += [t for t in _unseparated_tables(text) if not any(h <= t[0] < end for h, end, _ in tables)]
        tables.sort()
    return tuple(t[2][0] for t in tables), tuple(tables)


def _section_label(line: str) -> bool:
    """A pipe line of one cell of words and no figure ('Average for the year① |'): a label over the rows below
    it inside a pasted table, which neither ends the table nor heads it."""
    cells = [cell for cell in table_cells(line) if cell]
    return "|" in line and len(cells) == 1 and any(ch.isalpha() for ch in cells[0]) and not _is_figure_cell(cells[0]) \
        and not any(ch.isdigit() for ch in cells[0] if ch.isascii())


def _unseparated_tables(text: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """The pipe tables pasted without a Markdown separator row: a header line (``pipe_header_role``)
    and the rows of figures as wide right under it, blank lines between them allowed (a web page's
    table copied row by row). (header start, body end, rows' starts), as ``_tables`` gives them."""
    found: list[tuple[int, int, tuple[int, ...]]] = []
    header, width, body_end = -1, 0, 0
    rows: list[int] = []
    wrapped = (-1, 0)  # a header line right above the current one, whose cells a wrapped header opens with
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        role = pipe_header_role(line, width) if width else None
        if role is None and width and _section_label(line):
            role = "blank"  # 'Average for the year① |' between the header and its rows: a label of the rows below
        if role is None and width and not rows and wrapped[0] >= 0 \
                and pipe_header_role(line, width + wrapped[1]) == "row":
            header, width = wrapped[0], width + wrapped[1]  # '| Year | GDP … |' wrapped onto '… | Note |'
            role = "row"
        if role == "row":
            rows.append(start)
            body_end = min(end + 1, len(text))
        elif role != "blank":
            if rows:
                found.append((header, body_end, tuple(rows)))
            above = (header, width) if header >= 0 and not rows else (-1, 0)
            header, width, rows = -1, 0, []
            wrapped = (-1, 0)
            if "|" in line:
                cells = table_cells(line)
                if len(cells) >= 2 and pipe_header_role(line, len(cells)) == "header":
                    header, width = start, len(cells)
                    wrapped = above if above[0] >= 0 and text.rfind("\n", 0, start - 1) + 1 == above[0] else (-1, 0)
        start = end + 1
    if rows:
        found.append((header, body_end, tuple(rows)))
    return found


# A plain-text table's cell: a figure ('74.1429', '6,550.5', '-3.2%') or a dash for no value.
_PLAIN_CELL: Final = re.compile(r"[-+\u2212]?\d[\d,]*(?:\.\d+)?%?|[-\u2013\u2014]")
_PLAIN_TOKEN: Final = re.compile(r"\S+")
_CELL_END_DASHES: Final = "-\u2013\u2014"  # a dash is a cell of its own (no figure); so is a digit, with a '%' or not
_FOOTNOTE: Final = re.compile(r"\[\d+\]")  # 'CO2 emissions (kt)[2]': a footnote's mark, no part of the header
# Digits set as superscripts right after a figure mark its footnote ('19 082 467¹'); after a bare '10' they are
# a power ('10⁶'), after a letter a unit's ('km²'), so neither is a mark.
_SUPERSCRIPT_MARK: Final = r"(?<=\d)(?<!(?<![\d.,])10)[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+(?![\u00b9\u00b2\u00b3\u2070\u2074-\u2079])"
_UNIT_CLOSE: Final = re.compile(r"\)(?:\[\d+\])*")  # a parenthesised unit closing a column's header
_PLAIN_YEAR: Final = re.compile(YEAR_1800_TO_2199)
PLAIN_TABLE_MIN_ROWS: Final = 3  # fewer lines of a label and figures are as likely prose broken at its line ends
# A label and this many figures side by side ('Iran 0.66 1.7 8.2') is a table's record even as the one row
# under its header: prose never runs three bare figures at a line's end.
PLAIN_RECORD_MIN_CELLS: Final = 3
_PLAIN_LABEL_MAX: Final = 60  # characters: a row's label names a record; a longer one is prose
_SENTENCE_END: Final = (".", ":", ";", "!", "?", ",")


def plain_row_cells(line: str) -> list[tuple[int, int]] | None:
    """(start, end) within ``line`` of the figures that end it, when it is a plain-text table's row:
    a short label opening with a letter (a '*' glued to it marks a note; a rank's number may stand before
    it in a row of ``PLAIN_RECORD_MIN_CELLS`` figures, '1 Qatar 30.8 79 mn 0.24 %'), then the figures, a
    cell of a month among them ('1.4567 Jul / 2022 7.18%'), a cell's percent sign or scale word written
    apart from its figure ('0.24 %', '79 Mio.'); else None."""
    tokens = list(_PLAIN_TOKEN.finditer(line))
    cells: list[tuple[int, int]] = []
    first = len(tokens)
    while first > 0:
        token = tokens[first - 1]
        if _PLAIN_CELL.fullmatch(token.group()):
            cells.append(token.span())
        elif first > 1 and _cell_suffix(token.group()) and _PLAIN_FIGURE.fullmatch(tokens[first - 2].group()):
            cells.append((tokens[first - 2].start(), token.end()))  # '0.24 %', '79 Mio.': one cell
            first -= 1
        elif token.group() != "/" and token.group().lower().rstrip(".") not in _month_words():
            break
        first -= 1
    if not cells or first == 0 or not any(ch.isdigit() for ch in line[cells[-1][0]:]):
        return None
    label = line[:tokens[first].start()].strip()
    label = label[1:] if label.startswith("*") else label
    rank = _RANK.match(label) if len(cells) >= PLAIN_RECORD_MIN_CELLS else None
    if rank is not None:
        label = label[rank.end():]
    if not label[:1].isalpha() or len(label) > _PLAIN_LABEL_MAX or label.endswith(_SENTENCE_END) \
            or _CELL_PIPE.search(label):  # 'Chile | 7.6': a Markdown row written without outer pipes
        return None
    return cells[::-1]


_PLAIN_FIGURE: Final = re.compile(r"[-+\u2212]?\d[\d,]*(?:\.\d+)?")  # a cell's figure, before its sign or scale word
_RANK: Final = re.compile(r"\d{1,3}\.?[ \t]+")  # a ranking's place before a row's label ('1 Qatar', '12. Chile')
_SCALE_FACTOR_MIN: Final = 1000  # a scale word of a thousand or more ('Mio.', 'bn'), never 'dozen'


def row_label_cells(label: str) -> int:
    """How many of a header's cells a plain row's label stands under: its name, and its rank when one opens it."""
    return 2 if _RANK.match(label.strip()) else 1


def _cell_suffix(token: str) -> bool:
    """Whether ``token`` closes the figure before it as one cell: a percent sign or a scale word set apart."""
    if token == "%":
        return True
    scales: Mapping[str, float] = lexicon()["scale_abbreviations"]
    factor = scales.get(token.rstrip(".")) or scales.get(token.rstrip(".").lower())
    return factor is not None and factor >= _SCALE_FACTOR_MIN


@lru_cache(maxsize=64)  # asked for each figure of a row: a row of thousands of figures is read once
def is_plain_row(line: str) -> bool:
    """Whether ``line`` is a plain-text table's row (``plain_row_cells``)."""
    return plain_row_cells(line) is not None


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """The months' names, lower case: 'Jul / 2022' is a date cell. (Imported when first asked: the
    extraction package this lives in reads drafts through this module.)"""
    from .extraction.vocabulary import MONTH_NAMES

    return frozenset(MONTH_NAMES)


# A plain-text table: (header line start, header line end, body end, its rows' starts)
PlainTable = tuple[int, int, int, tuple[int, ...]]
_RowCells = tuple[tuple[int, int], ...]  # a row's figures, (start, end) within its line


# A text up to this long (a paragraph) is looked at for a pipe or a line break rather than asked of the table caches:
# ``extract_many`` reads its texts stage by stage, so the caches have forgotten a paragraph by its next stage. A
# longer text keeps its answer in the cache, as a look at all of it for each figure would be quadratic.
UNCACHED_TEXT_MAX: Final = 4096


def plain_tables(text: str) -> tuple[PlainTable, ...]:
    """Every plain-text table of ``text``: (header line start, header line end, body end, its rows'
    starts); a table with no header line has its first row's start for both header ends."""
    if len(text) <= UNCACHED_TEXT_MAX and "\n" not in text and not _lines_ending_in_a_cell(text):
        return ()  # one line that ends in no cell (most paragraphs): no table, without the cache's key and lookup
    return _plain_tables_and_cells(text)[0]


@lru_cache(maxsize=8)
def _plain_tables_and_cells(text: str) -> tuple[tuple[PlainTable, ...], Mapping[int, _RowCells]]:
    """The plain-text tables of ``text`` and, by each candidate row's start, the (start, end) of its
    figures within the line: read once per text, so a row of thousands of figures is not split again
    for each of them. Read-only all through, as ``_tables``: the cache hands the same value to every caller."""
    tables: list[PlainTable] = []
    cells_at: dict[int, _RowCells] = {}
    run: list[tuple[int, int]] = []  # (line start, line end) of consecutive candidate rows
    for line_start, end in _lines_ending_in_a_cell(text):
        cells = plain_row_cells(text[line_start:end])
        if cells is None:
            continue
        cells_at[line_start] = tuple(cells)
        if run and line_start != run[-1][1] + 1:
            _close_plain_table(text, run, tables, cells_at)
            run = []
        run.append((line_start, end))
    if run:
        _close_plain_table(text, run, tables, cells_at)
    return tuple(tables), MappingProxyType(cells_at)


def _lines_ending_in_a_cell(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that may be a plain-text table's row: it ends in a cell (a
    digit, a digit and '%', or a dash), then blanks and at most one carriage return. A look at each
    line's end, where a multi-line regex search tried its pattern at every character of the text
    (a tenth of a paragraph's extraction)."""
    found: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    while start <= length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        last = end
        if last > start and text[last - 1] == "\r":
            last -= 1
        while last > start and text[last - 1] in " \t":
            last -= 1
        if last > start:
            char = text[last - 1]
            if char.isdecimal() or char in _CELL_END_DASHES or (
                    char == "%" and last - 1 > start and (text[last - 2].isdecimal() or text[last - 2] == " "
                                                          and last - 2 > start and text[last - 3].isdecimal())):
                found.append((start, end))
        start = end + 1
    return found


def _close_plain_table(text: str, run: list[tuple[int, int]], tables: list[PlainTable],
                       cells_at: dict[int, _RowCells]) -> None:
    first = cells_at[run[0][0]]
    if all(_PLAIN_YEAR.fullmatch(text, run[0][0] + a, run[0][0] + b) for a, b in first):
        header, rows = run[0], run[1:]  # 'COUNTRY CURRENCY 2023 2022 2021': the columns' years
    else:
        header, rows = (run[0][0], run[0][0]), run
        above_end = run[0][0] - 1
        if above_end > 0 and not text[text.rfind("\n", 0, above_end) + 1:above_end].strip() and (
                len(run) < PLAIN_TABLE_MIN_ROWS or _years_over(text, text.rfind("\n", 0, above_end), run, cells_at)):
            # a lone record's header, a blank line above it (a pasted HTML table); or a header of the
            # columns' years alone, however many rows are under it
            above_end = text.rfind("\n", 0, above_end)
        if above_end > 0:
            above_start = text.rfind("\n", 0, above_end) + 1
            above = text[above_start:above_end].rstrip("\r")
            upper_start = text.rfind("\n", 0, above_start - 1) + 1 if above_start > 0 else -1
            if upper_start >= 0 and above.strip() and grouped_header_cells(
                    text[upper_start:above_start - 1], above, len(cells_at[run[0][0]])):
                header = (upper_start, above_start + len(above))  # 'Ave Dec Nov … | Ave Dec' under '2 0 0 7 | 2 0 0 6'
            elif above.strip() and not above.rstrip().endswith(_SENTENCE_END) and "|" not in above:
                header = (above_start, above_start + len(above))
    # rows of two figures under a header of two years ('Beskrivelse 2018 2017' over 'Gjennomsnitt
    # US dollar 8,13 8,26'): the header names each figure's column, so even one such row is a record
    records = len(rows) >= PLAIN_TABLE_MIN_ROWS or bool(rows) and all(
        len(cells_at[start]) >= PLAIN_RECORD_MIN_CELLS for start, _ in rows) \
        or bool(rows) and _years_over(text, header[1], rows, cells_at)
    if records and (_dates_or_measures(text[header[0]:header[1]]) or not _names_with_numbers(text, rows, cells_at)):
        tables.append((header[0], header[1], rows[-1][1], tuple(start for start, _ in rows)))


_WHOLE_NUMBER: Final = re.compile(r"\d+")


def _years_over(text: str, header_end: int, rows: list[tuple[int, int]], cells_at: dict[int, _RowCells]) -> bool:
    """Whether the line ending at ``header_end`` ends in years or days alone, one over each figure of every
    row ('Kategori Beskrivelse 2018 2017', '… 31.12.2018 31.12.2017' over rows of two figures): a header
    dating each column."""
    if header_end <= 0 or not rows:
        return False
    count = len(cells_at[rows[0][0]])
    if any(len(cells_at[row]) != count for row, _ in rows):
        return False
    start = text.rfind("\n", 0, header_end) + 1
    return _dated_ends(text[start:header_end], count) is not None


# a column's date as a header writes it: a year, or a day ('31.12.2018', '31/12/2018', '2018-12-31')
_DAY_CELL: Final = re.compile(r"(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})"
                               r"|(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})")


def _dated_ends(header: str, count: int) -> list[str] | None:
    """The last ``count`` words of a header line when each is a year or a day (a day written 'YYYY-MM-DD');
    else None."""
    words = header.split()
    if count <= 0 or len(words) < count:
        return None
    ends: list[str] = []
    for word in words[-count:]:
        if _PLAIN_YEAR.fullmatch(word):
            ends.append(word)
            continue
        day = _DAY_CELL.fullmatch(word)
        if day is None:
            return None
        year, month, date = (day.group("year"), day.group("month"), day.group("day")) if day.group("year") \
            else (day.group("iso_year"), day.group("iso_month"), day.group("iso_day"))
        if not (_PLAIN_YEAR.fullmatch(year) and 1 <= int(month) <= 12 and 1 <= int(date) <= 31):
            return None
        ends.append(f"{year}-{int(month):02d}-{int(date):02d}")
    return ends


def _dates_or_measures(header: str) -> bool:
    """A header line holding a year or a parenthesised unit ('Population by country in 2023',
    'Population (millions)'): the lines of a name and a whole number under it are a table's rows."""
    return bool(header) and (_PLAIN_YEAR.search(header) is not None or _UNIT_CLOSE.search(header) is not None)


def _names_with_numbers(text: str, rows: list[tuple[int, int]], cells_at: dict[int, _RowCells]) -> bool:
    """Lines each of a name and one whole number ('Boeing 737', 'Route 66'): a list of names, no table."""
    for start, _ in rows:
        cells = cells_at[start]
        if len(cells) != 1 or not _WHOLE_NUMBER.fullmatch(text, start + cells[0][0], start + cells[0][1]):
            return False
    return True


@lru_cache(maxsize=8)
def _plain_body_starts(text: str) -> tuple[int, ...]:
    return tuple(rows[0] for _, _, _, rows in plain_tables(text))


def _plain_table_at(text: str, offset: int) -> PlainTable | None:
    """The plain-text table whose body holds ``offset`` (found by bisection: a draft of many tables
    costs a logarithm per figure)."""
    tables = plain_tables(text)
    if not tables:  # most texts (a paragraph of one line: told without a cache lookup)
        return None
    index = bisect.bisect_right(_plain_body_starts(text), offset) - 1
    if index < 0:
        return None
    table = tables[index]
    return table if offset < table[2] else None


class PlainRow(NamedTuple):
    """A plain-text table's row: where it and its table's header line are in the text, and where its
    figures are within the row. Offsets, not copies: a figure's reader asks for its row once per figure."""

    start: int
    end: int
    header_start: int
    header_end: int
    cells: _RowCells


def plain_row_at(text: str, offset: int) -> PlainRow | None:
    """The plain-text table row holding ``offset``, or None."""
    table = _plain_table_at(text, offset)
    if table is None:
        return None
    header_start, header_end, _, rows = table
    row = rows[bisect.bisect_right(rows, offset) - 1]
    row_end = text.find("\n", row)
    return PlainRow(row, len(text) if row_end < 0 else row_end, header_start, header_end,
                    _plain_tables_and_cells(text)[1][row])


def plain_header_cells(header: str, count: int) -> list[str] | None:
    """The header of each of a plain row's ``count`` figures: the header's years when there are as many
    ('2023 2022 2021'), or its parts each closed by a parenthesised unit ('CO2 (kt) Per capita (t)'); a
    header of two lines, years over months, is read by ``grouped_header_cells``."""
    if "\n" in header:
        upper, _, lower = header.rpartition("\n")
        return grouped_header_cells(upper.rsplit("\n", 1)[-1], lower, count)
    cells = plain_row_cells(header)
    parts = [header[a:b] for a, b in cells] if cells is not None else header.split()
    days = _dated_ends(header, count) if cells is None else None
    if days is not None and not all(_PLAIN_YEAR.fullmatch(day) for day in days):
        return days  # '… 31.12.2018 31.12.2017': each column a day
    if len(parts) == count and all(_PLAIN_YEAR.fullmatch(part) for part in parts):
        if cells is not None:  # 'June 2023 May 2023': each year with its month, when every one has one
            months = [header[:a].split()[-1:] for a, _ in cells]
            if all(m and m[0].lower().rstrip(".") in _month_words() for m in months):
                return [f"{m[0]} {part}" for m, part in zip(months, parts)]
        return parts  # every cell a year: 'Population, 2010-2020' dates no column
    closes = [m.end() for m in _UNIT_CLOSE.finditer(header)]
    if len(closes) == count:
        starts = [0, *closes[:-1]]
        return [_FOOTNOTE.sub("", header[a:b]).strip() for a, b in zip(starts, closes)]
    return None


def capitalised_header_cells(header: str, count: int, label_cells: int) -> list[str] | None:
    """The headers of a plain row's ``count`` figures when a web page's table header was copied with its cells
    run together by single blanks ('Platz Land Tonnen/Einwohner Gesamtausstoß (Tonnen) Anteil am Gesamtausstoß',
    'Rank Country Tonnes per person Total (tonnes) Share of world'): each cell opens with a capital, and a
    bracket or a lower-case word goes on with the cell before. Two readings are tried, a cell at every capital
    (English headers) or only at a capital after a capitalised word or a bracket (German nouns inside a cell);
    one that gives exactly the row's ``label_cells`` (its rank and name) and ``count`` cells is taken, the
    last ``count`` of them; none, or two that disagree: None."""
    tokens = header.split()
    found: list[str] | None = None
    for every_capital in (True, False):
        parts: list[list[str]] = []
        for token in tokens:
            opens = token[:1].isupper() and (every_capital or not parts or not parts[-1][-1][:1].islower())
            if opens or not parts:
                parts.append([token])
            else:
                parts[-1].append(token)
        if len(parts) != count + label_cells:
            continue
        cells = [" ".join(part) for part in parts[label_cells:]]
        if found is not None and found != cells:
            return None
        found = cells
    return found


_SPACED_YEAR: Final = re.compile(r"(?<!\S)\d(?: \d){3}(?!\S)")  # '2 0 0 7': a year letter-spaced, as old releases set headings


@lru_cache(maxsize=1)
def footnote_mark() -> re.Pattern[str]:
    """An encyclopedia's footnote mark glued after a word or figure ('225,5 mld[4] USD', 'Kazakhstan[a]', '[note 3]',
    '[citation needed]', '467¹'): layout the page prints, no word of the sentence (nonclaims.json, footnote_mark_*).
    Only a mark glued to what it annotates: a bracket after a space opens prose or a Markdown link's text."""
    from .numbers import alternation, data_json

    words = data_json("nonclaims.json")
    labels, tags = alternation(words["footnote_mark_labels"]), alternation(words["footnote_mark_tags"])
    bracketed = (rf"(?<=[^\s\[(])\[(?:(?:(?:{labels})\s*)?(?:\d{{1,3}}|[a-z]{{1,2}})"
                 rf"|{tags})\](?!\()")
    # (the leading look-ahead lets every other character fail at once: the prose is masked in one pass)
    return re.compile(rf"(?=[\[\u00b9\u00b2\u00b3\u2070\u2074-\u2079])(?:{bracketed}|{_SUPERSCRIPT_MARK})", re.I)


@lru_cache(maxsize=1)
def trend_mark() -> re.Pattern[str]:
    """An encyclopedia infobox's trend icon, kept as its alt text right before a figure ('Neutral increase
    19,082,467', 'Totale Aumento$ 179,332 miliardi', 'Increase $1.710 trillion'): layout, no word of the claim
    (nonclaims.json, trend_*). A bare word only capitalised as the icon's text is, and only glued or spaced before
    a currency sign or opening a line or an item ('•', '|'): a title-case headline's verb ('Exports Increase 5%')
    is a word of its sentence."""
    from .numbers import alternation, data_json

    words = data_json("nonclaims.json")
    trend, qualifiers = alternation(words["trend_words"]), alternation(words["trend_qualifiers"])
    figure = r"[-+\u2212]?\d"
    sign = f"[{_currency_signs()}]"
    qualified = rf"(?<!\w)(?:{qualifiers})\s+(?i:{trend})(?=\s*(?:{sign}\s*)?{figure})"
    before_sign = rf"(?<!\w)(?:{trend})(?=\s*{sign}\s*{figure})"
    item_opening = rf"(?:^|(?<=[\u2022\u00b7|;:]))[ \t]*(?:{trend})(?=\s*{figure})"
    return re.compile(rf"{qualified}|{before_sign}|{item_opening}", re.M)


@lru_cache(maxsize=1)
def _currency_signs() -> str:
    """Every currency sign Unicode has (category Sc: '$', '€', '₸', '₽'), as a character class's body: read from
    currencies.json's table, since finding them in ``unicodedata`` means testing every code point."""
    from .numbers import data_json

    return "".join(re.escape(sign) for sign in data_json("currencies.json")["currency_signs"]["signs"])


@lru_cache(maxsize=1)
def year_column_words() -> Mapping[str, str]:
    """The words heading a year's own column among its months ('Ave', 'Annual'; nonclaims.json), each with
    what it says the figure is ('average')."""
    from .numbers import data_json

    words = data_json("nonclaims.json").get("year_column_words", {})
    return MappingProxyType({w.lower(): said for w, said in words.items()})


def grouped_header_cells(upper: str, lower: str, count: int) -> list[str] | None:
    """A header of two lines, a year over each group of columns ('2 0 0 7 | 2 0 0 6') and the group's
    columns under it ('Ave Dec Nov … Jan | Ave Dec'), as a release's table of months sets it: the header of
    each of ``count`` figures, 'Dec 2007' for a month, '2007 average' for the year's own column ('Ave'). The groups
    are split by '|' in both lines, or, without one, each opens with the year's own column; None unless
    every lower cell is a month or such a word and the cells are ``count``."""
    upper = _SPACED_YEAR.sub(lambda m: m.group().replace(" ", ""), upper)
    if "|" in upper or "|" in lower:
        years = [cell.strip() for cell in upper.split("|")]
        groups = [cell.split() for cell in lower.split("|")]
    else:
        years, groups = upper.split(), []
        for word in lower.split():
            if word.lower() in year_column_words() or not groups:
                groups.append([])
            groups[-1].append(word)
    if len(years) != len(groups) or sum(map(len, groups)) != count \
            or not all(_PLAIN_YEAR.fullmatch(year) for year in years):
        return None
    cells: list[str] = []
    for year, words in zip(years, groups):
        for word in words:
            folded = word.lower()
            if folded in year_column_words():
                cells.append(f"{year} {year_column_words()[folded]}")
            elif folded.rstrip(".") in _month_words():
                cells.append(f"{word} {year}")
            else:
                return None
    return cells


@lru_cache(maxsize=8)  # asked for each figure of a table: read once per table
def words_above_table(text: str, table: int, header_start: int, header_end: int) -> str:
    """What a table's figures are, in lower case: the paragraph right above the table that starts at
    ``table`` and the header line at ``header_start:header_end``."""
    return f"{introducing_paragraph(text, table)} {text[header_start:header_end]}".lower()


def introducing_paragraph(prose: str, table: int) -> str:
    """The paragraph right above a table ('The table below shows the average rates of exchange in
    2020 …'), with blank lines between at most: the words that say what its figures are. Text further
    up speaks of something else (a paragraph on savings and exchange rates above a table of inflation
    rates introduced as such). Read backwards from the table, line by line: a cost of that paragraph,
    not of the text before it, for each figure of the table."""
    end = table
    while end > 0 and prose[end - 1].isspace():
        end -= 1
    start = prose.rfind("\n", 0, end) + 1  # the paragraph's last line, then up while no blank line is above
    while start > 0:
        above = prose.rfind("\n", 0, start - 1) + 1
        if above > 0 and not prose[above:start - 1].strip(" \t\r"):  # a blank line after a line break
            break
        start = above
    return prose[start:end]


_LIST_ITEM: Final = re.compile(rf"[ \t]*(?:{LIST_MARKER})")
_LIST_LEAD_LINES: Final = 40  # items read upwards to the lead: a longer list is read from its nearer end


def list_lead(text: str, offset: int) -> str | None:
    """The line that introduces the list whose item holds ``offset`` ('CO2 emitted per person (tonnes):'
    over '- Chile: 4.4'): the first line above the item's that is no item nor blank, when it ends with a
    colon; None when ``offset`` stands in no list item or the list has no such lead."""
    start = text.rfind("\n", 0, offset) + 1
    if not _LIST_ITEM.match(text, start):
        return None
    for _ in range(_LIST_LEAD_LINES):
        if start == 0:
            return None
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start - 1]
        if line.strip() and not _LIST_ITEM.match(line):
            return line if line.rstrip().endswith(":") else None
        start = above
    return None


def clear_table_cache() -> None:
    """Forget the tables of the texts read so far (a worker process about to read a text, or done with it)."""
    _tables.cache_clear()
    _plain_tables_and_cells.cache_clear()
    _plain_body_starts.cache_clear()
    words_above_table.cache_clear()
    is_plain_row.cache_clear()


def table_row_starts(text: str, start: int = 0) -> list[int]:
    """Where each body row of a table (Markdown or plain text) starts: a row is one record, its own
    sentence, so a figure repeated in another row (two countries at 12.8) is never read in its neighbour's row."""
    markdown = [row for _, _, rows in _tables(text)[1] for row in rows if row >= start] if "|" in text else []
    plain = [row for _, _, _, rows in plain_tables(text) for row in rows if row >= start]
    return sorted(markdown + plain) if plain else markdown


def table_start(text: str, offset: int, start: int = 0) -> int | None:
    """Where the table whose body row holds ``offset`` starts (its header row), or None when ``offset``
    stands in no body row: a row's reader carries what the text says before the table, never a
    neighbour's record, and the header's cells only through the row's own column."""
    if len(text) > UNCACHED_TEXT_MAX or "|" in text:  # (a paragraph without one has no Markdown table: no cache lookup)
        bodies, tables = _tables(text)
        index = bisect.bisect_right(bodies, offset) - 1
        if index >= 0:
            header, end, _ = tables[index]
            if offset < end:
                return header if header >= start else None
    plain = _plain_table_at(text, offset)
    if plain is not None:
        return plain[0] if plain[0] >= start else None
    return None
