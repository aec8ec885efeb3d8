"""The lexicon's words as the lookups and regex fragments several extraction modules share."""

from __future__ import annotations

import re
from typing import Any, Final

from ..patterns import YEAR_1800_TO_2199
from .. import units
from ..models import Direction, Kind, Qualifier
from ..numbers import WORD_VALUES, alternation, lexicon, scales

LEX: dict[str, Any] = lexicon()


# The claim enums' members as constants for the extraction modules. Compiled, ``Kind.change`` is an attribute
# call on the enum's class, which Python 3.11's ``EnumType.__getattr__`` routes through a slow hook (~440
# instructions, ~10 k such reads a pass of the benchmark's paragraphs), after a look-up of ``Kind`` in the
# module's globals; a class attribute declared ``Final`` is a C static read in one instruction
# (benchmarks/README.md, "Thirty-sixth performance pass"). Interpreted, the same objects.
class Kinds:
    level: Final = Kind.level
    change: Final = Kind.change
    share: Final = Kind.share
    count: Final = Kind.count
    ratio: Final = Kind.ratio


class Qualifiers:
    exact: Final = Qualifier.exact
    approx: Final = Qualifier.approx
    nearly: Final = Qualifier.nearly
    gt: Final = Qualifier.gt
    ge: Final = Qualifier.ge
    lt: Final = Qualifier.lt
    le: Final = Qualifier.le
    range: Final = Qualifier.range


class Directions:
    up: Final = Direction.up
    down: Final = Direction.down
SCALES: dict[str, Any] = scales()  # signs, scales and fractions (data/scales.json)


def _normalised(word: str) -> str:
    return " ".join(word.lower().split())


def _grouped(key: str, kind: type) -> dict[str, Any]:
    """A lexicon group ``{value: [words]}`` turned around: normalised word → value."""
    return {_normalised(word): kind(value) for value, words in LEX[key].items() for word in words}


CARDINALS: Final = alternation([*LEX["cardinals"], *LEX["tens"]])
MONTH_NAMES: dict[str, int] = dict(LEX["months"])
# Months are proper nouns: matched capitalised so the verb "may" and "march" stay words.
MONTHS: Final = alternation([m.capitalize() for m in MONTH_NAMES] + [m.upper() for m in MONTH_NAMES if len(m) == 3])
# After a day's numeral written with an ordinal full stop ('am 3. April 2021'): the stop, the month and
# the year. Only with its year: a figure ending a sentence before one opening with 'May' stays a figure.
ORDINAL_DAY_TAIL: Final = re.compile(rf"\.\s+(?:{MONTHS})\.?,?\s+{YEAR_1800_TO_2199}(?!\d)")


# After a day's numeral with an ordinal stop and its month alone ('am 1. Januar lebten …'): a day only after one of
# the lexicon's ``ordinal_day_openers`` (``_ORDINAL_DAY_OPENER``), which the text before the numeral ends with
_ORDINAL_DAY_MONTH: Final = re.compile(rf"\.\s+(?:{MONTHS})(?![\w])")
_ORDINAL_DAY_OPENER: Final = re.compile(rf"(?<![\w.])(?i:{alternation(LEX['ordinal_day_openers'])})\s+\Z")


def ordinal_day_at(prose: str, start: int, end: int) -> bool:
    """Whether the numeral at ``prose[start:end]`` (the caller's, one it has read as digits) is a day of
    one or two digits written with an ordinal stop before its month and year ('am 3. April 2021'), or before its
    month alone after a word that opens a day ('am 1. Januar', lexicon ``ordinal_day_openers``)."""
    if end - start > 2:
        return False
    if ORDINAL_DAY_TAIL.match(prose, end) is not None:
        return True
    return _ORDINAL_DAY_MONTH.match(prose, end) is not None \
        and _ORDINAL_DAY_OPENER.search(prose[max(0, start - 12):start]) is not None

TIME_UNITS: Final = alternation(LEX["time_units"])
# 'ten years ago', '10 years ago': counted back from the text's present, like 'a year earlier' (lexicon _years_ago)
YEARS_AGO: dict[str, int] = {f"{written} years ago": -count
                             for written, count in [*((w, int(v)) for w, v in {**LEX["cardinals"], **LEX["tens"]}.items()),
                                                    *((str(n), n) for n in range(2, int(LEX["years_ago_max"]) + 1))]
                             if 2 <= count <= int(LEX["years_ago_max"])}
RELATIVE_YEARS: dict[str, int] = {_normalised(k): int(v) for k, v in {**LEX["relative_years"], **YEARS_AGO}.items()}
RELATIVE: Final = alternation(list(RELATIVE_YEARS))  # 'last year', 'a year earlier': the years a phrase counts


def relative_year_offset(phrase: str) -> int | None:
    """The years ``phrase`` counts from its anchor ('last year' -1, 'a year later' 1), however it is
    cased or spaced; None for a phrase of no relative year."""
    return RELATIVE_YEARS.get(_normalised(phrase))

QUALIFIER_OF: Final[dict[str, Qualifier]] = _grouped("qualifiers", Qualifier)
DIRECTION_OF: Final[dict[str, Direction]] = _grouped("change_verbs", Direction)
NOUN_DIRECTION: Final[dict[str, Direction]] = {w.lower(): Direction(d) for d, ws in LEX["change_nouns"].items() for w in ws}
PHRASAL_PARTICLES: Final = frozenset(LEX["phrasal_particles"])  # "up", "down": verbs only after some words

STOPWORDS: Final = frozenset(w.lower() for w in LEX["subject_stopwords"])
MEASURE_NOUNS: Final = frozenset(LEX["measure_nouns"])
# Verbs the "-ed" test misses ("1,500 delegates met") and qualifiers that are verbs ("exceeded").
VERB_WORDS: Final = frozenset(w for w in DIRECTION_OF if " " not in w and w not in PHRASAL_PARTICLES) | frozenset(
    w for w in QUALIFIER_OF if " " not in w and w not in LEX["subject_stopwords"]) | frozenset(LEX["level_verbs"]) \
    | frozenset(LEX["phrase_ending_verbs"])
AUXILIARIES: Final = frozenset(LEX["auxiliaries"])
NOUN_PHRASE_LINKS: Final = frozenset(LEX["noun_phrase_links"])
NUMBER_WORD_SET: Final = frozenset(WORD_VALUES)  # "six", "twenty", "million", "dozen"

# One whitespace character, or a line break inside a paragraph (not a blank line) in any of its forms: a CRLF
# (Windows editors save one) is one break, as an LF is, so a figure wrapped from its scale or unit reads the same.
WS: Final = r"(?:[ \t\r\u00a0\u2009\u202f]|\r?\n(?![ \t\r]*\n))"
PREFIXES: Final = units.surface_alternation(units.currency_prefixes())  # type: ignore[has-type]  # mypyc: an import cycle
SUFFIXES: Final = units.surface_alternation([f for f in units.unit_suffixes() if f.surface != "x"])  # type: ignore[has-type]

# Small patterns several readers share.
OF_AFTER: Final = re.compile(r"\s+of\b", re.I)
_WORD_RE: Final = r"[A-Za-z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
NOUN_AFTER: Final = re.compile(rf"{WS}+((?:{_WORD_RE})(?:{WS}+{_WORD_RE}){{0,7}})")  # up to eight words after a figure
CLAUSE_BREAK: Final = re.compile(r"[,:;()—–]|\s-\s")
# Phrases that say how a figure is taken ("grew at an annual rate of 5 %"), and the letters (both
# cases) they can end with: a pattern ending in one is searched only where the text before a figure
# ends with one of these, white space stripped; None when a phrase ends otherwise (then always).
RATE_OF_PHRASES: list[str] = LEX["rate_of_before"]
RATE_OF_LAST: Final = frozenset(c for p in RATE_OF_PHRASES for c in (p[-1:].lower(), p[-1:].upper())) \
    if all(p[-1:].isascii() and p[-1:].isalpha() for p in RATE_OF_PHRASES) else None


def of_after(prose: str, pos: int) -> re.Match[str] | None:
    """``OF_AFTER.match(prose, pos)``: white space, then "of" as a word. Most figures have none ("5 percent",
    "12 schools"): the letter after the white space, read first, turns them away without a ``re`` call (no
    other letter folds onto "o" in ``re``, ``patterns.CASE_INSENSITIVE_EXTRAS``)."""
    end = len(prose)
    i = pos
    while i < end and prose[i].isspace():
        i += 1
    if i == pos or i == end or (prose[i] != "o" and prose[i] != "O"):
        return None
    return OF_AFTER.match(prose, pos)


def may_end_rate_phrase(text: str) -> bool:
    """Whether ``text`` (white space stripped at its end) can end with a ``RATE_OF_PHRASES`` phrase.
    A non-ASCII last character is sent to the pattern: ``re`` folds a few letters to ASCII ones."""
    if RATE_OF_LAST is None:
        return True
    last = text.rstrip()[-1:]
    return last in RATE_OF_LAST or not last.isascii()
