"""Sentences of the draft, split once and cut out only where a number stands."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, TYPE_CHECKING

from ..numbers import alternation
from ..structure import LIST_MARKER, heading_lines, table_row_starts
from ..units import currency_sign_standing
from .vocabulary import LEX, ordinal_day_at

if TYPE_CHECKING:
    from .quantities import Quantity

Period = tuple[int, int, "str | None"]  # start, end, value (None for a baseline: "than in 2020")

# Sentences: a boundary after ., !, ? or … (and closing quotes) and a space, before a digit, a quote or a
# letter that is not ASCII lower case (``_opens_sentence`` then keeps only the capitals of other cased scripts
# and the letters of scripts without case); after one glued both to a lower-case word, a digit or a percent
# sign and to the capitalised word after it, as pages lose the space ("rose 4.1 percent.The bank"); after a
# script's own full stop ("。", "।", "։"), space or none; after a colon standing for one (lexicon.json's
# colon_sentence_starts); at blank lines; and at line breaks before Markdown
# blocks (handled via the masked prose).
# (The shared first character lets ``re`` skip ahead to it; the look-behinds pick the branch.)
FINAL_MARKS: str = LEX["sentence_final_marks"]
CLOSERS: Final = "\"”’')]»›」』）】》〉"
OPENERS: Final = "\"“‘([«‹„‚¿¡「『（【《"

BREAK_MARKS: Final = ".!?…:\n" + FINAL_MARKS  # every break opens with one of them
SENTENCE_BREAK: Final = re.compile(rf"[{re.escape(BREAK_MARKS)}](?:(?<=[.!?…])[{re.escape(CLOSERS)}]*\s+"
                            rf"(?=(?:[{re.escape(OPENERS)}]\s?)?[^\W_a-z])"
                            r"|(?<=[\w%][.!?])(?<![A-Z_][.!?])(?=[^\W\d_a-z][^\W\d_A-Z])"
                            rf"|(?<=[{re.escape(FINAL_MARKS)}])[{re.escape(CLOSERS)}]*\s*(?=\S)"
                            rf"|(?<=:)\s+(?=[{LEX['colon_sentence_starts']}])"
                            r"|(?<=\n)[ \t\r]*\n\s*)")
_LOWERCASE_STARTS: Final = re.compile(f"[{LEX['lowercase_sentence_starts']}]")
_ASCII_BREAK_MARKS: Final = tuple(mark for mark in BREAK_MARKS if mark.isascii())


_SPACED_OPENERS: Final = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def sentence_breaks(prose: str, start: int) -> list[tuple[int, int]]:
    """The spans of ``SENTENCE_BREAK.finditer(prose, start)``'s matches. In an ASCII text (most paragraphs) the
    pattern is tried only where ``str.find`` finds one of the marks a break opens with: a C scan per mark, where
    ``re`` would test the marks' set at every character, 3–4 times the cost. Most such marks end a sentence the
    plainest way, a '.', '!' or '?', one space and a capital or a digit ("rose. The", "fell! 5"): the pattern's
    first branch, whose span is the mark and the space, told from those three characters with no ``re`` call
    (a call costs ~3 k instructions, one per mark of every paragraph with a figure)."""
    if not prose.isascii():
        return [m.span() for m in SENTENCE_BREAK.finditer(prose, start)]
    marks: list[int] = []
    for mark in _ASCII_BREAK_MARKS:
        at = prose.find(mark, start)
        while at >= 0:
            marks.append(at)
            at = prose.find(mark, at + 1)
    marks.sort()
    found: list[tuple[int, int]] = []
    end = start  # (as ``finditer``: a mark inside the last break opens none)
    size = len(prose)
    for at in marks:
        if at >= end:
            if at + 2 < size and prose[at] in ".!?" and prose[at + 1] == " " and prose[at + 2] in _SPACED_OPENERS:
                end = at + 2
                found.append((at, end))
                continue
            m = SENTENCE_BREAK.match(prose, at)
            if m is not None:
                end = m.end()
                found.append((at, end))
    return found


def _opens_sentence(prose: str, start: int, glued: bool) -> bool:
    """Whether the text at ``start``, after a '.', '!', '?' or '…' that ``SENTENCE_BREAK`` found, opens a
    sentence in its own script: a capital ("Αυτό", "Инфляция", "Łódź", "Ըստ") or a letter of a script without
    case ("通", "मुद्रास्फीति", "ინფლაცია"), never a lower-case letter ("г. в", "π.χ. η"); glued to the stop, a capital
    before a lower-case letter only ("года.Инфляция"). ASCII was decided by the pattern itself."""
    first = prose[start]
    if first in OPENERS:  # maybe spaced from its quote, as French prints it ("« Nous")
        start += 2 if prose[start + 1].isspace() else 1
        first = prose[start]
    if first < "\x80":
        return True
    if glued:
        if first.isupper():
            return prose[start + 1].islower()  # (no quote before a glued word)
        return not first.islower() and _caseless_word_after_glued_stop(prose, start)
    return not first.islower() or _LOWERCASE_STARTS.match(first) is not None


_WORD_RUN: Final = re.compile(r"\w+")


def _caseless_word_after_glued_stop(prose: str, start: int) -> bool:
    """Whether a word of a script without case ('지난해', 'بلغ', '物价') glued to the stop before ``start`` opens a
    sentence: the stop ends a figure or a word of two letters or more ('계획이다.지난해', '5%.بلغ'), and the word
    after it is no letter or two of an abbreviation written with dots (Arabic 'ر.س', 'د.ك'; Thai 'พ.ศ.', 'เม.ย.')."""
    before = prose[start - 2:start - 1]
    if not (before.isdigit() or before == "%" or (before.isalpha() and prose[start - 3:start - 2].isalpha())):
        return False
    word = _WORD_RUN.match(prose, start)
    return word is not None and word.end() - start >= 2 and prose[word.end():word.end() + 1] != "."


# Markdown blocks (list items, headings, quotes) start a sentence; read from the unmasked text.
# a pasted bullet may sit right against its text ('•Chile 7.6%'): no space needed after it
_LIST_OR_HEADING: Final = re.compile(rf"^[ \t]{{0,3}}(?:(?:#{{1,6}}|>)[ \t]|{LIST_MARKER})", re.M)
# The same after a line break: ``re`` jumps from one "\n" to the next instead of trying "^" at
# every character (the text's first line is tried alone).
_LIST_OR_HEADING_AFTER_BREAK: Final = re.compile(r"\n" + _LIST_OR_HEADING.pattern[1:])
# A fact box or portal prints a label on one line and its value on the next, maybe after a blank
# line ("Population\n\n19.8 million"): the pair is one sentence. Found from the value line's start.
_VALUE_LINE_START: Final = re.compile(r"\n(?:[ \t]*\n)?[ \t]*[-+\u2212$\u20ac\u00a3\u00a5]?\d")
_LIST_NUMBER: Final = re.compile(r"[ \t]*\d{1,3}[.)-][ \t]+")
_FACT_LABEL_MAX, _FACT_VALUE_MAX, _FACT_LABEL_WORDS = 50, 60, 6
ABBREVIATIONS: Final = frozenset(LEX["abbreviations"])
_ABBREVIATION_ENDINGS: Final = frozenset(word[-2:] for word in ABBREVIATIONS if len(word) > 1)
_DAY_BEFORE_STOP: Final = re.compile(r"(?<![\w.,])[0-3]?\d$")
# a scale abbreviation right after a figure, as Baltic, Nordic and continental copy write it with its dot ('5 mln.',
# '12,4 Mio.'): the dot is the abbreviation's when a currency's sign or code follows ('5 mln. EUR')
_FIGURE_OPENS: Final = re.compile(r"\s?[-+\u2212]?\d")
_SCALE_ABBREVIATION_AT_END: Final = re.compile(rf"\d\s?(?:{alternation(LEX['scale_abbreviations_after_number'])})\Z")


def _ordinal_day_stop(prose: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends a day's numeral before its month and year ('am 3. April
    2021', 'den 1. August 2022'), not the sentence."""
    if not prose[dot - 1:dot].isdigit():
        return False
    day = _DAY_BEFORE_STOP.search(prose, max(0, dot - 3), dot)
    return day is not None and ordinal_day_at(prose, day.start(), dot)


def scale_dot_before_currency(prose: str, dot: int, after: int) -> bool:
    """Whether the full stop at ``dot`` ends a scale abbreviation after a figure ('5 mln.', '3,2 Mio.') and a
    currency's sign or code follows at ``after`` ('5 mln. EUR', '3,2 Mio. USD'): the figure's money, no
    sentence's first word. One that opens a figure ('2 mln. EUR 3 mln. was spent') is the next figure's."""
    if _SCALE_ABBREVIATION_AT_END.search(prose, max(0, dot - 12), dot) is None:
        return False
    sign = currency_sign_standing().match(prose, after)
    return sign is not None and _FIGURE_OPENS.match(prose, sign.end()) is None


def _is_abbreviation(word: str) -> bool:
    """Whether a word written with its full stop ("Mr.", "(e.g.", "U.S.") is an abbreviation or an initial."""
    token = word.rstrip(".").lower().lstrip("(\"“")
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _ends_a_sentence_inside(words: str) -> bool:
    """Whether a full stop and a space inside ``words`` end a sentence ("Inflation rose. GDP"), not an
    abbreviation ("U.S. exports")."""
    return any(not _is_abbreviation(word) for word in words.split()[:-1] if word.endswith("."))


def fact_box_pairs(text: str, prose: str, start: int) -> list[tuple[int, int]]:
    """(label line start, value line end) of each label line followed by a line holding only a short
    value ("Population\n19.8 million", "1. Zimbabwe\n\n284,94%", "Coastline\n\n0 km (landlocked)");
    Markdown list items and headings (read from ``text``) are blocks of their own."""
    pairs = []
    for m in _VALUE_LINE_START.finditer(prose, start):
        value_start = prose.rfind("\n", m.start(), m.end()) + 1
        if _LIST_OR_HEADING.match(text, value_start):
            continue
        value_end = prose.find("\n", value_start)
        value_end = len(prose) if value_end < 0 else value_end
        value = prose[value_start:value_end].strip()
        if len(value) > _FACT_VALUE_MAX or "|" in value or ". " in value or value.endswith((".", "!", "?", ":")):
            continue
        label_start = prose.rfind("\n", start, m.start()) + 1
        label_start = max(label_start, start)
        if _LIST_OR_HEADING.match(text, label_start) and not _LIST_NUMBER.match(text, label_start):
            continue  # a bullet or a heading; a numbered line may be a ranking's label ("1. Zimbabwe")
        label = prose[label_start:m.start()]
        listed = _LIST_NUMBER.match(label)
        words = label[listed.end() if listed else 0:].strip()
        if not words or len(words) > _FACT_LABEL_MAX or not words[0].isalpha() or len(words.split()) > _FACT_LABEL_WORDS \
                or any(ch.isdigit() for ch in words) or words.endswith((".", "!", "?", ",", ";", ":")) \
                or _ends_a_sentence_inside(words):
            continue
        pairs.append((label_start, value_end))
    return pairs


def block_starts(text: str, start: int) -> list[int]:
    """Where ``_LIST_OR_HEADING`` matches from ``start`` on: the line breaks it follows, and the first line."""
    found = [0] if start == 0 and _LIST_OR_HEADING.match(text) else []
    if "\n" not in text:  # (one line, as most paragraphs: no scan, the pattern opens with a line break)
        return found
    return found + [m.start() + 1 for m in _LIST_OR_HEADING_AFTER_BREAK.finditer(text, max(0, start - 1))]


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    periods: list[Period]
    entities: list[str] | None
    key: bytes | None  # the sentence's part of claim ids
    quantities: list[Quantity]  # in text order
    period_index: Any  # built by ``periods`` the first time a figure's period is chosen
    year_span_ends: dict[int, int] | None  # built by ``ends_a_year_span`` the first time it is asked

    # written out, not generated: ``dataclass``'s ``__init__`` runs interpreted in the compiled build
    # (``quantities.Quantity``)
    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.periods = []
        self.entities = None
        self.key = None
        self.quantities = []
        self.period_index = None
        self.year_span_ends = None


class Sentences:
    """The sentence around any offset; a sentence's periods are read when it is first cut out."""

    def __init__(self, text: str, prose: str, body_start: int, periods_in: Callable[[int, int], list[Period]]) -> None:
        self.text = text
        self.prose = prose
        self.body_start = body_start
        self._periods_in = periods_in
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._cut: dict[int, Sentence] = {}

    def _split(self) -> None:
        prose = self.prose
        # Break ends come in increasing order, each after the body's start: already sorted.
        ordered = [self.body_start]
        for dot, end in sentence_breaks(prose, self.body_start):
            # Only a full stop can end an abbreviation ("!" and "?" always end the sentence).
            mark = prose[dot]
            # (eight letters before the dot, the first test of ``after_abbreviation``, is read here
            # without the call: most full stops end a word that long or shorter words' tests)
            if mark == "." and (dot < 8 or not prose[dot - 8:dot].isalpha()) \
                    and (self.after_abbreviation(dot + 1) or _ordinal_day_stop(prose, dot)
                         # (an ISO code's second letter is a capital: read before the patterns)
                         or prose[end + 1:end + 2].isupper() and scale_dot_before_currency(prose, dot, end)):
                continue
            # (a digit or an ASCII capital after it opens a sentence: read without the call)
            if mark in ".!?…" and not "0" <= prose[end] <= "Z" and not _opens_sentence(prose, end, end == dot + 1):
                continue
            ordered.append(end)
        # a block and a table row start a sentence in plain copy too: a draft with no masked markup
        # may still hold a table, each row its own record
        blocks = block_starts(self.text, self.body_start)
        rows = table_row_starts(self.text, self.body_start)
        if self.text is not prose or blocks or rows:
            starts = set(ordered)
            starts.update(blocks)
            starts.update(rows)
            if self.text is not prose:
                starts.update(h.end + 1 for h in heading_lines(self.text, self.body_start) if h.end < len(self.text))
            ordered = sorted(starts)
        pairs = fact_box_pairs(self.text, prose, self.body_start) if "\n" in prose else []
        if pairs:
            starts = set(ordered)
            for label_start, value_end in pairs:
                starts.difference_update(range(label_start + 1, value_end + 1))
                starts.add(label_start)
                if value_end < len(prose):
                    starts.add(value_end + 1)
            ordered = sorted(starts)
        self._starts = ordered
        self._ends = ordered[1:] + [len(prose)]

    def after_abbreviation(self, pos: int) -> bool:
        """Whether the full stop before ``pos`` ends an abbreviation ("Mr.", "e.g.") or an initial."""
        prose = self.prose
        if pos >= 9 and prose[pos - 9:pos - 1].isalpha():
            return False  # eight letters before the dot: longer than any abbreviation
        if pos >= 3 and prose[pos - 2] != "." and not prose[pos - 3].isspace() and prose[pos - 3] not in "(\"“" \
                and prose[pos - 3:pos - 1].lower() not in _ABBREVIATION_ENDINGS:
            return False  # a word of two or more letters that no abbreviation ends like
        word = prose[max(0, pos - 12):pos].rsplit(None, 1)[-1:] or [""]
        return _is_abbreviation(word[0])

    def release(self) -> None:
        """Forget the sentences cut so far, breaking each one's cycle with its period index."""
        for sentence in self._cut.values():
            sentence.period_index = None
        self._cut.clear()

    def at(self, offset: int) -> Sentence:
        if self._starts is None:
            self._split()
        assert self._starts is not None
        index = bisect.bisect_right(self._starts, offset) - 1
        start = self._starts[index]
        cached = self._cut.get(start)
        if cached is None:
            raw = self.prose[start:self._ends[index]]
            stripped_start = start + (len(raw) - len(raw.lstrip()))
            cached = Sentence(stripped_start, start + len(raw.rstrip()), " ".join(raw.split()))
            cached.periods = self._periods_in(cached.start, cached.end)
            self._cut[start] = cached
        return cached
