"""A numeral or number words read in context: currency, scale, unit, range, qualifier and kind.

Every reader returns a ``Quantity``, or None when the core is no quantity (a year used as
time, a date, a name with digits, "the two countries").
"""

from __future__ import annotations

from typing import Final

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .. import units
from . import newsunits
from ..models import Direction, Kind, Qualifier
from ..numbers import (
    DENOMINATORS,
    FRACTION_WORDS,
    NUMBER_WORDS,
    NUMERAL,
    DIGITS_POINT_TAIL,
    SPOKEN_POINT_BETWEEN_DIGITS,
    alternation,
    data_json,
    fraction_decimals,
    parse_fraction,
    parse_number,
    scale_of,
    spoken_digit_string,
    trim_number_words,
)
from ..patterns import CASE_INSENSITIVE_EXTRAS, Behind, BehindMatch, WordBefore, reversed_words
from .branch_dispatch import first_characters
from .kinds import BY_BEFORE, QUALIFIER_BEFORE, Classifier, qualifier_may_end_at
from .nonclaims import FOOTNOTE_MARK_AFTER_PERCENT
from .sentences import scale_dot_before_currency
from .money_signs import CONTEXT_LAST, MONEY_AFTER_WINDOWS, context_currency_before, money_after
from .vocabulary import (
    Kinds,
    Qualifiers,
    LEX,
    SCALES,
    MONTH_NAMES,
    MONTHS,
    NOUN_AFTER,
    PREFIXES,
    QUALIFIER_OF,
    STOPWORDS,
    SUFFIXES,
    CARDINALS,
    TIME_UNITS,
    WS,
    ordinal_day_at,
)

# Context around a core, read with anchored matches (``pattern.match(prose, pos)``).
_NUMERAL_SCALES: Final = {k: int(v) for k, v in SCALES["scale_words_after_numeral"].items() if not k.startswith("_")}
_ATTACHED_LETTERS: Final = {k: int(v) for k, v in SCALES["attached_scale_letters"].items() if not k.startswith("_")}
_CHAINED: Final = {k.lower(): Decimal(int(v)) for k, v in SCALES["chained_scales"].items() if not k.startswith("_")}
_CHAINED_SCALE: Final = re.compile(rf"{WS}(?P<chain>(?i:{alternation(list(_CHAINED))}))(?![\w-])")
_CURRENCY_ONLY_LETTERS: Final = frozenset(SCALES["currency_only_scale_letters"])
_CURRENCY_ONLY_ABBREVIATIONS: Final = frozenset(SCALES["currency_only_scale_abbreviations"]["words"])
_LETTERS_BEFORE_CURRENCY: Final = frozenset(SCALES["scale_letters_before_currency"]["letters"])
_SPACED_SCALE_LETTER: Final = re.compile(rf"{WS}(?P<letter>[{''.join(sorted(_LETTERS_BEFORE_CURRENCY))}])(?![\w-])")
# A scale ends where no letter follows, a hyphen and a letter included ("million-dollar" is
# no scale of the figure); a hyphen before a figure or symbol is a range's ("$12.5bn-$13bn").
_SCALE_END: Final = r"(?!\w|-[A-Za-z])"
_PLURAL_SCALE: Final = re.compile(rf"{WS}(?P<word>(?i:{alternation(SCALES['plural_scales_after_number']['words'])})){_SCALE_END}")
# ``_PLURAL_SCALE`` and ``_SPACED_SCALE_LETTER`` both open with one ``WS`` character and then a plural scale word
# or a scale letter; most figures have neither ("300 schools"), so the two characters are tested before either
# pattern is tried: ASCII text there must hold one of these openers (``re`` says which ASCII letters a word's first
# letter matches caselessly); text that is not ASCII goes to the patterns.
_WS_FIRST: Final = frozenset(" \t\r\n\u00a0\u2009\u202f")
_SPACED_SCALE_OPENERS: Final = frozenset(_LETTERS_BEFORE_CURRENCY) | frozenset(
    c for w in SCALES["plural_scales_after_number"]["words"] for c in first_characters(re.escape(w), re.IGNORECASE))
_SCALE_LETTERS: Final = "kKmMbBT"
_MILLIONS_M_LETTERS: Final = frozenset(SCALES["millions_m"]["letters"])
_MILLIONS_M_ARTICLES: Final = frozenset(SCALES["millions_m"]["articles_before"])
_METRE_WORDS: Final = frozenset(SCALES["millions_m"]["metre_words"])
_FIGURE_AT_END: Final = re.compile(r"[\d.,]*\d\Z")
_WORD_AT_END: Final = re.compile(r"(\w+)\W{0,2}\Z")  # "a 5m", "the €"... the word before a figure
_NEXT_WORD: Final = re.compile(r"[ \u00a0]([A-Za-z]+)(?![\w'’])")  # "1m isn't" is no count of "isn"
_CLAUSE_END: Final = re.compile(r"[.,;:)!?]|\s*\Z")
_WORDS: Final = re.compile(r"[A-Za-z]+")


class _ScaleAfter:
    """``_SCALE_AFTER``'s pattern, anchored, tried only where its first letter may stand.

    Every branch opens with a scale word, abbreviation or letter, after at most one white-space
    character (``WS``) or a hyphen; most figures have none ("300 schools", "5%", "in 2015,"), and the pattern
    costs about a microsecond to say so at each of the several places a figure asks. So the
    first character there (or the one after a white space) is tested first against the letters a
    branch can open with, both cases for the case-insensitive ones; text that is not ASCII there
    goes to the pattern (``re`` folds a few non-ASCII letters to ASCII ones). A word opening with a
    letter that folds to no ASCII one ('млн') needs no opener in the test: ASCII text cannot start it.
    Data whose words open with an ASCII character that is no letter turns the test off: the pattern
    decides everywhere.
    """

    _SPACES = frozenset(" \t\r\n\u00a0\u2009\u202f-")  # what ``WS`` or a hyphen matches first

    def __init__(self, words: list[str], abbreviations: list[str], numeral_words: list[str]) -> None:
        self.regex = re.compile(
            rf"(?:(?:{WS}|-)?(?P<word>(?i:{'|'.join(words)})){_SCALE_END}"  # "$27-billion" too
            rf"|(?:{WS}|-)?(?P<abbr>{'|'.join(abbreviations)}){_SCALE_END}"
            rf"|{WS}?(?P<numeral_word>(?i:{alternation(numeral_words)})){_SCALE_END}"  # '5 crore', '₹12cr' too
            rf"|(?P<letter>[{_SCALE_LETTERS}]){_SCALE_END})"
        )
        self.pattern = self.regex.pattern
        # A word opening with a letter no ASCII one folds to ('млн', 'милиона') cannot start where the text has an
        # ASCII character, and text that is not ASCII goes to the pattern: only the ASCII openers are tested.
        caseless = [w[:1] for w in (*words, *numeral_words)]
        firsts = {c for w in caseless for c in first_characters(re.escape(w), re.IGNORECASE)} \
            | {w[:1] for w in abbreviations if w[:1].isascii()} \
            | set(_SCALE_LETTERS)
        usable = all(len(c) == 1 and c.isalpha() for c in firsts) and all(w[:1] for w in (*words, *numeral_words, *abbreviations))
        self._firsts: frozenset[str] | None = frozenset(firsts) if usable else None

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        firsts = self._firsts
        if firsts is not None:
            first = text[pos:pos + 1]
            if first not in firsts:
                if first in self._SPACES:
                    after = pos + 2 if text[pos:pos + 2] == "\r\n" else pos + 1  # a CRLF is one WS
                    second = text[after:after + 1]
                    if second not in firsts and second.isascii():
                        return None
                elif first.isascii():
                    return None
        return self.regex.match(text, pos)


# A footnote's mark blanked from the prose after its figure ('197 112[5] milioni di $', drafts.mask_markup) leaves the
# figure and its scale a run of spaces apart, as a doubled space does: the scale word after the run is the figure's
# (the run's last space is the one a scale word may stand after).
_BLANKED_GAP: Final = re.compile(r" {1,15}(?= \S)")
_SCALE_AFTER: Final = _ScaleAfter(list(LEX["scale_words_after_number"]), list(LEX["scale_abbreviations_after_number"]),
                           list(_NUMERAL_SCALES))
_UNIT_SUFFIX_FORMS: Final = [f for f in units.unit_suffixes() if f.surface != "x"]  # what ``SUFFIXES`` spells, in its order
_UNIT_FORMS: Final = [f.surface for f in _UNIT_SUFFIX_FORMS]


# How many of a form's first characters ``_UnitAfter`` compares with the text before it asks a pattern: six, not
# three, so that the words after most figures that share a form's first letters ('census' and 'cent', 'schools'
# and 'schilling', 'projects' and 'proof') are turned away by the look-up, not by the pattern.
_UNIT_OPENING: Final = 6


def _unit_opening(form: str) -> str:
    """A form's first ``_UNIT_OPENING`` characters as ``_UnitAfter`` compares them: lower case, a space for any
    white space, and none after a space (there a run of white space in the text may stand for the form's one).
    A letter ``re`` folds to an ASCII one ('ı' of Turkish 'doları' matches 'i') is that ASCII letter."""
    opening = "".join(" " if c.isspace() else units.ascii_fold(c).lower() for c in form[:_UNIT_OPENING])
    return opening[:opening.index(" ") + 1] if " " in opening else opening


def _is_word_character(char: str) -> bool:
    return char.isalnum() or char == "_"


_COLUMN_GAP: Final = "  "
_COLUMN_GAP_MAX: Final = 4  # blanks: a wider gap parts a table's columns, the next one another cell


class _UnitAfter:
    """``(?:{WS}|-(?=[A-Za-z]))?(?P<unit>{SUFFIXES})``, anchored: a unit word, code or symbol after a figure.

    The alternation holds every currency and unit form (hundreds), which ``re`` tries one group
    after another: about 2 µs for each figure, most of which have no unit ("300 schools"). So
    the first three characters where a form would start are looked up first among the openings
    of every form (up to a space, after which a form's characters no longer line up with the
    text's; a one- or two-letter word only where no word character follows it, as the form's
    look-ahead requires); a miss is no match, as the pattern itself would find. Text that is not
    ASCII there goes to the pattern (a caseless ASCII letter matches no other ASCII letter, and no
    form opens with one of the non-ASCII letters ``re`` folds to ASCII: asserted when built; further in, such a
    letter is compared as the ASCII one it folds to). The openings
    are up to ``_UNIT_OPENING`` characters long (to a space), so most words that only share a form's first
    letter or three are turned away here.

    Where some form may start, the same test tells which ones: the text is matched against a pattern of those
    forms alone, in the whole pattern's order (the others cannot match there, so the first form that does and
    where it ends are the whole pattern's), not against the hundreds of groups and forms of ``SUFFIXES``, which
    cost ``re`` most where nothing matches at last ("300 schools": the forms opening 'sch'). The pattern for
    each four characters of text is kept (a draft repeats few), one compiled pattern for each set of forms.
    """

    _LEAD = frozenset(" \t\r\n\u00a0\u2009\u202f-")  # what the optional part may consume first

    def __init__(self) -> None:
        # "16-metre" too, and a column gap of blanks ('53.1  metric tonnes')
        self.lead = rf"(?: {{{len(_COLUMN_GAP)},{_COLUMN_GAP_MAX}}}|{WS}|-(?=[A-Za-z]))?"
        self.regex = re.compile(rf"{self.lead}(?P<unit>{SUFFIXES})")
        self.pattern = self.regex.pattern
        assert not any(c in CASE_INSENSITIVE_EXTRAS for form in _UNIT_FORMS for c in form[:1])
        openings: set[str] = set()  # a form's opening: the text must start with it
        short_words: set[str] = set()  # a form of one or two letters: no word character may follow
        # the indexes of the forms of each opening, the short words apart
        self._forms_opening: dict[str, list[int]] = {}
        self._short_forms_opening: dict[str, list[int]] = {}
        for index, form in enumerate(_UNIT_FORMS):
            opening = _unit_opening(form)
            if len(form) < 3 and units._is_word(form):
                short_words.add(opening)
                self._short_forms_opening.setdefault(opening, []).append(index)
            else:
                openings.add(opening)
                self._forms_opening.setdefault(opening, []).append(index)
        self._openings = frozenset(openings)
        self._short_words = frozenset(short_words)
        # the characters of text a form may start in (``_WINDOW``) → the pattern of the forms that may start there,
        # None where none may
        self._seen: dict[str, re.Pattern[str] | None] = {}
        self._of_forms: dict[tuple[int, ...], re.Pattern[str]] = {}  # the indexes of some forms → their pattern

    def _pattern_at(self, window: str) -> re.Pattern[str] | None:
        """The pattern of the forms that may start at the first of these ASCII characters (``_WINDOW``), or at
        the second after a space or hyphen; None where none may."""
        normal = window.lower().translate(_ASCII_SPACES)
        found: set[int] = set()
        for start in ([normal[:_UNIT_OPENING], normal[1:]] if normal[:1] in " -" else [normal[:_UNIT_OPENING]]):
            found.update(self._forms_opening_at(start))
        if not found:
            return None
        kept = tuple(sorted(found))
        pattern = self._of_forms.get(kept)
        if pattern is None:
            pattern = self._of_forms[kept] = re.compile(
                rf"{self.lead}(?P<unit>{units.surface_alternation(_UNIT_SUFFIX_FORMS, frozenset(kept))})")
        return pattern

    def _forms_opening_at(self, window: str) -> list[int]:
        """The indexes of the forms that may start at the first of these (normalised) characters: those whose
        opening the characters start with (a one- or two-letter word where no word character follows it)."""
        found: list[int] = []
        for length in range(1, _UNIT_OPENING + 1):
            opening = window[:length]
            if len(opening) < length:
                break
            found += self._forms_opening.get(opening, [])
            if length < 3 and not _is_word_character(window[length:length + 1] or " "):
                found += self._short_forms_opening.get(opening, [])
        return found

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        # '53.1  metric tonnes': a run of blanks, as a page laid out in columns prints it (the pattern takes
        # it); the openings are looked up after its last blank
        at = pos
        if text[pos:pos + len(_COLUMN_GAP)] == _COLUMN_GAP:  # a slice the compiled build compares without a method call
            gap = pos + len(_COLUMN_GAP)
            while gap < pos + _COLUMN_GAP_MAX and text[gap:gap + 1] == " ":
                gap += 1
            at = gap - 1
        elif text[pos:pos + 2] == "\r\n":  # one WS, as an LF is: the openings are looked up after its CR
            at = pos + 1
        window = text[at:at + _WINDOW]
        if not window.isascii():
            return self.regex.match(text, pos)
        pattern = self._seen.get(window, _UNSEEN)
        if pattern is _UNSEEN:
            if len(self._seen) > 50_000:  # the distinct openings of any text are few; bound them anyway
                self._seen.clear()
            pattern = self._seen[window] = self._pattern_at(window)
        return None if pattern is None else pattern.match(text, pos)


_WINDOW: Final = _UNIT_OPENING + 1  # the characters looked up: an optional space or hyphen, then a form's opening
_UNSEEN: Final = re.compile("(?!)")  # a window ``_UnitAfter`` has not yet looked up (None: one no form opens)


# ASCII white space (``str.isspace``) as a plain space: a form's space matches a run of any.
_ASCII_SPACES: Final = str.maketrans({c: " " for c in map(chr, range(128)) if c.isspace()})
_UNIT_AFTER: Final = _UnitAfter()


def _alone_in_cell(text: str, start: int, end: int) -> bool:
    """The figure is all a table's cell holds ('| 4,2 |'): a comma there is no list's and groups no
    thousands, so it is a decimal comma, as the tables of copy in other languages print it."""
    return _CELL_OPENS.search(text, max(0, start - 8), start) is not None and _CELL_CLOSES.match(text, end) is not None


_CELL_OPENS: Final = re.compile(r"\|[ \t]*\Z")
_CELL_CLOSES: Final = re.compile(r"[ \t]*(?:\||\n|\Z)")


def _spaced_scale_may_open(text: str, pos: int) -> bool:
    """Whether ``_PLURAL_SCALE`` or ``_SPACED_SCALE_LETTER`` may match at ``pos`` (no match where this says no)."""
    if text[pos:pos + 1] not in _WS_FIRST:
        return False
    at = pos + 2 if text[pos:pos + 2] == "\r\n" else pos + 1  # a CRLF is one WS
    after = text[at:at + 1]
    return after in _SPACED_SCALE_OPENERS or not after.isascii()


def _scale_or_unit_after(text: str, pos: int) -> bool:
    """A scale or a unit right after ``pos`` ("2022 million", "2022 tonnes")."""
    return _SCALE_AFTER.match(text, pos) is not None or _UNIT_AFTER.match(text, pos) is not None


_X_AFTER: Final = re.compile(r"x(?![\w-])")
_TOKENISED_POINT: Final = re.compile(r" \. (\d+)(?![\d.,])")
_DECIMAL_COMMA: Final = re.compile(r",(\d{1,2})(?!\d|,\d)")  # ",5" after a numeral: no thousands group
# ",7897" after one to three digits: four or more digits group no thousands in any convention, so the
# comma is a decimal one (statistics portals print "Malawi(28,7897)").
_LONG_DECIMAL_COMMA: Final = re.compile(r",(\d{4,})(?![\d,])")
# ", 4" after a numeral: a decimal comma set with a space after it, one digit that a scale word follows
_SPACED_DECIMAL_COMMA: Final = re.compile(r", (\d)(?![\d.,])")
TIME_AFTER: Final = re.compile(rf"[\s-]+(?:(?i:{TIME_UNITS}))(?![\w])")
# "four-five years", "two or three months": the first of two counts of one unit of time is the span's length too
_OTHER_COUNT_THEN_TIME: Final = re.compile(
    rf"[ \t]*(?i:{alternation(LEX['alternative_count_links'])})[ \t]*(?:\d{{1,3}}(?![\d.,]\d)|(?i:{CARDINALS})(?![\w]))"
    rf"[\s-]+(?:(?i:{TIME_UNITS}))(?![\w])")
_COMPARATIVES: Final = alternation(LEX["comparatives_after_times"])
# "three times the threshold" is a ratio; "met three times the next day" a frequency.
# "grew 7.7 times over the past 23 years": 'over the' before a span word is the span the change took, not a comparison
_TIMES_AFTER: Final = re.compile(rf"\s+(?i:times)(?P<comp>\s+(?i:{_COMPARATIVES})\b"
                          rf"(?!(?<=[Tt][Hh][Ee])\s+(?i:{alternation(LEX['times_the_not_before'])})\b)"
                          rf"(?!(?<=[Oo][Vv][Ee][Rr])\s+(?i:the)\s+(?i:{alternation(LEX['times_the_not_before'])})\b))?")
# '… grew 14.6 times, and Kazakhstan 14.2 times': a multiple listed after another one, the item's name between them
# and no change word of its own: the change word said once serves both
_LISTED_MULTIPLE_BEFORE: Final = re.compile(
    rf"(?<![\w.,])\d[\d.,]*\s+(?P<times>(?i:{alternation(data_json('multiples.json')['multiple_words_after_figure'])}))"
    rf"\s*,?\s+(?:(?i:{alternation(LEX['coordinated_change_links'])})\s+)?(?:[^\W\d_][\w'’.-]*\s+){{1,4}}\Z")
_HIGH_END: Final = rf"(?P<cur>(?:{PREFIXES})[ \u00a0]?)?(?P<hi>{NUMERAL}|(?i:{NUMBER_WORDS})(?![\w-]))"
# A high end's own sign, after "to" or "and" ("between -9 and -20", "from -3 to minus 5"; not "10 - -3").
_HIGH_SIGN: Final = rf"(?:(?<=[A-Za-z][ \u00a0])(?P<hsign>[-−](?=\d)|(?i:{alternation(SCALES['minus_words'])})\s+(?=\d)))?"
_RANGE_AFTER: Final = re.compile(rf"(?P<sep>[ \u00a0]?[–—-][ \u00a0]?|-?\s+(?i:to)\s+){_HIGH_SIGN}{_HIGH_END}")  # "8- to 16-metre"
_TO_END: Final = re.compile(rf"\s+(?i:to)\s+{_HIGH_SIGN}{_HIGH_END}")
# "from more than 24.6 to more than 51.7 million tonnes": the "to" end's unit is read past its qualifier
_TO_QUALIFIED_END: Final = re.compile(
    rf"\s+(?i:to)\s+(?i:{alternation(sorted({w for ws in LEX['qualifiers'].values() for w in ws if w[:1].isalpha()}))})"
    rf"\s+{_HIGH_SIGN}{_HIGH_END}")
_AND_AFTER: Final = re.compile(rf"\s+(?i:and)\s+{_HIGH_SIGN}{_HIGH_END}")
# "10 May", "10th of May", and a date written with dashes or slashes: "12-Mar-2023", "12/Mar/2023"
_MONTH_AFTER: Final = re.compile(rf"(?:\s*(?:of\s+)?|[-/])(?:{MONTHS})\b")
_MINOR_AFTER: Final = re.compile(
    rf",?{WS}+(?:(?i:and){WS}+)?(?P<cents>\d{{1,2}}|(?i:{NUMBER_WORDS}))(?![\w-]){WS}*"
    rf"(?P<minor>(?i:{alternation([f.surface for f in units.money_suffix_forms() if f.scale < 1])}))(?![\w-])")
# "15 dollars 50.", "thirteen dollars forty five": cents without the word, only where the clause ends; a point or
# comma before a digit is the figure's own decimal mark ("1 dollar 2.12 lira": another currency's amount, no cents)
_BARE_MINOR_AFTER: Final = re.compile(
    rf"{WS}+(?:(?i:and){WS}+)?(?P<cents>\d{{1,2}}|(?i:{NUMBER_WORDS}))(?![\w-])"
    rf"(?=[ \t]*(?:[.,](?!\d)|[;:!?)\r\n]|\Z))")
_PER_WORDS: Final = tuple(units.per_unit_links())  # "$80 a barrel", "8.4 tonnes per hectare"
_PER_WORDS_SPACED: Final = tuple(f"{w} " for w in _PER_WORDS)
_PER_UNIT_DIMENSIONS: Final = frozenset({"mass", "mass_troy", "volume", "oil_volume", "energy"})  # "tonnes per hectare"
_PER_AFTER: Final = re.compile(
    rf"(?:(?:(?:{WS}+(?:{alternation(units.per_unit_currency_tags())}))?{WS}+(?i:{'|'.join(_PER_WORDS)}){WS}+|/)"
    rf"(?P<per>{units.surface_alternation(units.per_unit_forms())})"
    rf"|{WS}+(?P<capita>(?i:{alternation(units.per_capita_words())}))"
    rf"|{WS}+(?P<item>(?i:{alternation(units.per_item_words())})))(?![\w-])")
# "4 thousand 3 hundred and 21", "6 crore and two hundred": more of the number after its scale.
_COMPOUND_AFTER: Final = re.compile(
    rf"{WS}+(?P<and>(?i:and){WS}+)?(?P<rest>[1-9]\d{{0,2}}(?:\.\d+)?(?!\d|[.,]\d)|(?i:{NUMBER_WORDS})(?![\w-]))")
# "3 million and a half": a fraction of the scale before it.
_FRACTION_AFTER: Final = re.compile(rf"{WS}+(?i:and|&){WS}+(?P<frac>(?i:{FRACTION_WORDS}))")
# Number words right before a fraction word are its numerator ("twenty-three fifths"), never a count.
_DENOMINATOR_AFTER: Final = re.compile(rf"(?:{WS}|-)(?i:{alternation(list(DENOMINATORS))})(?![\w-])")
_GLYPHS: Final[dict[str, float]] = SCALES["fraction_glyphs"]
_SUPERSCRIPTS: Final = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
_TAIL_STARTS: Final = frozenset(" ×x·eE^" + "".join(_GLYPHS))
_POWER: Final = re.compile(r"\^(?P<exp>[-+−]?\d{1,2})(?![\d.])")  # "1.1^23", "2.5^-1": a numeral to a power
_AFTER_SPACE: Final = frozenset("123456789×x·.")  # "." for a tokenised decimal point ("6 . 2 %")
# Newswire's binary fractions ("49-1/4", "up 7/8"): halves down to sixty-fourths only, so "3-1/2"
# is 3.5 but "24/7" and "9/11" stay no numbers.
BINARY_DENOMINATORS: Final = r"(?:2|4|8|16|32|64)"
_DASHED_FRACTION: Final = re.compile(rf"-([1-9]\d?)/({BINARY_DENOMINATORS})(?![\d/]|[.,]\d)")
_SPACED_FRACTION: Final = re.compile(r" ([1-9])/([1-9]\d?)(?![\d/]|[.,]\d)")
_POWER_OF_TEN: Final = re.compile(
    r"\s?[×x·]\s?10(?:\^|\*\*)?(?P<e1>[-−+]\d{1,2}|(?<=[\^*])\d{1,2}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![\d.])"
    r"|[eE](?P<e2>[-+]?\d{1,2})(?!\w|\.\d)")  # two digits: news never needs more, and 1e999 is no float
_COUNT_BEFORE_BRACKET: Final = re.compile(r"(?<![\w.,])\d[\d,]*[ \u00a0]?\Z")  # "67 (" of "67 (45.6%)"
_MIDDLE_DOT_DECIMAL: Final = re.compile(r"·(?!10[-−+^*⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹])(\d+)(?![\d·]|[.,]\d)")  # not "2·10−5", a power
_DIGIT_NEXT: Final = re.compile(r"[ \u00a0]?\d")
_WORD_AFTER: Final = re.compile(r"[ \u00a0]([^\W\d_]+)\b")  # the word right after a figure
_GLUED_WORD: Final = re.compile(r"[a-z]+(?![\w-])", re.IGNORECASE)  # ASCII letters glued to a figure, ending a word
_TWO_DIGITS: Final = re.compile(r"\d{2}")
_RANGE_LINK_FIRST: Final = frozenset(" -–—")  # what follows a range's low end: a cheap test before reading a range
_DASHES: Final = frozenset("-–—")


def _other_currency_at_high_end(range_match: re.Match[str], unit: str) -> bool:
    """Whether a range's high end carries a currency sign other than the low end's ``unit``: two
    currencies make no range."""
    sign = range_match.group("cur")
    if not sign or not unit:
        return False
    form = units.lookup_prefix(sign.strip())
    return form is not None and units.is_money(form.unit) and form.unit != unit


def range_link_may_follow(text: str, pos: int) -> bool:
    """Whether ``_RANGE_AFTER``'s link ("-", " – ", " to ") may start at ``pos``: a dash, or white
    space before a dash, more white space or a "t". Most figures are followed by a space and a
    word, which this turns away without the pattern (a non-ASCII character goes to it)."""
    first = text[pos:pos + 1]
    if first in _DASHES:
        return True
    if not first.isspace():
        return False
    second = text[pos + 1:pos + 2]
    return second in _DASHES or second in "tT" and second != "" or second.isspace() or not second.isascii()


def between_may_end_at(text: str, pos: int) -> bool:
    """Whether "between" may stand within the 12 characters before ``pos`` (``_BETWEEN_BEFORE``'s
    window), in any case; a window with a non-ASCII character goes to the pattern."""
    window = text[max(0, pos - 12):pos]
    return "between" in window.lower() or not window.isascii()
# "245 23 yen": two short integers one space apart that make no digit group ("1 500" does).
_SPLIT_NEXT: Final = re.compile(r" \d{1,2}(?![\w.,/\-–])")
_SPLIT_BEFORE: Final = Behind(r" \d{1,3}(?![\w.,/\-–])")

# Context before a core: matched in a short window that ends where the core starts.
_PREFIX_BEFORE: Final = Behind(rf"[ \u00a0]?(?:{reversed_words(f.surface for f in units.currency_prefixes())})(?![A-Za-z])")
# What a currency prefix can end with (the first character ``_PREFIX_BEFORE`` reads); a figure
# with none of these right before it (or before one space) has no prefix, without a regex call.
PREFIX_LAST_CHARACTERS: Final = frozenset(f.surface[-1] for f in units.currency_prefixes())
# Either of a currency and a qualifier, in one attempt (for the many bare years).
_PREFIX_OR_QUALIFIER_BEFORE: Final = Behind(rf"{_PREFIX_BEFORE.pattern.pattern}|(?i:{QUALIFIER_BEFORE.pattern.pattern})")
# what may follow a bare high end that counts nothing: punctuation, the end, or a linking or time word
_NOTHING_COUNTED_AFTER: Final = re.compile(
    rf"[ \t]*(?:[)\].,;:!?]|\Z|(?i:{alternation(LEX['words_after_uncounted_amount'])})(?![\w]))")
_BETWEEN_BEFORE: Final = Behind(rf"\s+{reversed_words(['between'])}(?![\w])", re.I)
_FROM_BEFORE: Final = WordBefore("from")
# the figures a day of the month is written as ('3', '03', '31')
_DAY_SHAPED: Final = re.compile(r"0?[1-9]|[12]\d|3[01]")
_MONTH_BEFORE: Final = Behind(rf"\s+\.?(?:{reversed_words([m.capitalize() for m in MONTH_NAMES])})(?![\w])")
_ONE_COUNTED_BEFORE: Final = Behind(rf"\s+(?:{reversed_words(LEX['one_count_markers'])})(?![\w])", re.I)
_REFERENTIAL_BEFORE: Final = Behind(rf"\s+(?:{reversed_words(LEX['referential_determiners'])})(?![\w])", re.I)
_CAPITALISED_BEFORE: Final = Behind(r"[ \u00a0]+(?P<word>[\w'’-]*[A-Z])(?![\w'’-])")
_NUMBER_SIGN_BEFORE: Final = Behind(rf"\s*(?:#|(?:{reversed_words(LEX['number_signs'])})(?![\w]))")  # "No. 5", "#5"
_MINUS_SIGNS: Final = "-\u2212"
_NOT_BEFORE_SIGN: Final = ".,/-–—_"  # "3-5", "COVID-19", "1.-2": the dash joins, it is no sign
# "fue de – 0,1 %", "del - 0,7 %": a dash spaced off its figure, right after a preposition (scales.json
# ``spaced_minus_after_words``), is the figure's minus sign; after a name it parts a label from its value
_SPACED_MINUS_BEFORE: Final = re.compile(
    rf"(?<![\w])(?i:{alternation(SCALES['spaced_minus_after_words'])})[ \u00a0][-−–][ \u00a0]\Z")
_SPACED_MINUS_REACH: Final = 12  # characters before a figure its preposition and spaced dash are read in
_SIGN_WORD_ENDS: Final = frozenset(w[-1].lower() for w in SCALES["minus_words"])  # a cheap test before the pattern
_SIGN_WORD_BEFORE: Final = Behind(rf"\s+(?:{reversed_words(SCALES['minus_words'])})(?![\w])", re.I)
_COUNTED_AFTER_REFERENTIAL: Final = re.compile(rf"\s+(?i:{alternation(LEX['counted_after_referential'])})(?![\w-])")
_POINTS_CONTEXT: Final = re.compile(rf"(?<![\w-])(?:{alternation(LEX['points_words'])})(?![\w-])")
_PAIR_NOUNS: Final = frozenset(LEX["pair_nouns"])
_BARE_SCALES: Final = frozenset(LEX["word_scales"])
# What may follow a year after "over", "by" ("over 2021 and 2022", "over 2020 to …"); "of" follows a count.
_YEAR_FOLLOWERS: Final = (STOPWORDS | frozenset(LEX["noun_phrase_links"])) - {"of"}
# the nouns news counts people by ('lost 2000 people'): four digits before one count them (lexicon ``counted_nouns``,
# the population's), unless a word that dates a time stands before the digits ('in 1999 people were poorer')
_PEOPLE_COUNTED_AFTER: Final = re.compile(rf"{WS}+(?i:{alternation(LEX['counted_nouns']['population'])})(?![\w'’-])")
_YEAR_WORD_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?P<w>(?i:{alternation(LEX['year_words_before_counted_people']['words'])})|{MONTHS}){WS}+\Z")
_PEOPLE_MEASURE_BEFORE_BY: Final = re.compile(
    rf"(?<![\w-])(?i:{alternation([k for k in LEX['counted_nouns'] if not k.startswith('_')])}){WS}+(?i:by){WS}+\Z")
_YEAR_WORD_REACH: Final = 40  # characters before the digits the dating word (and a measure before 'by') is read in
_GROUPED_THOUSANDS: Final = re.compile(r"\d{1,3}(?:,\d{3})+")  # "20,600,000": how a quantity, never a name, is written
_NOT_NAMES: Final = frozenset(LEX["not_names"])  # capitalised words before a number that do not name it


def _is_currency_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a currency's name or its last word ('dollar', 'yen', 'krone')."""
    form = units.lookup_suffix(word)
    return form is not None and units.is_money(form.unit)
_ONE: Final = Decimal(1)
_POINT_FIRSTS: Final = frozenset(c for w in LEX["decimal_point_words"] for c in (w[0].lower(), w[0].upper()))
_MINOR_LETTERS: Final = {k: v for k, v in data_json("currencies.json")["minor_unit_letters"].items() if not k.startswith("_")}
_CONTINENTAL_SCALES: Final = frozenset(w.lower() for w in LEX["continental_scale_words"]["words"])
_BID_OFFER: Final = data_json("currencies.json")["exchange_rates"]["bid_offer"]
# the offer after a bid's slash: in full ('/92.00', its own decimal mark) or its last digits ('/08'); nothing that
# runs on into another figure or a per-unit ('/100,000')
_OFFER_AFTER: Final = re.compile(r"/(?:(?P<whole>\d+)[.,](?P<decimals>\d+)|(?P<tail>\d+))(?![\d/]|[.,]\d)")


def _offer_follows(prose: str, decimal_comma: re.Match[str], whole: str) -> bool:
    """'17,05/17,08 pesos': a bid written with a decimal comma, its offer after the slash (``offer_end``)."""
    digits = decimal_comma.group(1)
    return whole.isdecimal() and offer_end(prose, decimal_comma.end(), Decimal(f"{whole}.{digits}"), len(digits)) is not None


def offer_end(prose: str, pos: int, bid: Decimal, decimals: int) -> int | None:
    """Where a dealer's two-way quote ends when the bid ``bid`` (written with ``decimals`` decimals) ends at ``pos``
    and its offer follows a slash ('68.07/08', 'Rs 91.98/92.00', '3.4746/4812'): one price, read as its bid, so
    neither the pair's last digits nor its slash make a date or a second figure. None when no offer follows, or
    what follows cannot be one (currencies.json ``exchange_rates.bid_offer``)."""
    if decimals < int(_BID_OFFER["min_decimals"]) or bid <= 0 or not prose.startswith("/", pos):
        return None
    found = _OFFER_AFTER.match(prose, pos)
    if found is None:
        return None
    step = Decimal(1).scaleb(-decimals)  # one pip: the bid's last written digit
    if found.group("tail") is not None:
        tail = found.group("tail")
        if len(tail) > decimals:
            return None
        size = step.scaleb(len(tail))  # what the written digits count up to
        offer = bid - bid % size + int(tail) * step
        if offer < bid:
            offer += size  # '1.1899/05': the offer's digits rolled over into the next figure
    else:
        if len(found.group("decimals")) != decimals:
            return None
        offer = Decimal(f"{found.group('whole')}.{found.group('decimals')}")
    if offer < bid or offer - bid > bid * Decimal(str(_BID_OFFER["spread_max"])):
        return None
    return found.end()
_DOT_THOUSANDS: Final = re.compile(r"-?\d{1,3}(?:\.\d{3})+")
_POINT_AND_DIGIT: Final = re.compile(r"\.\d")
_MORE_DOT_GROUPS: Final = re.compile(r"(?:\.\d{3})+(?!\d|\.\d)")  # "1.234|.567": a decimal has one point only
_CAMEL_BEFORE: Final = re.compile(r"[a-z][A-Z][\w-]*[ \t]\Z")  # "iPhone 5C": a model's name


@lru_cache(maxsize=None)
def _decimal(factor: float) -> Decimal:
    """A unit's float factor as the Decimal it stands for (0.001 → Decimal('0.001'))."""
    return Decimal(str(factor))


# The two dataclasses below write their ``__init__`` out: the one ``dataclass`` would generate is Python code that
# runs interpreted in the compiled build (~2.8 k instructions a Quantity, ~1 k written out; benchmarks/README.md,
# "Thirty-sixth performance pass"). ``dataclass`` keeps a class's own ``__init__`` and still writes ``__eq__`` and
# ``__repr__`` from the fields.
@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    value: Decimal
    unit: str
    value_high: Decimal | None
    qualifier: Qualifier
    kind: Kind
    direction: Direction | None
    decimals: int
    subject: str | None
    places: int | None  # round the value to this many places (fractions → percent)
    subject_after: bool  # the counted noun follows the quantity
    left_end: int  # where the text before the quantity (and its qualifier) ends
    is_verb: bool  # the quantity is the sentence's verb ("costs doubled")

    def __init__(self, start: int, end: int, value: Decimal, unit: str = "", value_high: Decimal | None = None,
                 qualifier: Qualifier = Qualifiers.exact, kind: Kind = Kinds.level, direction: Direction | None = None,
                 decimals: int = 0, subject: str | None = None, places: int | None = None,
                 subject_after: bool = False, left_end: int = 0, is_verb: bool = False) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit
        self.value_high = value_high
        self.qualifier = qualifier
        self.kind = kind
        self.direction = direction
        self.decimals = decimals
        self.subject = subject
        self.places = places
        self.subject_after = subject_after
        self.left_end = left_end
        self.is_verb = is_verb


@dataclass(slots=True)
class _Range:
    """The upper end of "3-5", "3 to 5", "between 3 and 5"."""

    match: re.Match[str]
    high: tuple[Decimal, int]
    between: BehindMatch | None
    low_scale: Decimal | None  # "between 3bn and 5bn": the low end's own scale

    def __init__(self, match: re.Match[str], high: tuple[Decimal, int], between: BehindMatch | None,
                 low_scale: Decimal | None) -> None:
        self.match = match
        self.high = high
        self.between = between
        self.low_scale = low_scale


def _signed(high: tuple[Decimal, int], found: re.Match[str]) -> tuple[Decimal, int]:
    """A range's high end with the sign written before it ("and -20")."""
    return (-high[0], high[1]) if found.group("hsign") else high


def is_year(surface: str) -> bool:
    """1000–2199 (the pattern ``(?:1[0-9]|20|21)\\d{2}`` on the stripped surface), without a regex call."""
    s = surface.strip()
    return len(s) == 4 and (s[0] == "1" and s[1] in "0123456789" or s[:2] in ("20", "21")) and s[2:].isdecimal()


def has_prefix_end(prose: str, start: int) -> bool:
    """Whether a currency prefix could end right before ``start``: its last character there, or
    before the one space or no-break space ``_PREFIX_BEFORE`` allows."""
    if start == 0:
        return False
    before = prose[start - 1]
    if before == " " or before == "\u00a0":
        before = prose[start - 2] if start > 1 else ""
    return before in PREFIX_LAST_CHARACTERS


_ACCOUNTING: Final = LEX["accounting_negative_after"]
_ACCOUNTING_WORDS, _ACCOUNTING_SIGNS = frozenset(_ACCOUNTING["words"]), tuple(_ACCOUNTING["signs"])


def _accounting_lead(before: str) -> bool:
    """Whether what precedes a bracket makes money in it a negative: a linking word, a colon, a
    table cell or a line's start (lexicon ``accounting_negative_after``)."""
    line = before.rsplit("\n", 1)[-1].rstrip()
    if not line or line.endswith(_ACCOUNTING_SIGNS):
        return True
    return line.split()[-1].lower().strip(",;") in _ACCOUNTING_WORDS


class QuantityReader:
    """Reads the cores the scan finds in one draft's prose."""

    def __init__(self, prose: str, reversed_prose: str, kinds: Classifier,
                 table_cell: Callable[[int], bool] = lambda _: False, address: str = "",
                 letter_unit: Callable[[int, str], str | None] = lambda _, __: None) -> None:
        self.prose = prose
        self.address = address  # the page's address words: the currency a one-letter sign stands for
        self.reversed = reversed_prose
        self.kinds = kinds
        self.table_cell = table_cell  # whether a figure is a cell of a plain-text table's row
        self.letter_unit = letter_unit  # the unit a letter glued to a table cell's figure stands for there

    def read(self, m: re.Match[str]) -> Quantity | None:
        """The quantity of a numeral or number words (see ``cores.core_at``)."""
        is_numeral = m.lastgroup == "num"
        if is_numeral and self._joined_to_another(m.start(), m.end()):
            return None
        surface = self._numeral_surface(m) if is_numeral else self._words_surface(m)
        if surface is None:
            return None
        core, pos = surface
        try:
            value, decimals = parse_number(core)
        except ValueError:
            return None
        if is_numeral and self.prose.startswith("/", pos):
            pos = offer_end(self.prose, pos, value, decimals) or pos  # '68.07/08 per dollar': the bid, its unit after the offer
        negative, start = self._sign_before(m.start())
        unit, start, prefix_scale = self._currency_before(start)
        if not unit:
            unit, start = units.rate_notation_sign(self.prose, start, pos)  # "R3.55=US$1"
        if not unit and start > 1 and not CONTEXT_LAST.isdisjoint(self.prose[start - 2:start]):
            unit, start = context_currency_before(self.prose, start, self.address)  # "N1315" where "naira" is named
        if not negative and unit:
            negative, start = self._sign_before(start)  # "-$3.2 billion"
        value = -value if negative else value
        # a plain-text table's cells side by side ('1.82% -32.89%') are two figures, never a range
        found = None if self.table_cell(m.start()) else self._range_after(start, pos, unit, is_numeral, value)
        if found is not None:
            q = self._range_quantity(core, value, decimals, start, unit, found)
        else:
            q = self._single_quantity(core, value, decimals, is_numeral, start, pos, unit)
        if q is not None and prefix_scale != _ONE:  # "MEUR 60": a code with an M for millions
            q.value *= prefix_scale
            q.value_high = q.value_high * prefix_scale if q.value_high is not None else None
        if found is not None:
            return q
        if q is not None and q.unit and units.rate_notation_end(self.prose, q.end):
            q.end = units.rate_notation_end(self.prose, q.end)  # "R3.55=US$1": the base is no figure of its own
        if q is not None and not negative and units.is_money(q.unit):
            self._accounting_negative(q)
        return q

    def plain_year_at(self, start: int) -> bool:
        """Whether the four digits at ``start`` are a bare year, which ``read`` turns away; for a
        candidate ``cores.four_digits_or_nothing`` vouches for (its core is those digits or none)."""
        return is_year(self.prose[start:start + 4]) and self._plain_year(start, start + 4)

    def _joined_to_another(self, start: int, end: int) -> bool:
        """A numeral that is part of something else: a code or a sum ("J1149.5+6663", "7+3": a plus
        between two characters), or one of two short integers side by side ("245 23 yen")."""
        prose = self.prose
        before, after = prose[start - 2:start] if start > 1 else "", prose[end:end + 2]
        if before[-1:] == "+" and before[:1].isalnum() or after[:1] == "+" and after[1:].isalnum():
            return True
        if end - start > 3 or not (after[:1] == " " and after[1:].isdigit() or before[:1].isdigit() and before[1:] == " "):
            return False  # the common case, decided on the characters either side
        return self._split_digits(start, end)

    def _split_digits(self, start: int, end: int) -> bool:
        """ "245 23 yen": short integers side by side, no digit group, so neither which is the
        number nor whose the unit is can be told; neither is read. A date's day ("May 5 12") is no such pair."""
        prose = self.prose
        if not prose[start:end].isdecimal():
            return False
        first, second_end = start, end
        if end - start <= 2 and prose[start - 1:start] == " " and _SPLIT_BEFORE.found(self.reversed, start, 6):
            first = prose.rfind(" ", 0, start - 1) + 1
        else:
            second = _SPLIT_NEXT.match(prose, end) if prose.startswith(" ", end) else None
            if second is None:
                return False
            second_end = second.end()
        return not _MONTH_BEFORE.found(self.reversed, first, 12) and not self._denomination(second_end)

    def _denomination(self, pos: int) -> bool:
        """ "50 50 dollar bills": a unit and then a noun, so the second figure names what is counted."""
        unit = _UNIT_AFTER.match(self.prose, pos)
        noun = NOUN_AFTER.match(self.prose, unit.end()) if unit else None
        return bool(noun) and noun.group(1).split()[0] not in STOPWORDS  # type: ignore[union-attr]

    def _sign_before(self, start: int) -> tuple[bool, int]:
        """A minus sign or word right before the figure: "-0.5%", "−2.1", "minus 5", "negative one"."""
        prose = self.prose
        if start > 0 and prose[start - 1] in _MINUS_SIGNS:
            before = prose[start - 2] if start > 1 else " "
            if not (before.isalnum() or before in _NOT_BEFORE_SIGN):
                return True, start - 1
            return False, start
        if start > 2 and prose[start - 1] in " \u00a0" and prose[start - 2] in "-−–" \
                and _SPACED_MINUS_BEFORE.search(prose, max(0, start - _SPACED_MINUS_REACH), start):
            return True, start - 2
        if start < 2 or prose[start - 2].lower() not in _SIGN_WORD_ENDS:
            return False, start
        word = _SIGN_WORD_BEFORE.before(self.reversed, start, 12)
        return (True, word.start() + len(word.group()) - len(word.group().lstrip())) if word else (False, start)

    def _accounting_negative(self, q: Quantity) -> None:
        """ "($99.99)": money in brackets is negative, unless it converts a figure just before it."""
        prose = self.prose
        if q.start == 0 or prose[q.start - 1] != "(" or prose[q.end:q.end + 1] != ")":
            return
        line_start = max(prose.rfind("\n", max(0, q.start - 20), q.start), q.start - 20, 0)
        if any(c.isdigit() for c in prose[line_start:q.start - 1]):
            return  # "1.6 billion ($2.54 billion)": a conversion of the figure before, not a loss
        if not _accounting_lead(prose[max(0, q.start - 40):q.start - 1]):
            return  # "the bill (€4.5bn) passed": an aside
        q.value, q.start, q.end = -q.value, q.start - 1, q.end + 1
        q.left_end = min(q.left_end, q.start)

    @staticmethod
    def _words_surface(m: re.Match[str]) -> tuple[str, int] | None:
        """Number words, cut where they stop reading as one number ("one, two" → "one").

        A scale word on its own ("the dollars thousand of times", "million-dollar") counts nothing.
        """
        words = trim_number_words(m.group())
        if words.split(None, 1)[0].lower() in _BARE_SCALES:
            return None
        end = m.start() + len(words)
        if _DENOMINATOR_AFTER.match(m.string, end):
            return None  # spelled-out arithmetic: "twenty-three fifths", "one hundred thirty fifths"
        return words, end

    def _numeral_surface(self, m: re.Match[str]) -> tuple[str, int] | None:
        """The numeral and where it ends, a decimal comma read ("3,5%"); None for a bare year."""
        prose, core = self.prose, m.group()
        start, pos = m.start(), m.end()
        if core in _GLYPHS:  # "¾" on its own
            return str(Decimal(str(_GLYPHS[core]))), pos
        if len(core) == 4 and core[0] in "12" and is_year(core) and self._plain_year(start, pos):
            return None  # the common case of a year used as time, decided before any parsing
        if prose.startswith(",", pos):
            decimal_comma = _DECIMAL_COMMA.match(prose, pos)
            if decimal_comma:  # "3,5%" is 3.5 %; "chapters 1,2 and 3" or "12,50" are nothing readable
                if "." in core and _DOT_THOUSANDS.fullmatch(core) and not _POINT_AND_DIGIT.match(prose, decimal_comma.end()):
                    # "2.345,6 Mrd", "1.111,11 euros": a point groups thousands where a comma and decimals follow,
                    # as continental copy writes them ("1.125,2.5" is a list of two)
                    return f"{core.replace('.', '')}.{decimal_comma.group(1)}", decimal_comma.end()
                if "," in core or "." in core or not (_scale_or_unit_after(prose, decimal_comma.end())
                                                      or _alone_in_cell(prose, start, decimal_comma.end())
                                                      or self.table_cell(start)
                                                      or len(decimal_comma.group(1)) == 2 and self._money_before(start)
                                                      or _offer_follows(prose, decimal_comma, core)):
                    return None
                core, pos = f"{core}.{decimal_comma.group(1)}", decimal_comma.end()
            elif len(core) <= 3 and core.isdigit() and (long_comma := _LONG_DECIMAL_COMMA.match(prose, pos)):
                core, pos = f"{core}.{long_comma.group(1)}", long_comma.end()
            elif (spaced := self._spaced_decimal_comma(core, start, pos)) is not None:
                core, pos = f"{core}.{spaced.group(1)}", spaced.end()
        elif prose.startswith(".", pos) and prose[pos + 1:pos + 2].isdigit() and _DOT_THOUSANDS.fullmatch(core) \
                and (groups := _MORE_DOT_GROUPS.match(prose, pos)):
            whole = core.replace(".", "") + groups.group().replace(".", "")  # "1.234.567": thousands
            decimals = _DECIMAL_COMMA.match(prose, groups.end())  # "1.234.567,89"
            return (f"{whole}.{decimals.group(1)}", decimals.end()) if decimals else (whole, groups.end())
        return self._numeral_tail(core, pos)

    def _money_before(self, start: int) -> bool:
        """A currency's sign or code right before the numeral ('€18,93', 'R18,93' where the rand is named): money
        is written with two decimals or none, never with a thousands group of two digits, so the comma after it
        is a decimal one, as South African and continental copy write it."""
        if self._currency_before(start)[0]:
            return True
        return start > 1 and not CONTEXT_LAST.isdisjoint(self.prose[start - 2:start]) \
            and bool(context_currency_before(self.prose, start, self.address)[0])

    def _continental_scale_at(self, pos: int) -> bool:
        """A scale word of copy in another European language at ``pos`` ("millones", "Mrd"), whose
        figures group thousands with a dot and write decimals with a comma."""
        found = _SCALE_AFTER.match(self.prose, pos)
        return found is not None and (found.group("word") or found.group("abbr") or "").lower() in _CONTINENTAL_SCALES

    def _spaced_decimal_comma(self, core: str, start: int, pos: int) -> re.Match[str] | None:
        """ "1, 4 milliard de tonnes": a decimal comma with a space after it (a page's typesetting), read only where
        one digit is followed by a scale word of continental copy, which writes decimals with a comma, and the
        numeral starts no list ("1, 2 et 3 milliards" or "1, 2, 3 millions" keep their figures)."""
        if not (len(core) <= 3 and core.isdigit()):
            return None
        found = _SPACED_DECIMAL_COMMA.match(self.prose, pos)
        if found is None or not self._continental_scale_at(found.end()):
            return None
        before = self.prose[max(0, start - 2):start].rstrip()
        return None if before[-1:] == "," or before[-1:].isdigit() else found

    def _tokenised_decimal(self, core: str, pos: int) -> tuple[str, int]:
        """ "6 . 2 %": a decimal point spaced as its own token (tokenised newswire), read only where a
        unit or scale follows the digits, so "in 2022 . 5 people" stays a year and a count."""
        found = _TOKENISED_POINT.match(self.prose, pos)
        if found is None or not _scale_or_unit_after(self.prose, found.end()):
            return core, pos
        return f"{core}.{found.group(1)}", found.end()

    def _numeral_tail(self, core: str, pos: int) -> tuple[str, int]:
        """A power of ten ("2.48×10−5", "1e10") or a fraction ("2½", "2 1/2") that ends the numeral."""
        prose = self.prose
        if prose[pos + 1:pos + 2] in _POINT_FIRSTS and prose[pos:pos + 1] in "- \u00a0\t" and core.isdecimal():
            spelled = DIGITS_POINT_TAIL.match(prose, pos)  # "25-point-seven billion"
            if spelled is not None:
                return f"{core}.{spoken_digit_string(spelled.group('digits'))}", spelled.end()
            if (said := SPOKEN_POINT_BETWEEN_DIGITS.match(prose, pos)) is not None:  # "7 point 8 percent"
                return f"{core}.{said.group('digits')}", said.end()
        if pos >= len(prose) or prose[pos] not in _TAIL_STARTS:
            if prose[pos:pos + 1] == "-" and "/" in prose[pos + 2:pos + 4]:
                return self._dashed_fraction(core, pos)
            return core, pos
        if prose[pos] == " " and prose[pos + 1:pos + 2] not in _AFTER_SPACE:
            return core, pos  # the common case: a space and a word
        if prose.startswith(" . ", pos):
            return self._tokenised_decimal(core, pos) if "." not in core else (core, pos)
        if prose[pos] == "·" and "." not in core and (dot := _MIDDLE_DOT_DECIMAL.match(prose, pos)) \
                and not _POWER_OF_TEN.match(prose, pos):
            return f"{core}.{dot.group(1)}", dot.end()  # "45·6%": the decimal point of British journals
        try:
            whole = parse_number(core)[0]
        except ValueError:
            return core, pos
        if prose[pos] in _GLYPHS:
            return str(whole + Decimal(str(_GLYPHS[prose[pos]]))), pos + 1
        frac = _SPACED_FRACTION.match(prose, pos)
        if frac and 0 < int(frac.group(1)) < int(frac.group(2)):
            return str(whole + Decimal(frac.group(1)) / Decimal(frac.group(2))), frac.end()
        if prose[pos] == "^":
            return self._power(whole, core, pos)
        power = _POWER_OF_TEN.match(prose, pos)
        if power:
            exponent = (power.group("e1") or power.group("e2")).translate(_SUPERSCRIPTS)
            return f"{core}E{exponent}", power.end()
        return core, pos

    def _dashed_fraction(self, core: str, pos: int) -> tuple[str, int]:
        """ "49-1/4": newswire's stock prices, a whole number and eighths, quarters or halves."""
        frac = _DASHED_FRACTION.match(self.prose, pos)
        if frac is None or int(frac.group(1)) >= int(frac.group(2)) or not core.isdecimal():
            return core, pos
        return str(Decimal(core) + Decimal(frac.group(1)) / Decimal(frac.group(2))), frac.end()

    def _power(self, whole: Decimal, core: str, pos: int) -> tuple[str, int]:
        """ "1.1^23" → 8.95430243255239 (15 significant digits: what a float keeps)."""
        power = _POWER.match(self.prose, pos)
        if power is None:
            return core, pos
        try:
            value = whole ** int(power.group("exp").replace("−", "-"))
        except ArithmeticError:  # 0^-1
            return core, pos
        return f"{value:.15G}", power.end()

    def _currency_before(self, start: int) -> tuple[str, int, Decimal]:
        """A currency symbol or code before the number ("$", "US$", "USD ", "MEUR "): its unit, start, scale."""
        if not has_prefix_end(self.prose, start):
            return "", start, _ONE
        prefix = _PREFIX_BEFORE.before(self.reversed, start, 8)
        if prefix:
            form = units.lookup_prefix(prefix.group().strip())
            if form:
                return form.unit, start - len(prefix.group()), _decimal(form.scale)
        return "", start, _ONE

    def _range_after(self, start: int, pos: int, unit: str, is_numeral: bool, value: Decimal) -> _Range | None:
        """The upper end of a range: "3-5", "3 to 5", "between 3 and 5" (the unit may follow it only)."""
        prose = self.prose
        between = _BETWEEN_BEFORE.before(self.reversed, start, 12) if between_may_end_at(prose, start) else None
        low_scale: Decimal | None = None
        after_from = "rom" in prose[max(0, start - 8):start] and _FROM_BEFORE.found(self.reversed, start, 8)
        if between or (after_from and not self.kinds.movement_before(start) and not self._change_sized_after(pos)):
            # "between 3 and 5", and "from 7 to 10" where nothing moves ("ranging from", "high, from"):
            # a span. After a change word ("rose from 7 to 10") the two are the old and the new value.
            link = _AND_AFTER if between else _TO_END
            range_match = link.match(prose, pos)
            if range_match is None:
                # "between 3% and 5%", "between $3bn and $5bn": the low end has its own scale/unit.
                low_scale, after_low = self._low_end(pos, unit)
                range_match = link.match(prose, after_low)
        elif not after_from:
            range_match = _RANGE_AFTER.match(prose, pos) if range_link_may_follow(prose, pos) else None
            if range_match and range_match.group("sep").strip() in "-–—" and not is_numeral:
                range_match = None
        else:
            range_match = None
        if range_match is None or range_match.group("hi").lower() in _BARE_SCALES:
            return None  # "$27-billion": a scale joined by a hyphen, no range's high end
        try:
            high = _signed(parse_number(range_match.group("hi")), range_match)
        except ValueError:
            return None
        sep = range_match.groupdict().get("sep") or "to"
        if not between and high[0] < value and sep.strip() not in "-–—":
            return None  # "rose by 200,000 to 3.2 million": a change, then the new level; no range runs downwards
        if not between and not after_from and high[0] > value * 5 > 0 and sep.strip() == "to" \
                and range_match.group("cur") and self.kinds.change_before(start) is not None:
            return None  # "gained $12.40 to $1,950.60": the change, then the new level; a range's ends are near
        if not between and not after_from and sep.strip() == "to" and not unit and not range_match.group("cur") \
                and BY_BEFORE.found(self.reversed, start, 6) and self.kinds.change_before(start) is not None \
                and _NOTHING_COUNTED_AFTER.match(prose, range_match.end()):
            return None  # "revised up by 55,000 to 144,000.": the change, then the new level; no unit follows a range
        if high[0] <= value and sep.strip() in ("–", "—") and sep[:1].isspace() and sep[-1:].isspace():
            return None  # "was 5.89 – 0.06 above": a spaced dash opens a clause; a score ("3-1") is written tight
        if _other_currency_at_high_end(range_match, unit):
            return None  # "$1 – Rs 78.6": a rate, one currency's unit against an amount of another
        return _Range(range_match, high, between, low_scale)

    def _change_sized_after(self, pos: int) -> bool:
        """A "from … to" pair whose aside names the change ("(10.5 times growth)"): the old and the new value."""
        high = _TO_END.match(self.prose, pos) or _TO_END.match(self.prose, self._low_end(pos, "")[1])
        return high is not None and self.kinds.change_sized_after(high.end())

    def _range_after_own_low_end(self, start: int, after_low: int, unit: str, low_scale: Decimal | None,
                                 low_unit: str) -> _Range | None:
        """ "$12.5bn-$13bn", "3%-5%": a low end with its own scale or unit is a range's only if the
        high end has the same ("rose 5% to 3.2 million" is a change and a level), and never after
        a change word or "by" ("rose by 200,000 to 3.2 million")."""
        range_match = _RANGE_AFTER.match(self.prose, after_low)
        if range_match is None or BY_BEFORE.found(self.reversed, start, 6) or _FROM_BEFORE.found(self.reversed, start, 8):
            return None  # after "from", ``_range_after`` has decided
        if range_match.group("sep").strip() not in "-–—" and self.kinds.change_before(start) is not None:
            return None
        high_scale, after_high = self._scale(range_match.end(), bool(unit or range_match.group("cur")))
        if (low_scale is None) != (high_scale is None):
            return None
        high_unit = _UNIT_AFTER.match(self.prose, after_high)
        form = units.lookup_suffix(high_unit.group("unit")) if high_unit else None
        if (form.unit if form else unit) != low_unit or _other_currency_at_high_end(range_match, low_unit):
            return None
        try:
            high = _signed(parse_number(range_match.group("hi")), range_match)
        except ValueError:
            return None
        return _Range(range_match, high, None, low_scale)

    def _low_end(self, pos: int, unit: str) -> tuple[Decimal | None, int]:
        """The low end's own scale and unit ("3bn" of "3bn-5bn", "3%" of "3% to 5%"): its scale and where it ends."""
        low_scale, after_low = self._scale(pos, bool(unit))
        low_unit = _UNIT_AFTER.match(self.prose, after_low)
        if low_unit and units.lookup_suffix(low_unit.group("unit")):
            after_low = low_unit.end()
        return low_scale, after_low

    def _range_quantity(self, core: str, value: Decimal, decimals: int, start: int, unit: str,
                        found: _Range) -> Quantity | None:
        prose, range_match = self.prose, found.match
        hi_surface = range_match.group("hi")
        # Year spans ("2019–2020", "2019-20") are periods, not ranges.
        if is_year(core) and not unit and (is_year(hi_surface) or _TWO_DIGITS.fullmatch(hi_surface)):
            return None
        dashed = (range_match.groupdict().get("sep") or "").strip() in ("-", "–", "—")
        if found.high[0] <= value and dashed:
            return None  # "3-1", "50-50": a score or a split, not a range
        high_scale, pos_hi = self._scale(range_match.end(), bool(unit or range_match.group("cur")))
        if range_match.group("cur") and not unit:
            form = units.lookup_prefix(range_match.group("cur").strip())
            unit = form.unit if form else unit
        unit_scale = _ONE
        unit_match = _UNIT_AFTER.match(prose, pos_hi)
        if unit_match:
            form = units.lookup_suffix(unit_match.group("unit"))
            if form:
                unit, unit_scale = form.unit, _decimal(form.scale)
                pos_hi = unit_match.end()
        if unit == "" and high_scale is None and (
                TIME_AFTER.match(prose, pos_hi) or _MONTH_AFTER.match(prose, pos_hi)):
            return None  # "3-5 years", "10-12 May"
        if unit == "" and high_scale is None and 1 <= value <= 31 and 1 <= found.high[0] <= 31 \
                and _MONTH_BEFORE.found(self.reversed, start, 12):
            return None  # "taken Sept. 11-30", "March 3 to 9": days of a month, as "Sept. 11" alone is a date
        per_item = False
        if unit and units.is_money(unit):  # "between 80 and 90 cents a litre", "22 cents to 24 cents a share"
            unit, pos_hi, per_item = self._per_unit(unit, pos_hi)
        # "3-5 billion" shares the upper end's scale; "between 3bn and 5bn" has its own.
        low_scale = found.low_scale if found.low_scale is not None else high_scale
        high_scale = high_scale if high_scale is not None else found.low_scale  # "3bn-5": both billions
        low, high = value * (low_scale or 1) * unit_scale, found.high[0] * (high_scale or 1) * unit_scale
        if high < low and not found.between and not dashed:
            # "fallen from its current level of 145.5 million to 119 million": the old and the new level, each with
            # its own scale; no range runs downwards after "to" (as ``_range_after`` holds for a shared scale)
            return None
        if high < low:  # "between 5 and 3%": the same range written high end first
            low, high = high, low
        q = Quantity(start=start - (len(found.between.group()) if found.between else 0), end=pos_hi,
                     value=low, value_high=high,
                     unit=unit, qualifier=Qualifiers.range, decimals=max(decimals, found.high[1]))
        if q.value_high is not None and q.value_high < q.value:  # "between 5 and 3%": the same range
            q.value, q.value_high = q.value_high, q.value
        q.left_end = q.start
        self.kinds.classify(q, q.start)
        if per_item and q.kind != Kinds.change:
            q.kind = Kinds.ratio  # a price per share
        return q

    def _single_quantity(self, core: str, value: Decimal, decimals: int, is_numeral: bool, start: int, pos: int,
                         unit: str) -> Quantity | None:
        """One figure with its scale ("28.2 billion", "$5bn") and unit ("dollars", "%", "tonnes")."""
        scale_start = pos
        scale, pos = self._scale(pos, bool(unit))
        minor_letter = scale == 1000 and decimals == 2 and _MINOR_LETTERS.get(unit) == self.prose[scale_start:pos]
        if minor_letter:
            scale = None  # "N133.80k": 133 naira 80 kobo
        if scale is not None and "." in core and _DOT_THOUSANDS.fullmatch(core) and self._continental_scale_at(scale_start):
            value = Decimal(core.replace(".", ""))  # "4.785 millones": the dot groups thousands
            decimals = 0
        if scale is not None and scale >= 1000 and self.prose.startswith((" and ", " & "), pos):
            value, decimals, pos = self._fraction_of_scale(value, decimals, pos)
        if scale is not None and scale >= 100 and self.prose.startswith(" ", pos):
            value, pos = self._compound_after_scale(value, scale, pos)
        unit_before, number_end = unit, pos
        unit, unit_scale, pos = self._unit_after(start, pos, unit, is_numeral)
        if scale is not None and unit_scale != _ONE and scale == unit_scale and unit and not units.is_money(unit):
            scale = None  # '241.2 million MtC', '36 billion Gt': one scale written twice, in the word and the symbol
        if not unit and scale is None and is_numeral and self.prose[pos:pos + 1] in newsunits.GLUED_TEMPERATURE_LETTERS:
            unit, pos = self._glued_temperature(value, start, pos)
        letter_at = pos + 1 if self.prose[pos:pos + 1] == " " else pos  # '16.2T', '16.2 T'
        if not unit and scale is None and is_numeral and self.prose[letter_at:letter_at + 1].isupper() \
                and not self.prose[letter_at + 1:letter_at + 2].isalnum():
            # '16.2T' in a column of CO2 emissions per capita: tonnes, as the header says (no trillions)
            glued = self.letter_unit(letter_at, self.prose[letter_at])
            if glued is not None:
                unit, pos = glued, letter_at + 1
        per_item, counted = False, None
        if unit != unit_before or not unit:
            unit, value, pos, counted = self._unit_in_context(unit, value, scale, unit_scale, number_end, pos)
            if unit == "points" and not self._points_in_context(start, pos):
                unit, pos = unit_before, number_end  # "three points of your credit": a count, as before
        if (scale is not None or unit != unit_before) and self.prose[pos:pos + 1] in _RANGE_LINK_FIRST \
                and (unit_scale == _ONE or unit_scale < _ONE and units.is_money(unit)) and not self.table_cell(start):
            # a minor unit may repeat at both ends too: "22 cents to 24 cents"
            own = self._range_after_own_low_end(start, pos, unit_before, scale, unit)
            ranged = None if own is None else self._range_quantity(core, value, decimals, start, unit_before, own)
            if ranged is not None:
                return ranged  # else "5.89% - 0.06% higher": a dash that opens a clause, not a range
        # 'from more than 24.6 to …': the qualifier may stand between "from" and the figure
        # the qualifier is read once: it depends on the text before ``start`` alone
        qualified: tuple[Qualifier, int] | None = None
        if "rom" in self.prose[max(0, start - 8):start]:
            from_at = start
        else:
            qualified = self.kinds.qualifier_before(start)
            from_at = qualified[1]
        if scale is None and not minor_letter and unit_scale == _ONE and "rom" in self.prose[max(0, from_at - 8):from_at] \
                and _FROM_BEFORE.found(self.reversed, from_at, 8):
            to_unit, to_scale, to_unit_scale = self._unit_of_to_end(pos)  # "from 50 to 80%": both are percent
            if not unit or (to_unit == unit and to_scale is not None):  # "from $3 to $5 billion"
                unit, scale, unit_scale = to_unit or unit, to_scale, to_unit_scale
        if unit and units.is_money(unit):
            value, scale, pos = self._money_tail(value, scale, unit_scale, pos, not unit_before and decimals == 0)
            unit, pos, per_item = self._per_unit(unit, pos)
        elif unit and units.dimension(unit) in _PER_UNIT_DIMENSIONS:
            unit, pos = self._physical_per_unit(unit, pos)
        if not unit:
            if scale is None:
                if self._not_a_quantity_after(start, pos, is_numeral):
                    return None
            elif TIME_AFTER.match(self.prose, pos):
                return None  # "two million years"
        qualifier, qual_start = qualified if qualified is not None else self.kinds.qualifier_before(start)
        times = _TIMES_AFTER.match(self.prose, pos) if not unit else None
        if not unit and scale is None and self._not_counted(core, value, is_numeral, qualifier, start, pos) \
                and not (times and self._listed_multiple_direction(qual_start)):  # 'and Kazakhstan 14.2 times'
            return None
        q = Quantity(start=start, end=pos, value=value * (scale or 1) * unit_scale, unit=unit,
                     qualifier=qualifier, decimals=decimals)
        q.left_end = qual_start
        if times:
            return self._times_quantity(q, times, qual_start)
        self.kinds.post_qualifier(q)
        self.kinds.classify(q, qual_start)
        if q.kind != Kinds.change:
            self._share_in_brackets(q)
        if per_item and q.kind != Kinds.change:
            q.kind = Kinds.ratio  # "36 cents a share": a price per share
        if counted:
            q.subject = counted
        return q

    def _glued_temperature(self, value: Decimal, start: int, pos: int) -> tuple[str, int]:
        """ "-13C", "34C": a temperature, unless the figure is part of a name ("Class 4C", "iPhone 5C")."""
        found = newsunits.glued_temperature(self.prose, pos, value)
        if found is None or self._looks_like_name(start) or _CAMEL_BEFORE.search(self.prose, max(0, start - 30), start):
            return "", pos
        return found

    def _share_in_brackets(self, q: Quantity) -> None:
        """ "67 (45.6%)": a percent in brackets right after a count is that count's share."""
        prose, start = self.prose, q.start
        if q.unit == "%" and q.kind == Kinds.level and start and prose[start - 1] == "(" \
                and _COUNT_BEFORE_BRACKET.search(prose, max(0, start - 24), start - 1):
            q.kind = Kinds.share

    def _unit_in_context(self, unit: str, value: Decimal, scale: Decimal | None, unit_scale: Decimal, number_end: int,
                         pos: int) -> tuple[str, Decimal, int, str | None]:
        """Units the words around decide (``newsunits``): a distance per hour, feet and inches,
        pounds of weight, a rate per 100,000."""
        prose = self.prose
        if unit in newsunits.SPEED_OF:
            return newsunits.speed_after(unit, prose, pos), value, pos, None
        if unit == "ft" and scale is None:
            value, pos = newsunits.inches_after(value, prose, pos)
        elif unit == "GBP" and newsunits.pounds_of_weight(prose, number_end, pos, self.kinds.sentences.at(number_end).start,
                                                          value * (scale or _ONE)):
            unit = "lb"
        elif not unit and scale is None and unit_scale == _ONE and (
                prose.find("per", pos, pos + 60) >= 0 or prose.find("every", pos, pos + 60) >= 0
                or prose.find("/", pos, pos + 60) >= 0 or newsunits.per_mille_at(prose, pos)):
            rate = newsunits.rate_per(prose, pos)
            if rate is not None:
                return rate[0], value, rate[1], rate[2]
        return unit, value, pos, None

    def _points_in_context(self, start: int, end: int) -> bool:
        """Points are a unit when they move ("fell 120 points", "0.1 percent or ten points") or
        belong to an index, a market or a score named in the sentence (lexicon ``points_words``)."""
        if self.kinds.movement_before(start):
            return True
        sentence = self.kinds.sentences.at(start)
        return _POINTS_CONTEXT.search(self.prose, sentence.start, sentence.end) is not None

    def _compound_after_scale(self, value: Decimal, scale: Decimal, pos: int) -> tuple[Decimal, int]:
        """ "4 thousand 3 hundred and 21" → 4.321 (thousand): a smaller scaled part after a scale, or
        "and" with the units after "hundred" ("3 hundred and 21") or with a number in words
        ("6 crore and two hundred"). "3 million and 21 stores" stays two figures."""
        total, last = value * scale, scale
        while (found := _COMPOUND_AFTER.match(self.prose, pos)) is not None:
            try:
                rest, rest_decimals = parse_number(found.group("rest"))
            except ValueError:
                break
            own_scale, after = self._scale(found.end(), False)
            if own_scale is not None and own_scale < last and (rest_decimals == 0 or rest < 1000):
                # '2 million 986.1 thousand' (Armenian '2 մլն 986.1 հազ.'): a smaller part may be written with decimals
                total, last, pos = total + rest * own_scale, own_scale, after
                continue
            if rest_decimals:
                break  # '5 thousand 2.5 percent': a decimal is a part only of a smaller scale
            if own_scale is not None and own_scale > scale and rest < last and rest_decimals == 0 \
                    and not found.group("and") and len(self.prose[found.end():after].split()) == 1:
                # '24 thousand 968 crore' (Bengali '২৪ হাজার ৯৬৮ কোটি'), '3 hundred 5 thousand': the parts before a
                # larger scale count that scale, as '24,968 crore' does
                return (total + rest) * own_scale / scale, after
            words = not found.group("rest")[0].isdigit()
            if own_scale is None and last == 1000 and not words and not found.group("and") \
                    and self.prose[found.end():found.end() + 1] not in ("%", "-"):
                # '85 million 664 thousand 944', '731 thousand 391 inhabitants' (glossed Spanish 'mil',
                # Turkish 'bin'): the units after 'thousand' end the figure, as its last group of digits
                total, pos = total + rest, found.end()
                break
            if own_scale is None and found.group("and") and rest < last and (last == 100 or words and rest >= 100):
                total, pos = total + rest, found.end()
            break
        if last < scale:  # '1 lakh 20 thousand crore': the whole compound counts a larger scale right after it
            own_scale, after = self._scale(pos, False)
            if own_scale is not None and own_scale > scale:
                return total * own_scale / scale, after
        return total / scale, pos

    def _fraction_of_scale(self, value: Decimal, decimals: int, pos: int) -> tuple[Decimal, int, int]:
        """ "3 million and a half" → 3.5 (million): a fraction after a scale is a part of that scale."""
        found = _FRACTION_AFTER.match(self.prose, pos)
        if found is None:
            return value, decimals, pos
        numerator, denominator = found.group("frac").replace("-", " ").rsplit(None, 1)
        try:
            fraction = parse_fraction(numerator, denominator)
        except ValueError:
            return value, decimals, pos
        decimals = max(decimals, fraction_decimals(DENOMINATORS[denominator.lower()]))
        return value + (-fraction if value < 0 else fraction), decimals, found.end()

    def _unit_of_to_end(self, pos: int) -> tuple[str, Decimal | None, Decimal]:
        """The unit and scale of the "to" end after a bare "from" figure, to read it the same way."""
        to = _TO_END.match(self.prose, pos) or _TO_QUALIFIED_END.match(self.prose, pos)
        if to is None:
            return "", None, _ONE
        scale, after = self._scale(to.end(), bool(to.group("cur")))
        if to.group("cur"):
            form = units.lookup_prefix(to.group("cur").strip())
            return (form.unit, scale, _ONE) if form else ("", None, _ONE)
        unit_match = _UNIT_AFTER.match(self.prose, after)
        form = units.lookup_suffix(unit_match.group("unit")) if unit_match else None
        if form is None:
            # "from 18.8 to 22.2 per 100,000": the rate's denominator is written once, after the "to" end
            rate = newsunits.rate_per(self.prose, after) if scale is None else None
            return (rate[0], None, _ONE) if rate is not None else ("", None, _ONE)
        return form.unit, scale, _decimal(form.scale)

    def _per_unit(self, unit: str, pos: int) -> tuple[str, int, bool]:
        """ "$80 a barrel" → USD/bbl; "$5,000 per capita" keeps USD and takes the words into the
        claim; "36 cents a share" keeps USD, and is a price per share (the last value: True)."""
        per = _PER_AFTER.match(self.prose, pos)
        if per is None:
            return unit, pos, False
        if per.group("capita"):
            return unit, per.end(), False
        if per.group("item"):
            return unit, pos, True  # the figure's text stays the money, as in tables of prices per share
        return f"{unit}/{units.per_unit(per.group('per'))}", per.end(), False

    def _physical_per_unit(self, unit: str, pos: int) -> tuple[str, int]:
        """ "8.4 tonnes per hectare" → t/ha, "3.6t/acre" → t/acre: a mass or volume per unit of the
        price vocabulary (units.json ``per_units``)."""
        if not (self.prose.startswith("/", pos) or self.prose[pos:pos + 7].lstrip().lower().startswith(_PER_WORDS_SPACED)):
            return unit, pos  # the common case, decided without the pattern
        per_unit, end, _ = self._per_unit(unit, pos)
        if per_unit in (unit, f"{unit}/{unit}"):  # no unit after the per word (per capita, per share), or its own
            return unit, pos
        return per_unit, end

    def _money_tail(self, value: Decimal, scale: Decimal | None, unit_scale: Decimal,
                    pos: int, named_after: bool = False) -> tuple[Decimal, Decimal | None, int]:
        """What may follow money: a scale after the code ("75 USD million"), cents ("3 dollars 50 cents").

        ``named_after``: a whole number with the currency's name or code after it, which may end
        its clause with bare cents ("15 dollars 50.", "17 USD 25").
        """
        if scale is None and unit_scale == _ONE:
            late = _SCALE_AFTER.match(self.prose, pos)
            if late and (late.group("word") or late.group("abbr")):
                late_scale, after = self._scale(pos, True)
                if late_scale is not None:
                    return value, late_scale, after
            # cents complete a whole amount ("3 dollars 50 cents"); after one with its own cents ("$3.83, 7 cents
            # higher") they are another figure, the move
            minor = _MINOR_AFTER.match(self.prose, pos) if value == value.to_integral_value() else None
            if minor:
                form = units.lookup_suffix(minor.group("minor"))
                try:
                    cents, _ = parse_number(minor.group("cents"))
                except ValueError:
                    return value, scale, pos
                if form and form.scale < 1 and 0 <= cents < 100:
                    return value + (-cents if value < 0 else cents) * _decimal(form.scale), scale, minor.end()
            elif named_after:
                return self._bare_cents(value, scale, pos)
        return value, scale, pos

    def _bare_cents(self, value: Decimal, scale: Decimal | None, pos: int) -> tuple[Decimal, Decimal | None, int]:
        bare = _BARE_MINOR_AFTER.match(self.prose, pos)
        if bare is None:
            return value, scale, pos
        try:
            cents, decimals = parse_number(bare.group("cents"))
        except ValueError:
            return value, scale, pos
        if decimals or not 0 <= cents < 100:
            return value, scale, pos
        return value + (-cents if value < 0 else cents) / 100, scale, bare.end()

    def _unit_after(self, start: int, pos: int, unit: str, is_numeral: bool) -> tuple[str, Decimal, int]:
        """The unit written after the figure (a currency name may confirm a currency symbol)."""
        unit_match = None if (unit and not units.is_money(unit)) else _UNIT_AFTER.match(self.prose, pos)
        if unit_match and _DIGIT_NEXT.match(self.prose, unit_match.end()) and not unit_match.group("unit")[-1:].islower() \
                and not (unit_match.start() == pos and FOOTNOTE_MARK_AFTER_PERCENT.match(self.prose, pos)) \
                and not (self._percent_then_spaced_figure(unit_match) and self.table_cell(start)) \
                and not _MINOR_AFTER.match(self.prose, unit_match.end()) \
                and not (unit_match.group("unit")[-1:].isalpha() and _BARE_MINOR_AFTER.match(self.prose, unit_match.end())):
            unit_match = None  # "1 $10", "3 USD 50 cards": the symbol or code belongs to the next figure; not "10 $ 30 cents" or "17 USD 25."
        if unit and self._bare_dollar_before(start):
            named = self._dollar_currency_after(pos)
            if named is not None:
                return named  # '$15.88 pesos', '$1,200 Canadian dollars': '$' is that currency's sign, not the US dollar's
        if unit_match:
            form = units.lookup_suffix(unit_match.group("unit"))
            if form and not (unit and units.is_money(form.unit) and form.unit != unit):
                if not unit or units.is_money(form.unit):
                    unit = form.unit
                return unit, _decimal(form.scale), unit_match.end()
        elif not unit and is_numeral and _X_AFTER.match(self.prose, pos):
            return "x", _ONE, pos + 1
        if not unit and self.prose[pos:pos + 2] in MONEY_AFTER_WINDOWS \
                and (money := money_after(self.prose, pos, minor_words_only=not is_numeral)) is not None:
            return money[0], _decimal(money[1]), money[2]  # "212p", "35 kr" where the krona is named, "five paise"
        return unit, _ONE, pos

    def _bare_dollar_before(self, start: int) -> bool:
        """The figure at ``start`` is written with a bare '$' ('$15.88', not 'US$15.88' nor 'C$15.88')."""
        at = start if self.prose[start:start + 1] == "$" else start - 1
        while at >= 0 and self.prose[at:at + 1] in (" ", "\u00a0") and at >= start - 2:
            at -= 1
        return self.prose[at:at + 1] == "$" and not (at > 0 and self.prose[at - 1].isalnum())

    def _dollar_currency_after(self, pos: int) -> tuple[str, Decimal, int] | None:
        """A currency other than the US dollar named after a '$' figure, one that writes itself with '$'
        at home: by its name ('Canadian dollars': that currency, read to the name's end) or by a head noun
        several share ('pesos': the currency is left to the text around it, as for '15.88 pesos')."""
        found = _UNIT_AFTER.match(self.prose, pos)
        if found is not None:
            form = units.lookup_suffix(found.group("unit"))
            if form is not None and units.is_money(form.unit) and form.unit != "USD" \
                    and units.written_with_bare_dollar(form.unit):
                return form.unit, _decimal(form.scale), found.end()
        word = _WORD_AFTER.match(self.prose, pos)
        if word is not None and units.bare_dollar_currencies_named(word.group(1)):
            return "", _ONE, pos
        return None

    def _percent_then_spaced_figure(self, unit_match: re.Match[str]) -> bool:
        """ "5.4% 5.2%": a table's cells side by side; there a percent sign never opens the next figure
        after a space (a sign glued to it, "%5", may: Turkish copy writes it first). In prose ("Ekim 2023
        % 61,36") the spaced sign is the next figure's."""
        return unit_match.group("unit") == "%" and self.prose[unit_match.end():unit_match.end() + 1] in (" ", "\u00a0")

    def _not_a_quantity_after(self, start: int, pos: int, is_numeral: bool) -> bool:
        """A bare figure that is a date, a duration or part of a name ("5 years", "10 May", "A4")."""
        after = self.prose[pos:pos + 1]  # an ASCII letter ("A4"), compared without a pattern's call
        if "a" <= after <= "z" or "A" <= after <= "Z":
            return not self._glued_tender_word(pos)
        if TIME_AFTER.match(self.prose, pos) or _OTHER_COUNT_THEN_TIME.match(self.prose, pos):
            return True
        if _MONTH_AFTER.match(self.prose, pos) and ("." not in self.prose[start:pos] or not self.table_cell(start)):
            return True  # "10 May" is a day; a table's "1.4567 Jul / 2022" a figure beside its month ("10.30 May 5" in prose is a time)
        if is_numeral and ordinal_day_at(self.prose, start, pos):
            return True  # "am 3. April 2021": a day written with an ordinal stop
        # "March 3" is a day; "1 January 9,104,772 people", "in May 52 people" name no day after the month: a day
        # has at most two digits and is at most 31
        return is_numeral and _DAY_SHAPED.fullmatch(self.prose, start, pos) is not None \
            and _MONTH_BEFORE.found(self.reversed, start, 12)

    def _glued_tender_word(self, pos: int) -> bool:
        """ "17.8311pesos", "5,600shillings": a word several currencies end their names with, glued to the figure,
        is its money (whose currency the sentence's country tells, as for '17.8311 pesos'), no name's letters."""
        word = _GLUED_WORD.match(self.prose, pos)
        return word is not None and word.group().lower() in units.shared_tender_words()

    def _not_counted(self, core: str, value: Decimal, is_numeral: bool, qualifier: Qualifier, start: int,
                     pos: int) -> bool:
        """A bare figure without unit that counts nothing: a year, a name, "the two countries", "one of"."""
        exact = qualifier == Qualifiers.exact
        if is_numeral:
            # a figure grouped in thousands ('Population 20,600,000') is a quantity: no name is written so
            return exact and (is_year(core) and not self._counts_people(start, pos)
                              or self._looks_like_name(start) and not self.table_cell(start)
                              and not _GROUPED_THOUSANDS.fullmatch(core))
        if value <= 10 and exact and _REFERENTIAL_BEFORE.found(self.reversed, start, 12) \
                and not _COUNTED_AFTER_REFERENTIAL.match(self.prose, pos):
            return True  # "the two countries": referring back, not counting; "the six other states" count
        if value == 2 and self._pair_noun_after(pos):
            return True  # "relations of two countries": the pair a bilateral story is about
        return value == 1 and core.strip().lower() in ("one", "a") and exact \
            and not _ONE_COUNTED_BEFORE.found(self.reversed, start, 12)  # but "only one", "at least one" count

    def _times_quantity(self, q: Quantity, times: re.Match[str], qual_start: int) -> Quantity | None:
        """ "three times more" is a ratio; "rose three times" a change; "met three times" nothing."""
        if times.group("comp"):
            q.unit, q.kind, q.end = "x", Kinds.ratio, times.start("comp")
            return q
        direction = self.kinds.change_before(qual_start) or self.kinds.change_closing_after(times.end()) \
            or self._listed_multiple_direction(qual_start)
        if direction is None:
            return None  # "met three times": a frequency, not a quantity
        q.unit, q.kind, q.direction, q.end = "x", Kinds.change, direction, times.end()
        self.kinds.post_qualifier(q)  # '10 times or nearly rose', as Japanese '10倍近く上昇' is glossed
        return q

    def _listed_multiple_direction(self, pos: int, reach: int = 3) -> Direction | None:
        """The direction of the multiple listed before ``pos`` ('grew 14.6 times, and Kazakhstan 14.2 times'),
        through up to ``reach`` items of the list; None when there is none or it names no change."""
        found = _LISTED_MULTIPLE_BEFORE.search(self.prose, max(self.kinds.sentences.at(pos).start, pos - 90), pos)
        if found is None:
            return None
        return self.kinds.change_before(found.start()) or self.kinds.change_closing_after(found.end("times")) \
            or (self._listed_multiple_direction(found.start(), reach - 1) if reach > 1 else None)

    def _pair_noun_after(self, pos: int) -> bool:
        found = NOUN_AFTER.match(self.prose, pos)
        return bool(found) and found.group(1).split()[0].lower() in _PAIR_NOUNS  # type: ignore[union-attr]

    def _plain_year(self, start: int, end: int) -> bool:
        """A bare year: no currency, scale, unit or qualifier around it, not a range's low end."""
        after = self.prose[end:end + 1]
        if after and (after.isalnum() or after in "%-–—+"):
            return False
        if start and self.prose[start - 1].isalpha():
            return False  # glued to a currency sign ("N1315"): only ``money_signs`` starts a figure there
        if _scale_or_unit_after(self.prose, end) or self._counts_people(start, end):
            return False
        prose = self.prose
        if not ((has_prefix_end(prose, start) or qualifier_may_end_at(prose, start, 40))
                and _PREFIX_OR_QUALIFIER_BEFORE.found(self.reversed, start, 40)):
            return True  # (the two tests are what the pattern's two branches need: most years have neither)
        if _PREFIX_BEFORE.found(self.reversed, start, 8):
            return False  # "$2022"
        # "more than 2000 people" counts; "fell 3% over 2020", "over 2021 and 2022" name a time.
        noun = NOUN_AFTER.match(self.prose, end)
        word = noun.group(1).split()[0].lower() if noun else ""
        return not word or word in _YEAR_FOLLOWERS

    def _counts_people(self, start: int, end: int) -> bool:
        """Four digits before a noun news counts people by count them ('lost 2000 people', 'grew by 1400 residents'),
        unless a word that dates a time stands right before them ('in 1999 people were poorer', 'by 2030 people will');
        'by' after a change word or the measure those nouns count ('the population by 1400 residents') sizes a change."""
        if not _PEOPLE_COUNTED_AFTER.match(self.prose, end):
            return False
        before = self.prose[max(0, start - _YEAR_WORD_REACH):start]
        dated = _YEAR_WORD_BEFORE.search(before)
        if dated is None:
            return True
        return dated.group("w").lower() == "by" and (self.kinds.change_before(start) is not None
                                                     or _PEOPLE_MEASURE_BEFORE_BY.search(before) is not None)

    def _scale(self, pos: int, has_currency: bool) -> tuple[Decimal | None, int]:
        found = _SCALE_AFTER.match(self.prose, pos)
        if not found and self.prose.startswith("  ", pos):
            gap = _BLANKED_GAP.match(self.prose, pos)
            found = _SCALE_AFTER.match(self.prose, gap.end()) if gap is not None else None
            if found is not None and found.group("letter"):
                found = None
        if not found:
            if not _spaced_scale_may_open(self.prose, pos):
                return None, pos
            plural = _PLURAL_SCALE.match(self.prose, pos)
            if plural is not None:
                return self._plural_scale(plural, pos)
            return self._spaced_letter_before_currency(pos)
        letter = found.group("letter")
        if letter:
            if letter in _CURRENCY_ONLY_LETTERS and not has_currency and not self._millions_m(letter, pos, found.end()) \
                    and not (letter in _LETTERS_BEFORE_CURRENCY and self._currency_named_at(found.end())):
                return None, pos  # "5m" alone may be metres; "$5m", "5m tonnes", "78m phones" are millions
            scale = Decimal(_ATTACHED_LETTERS[letter]) if letter in _ATTACHED_LETTERS else scale_of(letter)
            return (scale, found.end()) if scale is not None else (None, pos)
        word = found.group("word") or found.group("abbr") or found.group("numeral_word")
        if word in _CURRENCY_ONLY_ABBREVIATIONS and not has_currency and not self._currency_named_at(found.end()):
            return None, pos  # "$5MM", "5MM dollars" are millions; "a 9MM pistol" is none
        if found.group("numeral_word"):
            if found.start("numeral_word") == pos and not has_currency and not self._currency_named_at(found.end()):
                return None, pos  # glued, a scale only of money ('₹12cr', '5crore rupees'); '18Cr' steel is a grade
            return self._chained(Decimal(_NUMERAL_SCALES[word.lower()]), found.end())
        scale = scale_of(word)
        return self._chained(scale, self._past_abbreviation_dot(found.end())) if scale is not None else (None, pos)

    def _past_abbreviation_dot(self, end: int) -> int:
        """Past the dot of a scale abbreviation when the figure's unit follows it ('5 mln. euros', '43,5 млрд.
        рублей', '5 Mio. EUR': ``sentences`` keeps such a dot inside the sentence), so that unit is read; else
        ``end``, the dot left to end the sentence or the surface."""
        prose = self.prose
        if prose[end:end + 1] != "." or prose[end + 1:end + 2] not in _WS_FIRST:
            return end
        found = _UNIT_AFTER.match(prose, end + 1)
        if found is None:
            return end
        written = found.group("unit")
        form = units.lookup_suffix(written)
        if form is None:
            return end
        if written[:1].islower() and (units.is_money(form.unit) or len(written) > 2) \
                or scale_dot_before_currency(prose, end, found.start("unit")):
            return end + 1
        return end

    def _plural_scale(self, plural: re.Match[str], pos: int) -> tuple[Decimal | None, int]:
        """ "80 millions": the scale, unless the figure is a bare year ("in 2020 millions of people")."""
        figure = _FIGURE_AT_END.search(self.prose, max(0, pos - 12), pos)
        scale = scale_of(plural.group("word"))
        if scale is None or (figure is not None and is_year(figure.group())):
            return None, pos
        return scale, plural.end()

    def _spaced_letter_before_currency(self, pos: int) -> tuple[Decimal | None, int]:
        """ "2,02 T USD", "10,42 K USD": a scale letter apart from the figure is one only before a currency
        code or name (scales.json ``scale_letters_before_currency``)."""
        found = _SPACED_SCALE_LETTER.match(self.prose, pos)
        if found is None or not self._currency_named_at(found.end()):
            return None, pos
        return Decimal(_ATTACHED_LETTERS[found.group("letter")]), found.end()

    def _currency_named_at(self, pos: int) -> bool:
        """A currency's code or name right after ``pos`` (" USD", " dollars"), not a sign of the next figure."""
        unit_match = _UNIT_AFTER.match(self.prose, pos)
        if unit_match is None or not unit_match.group("unit")[:1].isalpha():
            return False
        form = units.lookup_suffix(unit_match.group("unit"))
        return form is not None and units.is_money(form.unit)

    def _millions_m(self, letter: str, pos: int, end: int) -> bool:
        """ "16.68m tonnes", "78m phones", "rose to 7.7m." are millions; "a 5m wall", "the 100m final",
        "10m tall", "jumped 2.45m." are metres (scales.json ``millions_m``)."""
        if letter not in _MILLIONS_M_LETTERS:
            return False
        head = self.prose[max(0, pos - 30):pos]
        figure = _FIGURE_AT_END.search(head)
        before = _WORD_AT_END.search(head, 0, figure.start() if figure else len(head))
        if before and before.group(1).lower() in _MILLIONS_M_ARTICLES:
            return False
        nxt = _NEXT_WORD.match(self.prose, end)
        if nxt:
            word = nxt.group(1)
            if word.lower() in _METRE_WORDS:
                return False
            if _UNIT_AFTER.match(self.prose, end) is not None:
                return True
            return word.islower() and word not in STOPWORDS and word not in TIME_UNITS
        if not _CLAUSE_END.match(self.prose, end):
            return False
        start = max(self.prose.rfind(".", 0, pos - 1 - len(figure.group()) if figure else pos), pos - 200, 0)
        return not any(w.lower() in _METRE_WORDS for w in _WORDS.findall(self.prose, start, pos))

    def _chained(self, scale: Decimal, pos: int) -> tuple[Decimal, int]:
        """ "4.71 lakh crore", "86 thousand crores": a second scale multiplies the first."""
        chained = _CHAINED_SCALE.match(self.prose, pos)
        if chained is None:
            return scale, pos
        return scale * _CHAINED[chained.group("chain").lower()], chained.end()

    def _looks_like_name(self, start: int) -> bool:
        """A bare number after a capitalised word mid-sentence: "Boeing 737", "Article 5"."""
        if _NUMBER_SIGN_BEFORE.found(self.reversed, start, 30):
            return True
        found = _CAPITALISED_BEFORE.before(self.reversed, start, 30)
        if not found:
            return False
        word = found.group("word").lower()
        if "." in self.prose[start:start + 12].split(" ", 1)[0] and _is_currency_word(word):
            return False  # 'US Dollar 1.2454', 'Japanese Yen 0.0828': a rate table's row, priced per unit of it
        return word not in STOPWORDS and word not in QUALIFIER_OF and word not in _NOT_NAMES
