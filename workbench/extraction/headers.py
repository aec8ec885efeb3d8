"""A unit stated once, in parentheses, for the bare figures after it: the way statistical
portals and tables write it ("(US$ per liter) 2012: 1.80", "(% of GDP) … was 6.59",
"3.52 (millions of)"). The words are in ``workbench/data/nonclaims.json``."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache
from typing import Final, TYPE_CHECKING

from .. import units
from ..native import cached_property, mypyc_attr
from ..numbers import alternation, comparison_words, data_json, lexicon, scale_of
from ..periods import twelve_months_to
from ..structure import (
    TABLE_ROW_START,
    TABLE_SEPARATOR_ROW,
    PlainRow,
    aligned_header,
    capitalised_header_cells,
    header_line_cells,
    introducing_paragraph,
    list_lead,
    plain_header_cells,
    plain_row_at,
    plain_tables,
    row_label_cells,
    table_cells,
    table_start,
    year_column_words,
)
from .nonclaims import nonclaim_words
from .periods import LEX, YEAR_DIGITS
from .vocabulary import Kinds, MONTHS, MONTH_NAMES

if TYPE_CHECKING:
    from .quantities import Quantity
    from .sentences import Sentence

_WORDS: Final = nonclaim_words()
_SCALES: Final = {w: Decimal(v) for w, v in _WORDS["header_scales"].items()}
_PERCENT: Final = re.compile(rf"(?:{alternation(_WORDS['header_percent'])})(?![\w])", re.I)
_SCALE: Final = re.compile(rf"(?<![\w])(?:{alternation(list(_SCALES))})(?![\w])", re.I)
_PER_BEFORE: Final = re.compile(r"(?:\bper|/)[ \t]*\Z", re.I)  # 'Deaths (per 1,000 people)': a rate's base, no scale
_PARENS: Final = re.compile(r"\(([^()\d\n]{1,60})\)")
# 'measured in thousand tonnes,': the unit a sentence states in words for its bare figures, up to a clause mark
_UNIT_STATED: Final = re.compile(rf"(?<![\w])(?:{alternation(_WORDS['unit_statement_words'])})\s+([^,;:()\n]{{1,40}}?)(?=\s*[,;:)])",
                          re.I) if _WORDS.get("unit_statement_words") else None
_PARENS_RIGHT_AFTER: Final = re.compile(r"[ \t]*\(([^()\d\n]{1,60})\)")
_TOKEN: Final = re.compile(r"[^\s,;]+")
_CLAUSE_BREAK: Final = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.IGNORECASE)
REACH: Final = 200  # how far before a figure, in its sentence, a header is looked for
# A percent word with no figure of its own, right before a bare one: a label ("Unemployment, per cent: 5.2",
# "in percent of 210"). Read on the 24 characters before the figure.
_PERCENT_LABEL: Final = re.compile(
    rf"(?<![\d%])(?<![\d%] )(?:{alternation(_WORDS['header_percent'] + _WORDS['percent_labels'])})"
    r"(?:\s+of)?[ \t]*:?[ \t]*\Z", re.IGNORECASE)
_LABEL_REACH: Final = 24  # characters before a figure that a percent label is read in
# The characters a label can end with before its colon and blanks ("of" included); no word ends in a
# blank or a colon, which the test below would step over (tests/test_extraction_patterns.py holds it
# to the pattern).
_LABEL_LASTS: Final = frozenset(
    c for w in (*_WORDS["header_percent"], *_WORDS["percent_labels"], "of") for c in (w[-1].lower(), w[-1].upper()))


def label_may_end_at(prose: str, end: int) -> bool:
    """Whether ``_PERCENT_LABEL`` may match before ``end``: the character before its trailing blanks
    and colon is one a label ends with (a non-ASCII one goes to the pattern, which folds a few to
    ASCII letters). Most figures follow an ordinary word, and the pattern searches 24 positions."""
    low = max(0, end - _LABEL_REACH)  # the label's last character stands in the window
    i = end
    while i > low and prose[i - 1] in " \t":
        i -= 1
    if i > low and prose[i - 1] == ":":
        i -= 1
        while i > low and prose[i - 1] in " \t":
            i -= 1
    last = prose[i - 1] if i > low else ""
    return last in _LABEL_LASTS or not last.isascii()


def header_unit(content: str) -> tuple[str | None, Decimal | None, bool]:
    """What a parenthesised header says: (unit or None, scale or None, "of" a whole)."""
    unit: str | None = None
    if units.names_local_currency(content):
        return None, None, False  # '(LCU per US$)': each country's own currency, not the dollar it names
    if _PERCENT.search(content):
        unit = "%"
    else:
        for token in _TOKEN.findall(content):
            found = units.canonical_unit(token.strip("()[]"))
            if found and units.is_money(found):
                unit = found
                break
    scale_word = next((m for m in _SCALE.finditer(content) if not _PER_BEFORE.search(content, 0, m.start())), None)
    scale = _SCALES[scale_word.group().lower()] if scale_word else None
    if scale is None and unit is not None:  # "(US$ bn)", "(KZT m)": an abbreviation beside the unit
        scale = next((factor for token in _TOKEN.findall(content) if (factor := scale_of(token.strip("()")))), None)
    if unit is None:
        unit, unit_scale = _measure_unit(content)
        if unit is not None and unit_scale != 1:
            scale = (scale or Decimal(1)) * unit_scale
    return unit, scale, " of " in f" {content.lower()} "


def _measure_unit(content: str) -> tuple[str | None, Decimal]:
    """A physical unit a header names ("CO2 emissions (kt)", "(million tonnes)", "(ppm)") with the
    scale its symbol carries (kt: 1,000 t); a token that is a scale abbreviation ("m", "mn") is one."""
    # 'tons/capita': the unit before a rate's slash
    for token in [content.strip(), *(part for token in _TOKEN.findall(content) for part in token.split("/"))]:
        token = token.strip("()[]")
        if len(token) < 2 or _SCALE.fullmatch(token) or scale_of(token):
            continue
        form = units.lookup_suffix(token)
        if form is not None and form.unit not in ("", "%", "x") and not units.is_money(form.unit):
            return form.unit, Decimal(str(form.scale))
    return None, Decimal(1)


# a header that is a day as structure.plain_header_cells writes one ('2018-12-31', from '31.12.2018')
_ISO_DAY: Final = re.compile(rf"{YEAR_DIGITS}-\d{{2}}-\d{{2}}")
# a header that is an ISO month, nothing else ('2020-12', as a central bank's monthly table writes it)
_ISO_MONTH: Final = re.compile(rf"{YEAR_DIGITS}-(?:0[1-9]|1[0-2])")
# a header that is a day written with its month's name, nothing else ('30 June 2019', 'June 30, 2019'): a balance
# sheet's date, the day a closing rate or a count is of
_NAMED_DAY: Final = re.compile(rf"(?P<day>\d{{1,2}})[ \t]+(?P<month>{MONTHS})\.?[ \t]+(?P<year>{YEAR_DIGITS})"
                        rf"|(?P<month2>{MONTHS})\.?[ \t]+(?P<day2>\d{{1,2}}),?[ \t]+(?P<year2>{YEAR_DIGITS})")
# a header that is a month and its year, nothing else ('June 2023', 'Jun. 2023')
_MONTH_YEAR: Final = re.compile(rf"(?P<month>{MONTHS})\.?[ \t]+(?P<year>{YEAR_DIGITS})")
_HEADER_YEAR: Final = re.compile(rf"(?<![\d.,]){YEAR_DIGITS}(?![\d.,])")
# 'year ended 31 Dec 21', 'year ending June 30, 2022', 'year ended Jun-22': a header's twelve months, its year as
# tables abbreviate it. Two digits are a year only after a day ('31 Dec 21', 'June 30, 22') or joined to the month
# ('Jun-22'): in 'year ended June 30' they are the day.
_YEAR_ENDED: Final = re.compile(rf"(?i:\byear\s+(?:ended|ending)\s+)(?:(?P<d1>[0-3]?\d)\s+)?(?P<m>{MONTHS})\.?"
                         rf"(?:(?P<joined>-|\s*['’])|\s+(?:(?P<d2>[0-3]?\d),?\s+)?)"
                         rf"(?P<y>{YEAR_DIGITS}|(?(d1)\d\d|(?(d2)\d\d|(?(joined)\d\d|(?!)))))(?![\d.,])")


def _year_ended(ended: re.Match[str]) -> str:
    """The year ending with the month ``ended`` names: a calendar year for December, else twelve months."""
    year = int(ended.group("y"))
    if year < 100:  # a table's '22'
        year += 2000 if year < 50 else 1900
    return twelve_months_to(year, MONTH_NAMES[ended.group("m").lower().rstrip(".")])


# a base year, no date of the column's figures: 'Growth since 2010', 'constant 2015 US$', '2015 prices'
_BASE_YEAR_BEFORE: Final = re.compile(rf"(?<![\w])(?:{alternation([*LEX['baseline_markers'], *_WORDS.get('base_year_before', [])])})"
                               r"[\s(]+\Z", re.IGNORECASE)
_BASE_YEAR_AFTER: Final = re.compile(rf"[\s)]+(?:{alternation(_WORDS['base_year_after'])})(?!\w)", re.IGNORECASE)
_ANY_PARENS: Final = re.compile(r"\([^()\n]*\)")
# words a header's subject never ends on: what named its base year ('Growth since 2012' → 'Growth')
_BASE_WORDS: Final = frozenset(word for phrase in [*LEX["baseline_markers"], *_WORDS.get("base_year_before", [])]
                        for word in phrase.lower().split())
_RANK_HEADERS: Final = frozenset(_WORDS.get("rank_column_headers", []))
_RANK_LAST_WORDS: Final = frozenset(_WORDS.get("rank_column_last_words", []))
# a measure published only as a percent, heading a column, the rest of the cell a year or a comma:
# 'Inflation, 2023', 'Unemployment rate'
_PERCENT_MEASURE: Final = re.compile(rf"(?:{alternation(_WORDS.get('percent_column_measures', []))})"
                              rf"(?:[\s,]+(?:\d{{4}}|in|\(?annual\)?))*", re.IGNORECASE) \
    if _WORDS.get("percent_column_measures") else None
# a measure that may also count ('Unemployment': people or a rate): percents only up to 100
_PERCENT_MEASURE_UP_TO_100: Final = re.compile(rf"(?:{alternation(_WORDS.get('percent_column_measures_up_to_100', []))})"
                                        rf"(?:[\s,]+(?:\d{{4}}|in|\(?annual\)?))*", re.IGNORECASE) \
    if _WORDS.get("percent_column_measures_up_to_100") else None


def words_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, in any case."""
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])", re.IGNORECASE)


# what a year's own column among months says its figures are ('average'): a row's label says what of
_YEAR_COLUMN_SAID: Final = frozenset(year_column_words().values())

# a capital letter glued to a cell's figure → (the unit it stands for, the header words that say so)
_LETTER_UNITS: Final = {letter: (spec["unit"], words_pattern(spec["header_words"]))
                        for letter, spec in data_json("scales.json").get("column_letter_units", {}).items()
                        if not letter.startswith("_")}


# a lone letter in a header's parentheses → (the unit it stands for beside the header's words, those words)
_HEADER_LETTER_UNITS: Final = {letter: (spec["unit"], re.compile(alternation(spec["header_words"]), re.IGNORECASE))
                               for letter, spec in data_json("scales.json").get("header_letter_units", {}).items()
                               if not letter.startswith("_")}


# the unit a table's introducing paragraph implies for its bare cells: (unit, measure words, cues, largest cell,
# whether per person); a per-person rule's cues are the per-person words unless it names its own
_TABLE_UNITS: Final = tuple((rule["unit"], words_pattern(rule["measure"]),
                             words_pattern(rule.get("cues") or units.per_capita_words()),
                             Decimal(str(rule["max"])), bool(rule.get("per_capita")))
                            for rule in data_json("implied_measures.json").get("table_units", {}).get("rules", []))


def _stated_units(words: str) -> list[str]:
    """The parentheses of ``words`` that state a unit or a scale ('(tonnes)', '(US$ bn)')."""
    return [m.group(1) for m in _PARENS.finditer(words) if header_unit(m.group(1))[:2] != (None, None)]


def lead_gives_unit(lead: str) -> bool:
    """Whether a list's lead states its items' unit once, in parentheses or by an emission per person
    (``table_units``): then it is what each item measures, as a table's caption is."""
    return bool(_stated_units(lead)) or implied_rule(lead) is not None


def implied_rule(words: str) -> tuple[str, Decimal, bool] | None:
    """The ``table_units`` rule the words introducing a table or a list meet: (unit, largest cell, per person)."""
    return next(((unit, most, per_person) for unit, measure, cues, most, per_person in _TABLE_UNITS
                 if measure.search(words) and cues.search(words)), None)


_PER_WORD: Final = re.compile(r"[ \t]+per[ \t]+[^\W\d_]+", re.IGNORECASE)  # 'in tonnes per year': the unit's rate


def _measured(cells: list[str] | None) -> list[str] | None:
    """Cells of a run-together header that state a unit, one at least ('Tonnes per person', 'Total (tonnes)'): a
    header of measures, whose columns say what their figures are; 'Latest value Reference date' says no more than
    the row's label."""
    return cells if cells and any(header_unit(cell)[:2] != (None, None) for cell in cells) else None


def unit_ended_parts(header: str, count: int) -> list[str] | None:
    """A plain table's header of ``count`` columns, each closed by the unit its figures are in, unbracketed
    ('CO2 emissions in gigatonnes Global share in percent Per capita emissions in tonnes per year', as a
    page's table reads once glossed): split after each unit word ('per year' kept with its unit, a percent's
    'per capita' left to the next column). None
    unless there are exactly ``count`` of them."""
    ends: list[int] = []
    for token in _TOKEN.finditer(header):
        unit = header_unit(token.group())[:2]
        if unit != (None, None):
            per = _PER_WORD.match(header, token.end()) if unit[0] != "%" else None  # no percent is per anything
            ends.append(per.end() if per else token.end())
    if len(ends) != count or len(set(ends)) != count:
        return None
    starts = [0, *ends[:-1]]
    parts = [header[a:b].strip() for a, b in zip(starts, ends)]
    return parts if all(any(ch.isalpha() for ch in part) for part in parts) else None


def _named_day(found: re.Match[str]) -> str | None:
    """The ISO day a ``_NAMED_DAY`` match writes ('30 June 2019': '2019-06-30'), or None when there is no such day."""
    day, month, year = (found.group("day"), found.group("month"), found.group("year")) if found.group("day") \
        else (found.group("day2"), found.group("month2"), found.group("year2"))
    try:
        return dt.date(int(year), MONTH_NAMES[month.lower().rstrip(".")], int(day)).isoformat()
    except (KeyError, ValueError):
        return None


@mypyc_attr(native_class=False)
class ColumnHeader:
    """One cell of a table's header row, read once per table: every figure of its column asks the same
    questions of it (its year, subject, rank, unit), and the answers are kept on the cell."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def year(self) -> str | None:
        """The one year the header names ('Inflation, 2023'): it dates the column's figures, whatever another
        cell of their row holds (an 'Available data' span, a rank); a base year ('since 2012') dates nothing."""
        header = self.text
        if _ISO_DAY.fullmatch(header.strip()):
            return header.strip()  # '2018-12-31' (a plain header's '31.12.2018'): a day's column, dated by its day
        named_day = _NAMED_DAY.fullmatch(header.strip())
        if named_day is not None:  # '30 June 2019': a day's column, dated by its day
            day = _named_day(named_day)
            if day is not None:
                return day
        if _ISO_MONTH.fullmatch(header.strip()):
            return header.strip()  # '2020-12': a monthly column, dated by its month (not the year 2020)
        month = _MONTH_YEAR.fullmatch(header.strip())
        if month is not None:  # 'June 2023': a monthly column, dated by its month
            return f"{month.group('year')}-{MONTH_NAMES[month.group('month').lower()]:02d}"
        ended = _YEAR_ENDED.search(header)
        if ended is not None:  # 'Average rate for year ended 30 Jun 22': the twelve months to that month
            return _year_ended(ended)
        years = [m.group() for m in _HEADER_YEAR.finditer(header)
                 if not _BASE_YEAR_BEFORE.search(header, 0, m.start()) and not _BASE_YEAR_AFTER.match(header, m.end())]
        return years[0] if len(years) == 1 else None

    @cached_property
    def subject(self) -> str | None:
        """What the header names ('Inflation, 2023 (%)' → 'Inflation'): the measure the column's figures are
        of, said in the figure's own row as a reader takes it."""
        if _MONTH_YEAR.fullmatch(self.text.strip()) or _ISO_MONTH.fullmatch(self.text.strip()) \
                or _NAMED_DAY.fullmatch(self.text.strip()):
            return None  # 'June 2023', '2023-06', '30 June 2019' date the column and name no measure
        words = _HEADER_YEAR.sub(" ", _ANY_PARENS.sub(" ", self.text)).replace(",", " ").split()
        while words and words[-1].lower() in _BASE_WORDS:
            words.pop()  # 'Growth since 2012' is about growth
        subject = " ".join(words)
        return subject if any(ch.isalpha() for ch in subject) else None

    @cached_property
    def is_rank(self) -> bool:
        """Whether the header names a rank ('Rank', 'Global rank'): a league table's positions, no claims."""
        words = self.text.lower().split()  # 'Per capita emissions (rank)': the last word in brackets too
        return self.text.strip().lower() in _RANK_HEADERS or bool(words) and words[-1].strip("()[]") in _RANK_LAST_WORDS

    @cached_property
    def stated(self) -> str:
        """The part that states a unit: its parentheses ('Exports (US$ bn)' → 'US$ bn'), else the whole cell."""
        in_parens = _PARENS.search(self.text)
        return in_parens.group(1) if in_parens else self.text

    @cached_property
    def unit(self) -> tuple[str | None, Decimal | None, bool]:
        """``header_unit`` of what the header states; a lone letter in its parentheses ('排出量(t)') is the
        unit the header's words make it (scales.json ``header_letter_units``)."""
        stated = header_unit(self.stated)
        letter = _HEADER_LETTER_UNITS.get(self.stated.strip()) if stated[:2] == (None, None) else None
        if letter is not None and letter[1].search(self.text) is not None:
            return letter[0], None, False
        return stated

    @cached_property
    def _percent_measure(self) -> tuple[bool, bool]:
        """Whether it names, unit-less, a measure published only as a percent; one that is a percent up to 100."""
        if _PARENS.search(self.text) is not None:
            return False, False
        column = self.text.strip()
        return (_PERCENT_MEASURE is not None and _PERCENT_MEASURE.fullmatch(column) is not None,
                _PERCENT_MEASURE_UP_TO_100 is not None and _PERCENT_MEASURE_UP_TO_100.fullmatch(column) is not None)

    def holds_percent(self, q: Quantity) -> bool:
        """Whether the column (no unit of its own) holds ``q`` as a percent ('| Inflation, 2023 |')."""
        always, up_to_100 = self._percent_measure
        return always or up_to_100 and abs(q.value) <= 100


# A table copied one cell per line: a figure alone on its line ('10,670,000,000'), the header of its column
# a measure and its unit in parentheses alone on a line above ('排出量(t)', 'Emissions (kt)'), a year alone
# on the line under it ('2020年', '2020')
_ALONE_FIGURE: Final = re.compile(r"[ \t]*\d[\d,.\u00a0]*[ \t]*\r?(?:\n|\Z)")
_CELL_HEADER: Final = re.compile(r"(?:[^\W\d_][\w.-]*|[^\w\s()]+)(?:[ \t]+[^\W\d_][\w.-]*|[^\w\s()]+){0,5}[ \t]*\([^\d()]{1,24}\)")
_YEAR_LINE: Final = re.compile(rf"({YEAR_DIGITS})[ \t]*[^\W\d_]{{0,3}}\.?")
_CELL_LINES_UP: Final = 40  # lines read upwards from a lone figure to its header: a record is a few lines
_CELL_LINE_MAX: Final = 60  # characters: a cell's line; a longer one is prose
_PROSE_ENDS: Final = (".", "!", "?", ";", "。")


def _alone_on_line(text: str, pos: int) -> bool:
    """Whether the figure starting at ``pos`` is all its line holds: a look at a few characters around
    it, never along the line (a paragraph's figures each ask)."""
    before = pos
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    return (before == 0 or text[before - 1] == "\n") and _ALONE_FIGURE.match(text, pos) is not None


@lru_cache(maxsize=4)
def table_headers(text: str) -> TableHeaders:
    """The headers of ``text``'s tables, kept for the matcher's questions claim after claim (each row's
    header is looked for once per text)."""
    return TableHeaders(text)


class TableHeaders:
    """The header row of the Markdown table a line belongs to, found and read once per table (memoised
    per line, so a table of any length costs one pass)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._header: dict[int, list[ColumnHeader] | None] = {}
        self._plain_headers: dict[tuple[int, int], list[ColumnHeader] | None] = {}  # by header line's start and cell count
        self._row_labels: dict[int, ColumnHeader | None] = {}  # by the row line's start
        self._unseparated: dict[int, list[ColumnHeader] | None] = {}  # by the row line's start
        self._header_cells: dict[int, list[ColumnHeader]] = {}  # by the header line's start
        self._captions: dict[int, str | None] = {}  # by the table's start: the unit its caption states
        self._implied: dict[int, tuple[str, Decimal, bool] | None] = {}  # by the table's start: its introduction's unit
        # The line of the last figure asked about: its start, that figure's offset and the pipes
        # before it. Figures come in text order, so each character is looked at once.
        self._line = (0, 0, 0)
        self._tableless: bool | None = None  # no pipe and no plain-text table: worked out at the first question
        self._cell_headers: dict[int, ColumnHeader | None] = {}  # by a line's start: the cell header above it

    def tableless(self) -> bool:
        """Whether the text holds no table at all, Markdown (no pipe) or plain: then no figure stands in a
        cell, and each figure's four or five questions are answered without a look at its line (most texts)."""
        if self._tableless is None:
            self._tableless = "|" not in self.text and not plain_tables(self.text)
        return self._tableless

    def column_at(self, pos: int) -> ColumnHeader | None:
        """The header of the column ``pos`` stands in, if it stands in a table's body row (with or
        without the row's opening pipe, which GitHub's tables leave optional), or alone on its line
        in a table copied one cell per line (``_lone_cell_header``)."""
        if _alone_on_line(self.text, pos):
            return self._lone_cell_header(pos)
        if self.tableless():
            return None
        line_start, last, pipes = self._line
        if pos < last or self.text.find("\n", last, pos) != -1:
            line_start, last, pipes = self.text.rfind("\n", last if pos >= last else 0, pos) + 1, 0, 0
            last = line_start
        pipes += self.text.count("|", last, pos) - self.text.count("\\|", last, pos)  # '\|' is a cell's pipe
        self._line = (line_start, pos, pipes)
        opened = TABLE_ROW_START.match(self.text, line_start, pos) is not None
        if not opened and not pipes:
            return self._plain_cell_header(pos)
        header = self._header_of(line_start)
        column = pipes - 1 if opened else pipes
        return header[column] if header and 0 <= column < len(header) else None

    def _lone_cell_header(self, pos: int) -> ColumnHeader | None:
        """The header over a figure alone on its line, in a table a web page's copy sets one cell per line
        ('排出量(t)' and '2020年' over '1中国', '(China)', 'Population: 1,406,473,280', '10,670,000,000'):
        the nearest line above that is a measure and its parenthesised unit and nothing else, with the year
        on the line under it if one stands there alone. Only short lines of cells stand between (blank
        lines too); a line of prose, a pipe or ``_CELL_LINES_UP`` lines end the look. Read upwards line by
        line, each line's answer kept: a long table costs one pass."""
        start = self.text.rfind("\n", 0, pos) + 1
        visited: list[int] = []
        found: ColumnHeader | None = None
        for _ in range(_CELL_LINES_UP):
            if start in self._cell_headers:
                found = self._cell_headers[start]
                break
            visited.append(start)
            if start == 0:
                break
            above = self.text.rfind("\n", 0, start - 1) + 1
            line = self.text[above:start - 1].strip()
            if len(line) > _CELL_LINE_MAX or "|" in line or line.endswith(_PROSE_ENDS):
                break
            if _CELL_HEADER.fullmatch(line) is not None and ColumnHeader(line).unit[:2] != (None, None):
                below_end = self.text.find("\n", start)
                below = self.text[start:len(self.text) if below_end < 0 else below_end].strip()
                year = _YEAR_LINE.fullmatch(below)
                found = ColumnHeader(f"{line} {year.group(1)}" if year else line)
                break
            start = above
        for line_start in visited:
            self._cell_headers[line_start] = found
        return found

    def plain_cell(self, pos: int) -> bool:
        """Whether ``pos`` opens a figure of a plain-text table's row ('JAPAN YEN 106.7754 109.0188'):
        a cell of its record, never part of the label's name ('Boeing 737')."""
        return self._plain_cell_index(pos) is not None

    def plain_row_label(self, pos: int) -> str | None:
        """The label of the plain-text table row whose figure opens at ``pos`` ('Australia' in
        'Australia 1.4567 Jul / 2022'): the record its figures are about, whatever word follows them."""
        found = self._plain_cell_index(pos)
        if found is None:
            return None
        _, row = found
        label = self.text[row.start:row.start + row.cells[0][0]].strip().lstrip("*")
        return label or None

    def _plain_cell_index(self, pos: int) -> tuple[int, PlainRow] | None:
        """Which figure of its plain-text row ``pos`` stands in (by bisection: a row of thousands of
        figures costs a logarithm per figure), and the row."""
        if self.tableless():
            return None
        row = plain_row_at(self.text, pos)
        if row is None:
            return None
        index = bisect.bisect_right(row.cells, pos - row.start, key=lambda cell: cell[0]) - 1
        if index >= 0 and pos - row.start < row.cells[index][1]:
            return index, row
        return None

    def _plain_cell_header(self, pos: int) -> ColumnHeader | None:
        found = self._plain_cell_index(pos)
        if found is None:
            return None
        index, row = found
        key = (row.header_start, len(row.cells))
        if key not in self._plain_headers:
            line = self.text[row.header_start:row.header_end]
            texts = plain_header_cells(line, len(row.cells)) or unit_ended_parts(line, len(row.cells)) \
                or _measured(capitalised_header_cells(line, len(row.cells),
                                                      row_label_cells(self.text[row.start:row.start + row.cells[0][0]])))
            self._plain_headers[key] = [ColumnHeader(text) for text in texts] if texts else None
        headers = self._plain_headers[key]
        return headers[index] if headers else None

    def plain_label_header(self, pos: int) -> ColumnHeader | None:
        """The label of the plain-text table row whose figure opens at ``pos``, read as a header is
        ('Headline Inflation 2.8 3.9 3.2': a measure published only as a percent), once per row."""
        found = self._plain_cell_index(pos)
        if found is None:
            return None
        _, row = found
        if row.start not in self._row_labels:
            label = self.text[row.start:row.start + row.cells[0][0]].strip().lstrip("*")
            self._row_labels[row.start] = ColumnHeader(label) if label else None
        return self._row_labels[row.start]

    def row_label(self, pos: int) -> ColumnHeader | None:
        """The first cell of the Markdown table row ``pos`` stands in ('| Inflation rate | 0.7 | 0.3 |'),
        read as a header is: in a table of years across, it names what the row's figures measure."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        if line_start not in self._row_labels:  # each figure of the row asks: the line is split once
            line_end = self.text.find("\n", pos)
            cells = table_cells(self.text[line_start:len(self.text) if line_end == -1 else line_end])
            self._row_labels[line_start] = ColumnHeader(cells[0]) if cells and cells[0].strip() else None
        return self._row_labels[line_start]

    def caption_unit(self, pos: int) -> str | None:
        """The unit the caption right above ``pos``'s table states in parentheses ('Émissions de CO2 par
        habitant (tonnes) :'), for a figure whose column and row state none: a caption says once what every
        cell of its table is in. The caption is the introducing paragraph's last line, read once per table."""
        table = table_start(self.text, pos)
        if table is None:
            return None
        if table not in self._captions:
            lines = introducing_paragraph(self.text, table).strip().splitlines()
            stated = [m.group(1) for m in _PARENS.finditer(lines[-1])] if lines else []
            self._captions[table] = next((content for content in reversed(stated)
                                          if header_unit(content)[:2] != (None, None)), None)
        return self._captions[table]

    def implied_unit(self, pos: int, value: Decimal) -> str | None:
        """The unit the paragraph introducing ``pos``'s table implies for its bare cells (implied_measures.json
        ``table_units``: 'les émissions par habitant …' over 'France | 6,7 | 4,8 |' is tonnes), when the cell's
        value is within the rule's bound; None elsewhere. The paragraph is read once per table."""
        found = self._implied_rule(pos)
        return found[0] if found is not None and abs(value) <= found[1] else None

    def implied_per_person(self, pos: int) -> bool:
        """Whether the paragraph introducing ``pos``'s table says its bare cells are per person (the
        ``table_units`` rule that gives them their unit)."""
        found = self._implied_rule(pos)
        return found is not None and found[2]

    def _implied_rule(self, pos: int) -> tuple[str, Decimal, bool] | None:
        table = table_start(self.text, pos) if _TABLE_UNITS else None
        if table is None:
            return None
        if table not in self._implied:
            self._implied[table] = implied_rule(introducing_paragraph(self.text, table))
        return self._implied[table]

    def letter_unit(self, pos: int, letter: str) -> str | None:
        """The unit a capital letter glued to the figure ending at ``pos`` stands for in its table cell
        (scales.json ``column_letter_units``: '16.2T' under 'CO2 emissions (per capita)' is tonnes): what
        the column's header names, or the caption's when the header states no unit; None elsewhere."""
        spec = _LETTER_UNITS.get(letter)
        column = self.column_at(pos) if spec is not None else None
        if spec is None or column is None or units.is_money(column.unit[0] or ""):
            return None
        said = column.text if column.unit[0] is not None else f"{column.text} {self.caption_unit(pos) or ''}"
        return spec[0] if spec[1].search(said) else None

    def column_year(self, pos: int) -> str | None:
        """The year the header of ``pos``'s column names (``ColumnHeader.year``)."""
        header = self.column_at(pos)
        return header.year if header else None

    def column_subject(self, pos: int) -> str | None:
        """What the header of ``pos``'s column names (``ColumnHeader.subject``)."""
        header = self.column_at(pos)
        return header.subject if header else None

    def figure_subject(self, pos: int) -> str | None:
        """What a table's figure at ``pos`` is about: its column's header, else its plain row's label; under
        a year's own column among months ('Ave' under '2007': 'average') the label and what the column
        says of it ('Headline Inflation, average'), as a sentence calling the rate an average would."""
        column, label = self.column_subject(pos), self.plain_row_label(pos)
        if column is not None and label is not None and column.lower() in _YEAR_COLUMN_SAID:
            return f"{label}, {column}"
        return column or label

    def rank_cell(self, pos: int) -> bool:
        """Whether ``pos`` stands in a column headed by a rank (``ColumnHeader.is_rank``)."""
        header = self.column_at(pos)
        return header is not None and header.is_rank

    def _header_of(self, line_start: int) -> list[ColumnHeader] | None:
        """The header cells of the table whose row starts at ``line_start``: a Markdown table's, else
        those of a table pasted without its separator row."""
        return self._separated_header_of(line_start) or self._unseparated_header_of(line_start)

    def _unseparated_header_of(self, line_start: int) -> list[ColumnHeader] | None:
        """The header line of a pipe table pasted without its separator row (``structure.table_start``
        finds it), read once per table."""
        if line_start not in self._unseparated:
            header = table_start(self.text, line_start)
            found: list[ColumnHeader] | None = None
            if header is not None and header != line_start:
                if header not in self._header_cells:
                    row_end = self.text.find("\n", line_start)
                    width = len(table_cells(self.text[line_start:len(self.text) if row_end == -1 else row_end]))
                    cells = header_line_cells(self.text, header, width)  # a header wrapped onto two lines too
                    self._header_cells[header] = [ColumnHeader(cell) for cell in aligned_header(cells)]
                found = self._header_cells[header]
            self._unseparated[line_start] = found
        return self._unseparated[line_start]

    def _separated_header_of(self, line_start: int) -> list[ColumnHeader] | None:
        visited: list[int] = []
        found: list[ColumnHeader] | None = None
        start = line_start
        while start > 0 and start not in self._header:
            visited.append(start)
            above = self.text.rfind("\n", 0, start - 1) + 1
            line = self.text[above:start - 1]
            if TABLE_SEPARATOR_ROW.match(line):
                header_start = self.text.rfind("\n", 0, max(0, above - 1)) + 1
                found = [ColumnHeader(cell) for cell in table_cells(self.text[header_start:max(header_start, above - 1)])]
                break
            if "|" not in line:
                break
            start = above
        else:
            found = self._header.get(start)
        for visited_start in visited:
            self._header[visited_start] = found
        return found


def apply_header(prose: str, q: Quantity, sentence: Sentence, tables: TableHeaders) -> None:
    """Give a bare figure (no unit, no scale) the unit and scale of the header before or right
    after it, or of its table column's header ("| Exports (US$ bn) |")."""
    if q.unit or q.kind != Kinds.count or q.end - q.start > 24:
        return
    if _percent_label(prose, q):
        return
    column = tables.column_at(q.start)
    if column is None or column.year is not None and column.unit == (None, None, False):
        # a plain row of years or months across ('Headline Inflation 2.8 3.9 3.2'): its label names the measure
        label = tables.plain_label_header(q.start)
        if label is not None and label.holds_percent(q):
            q.unit, q.subject_after = "%", False
            return
    after = _PARENS_RIGHT_AFTER.match(prose, q.end)
    # (header, the text between it and the figure in the same sentence)
    headers: list[tuple[str, str]]
    if column is not None:
        if column.holds_percent(q):
            q.unit, q.subject_after = "%", False  # '| Inflation, 2023 |': the column's figures are percents
            return
        # years across, measures down ('| Year | 2021 |' over '| Inflation rate | 4.2 |'): the row's label says
        label = tables.row_label(q.start) if column.year is not None and column.unit == (None, None, False) else None
        if label is not None and label.text.strip() != column.text.strip() and label.holds_percent(q):
            q.unit, q.subject_after = "%", False
            return
        headers = [(column.stated, "")] if label is None else [(label.stated, ""), (column.stated, "")]
        if column.unit == (None, None, False) and (label is None or label.unit == (None, None, False)):
            caption = tables.caption_unit(q.start)  # 'CO2 emissions per person (tonnes):' above the table
            if caption is not None:
                headers = [(caption, "")]
            else:
                implied = tables.implied_unit(q.start, q.value)  # a per-person emission: tonnes
                if implied is not None:
                    q.unit, q.kind, q.subject_after = implied, Kinds.level, False
                    return
    elif after:
        headers = [(after.group(1), "")]
    else:
        reach = max(sentence.start, q.start - REACH)
        headers = [(m.group(1), prose[m.end():q.start]) for m in _PARENS.finditer(prose, reach, q.start)]
        # 'emissions, measured by 1000 tons, increased from 40 720 …': the unit said in words, as a bracket says it
        headers += [(m.group(1), prose[m.end():q.start]) for m in _UNIT_STATED.finditer(prose, reach, q.start)] \
            if _UNIT_STATED is not None else []
        if not headers and _REFERS_BACK.search(prose, max(sentence.start, q.start - REACH), q.start):
            headers = [(h, "") for h in _headers_before(prose, sentence.start)]
        lead = list_lead(tables.text, q.start) if not headers else None
        if lead is not None:
            # '- Chile: 4.4' under 'CO2 emitted per person (tonnes):': the lead states each item's unit once
            headers = [(unit, "") for unit in _stated_units(lead)]
            lead_rule = implied_rule(lead) if not headers else None
            if lead_rule is not None and abs(q.value) <= lead_rule[1]:  # '… emissions per person in 2019:'
                q.unit, q.kind, q.subject_after = lead_rule[0], Kinds.level, False
                return
    for header, between in reversed(headers):
        unit, scale, of_whole = column.unit if column is not None and header == column.stated else header_unit(header)
        if unit is None and scale is None:
            continue
        if unit is not None and unit != "%" and not units.is_money(unit) and _CLAUSE_BREAK.search(between):
            continue  # 'Wheat (tonnes) rose to 300 and the budget was 12': a measure's unit stays in its clause
        if scale is not None:
            q.value *= scale
            if q.value_high is not None:
                q.value_high *= scale
        if unit is not None:
            q.unit = unit
            q.kind = Kinds.share if unit == "%" and of_whole else Kinds.level
            q.subject_after = False
        return


# 'this indicator reached a maximum value of 355,320': the figure is in the unit the sentence before
# stated for what it refers back to (lexicon ``referring_back``, as matching reads the measure).
_REFERRING: Final = lexicon().get("referring_back", {})
_REFERS_BACK: Final = re.compile(rf"\b(?:{alternation(_REFERRING.get('determiners', ['this']))})\s+"
                          rf"(?:{alternation(_REFERRING.get('nouns', ['indicator']))})\b", re.IGNORECASE)


def _headers_before(prose: str, sentence_start: int) -> list[str]:
    """The parenthesised headers of the text just before a sentence, within ``REACH`` characters."""
    return [m.group(1) for m in _PARENS.finditer(prose, max(0, sentence_start - REACH), sentence_start)]


def _percent_label(prose: str, q: Quantity) -> bool:
    """ "Unemployment rate, per cent: 5.2": a percent word with no figure of its own labels the next."""
    if q.start == 0 or prose[q.start - 1] not in " \t:" or not label_may_end_at(prose, q.start):
        return False
    label = _PERCENT_LABEL.search(prose, max(0, q.start - _LABEL_REACH), q.start)
    if label is None:
        return False
    q.unit, q.subject_after = "%", False
    q.kind = Kinds.share if " of" in label.group().lower() else Kinds.level
    return True


# 'emitted 4.7 compared to the U.S., which sits at 4.9 metric tons of carbon', '0.40 metric tons … well
# below the global average (1.30)': a bare figure compared with a measured one is in the same unit.
_COMPARED: Final = re.compile(rf"(?<![\w]){comparison_words('unit_comparison_words')}(?![\w])", re.IGNORECASE)
_COMPARED_REACH: Final = 120  # characters between the two figures


def compared_units(prose: str, sentence: Sentence) -> None:
    """Give each bare figure with nothing counted after it the physical unit (and scale) of the one
    measured figure of its sentence it is compared with ('than', 'compared to', 'below'), in place.
    Only figures within ``_COMPARED_REACH`` characters are looked at: linear in the sentence's figures."""
    figures = sentence.quantities
    for i, q in enumerate(figures):
        if q.unit or q.kind != Kinds.count or not _nothing_counted(prose, q.end):
            continue
        near = [*_within_reach(figures, i, -1, q.start), *_within_reach(figures, i, 1, q.end)]
        linked = [o for o in near if o.unit and o.unit not in units.RELATIVE_UNITS and not units.is_money(o.unit)
                  and o.kind == Kinds.level and _compared(prose, q, o)]
        if len(linked) == 1:
            _take_unit(prose, q, linked[0])


def _within_reach(figures: list[Quantity], i: int, step: int, edge: int) -> list[Quantity]:
    out = []
    j = i + step
    while 0 <= j < len(figures) and abs((figures[j].end if step < 0 else figures[j].start) - edge) \
            <= _COMPARED_REACH:
        out.append(figures[j])
        j += step
    return out


def _take_unit(prose: str, q: Quantity, other: Quantity) -> None:
    written = _written_number(prose[other.start:other.end])
    scale = other.value / written if written else Decimal(1)
    if scale not in _POWERS:
        return
    q.value *= scale
    if q.value_high is not None:
        q.value_high *= scale
    q.unit, q.kind = other.unit, Kinds.level


_POWERS: Final = frozenset(Decimal(10) ** (3 * k) for k in range(-2, 5))
_NUMBER: Final = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _written_number(surface: str) -> Decimal | None:
    found = _NUMBER.search(surface)
    try:
        return Decimal(found.group().replace(",", "")) if found else None
    except ArithmeticError:
        return None


_NOTHING_AFTER: Final = re.compile(r"[ \t]*(?:[)\].,;:]|$)")


def _nothing_counted(prose: str, end: int) -> bool:
    """No noun follows the figure: punctuation, a closing bracket, or a comparison word ('4.7 compared to')."""
    if _NOTHING_AFTER.match(prose, end):
        return True
    return _COMPARED.match(prose[end:end + 40].lstrip()) is not None


def _compared(prose: str, a: Quantity, b: Quantity) -> bool:
    start, end = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return 0 <= end - start <= _COMPARED_REACH and _COMPARED.search(prose, start, end) is not None
