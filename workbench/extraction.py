"""Draft → numeric claims: value, unit, qualifier, kind, period, subject and entities.

How it works, and why it is fast: one compiled regex scans the masked prose of the draft
(``Draft.prose``: same offsets as the file, Markdown blanked) for number *cores* — numerals,
number words, fractions in words, multiples — and skips dates, clock times, ordinals and
decades in the same pass. Each core is then read in its context with small anchored regexes
(scale and unit after it, currency symbol and qualifier before it, a change verb, a share
cue), so Python does work per number, never per token. Sentences, periods and entities are
only computed for sentences that hold a number.

Every word the rules use is generic English news vocabulary from ``workbench/data/``
(``lexicon.json``, ``units.json``, ``gazetteer.csv``); nothing here knows about one article.
What counts as a claim, and what does not, is documented in ``docs/extraction.md``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from . import units
from .drafts import Draft
from .gazetteer import Entity, Gazetteer
from .models import Claim, Direction, DraftInfo, ExtractionReport, Kind, Qualifier
from .numbers import (
    DENOMINATORS,
    NUMBER_WORDS,
    NUMERAL,
    WORD_VALUES,
    alternation,
    lexicon,
    parse_fraction,
    parse_number,
    scale_of,
)
from .patterns import caseless_literal_first, scannable_trie, trie_regex

_LEX = lexicon()
_I = re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# Vocabulary → regex fragments
# ---------------------------------------------------------------------------------------------

_CARDINALS = alternation([*_LEX["cardinals"], *_LEX["tens"]])
_DENOMS = alternation(list(_LEX["denominators"]))
_FOLD_WORDS = alternation(list(_LEX["fold_words"]))
_MULTIPLE_VERBS = alternation(list(_LEX["multiple_verbs"]))
_TIME_UNITS = alternation(_LEX["time_units"])
_MONTH_NAMES = {k: v for k, v in _LEX["months"].items()}
# Months are proper nouns: matched capitalised so the verb "may" and "march" stay words.
_MONTHS = alternation([m.capitalize() for m in _MONTH_NAMES] + [m.upper() for m in _MONTH_NAMES if len(m) == 3])
_ORDINAL_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"

_QUALIFIER_OF: dict[str, Qualifier] = {}
for _q, _words in _LEX["qualifiers"].items():
    for _w in _words:
        _QUALIFIER_OF[" ".join(_w.lower().split())] = Qualifier(_q)
_QUALIFIERS = alternation(list(_QUALIFIER_OF))

_DIRECTION_OF: dict[str, Direction] = {}
for _d, _words in _LEX["change_verbs"].items():
    for _w in _words:
        _DIRECTION_OF[" ".join(_w.lower().split())] = Direction(_d)
_CHANGE_VERBS = alternation(list(_DIRECTION_OF))
_NOUN_DIRECTION: dict[str, Direction] = {}
for _d, _words in _LEX["change_nouns"].items():
    for _w in _words:
        _NOUN_DIRECTION[_w.lower()] = Direction(_d)
_CHANGE_NOUNS = alternation(list(_NOUN_DIRECTION))
_SHARE_CUES = alternation(_LEX["share_cues"])
_REFERENTIAL = alternation(_LEX["referential_determiners"])
_COMPARATIVES = alternation(_LEX["comparatives_after_times"])
_RELATIVE_YEARS = {" ".join(k.split()): int(v) for k, v in _LEX["relative_years"].items()}
_RELATIVE = alternation(list(_RELATIVE_YEARS))
_STOPWORDS = frozenset(w.lower() for w in _LEX["subject_stopwords"])
_MEASURE_NOUNS = frozenset(_LEX["measure_nouns"])
_STRIP_DETERMINERS = frozenset(_LEX["determiners_to_strip"])
_VERB_WORDS = frozenset(w for w in _DIRECTION_OF if " " not in w and w not in ("up", "down")) | frozenset(
    w for w in _QUALIFIER_OF if " " not in w and w not in _LEX["subject_stopwords"]) | frozenset(_LEX["level_verbs"]) \
    | frozenset(_LEX["phrase_ending_verbs"])  # verbs the "-ed" test misses ("1,500 delegates met")
_AUXILIARIES = frozenset(_LEX["auxiliaries"])
_NOUN_PHRASE_LINKS = frozenset(["and", "of", "with", "from", "for", "in"])
_NOT_NAMES = frozenset(["another", "exactly", "only", "just", "nearly", "almost", "over", "some", "about", "around",
                        "precisely", "fully", "barely", "roughly", "and", "or", "but", "with", "without", "whereas"])
_PAIR_NOUNS = frozenset(_LEX["pair_nouns"])
_PHRASAL_UP_DOWN = frozenset(_LEX["phrasal_verbs_before_up_down"])
_NUMBER_WORD_SET = frozenset(WORD_VALUES)  # "six", "twenty", "million", "dozen"
_SMALL_WORDS = _STOPWORDS | _VERB_WORDS | _MEASURE_NOUNS | _NUMBER_WORD_SET | frozenset(_LEX["time_units"])
_INNER_SUBJECT_WORDS = frozenset(["of", "from", "in", "and", "the", "between", "with", "for", "on", "per", "to"])
# One whitespace character, a line break inside a paragraph included (not a blank line).
_WS = r"(?:[ \t\r\u00a0\u2009\u202f]|\n(?![ \t\r]*\n))"

_PREFIXES = units.surface_alternation(units.currency_prefixes())
_SUFFIXES = units.surface_alternation([f for f in units.unit_suffixes() if f.surface != "x"])

# ---------------------------------------------------------------------------------------------
# The one scan: number cores, and tokens that look numeric but are not quantities
# ---------------------------------------------------------------------------------------------

_SKIP_DIGIT_FORMS = [
    r"\d{4}-\d{2}-\d{2}(?!\d)",                                   # ISO dates
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)",                        # 10.11.2023, 11/10/23
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.m\.|[ap]m\b))?",      # clock times
    r"\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)",                  # 5 pm, 10.30 a.m.
    r"\d+(?:st|nd|rd|th)\b",                                       # ordinals: 19th, 21st
    r"\d{2,4}'?s\b",                                               # decades: 1990s, 90s
    r"\d{2,4}(?:-\d{2,4}){2,}(?![\d-])",                            # phone numbers, codes: 123-45-67
    r"\d{1,5}\)\s?\d{2,4}[-\s]\d{2,4}",                               # (727) 123-45-67, from the area code
    r"(?<=\+)\d{1,3}\s?\(\d{1,5}\)",                                 # +7 (727): a country code
]
# Every form above has one of these right after its first run of digits, so most numbers
# ("28.2 billion", "19%", "300 schools") are turned away by one look-ahead, not tried form by form.
_SKIP_DIGITS = rf"(?=\d+(?:[-/:')snrt(]|\.\d{{1,2}}(?:[./]|\s*[ap])|\s*[ap(]))(?:{'|'.join(_SKIP_DIGIT_FORMS)})"
_SKIP_WORDS = rf"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:{_ORDINAL_UNITS}))\b"

# The scan: cheap candidate positions (a digit, or a word that can start a number) at word starts.
_FIRST_WORDS = [*_LEX["cardinals"], *_LEX["tens"], *_LEX["word_scales"], *_LEX["dozen"], *_LEX["fold_words"],
                *_LEX["multiple_verbs"], "half"]
_A_WORDS = [*_LEX["denominators"], *_LEX["word_scales"], *_LEX["dozen"]]  # "a third", "a million"
# What a candidate is: the reference form (kept for the draft's first character, and for tests).
_CANDIDATE = re.compile(
    rf"(?<![\w.,/\-–])(?:\d|(?i:{trie_regex(_FIRST_WORDS)})(?![\w'’])"
    rf"|(?i:an?\s+(?:{trie_regex(_A_WORDS)})(?![\w'’])))"
)


def _word_rests(words: list[str]) -> dict[str, str]:
    """Words by lower-case first letter → a regex for the rest of them (for ``caseless_literal_first``)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0].lower(), []).append(word[1:])
    return {letter: rf"(?:{trie_regex(rest)}){'?' if '' in rest else ''}" for letter, rest in rests.items()}


def _candidate_scan() -> re.Pattern[str]:
    """``_CANDIDATE`` rewritten so ``re`` can scan for it fast; it matches one character earlier.

    The look-behind "no word character before" is tried at every position of the text, which is
    most of the scan's cost; consuming that character instead (any but a word character, dot,
    comma, slash or dash) gives ``re`` a character set to skip ahead with. That set is written
    in ASCII (a bitmap ``re`` tests in one step, where ``\\w`` is a Unicode lookup per character);
    the rare non-ASCII word characters and "–" are ruled out by a guard after the candidate's
    first character, which few positions reach. The words' first letters are spelt out as
    literals (see ``caseless_literal_first``). A match's candidate starts at ``match.start() + 1``.
    """
    alternatives = {letter: f"{rest}(?![\\w'’])" for letter, rest in _word_rests(_FIRST_WORDS).items()}
    a_phrase = rf"n?\s+(?:{trie_regex(_A_WORDS)})(?![\w'’])"
    # Same order as in _CANDIDATE: a number word first, then "a"/"an" + fraction or scale word.
    alternatives["a"] = f"{alternatives['a']}|{a_phrase}" if "a" in alternatives else a_phrase
    guard = r"(?<![\w–].)"  # the character before this one is no word character and no "–"
    return re.compile(rf"[^0-9A-Za-z_.,/\-](?:\d{guard}|{caseless_literal_first(alternatives, guard)})")


_CANDIDATE_SCAN = _candidate_scan()
# What a candidate is, read anchored at its position; the first branch that matches wins. The
# branches are in two patterns, by the candidate's first character, so a numeral is never tried
# against the case-insensitive word branches and a word never against the numeral ones (``re``
# rejects only plain literals on sight). Their one-pattern form, in the same order (skip, frac,
# ratio, fold, mverb, half, slash, num, words), is in tests/test_extraction_patterns.py.
_RATIO_REST = (rf"\s+(?i:in|out\s+of)\s+(?P<rbot>[1-9]\d{{0,2}}(?![\d.,])"
               rf"|(?i:{_CARDINALS}|hundred|a\s+hundred|one\s+hundred|a\s+thousand))(?![\w-])")
_CORE_DIGIT = re.compile(
    r"(?<![\w.,/\-–])(?:"
    rf"(?P<skip>{_SKIP_DIGITS})"
    rf"|(?P<ratio>(?P<rtop>[1-9]\d{{0,2}}){_RATIO_REST})"
    rf"|(?P<fold>(?P<foldnum>{NUMERAL})[\s-]?(?i:fold)(?![\w-]))"
    r"|(?P<slash>(?P<snum>\d{1,3})/(?P<sden>\d{1,3})(?![\d/]|[.,]\d))"
    rf"|(?P<num>{NUMERAL})"
    r")"
)
_CORE_WORD = re.compile(
    r"(?<![\w.,/\-–])(?:"
    rf"(?P<skip>{_SKIP_WORDS})"
    rf"|(?P<frac>(?P<fnum>(?i:a|an|{_CARDINALS}))[\s-]+(?P<fden>(?i:{_DENOMS}))(?![\w-]))"
    rf"|(?P<ratio>(?P<rtop>(?i:{_CARDINALS})){_RATIO_REST})"
    rf"|(?P<fold>(?:(?P<foldnum>(?i:{_CARDINALS}))[\s-]?(?i:fold)|(?i:{_FOLD_WORDS}))(?![\w-]))"
    rf"|(?P<mverb>(?i:{_MULTIPLE_VERBS})(?![\w-]))"
    r"|(?P<half>(?i:half)(?=\s+(?:of|the)\b))"
    rf"|(?P<words>(?i:{NUMBER_WORDS})(?![\w-]))"
    r")"
)


def _core_at(text: str, pos: int) -> re.Match[str] | None:
    """The core at ``pos``: a numeral's branches at a digit, the number words' elsewhere."""
    return (_CORE_DIGIT if text[pos].isdecimal() else _CORE_WORD).match(text, pos)  # what \d matches


class _BehindMatch:
    """A match found by ``_Behind``, with offsets and groups in forward terms."""

    __slots__ = ("_m", "_n")

    def __init__(self, m: re.Match[str], n: int) -> None:
        self._m, self._n = m, n

    def start(self) -> int:
        return self._n - self._m.end()

    def group(self, name: str | int = 0) -> str:
        return (self._m.group(name) or "")[::-1]


class _Behind:
    """A pattern that must end exactly where a window ends ("more than " before a number).

    Written reversed and matched, anchored, on the reversed window: one attempt instead of a
    search that tries every start position of the window.
    """

    def __init__(self, reversed_pattern: str, flags: int = 0) -> None:
        self._pattern = re.compile(reversed_pattern, flags)

    def found(self, reversed_text: str, pos: int, width: int) -> bool:
        """Whether the pattern ends at ``pos`` within the ``width`` characters before it.

        ``reversed_text`` is the whole text reversed once, so no window is sliced and reversed
        per call; ``endpos`` keeps the match inside the window.
        """
        n = len(reversed_text)
        return self._pattern.match(reversed_text, n - pos, n - pos + width) is not None  # re clamps endpos

    def start_at_end(self, text: str) -> int | None:
        """Where the pattern starts if it ends exactly where ``text`` ends (a short string, reversed here)."""
        m = self._pattern.match(text[::-1])
        return len(text) - m.end() if m else None

    def before(self, reversed_text: str, pos: int, width: int) -> _BehindMatch | None:
        """Like ``found``, with the match; its ``start()`` is an offset into the forward text."""
        n = len(reversed_text)
        m = self._pattern.match(reversed_text, n - pos, n - pos + width)
        return _BehindMatch(m, n) if m else None


def _reversed_words(words) -> str:
    return trie_regex([w[::-1] for w in words], flexible_space=True)


# Context around a core, read with anchored matches (``pattern.match(prose, pos)``).
_SCALE_AFTER = re.compile(
    rf"(?:{_WS}?(?P<word>(?i:thousand|million|billion|trillion))(?![\w-])"
    rf"|{_WS}?(?P<abbr>mn|mln|bn|bln|tn|trn|tln|thsd|Mn|Bn|MLN|BLN)(?![\w-])"
    r"|(?P<letter>[kKmMbB])(?![\w-]))"
)
_UNIT_AFTER = re.compile(rf"{_WS}?(?P<unit>{_SUFFIXES})")
_CURRENCY_NAME_AT = re.compile(f"{_SUFFIXES}|{_PREFIXES}")  # a unit form starting here ("US dollars")
_SCALE_OR_UNIT_AFTER = re.compile(f"{_SCALE_AFTER.pattern}|{_UNIT_AFTER.pattern}")
_X_AFTER = re.compile(r"x(?![\w-])")
_DECIMAL_COMMA = re.compile(r",(\d{1,2})(?!\d|,\d)")  # ",5" after a numeral: no thousands group
_TIME_AFTER = re.compile(rf"[\s-]+(?:(?i:{_TIME_UNITS}))(?![\w])")
_TIMES_AFTER = re.compile(rf"\s+(?i:times)(?P<comp>\s+(?i:{_COMPARATIVES})\b)?")
_RANGE_AFTER = re.compile(
    rf"(?P<sep>[ \u00a0]?[–—-][ \u00a0]?|\s+(?i:to)\s+)(?P<cur>(?:{_PREFIXES})[ \u00a0]?)?"
    rf"(?P<hi>{NUMERAL}|(?i:{NUMBER_WORDS})(?![\w-]))"
)
_AND_AFTER = re.compile(
    rf"\s+(?i:and)\s+(?P<cur>(?:{_PREFIXES})[ \u00a0]?)?(?P<hi>{NUMERAL}|(?i:{NUMBER_WORDS})(?![\w-]))")
_POST_QUALIFIER = re.compile(r"\s+(?i:or\s+(?P<w>more|so|less|fewer|over|above))\b|(?P<plus>\+)")
_OR_MORE_LATER = re.compile(r"[^.;:!?,()\d]{1,60}?\s(?i:or\s+(?P<w>more|so|less|fewer))\b")
_OR_MORE_QUALIFIER = {"more": Qualifier.ge, "so": Qualifier.approx, "less": Qualifier.le, "fewer": Qualifier.le}
_OF_AFTER = re.compile(r"\s+of\b", _I)
_CHANGE_NOUN_AFTER = re.compile(rf"[\s-]+(?P<n>{_CHANGE_NOUNS})\b", _I)
_MONTH_AFTER = re.compile(rf"\s*(?:of\s+)?(?:{_MONTHS})\b")
_LETTER_AFTER = re.compile(r"[A-Za-z]")
_WORD_RE = r"[A-Za-z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_NOUN_AFTER = re.compile(rf"{_WS}+((?:{_WORD_RE})(?:{_WS}+{_WORD_RE}){{0,7}})")

# Context before a core: searched in a short window that ends where the core starts.
_PREFIX_BEFORE = _Behind(rf"[ \u00a0]?(?:{_reversed_words(f.surface for f in units.currency_prefixes())})(?![A-Za-z])")
_QUALIFIER_BEFORE = _Behind(rf"\s*(?P<q>{_reversed_words(_QUALIFIER_OF)})(?![\w])", _I)
# Either of the two above, in one attempt (for the many bare years).
_PREFIX_OR_QUALIFIER_BEFORE = _Behind(
    rf"{_PREFIX_BEFORE._pattern.pattern}|(?i:{_QUALIFIER_BEFORE._pattern.pattern})")
_BETWEEN_BEFORE = _Behind(r"\s+neewteb(?![\w])", _I)
_FROM_BEFORE = _Behind(r"\s+morf(?![\w])", _I)
_CHANGE_BEFORE = _Behind(rf"\s+(?:(?:yb|fo)\s+)?(?P<v>{_reversed_words(_DIRECTION_OF)})(?![\w-])", _I)
_MONTH_BEFORE = _Behind(rf"\s+\.?(?:{_reversed_words([m.capitalize() for m in _MONTH_NAMES])})(?![\w])")
_ONE_COUNTED_BEFORE = _Behind(rf"\s+(?:{_reversed_words(_LEX['one_count_markers'])})(?![\w])", _I)
_REFERENTIAL_BEFORE = _Behind(rf"\s+(?:{_reversed_words(_LEX['referential_determiners'])})(?![\w])", _I)
_CAPITALISED_BEFORE = _Behind(r"[ \u00a0]+(?P<word>[\w'’-]*[A-Z])(?![\w'’-])")
_NUMBER_SIGN_BEFORE = _Behind(r"\s*(?:\.oN(?![\w])|#|rebmun(?![\w])|rebmuN(?![\w])|oN(?![\w]))")
_FIRST_SECOND_BEFORE = _Behind(r"\s+(?:tsrif|dnoces|ts1|dn2)(?![\w])", _I)
_SHARE_VERB_CUES = [c for c in _LEX["share_cues"] if not c.endswith(" of")]
# A share verb that ends a clause ("Russians make up 19%"), read backwards: one anchored
# attempt. Its plain form, ``(?<![\w])(?:cues)\s*\Z`` searched forwards, is in the tests.
_SHARE_VERB_ENDING = _Behind(rf"\s*(?:{_reversed_words(_SHARE_VERB_CUES)})(?![\w])", _I)
_SHARE_BEFORE = re.compile(rf"(?<![\w])(?P<cue>{_SHARE_CUES})\b(?P<rest>[^.;:!?]*)\Z", _I)

# Sentences: a boundary after ., ! or ? (and closing quotes) before a capital, digit or quote;
# at blank lines; and at line breaks before Markdown blocks (handled via the masked prose).
# (The shared first character lets ``re`` skip ahead to it; the look-behinds pick the branch.)
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|(?<=\n)[ \t\r]*\n\s*)")
# Markdown blocks (list items, headings, quotes) start a sentence; read from the unmasked text.
_LIST_OR_HEADING = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)]|#{1,6}|>)[ \t]", re.M)
_HEADING_LINE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t][^\n]*\n", re.M)
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st gen col sen rep gov inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec "
    "no vs e.g i.e u.s u.k approx est etc fig dept ca".split())
_ABBREVIATION_ENDINGS = frozenset(word[-2:] for word in _ABBREVIATIONS if len(word) > 1)

# Periods named inside a sentence. Months are matched capitalised (see _MONTHS).
_YEAR = r"(?:1[89]|2[01])\d{2}"
_PART_ORDINALS = "first|second|third|fourth"
_MONTH_PREPOSITIONS = "in|since|by|during|until|through|from|of"
# The word a period expression can start with, when it starts with neither a digit nor a capital
# (months, Q1/H1): tried once per word before the branches below, which then run only there.
_PERIOD_FIRST_WORDS = sorted({"the", *_PART_ORDINALS.split("|"), *_MONTH_PREPOSITIONS.split("|"),
                               *_LEX["cardinals"], *_LEX["tens"], *(p.split()[0] for p in _RELATIVE_YEARS)})
_PERIOD_FIRST_WORD = rf"(?=\d|[A-Z]|(?:{caseless_literal_first(_word_rests(_PERIOD_FIRST_WORDS))})(?![\w]))"
_PERIOD = re.compile(
    rf"(?<![\w]){_PERIOD_FIRST_WORD}(?:"
    rf"(?P<mspan>(?P<m1>{_MONTHS})\.?\s*(?:[–—-]|\s(?i:to|through|till|until)\s)\s*(?P<m2>{_MONTHS})\.?,?\s*(?:(?i:of)\s+)?(?P<y1>{_YEAR})(?!\d))"
    rf"|(?P<nmonths>(?i:(?:the\s+)?(?:first\s+)?)(?P<n>\d{{1,2}}|(?i:{_CARDINALS}))\s+(?i:months)\s+(?i:of)\s+(?:(?P<y2>{_YEAR})(?!\d)|(?P<rel2>(?i:{_RELATIVE}))))"
    rf"|(?P<part>(?P<pn>(?i:{_PART_ORDINALS}|1st|2nd|3rd|4th))\s+(?P<pk>(?i:half|quarter))(?:\s+(?i:of)\s+(?:(?P<y3>{_YEAR})(?!\d)|(?P<rel3>(?i:{_RELATIVE}))))?)"
    rf"|(?P<qcode>\b(?P<qk>[QH])(?P<qn>[1-4])\s*(?P<y4>{_YEAR})(?!\d))"
    rf"|(?P<monthyear>(?P<m3>{_MONTHS})\.?,?\s+(?P<y5>{_YEAR})(?!\d))"
    rf"|(?P<yspan>(?<![\w.,$-])(?P<ys>{_YEAR})\s*(?:[–—/-]|\s(?i:to|and|until|through)\s)\s*(?P<ye>{_YEAR}|\d{{2}})(?![\w%]|[.,]\d))"
    rf"|(?P<year>(?<![\w.,$£€-])(?P<y>{_YEAR})(?![\w%]|[.,]\d))"
    rf"|(?P<rel>(?i:{_RELATIVE})\b)"
    rf"|(?P<month>(?<![\w])(?i:{_MONTH_PREPOSITIONS})\s+(?P<m4>{_MONTHS})\b(?!\.?,?\s*(?:[–—-]|(?i:to|through|till|until)\s|{_YEAR}))))"
)


# Every period expression above holds one of these; a sentence without any has no period.
# (Written so that every branch starts with a literal character, which ``re`` scans for fast.)
_PERIOD_GATE = re.compile(
    r"1(?<!\d.)[89]\d\d(?!\d)|2(?<!\d.)[01]\d\d(?!\d)|"
    + scannable_trie([m.capitalize() for m in _MONTH_NAMES]
                     + [w for word in ("year", "quarter", "half", "month") for w in (word, word.capitalize())]))


_ONE = Decimal(1)


@lru_cache(maxsize=None)
def _decimal(factor: float) -> Decimal:
    """A unit's float factor as the Decimal it stands for (0.001 → Decimal('0.001'))."""
    return Decimal(str(factor))


@dataclass(slots=True)
class _Quantity:
    start: int
    end: int
    value: Decimal
    unit: str = ""
    value_high: Decimal | None = None
    qualifier: Qualifier = Qualifier.exact
    kind: Kind = Kind.level
    direction: Direction | None = None
    decimals: int = 0
    subject: str | None = None
    places: int | None = None  # round the value to this many places (fractions → percent)
    subject_after: bool = False  # the counted noun follows the quantity
    left_end: int = 0  # where the text before the quantity (and its qualifier) ends
    is_verb: bool = False  # the quantity is the sentence's verb ("costs doubled")


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    text: str
    periods: list[tuple[int, int, str | None]] = field(default_factory=list)
    entities: list[str] | None = None
    key: bytes | None = None  # the sentence's part of claim ids
    quantities: list[_Quantity] = field(default_factory=list)  # in text order


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def extract(draft: Draft, as_of: dt.date | None = None, gazetteer: Gazetteer | None = None) -> list[Claim]:
    """Every numeric claim in the draft, in text order, with stable ids."""
    return _Extractor(draft.text, draft.prose, as_of or draft.date, gazetteer or Gazetteer.default(),
                      draft.line_col, draft.body_start).run()


def extract_report(draft: Draft, as_of: dt.date | None = None, gazetteer: Gazetteer | None = None) -> ExtractionReport:
    """The claim JSON of DESIGN: the draft's identity plus its claims."""
    day = as_of or draft.date
    info = DraftInfo(path=draft.path, sha256=draft.sha256, date=day.isoformat() if day else None,
                     title=draft.title, url=draft.url)
    return ExtractionReport(draft=info, claims=extract(draft, as_of=as_of, gazetteer=gazetteer))


def extract_text(text: str, as_of: dt.date | None = None, gazetteer: Gazetteer | None = None) -> list[Claim]:
    """Claims in plain text (no front matter, no Markdown): for benchmarks and quick checks."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_col(offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    return _Extractor(text, text, as_of, gazetteer or Gazetteer.default(), line_col, 0).run()


def claim_id(surface: str, sentence: str) -> str:
    """Id from the quantity's surface and its sentence (whitespace and case normalised)."""
    return _claim_id(surface, _sentence_key(sentence))


def _sentence_key(sentence: str) -> bytes:
    return ("\x1f" + " ".join(sentence.split()).lower()).encode("utf-8")


def _claim_id(surface: str, sentence_key: bytes) -> str:
    digest = hashlib.sha1(" ".join(surface.split()).lower().encode("utf-8") + sentence_key)
    return "c-" + digest.hexdigest()[:8]


# ---------------------------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------------------------


class _Extractor:
    def __init__(self, text: str, prose: str, as_of: dt.date | None, gazetteer: Gazetteer,
                 line_col, body_start: int) -> None:
        self.text = text
        self.prose = prose
        self.reversed = prose[::-1]  # for the look-behind patterns (``_Behind``)
        self.as_of = as_of
        self.gazetteer = gazetteer
        self.line_col = line_col
        self.body_start = body_start
        self._sentence_starts: list[int] | None = None
        self._sentence_ends: list[int] = []
        self._sentences: dict[int, _Sentence] = {}
        self._main: list[str] | None = None
        self._paragraph_breaks: list[int] | None = None
        self._mentions: list[tuple[int, int, Entity]] | None = None
        self._previous_end: dict[int, int] = {}
        self._paragraph_entities: dict[tuple[int, int], list[str]] = {}
        self._mention_starts: list[int] = []

    # -- driver -------------------------------------------------------------------------------

    def run(self) -> list[Claim]:
        found: list[tuple[_Quantity, _Sentence]] = []
        consumed = -1
        last_subject: dict[int, str] = {}  # sentence start → subject of its previous count
        prose = self.prose
        for start in self._candidates():
            if start < consumed:
                continue
            m = _core_at(prose, start)
            if m is None:
                continue
            if m.lastgroup == "skip":
                consumed = m.end()
                continue
            quantity = self._read(m)
            if quantity is None:
                continue
            consumed = quantity.end
            sentence = self._sentence_at(quantity.start)
            self._fill_subject(quantity, sentence, last_subject)
            sentence.quantities.append(quantity)
            found.append((quantity, sentence))
        # Claims are made once the whole text is read: a period may belong to a later figure.
        seen_ids: dict[str, int] = {}
        return [self._claim(quantity, sentence, seen_ids) for quantity, sentence in found]

    def _candidates(self) -> list[int]:
        """Where ``_CANDIDATE`` matches, as ``finditer`` from the body's start would find them."""
        body_start = self.body_start
        if body_start > 0:  # the character before the body is the first match's lead character
            return [m.start() + 1 for m in _CANDIDATE_SCAN.finditer(self.prose, body_start - 1)]
        first = _CANDIDATE.match(self.prose, 0)  # no character before the text's first one
        if first is None:
            return [m.start() + 1 for m in _CANDIDATE_SCAN.finditer(self.prose)]
        return [0] + [m.start() + 1 for m in _CANDIDATE_SCAN.finditer(self.prose, first.end())]

    def _claim(self, q: _Quantity, sentence: _Sentence, seen_ids: dict[str, int]) -> Claim:
        surface = self.text[q.start:q.end]
        if sentence.key is None:
            # sentence.text is already whitespace-normalised: _sentence_key without the split.
            sentence.key = ("\x1f" + sentence.text.lower()).encode("utf-8")
        base = _claim_id(surface, sentence.key)
        seen_ids[base] = seen_ids.get(base, 0) + 1
        cid = base if seen_ids[base] == 1 else f"{base}-{seen_ids[base]}"
        line, column = self.line_col(q.start)
        value = float(round(q.value, q.places)) if q.places is not None else float(q.value)
        high = None
        if q.value_high is not None:
            high = float(round(q.value_high, q.places)) if q.places is not None else float(q.value_high)
        # model_validate of a dict validates exactly as Claim(...) does, a third faster per claim.
        return Claim.model_validate({
            "id": cid, "text": surface, "start": q.start, "end": q.end, "line": line, "column": column,
            "sentence": sentence.text, "value": value, "value_high": high, "unit": q.unit,
            "qualifier": q.qualifier, "kind": q.kind, "direction": q.direction,
            "period": self._period_for(q, sentence), "subject": q.subject,
            "entities": self._entities(sentence), "decimals": q.decimals})

    # -- reading one core ---------------------------------------------------------------------

    def _read(self, m: re.Match[str]) -> _Quantity | None:
        kind = m.lastgroup
        if kind == "frac":
            return self._read_fraction(m)
        if kind == "ratio":
            return self._read_ratio(m)
        if kind in ("fold", "mverb"):
            return self._read_multiple(m)
        if kind == "half":
            return self._read_half(m)
        if kind == "slash":
            return self._read_slash_fraction(m)
        return self._read_number(m)

    def _qualifier_before(self, pos: int) -> tuple[Qualifier, int]:
        """The qualifier written just before ``pos`` and where it starts."""
        found = _QUALIFIER_BEFORE.before(self.reversed, pos, 40)
        if not found:
            return Qualifier.exact, pos
        word = " ".join(found.group("q").lower().split())
        return _QUALIFIER_OF[word], found.start()

    def _post_qualifier(self, q: _Quantity) -> None:
        found = _POST_QUALIFIER.match(self.prose, q.end)
        if not found or q.qualifier != Qualifier.exact:
            return
        if found.group("plus"):
            q.qualifier = Qualifier.gt
            q.end = found.end()
            return
        word = found.group("w").lower()
        q.qualifier = {"more": Qualifier.ge, "over": Qualifier.ge, "above": Qualifier.ge, "so": Qualifier.approx}.get(
            word, Qualifier.le)

    def _change_before(self, pos: int) -> Direction | None:
        found = _CHANGE_BEFORE.before(self.reversed, pos, 40)
        if not found:
            return None
        verb = " ".join(found.group("v").lower().split())
        if verb in ("up", "down"):
            previous = self.prose[max(0, pos - 40):found.start()].split()[-1:]
            if previous and previous[0].lower().strip(",") in _PHRASAL_UP_DOWN:
                return None  # "make up 19%", "set up 14 zones": not a change
        return _DIRECTION_OF.get(verb)

    def _share_context(self, q: _Quantity, sentence_start: int) -> bool:
        if _OF_AFTER.match(self.prose, q.end):
            return True
        left = self.prose[max(sentence_start, q.left_end - 160):q.left_end]
        return bool(_SHARE_BEFORE.search(left))

    def _read_number(self, m: re.Match[str]) -> _Quantity | None:
        prose = self.prose
        core = m.group()
        is_numeral = m.lastgroup == "num"
        start, pos = m.start(), m.end()
        if is_numeral and len(core) == 4 and core[0] in "12" and _is_year(core) and self._plain_year(start, pos):
            return None  # the common case of a year used as time, decided before any parsing
        if is_numeral and prose.startswith(",", pos):
            decimal_comma = _DECIMAL_COMMA.match(prose, pos)
            if decimal_comma:  # "3,5%" is 3.5 %; "chapters 1,2 and 3" or "12,50" are nothing readable
                if "," in core or "." in core or not _SCALE_OR_UNIT_AFTER.match(prose, decimal_comma.end()):
                    return None
                core, pos = f"{core}.{decimal_comma.group(1)}", decimal_comma.end()
        try:
            value, decimals = parse_number(core)
        except ValueError:
            return None

        # Currency symbol or code before the number ("$", "US$", "USD ").
        prefix = _PREFIX_BEFORE.before(self.reversed, start, 8)
        unit = ""
        unit_scale = _ONE
        if prefix:
            form = units.lookup_prefix(prefix.group().strip())
            if form:
                unit = form.unit
                start = start - len(prefix.group())

        # Range "3-5", "3 to 5", "between 3 and 5" (the unit may follow only the upper end).
        between = _BETWEEN_BEFORE.before(self.reversed, start, 12)
        range_match = None
        low_scale: Decimal | None = None
        if between:
            range_match = _AND_AFTER.match(prose, pos)
            if range_match is None:
                # "between 3% and 5%", "between $3bn and $5bn": the low end has its own scale/unit.
                low_scale, after_low = self._scale(pos, bool(unit))
                low_unit = _UNIT_AFTER.match(prose, after_low)
                if low_unit and units.lookup_suffix(low_unit.group("unit")):
                    after_low = low_unit.end()
                range_match = _AND_AFTER.match(prose, after_low)
        elif not _FROM_BEFORE.found(self.reversed, start, 8):
            range_match = _RANGE_AFTER.match(prose, pos)
            if range_match and range_match.group("sep").strip() in "-–—" and not is_numeral:
                range_match = None
        high: tuple[Decimal, int] | None = None
        if range_match:
            try:
                high = parse_number(range_match.group("hi"))
            except ValueError:
                range_match = None

        if range_match and high is not None:
            hi_surface = range_match.group("hi")
            # Year spans ("2019–2020", "2019-20") are periods, not ranges.
            if _is_year(core) and not unit and (_is_year(hi_surface) or re.fullmatch(r"\d{2}", hi_surface)):
                return None
            if high[0] <= value and range_match.group("sep").strip() in "-–—":
                return None  # "3-1", "50-50": a score or a split, not a range
            pos_hi = range_match.end()
            high_scale, pos_hi = self._scale(pos_hi, bool(unit or range_match.group("cur")))
            if range_match.group("cur") and not unit:
                form = units.lookup_prefix(range_match.group("cur").strip())
                unit = form.unit if form else unit
            unit_match = _UNIT_AFTER.match(prose, pos_hi)
            if unit_match:
                form = units.lookup_suffix(unit_match.group("unit"))
                if form:
                    unit, unit_scale = form.unit, _decimal(form.scale)
                    pos_hi = unit_match.end()
            if unit == "" and high_scale is None and (
                    _TIME_AFTER.match(prose, pos_hi) or _MONTH_AFTER.match(prose, pos_hi)):
                return None  # "3-5 years", "10-12 May"
            # "3-5 billion" shares the upper end's scale; "between 3bn and 5bn" has its own.
            low_scale = low_scale if low_scale is not None else high_scale
            q = _Quantity(start=start - (len(between.group()) if between else 0), end=pos_hi,
                          value=value * (low_scale or 1) * unit_scale,
                          value_high=high[0] * (high_scale or 1) * unit_scale,
                          unit=unit, qualifier=Qualifier.range, decimals=max(decimals, high[1]))
            q.left_end = q.start
            self._classify(q, q.start)
            return q

        # Scale ("28.2 billion", "$5bn") and unit ("dollars", "%", "tonnes").
        scale, pos = self._scale(pos, bool(unit))
        unit_match = None if (unit and not units.is_money(unit)) else _UNIT_AFTER.match(prose, pos)
        if unit_match:
            form = units.lookup_suffix(unit_match.group("unit"))
            if form and not (unit and units.is_money(form.unit) and form.unit != unit):
                if not unit or units.is_money(form.unit):
                    unit = form.unit
                unit_scale = _decimal(form.scale)
                pos = unit_match.end()
        elif not unit and is_numeral and _X_AFTER.match(prose, pos):
            unit, pos = "x", pos + 1

        if not unit and scale is None:
            # Not a quantity: dates, durations, years, names with digits, stray letters.
            if _LETTER_AFTER.match(prose, pos):
                return None
            if _TIME_AFTER.match(prose, pos) or _MONTH_AFTER.match(prose, pos):
                return None
            if is_numeral and _MONTH_BEFORE.found(self.reversed, start, 12):
                return None
        elif not unit and _TIME_AFTER.match(prose, pos):
            return None  # "two million years"
        qualifier, qual_start = self._qualifier_before(start)
        if not unit and scale is None:
            if is_numeral and _is_year(core) and qualifier == Qualifier.exact:
                return None
            if is_numeral and qualifier == Qualifier.exact and self._looks_like_name(start):
                return None
            if not is_numeral and value <= 10 and qualifier == Qualifier.exact \
                    and _REFERENTIAL_BEFORE.found(self.reversed, start, 12):
                return None  # "the two countries": referring back, not counting
            if not is_numeral and value == 2 and self._pair_noun_after(pos):
                return None  # "relations of two countries": the pair a bilateral story is about
            if not is_numeral and value == 1 and core.strip().lower() in ("one", "a") \
                    and qualifier == Qualifier.exact and not _ONE_COUNTED_BEFORE.found(self.reversed, start, 12):
                return None  # "one of the", "one might say"; but "only one", "at least one" count

        times = _TIMES_AFTER.match(prose, pos) if not unit else None
        q = _Quantity(start=start, end=pos, value=value * (scale or 1) * unit_scale, unit=unit,
                      qualifier=qualifier, decimals=decimals)
        q.left_end = qual_start
        if times:
            if times.group("comp"):
                q.unit, q.kind, q.end = "x", Kind.ratio, times.start("comp")
                return q
            direction = self._change_before(qual_start)
            if direction is None:
                return None  # "met three times": a frequency, not a quantity
            q.unit, q.kind, q.direction, q.end = "x", Kind.change, direction, times.end()
            return q
        self._post_qualifier(q)
        self._classify(q, qual_start)
        return q

    def _pair_noun_after(self, pos: int) -> bool:
        found = _NOUN_AFTER.match(self.prose, pos)
        return bool(found) and found.group(1).split()[0].lower() in _PAIR_NOUNS  # type: ignore[union-attr]

    def _plain_year(self, start: int, end: int) -> bool:
        """A bare year: no currency, scale, unit or qualifier around it, not a range's low end."""
        after = self.prose[end:end + 1]
        if after and (after.isalnum() or after in "%-–—+"):
            return False
        if _SCALE_OR_UNIT_AFTER.match(self.prose, end):
            return False
        return not _PREFIX_OR_QUALIFIER_BEFORE.found(self.reversed, start, 40)

    def _scale(self, pos: int, has_currency: bool) -> tuple[Decimal | None, int]:
        found = _SCALE_AFTER.match(self.prose, pos)
        if not found:
            return None, pos
        if found.group("letter") and not has_currency:
            return None, pos  # "5m" alone may be metres; only "$5m" is surely millions
        word = found.group("word") or found.group("abbr") or found.group("letter")
        scale = scale_of(word)
        return (scale, found.end()) if scale is not None else (None, pos)

    def _looks_like_name(self, start: int) -> bool:
        """A bare number after a capitalised word mid-sentence: "Boeing 737", "Article 5"."""
        if _NUMBER_SIGN_BEFORE.found(self.reversed, start, 30):
            return True
        found = _CAPITALISED_BEFORE.before(self.reversed, start, 30)
        if not found:
            return False
        word = found.group("word").lower()
        return word not in _STOPWORDS and word not in _QUALIFIER_OF and word not in _NOT_NAMES

    def _classify(self, q: _Quantity, left_pos: int) -> None:
        """Kind and direction from the words around the quantity."""
        direction = self._change_before(left_pos)
        if direction is not None and self._bare_updown(left_pos) and not q.unit:
            direction = None  # "set up 14 zones" is not a change
        if direction is None:
            noun = _CHANGE_NOUN_AFTER.match(self.prose, q.end)
            if noun and q.unit:
                direction = _NOUN_DIRECTION.get(noun.group("n").lower())
        if direction is None and q.unit:
            direction = self._by_after_transitive_verb(left_pos) or self._comparative_after(q.end)
        if direction is not None:
            q.kind, q.direction = Kind.change, direction
            return
        if q.unit == "%":
            sentence = self._sentence_at(q.start)
            q.kind = Kind.share if self._share_context(q, sentence.start) else Kind.level
        elif q.unit == "":
            q.kind = Kind.count
            q.subject_after = True
        elif q.unit == "x":
            q.kind = Kind.ratio

    def _by_after_transitive_verb(self, pos: int) -> Direction | None:
        """ "raised its key rate by 100 basis points": a change verb earlier in the clause, then "by"."""
        if not _BY_BEFORE.found(self.reversed, pos, 6):
            return None
        clause = _CLAUSE_BREAK.split(self.prose[max(0, pos - 80):pos])[-1]
        verbs = _TRANSITIVE_VERB.findall(clause)
        return _TRANSITIVE_DIRECTION.get(verbs[-1].lower()) if verbs else None

    def _comparative_after(self, pos: int) -> Direction | None:
        """ "32% more than in 2020": a change relative to a baseline."""
        found = _COMPARATIVE_AFTER.match(self.prose, pos)
        return _COMPARATIVE_DIRECTION.get(" ".join(found.group("c").lower().split())) if found else None

    def _bare_updown(self, pos: int) -> bool:
        found = _CHANGE_BEFORE.before(self.reversed, pos, 40)
        return bool(found and found.group("v").lower() in ("up", "down", "added", "cut", "lost"))

    def _read_fraction(self, m: re.Match[str]) -> _Quantity | None:
        numerator, denominator = m.group("fnum"), m.group("fden")
        singular = DENOMINATORS.get(denominator.lower()) and not denominator.lower().endswith("s")
        of_follows = bool(_OF_AFTER.match(self.prose, m.end()))
        if numerator.lower() in ("a", "an") and not of_follows:
            return None  # "a third meeting" is an ordinal
        if singular and numerator.lower() not in ("a", "an", "one") and not of_follows:
            return None
        if _FIRST_SECOND_BEFORE.found(self.reversed, m.start(), 12):
            return None
        if _TIME_AFTER.match(self.prose, m.end()):
            return None
        try:
            ratio = parse_fraction(numerator, denominator)
        except ValueError:
            return None
        return self._share_quantity(m.start(), m.end(), ratio)

    def _read_ratio(self, m: re.Match[str]) -> _Quantity | None:
        if _TIME_AFTER.match(self.prose, m.end()):
            return None
        try:
            top, _ = parse_number(m.group("rtop"))
            bottom, _ = parse_number(m.group("rbot"))
        except ValueError:
            return None
        if bottom == 0 or top > bottom:
            return None
        return self._share_quantity(m.start(), m.end(), top / bottom)

    def _read_slash_fraction(self, m: re.Match[str]) -> _Quantity | None:
        """ "1/3 of voters" is a share; "24/7" and "9/11" are not quantities at all."""
        top, bottom = int(m.group("snum")), int(m.group("sden"))
        if not 0 < top < bottom or not _OF_AFTER.match(self.prose, m.end()):
            return None
        return self._share_quantity(m.start(), m.end(), Decimal(top) / Decimal(bottom))

    def _read_half(self, m: re.Match[str]) -> _Quantity | None:
        if _FIRST_SECOND_BEFORE.found(self.reversed, m.start(), 12):
            return None
        return self._share_quantity(m.start(), m.end(), Decimal("0.5"))

    def _share_quantity(self, start: int, end: int, ratio: Decimal) -> _Quantity:
        percent = ratio * 100
        rounded = round(percent, 2)
        decimals = max(0, -rounded.normalize().as_tuple().exponent)  # type: ignore[operator]
        qualifier, qual_start = self._qualifier_before(start)
        q = _Quantity(start=start, end=end, value=percent, unit="%", qualifier=qualifier, kind=Kind.share,
                      decimals=decimals, places=2)
        q.left_end = qual_start
        direction = self._change_before(qual_start)
        if direction is not None:
            q.kind, q.direction = Kind.change, direction
        return q

    def _read_multiple(self, m: re.Match[str]) -> _Quantity | None:
        surface = m.group().lower()
        if m.lastgroup == "mverb":
            factor, direction = _LEX["multiple_verbs"][surface]
            q = _Quantity(start=m.start(), end=m.end(), value=Decimal(str(factor)), unit="x", kind=Kind.change,
                          direction=Direction(direction), is_verb=True)
            q.left_end = m.start()
            return q
        if m.group("foldnum"):
            value, decimals = parse_number(m.group("foldnum"))
        else:
            value, decimals = Decimal(str(_LEX["fold_words"][surface])), 0
        qualifier, qual_start = self._qualifier_before(m.start())
        q = _Quantity(start=m.start(), end=m.end(), value=value, unit="x", qualifier=qualifier, kind=Kind.ratio,
                      decimals=decimals)
        q.left_end = qual_start
        direction = self._change_before(qual_start)
        noun = _CHANGE_NOUN_AFTER.match(self.prose, m.end())
        if direction is None and noun:
            direction = _NOUN_DIRECTION.get(noun.group("n").lower())
        if direction is not None:
            q.kind, q.direction = Kind.change, direction
        return q

    # -- sentences ----------------------------------------------------------------------------

    def _split_sentences(self) -> None:
        prose = self.prose
        # Break ends come in increasing order, each after the body's start: already sorted.
        ordered = [self.body_start]
        for m in _SENTENCE_BREAK.finditer(prose, self.body_start):
            # Only a full stop can end an abbreviation ("!" and "?" always end the sentence).
            if prose[m.start()] != "." or not self._after_abbreviation(m.start() + 1):
                ordered.append(m.end())
        if self.text is not prose:
            starts = set(ordered)
            starts.update(m.start() for m in _LIST_OR_HEADING.finditer(self.text, self.body_start))
            starts.update(m.end() for m in _HEADING_LINE.finditer(self.text, self.body_start))
            ordered = sorted(starts)
        self._sentence_starts = ordered
        self._sentence_ends = ordered[1:] + [len(prose)]

    def _after_abbreviation(self, pos: int) -> bool:
        prose = self.prose
        if pos >= 9 and prose[pos - 9:pos - 1].isalpha():
            return False  # eight letters before the dot: longer than any abbreviation
        if pos >= 3 and prose[pos - 2] != "." and not prose[pos - 3].isspace() and prose[pos - 3] not in "(\"“" \
                and prose[pos - 3:pos - 1].lower() not in _ABBREVIATION_ENDINGS:
            return False  # a word of two or more letters that no abbreviation ends like
        word = prose[max(0, pos - 12):pos].rsplit(None, 1)[-1:] or [""]
        token = word[0].rstrip(".").lower().lstrip("(\"“")
        return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())

    def _sentence_at(self, offset: int) -> _Sentence:
        if self._sentence_starts is None:
            self._split_sentences()
        assert self._sentence_starts is not None
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        start = self._sentence_starts[index]
        cached = self._sentences.get(start)
        if cached is None:
            end = self._sentence_ends[index]
            raw = self.prose[start:end]
            stripped_start = start + (len(raw) - len(raw.lstrip()))
            cached = _Sentence(stripped_start, start + len(raw.rstrip()), " ".join(raw.split()))
            cached.periods = self._periods_in(cached.start, cached.end)
            self._sentences[start] = cached
        return cached

    def _entities(self, sentence: _Sentence) -> list[str]:
        """Entities named in the sentence; else in its paragraph; else the draft's main countries.

        A sentence like "Bilateral trade rose by 10%" names no country; the paragraph or the
        draft as a whole says which ones it is about.
        """
        if sentence.entities is None:
            found = self._entities_between(sentence.start, sentence.end)
            if not found:
                paragraph = self._paragraph_around(sentence.start)
                if paragraph not in self._paragraph_entities:
                    self._paragraph_entities[paragraph] = self._entities_between(*paragraph)
                found = self._paragraph_entities[paragraph]
            sentence.entities = found or self._main_countries()
        return list(sentence.entities)

    def _all_mentions(self) -> list[tuple[int, int, Entity]]:
        """Every gazetteer mention in the draft: one pass, then looked up by offset.

        A name that only opens a currency's name ("US dollars", "Kazakh tenge") is the unit's,
        not a mention of the country.
        """
        if self._mentions is None:
            body = self.body_start
            self._mentions = [(start, end, entity) for start, end, entity in self.gazetteer.find(self.prose[body:])
                              if not self._opens_currency_name(start + body, end + body)]
            self._mention_starts = [start + body for start, _, _ in self._mentions]
        return self._mentions

    def _opens_currency_name(self, start: int, end: int) -> bool:
        found = _CURRENCY_NAME_AT.match(self.prose, start)
        if found is None or found.end() <= end:
            return False
        unit = units.canonical_unit(found.group())
        return unit is not None and units.is_money(unit)

    def _entities_between(self, start: int, end: int) -> list[str]:
        mentions = self._mentions if self._mentions is not None else self._all_mentions()
        first = bisect.bisect_left(self._mention_starts, start)
        seen: dict[str, None] = {}
        for i in range(first, len(mentions)):
            if self._mention_starts[i] + mentions[i][1] - mentions[i][0] > end:
                break
            seen.setdefault(mentions[i][2].name, None)
        return list(seen)

    def _paragraph_around(self, offset: int) -> tuple[int, int]:
        if self._paragraph_breaks is None:
            self._paragraph_breaks = [m.start() for m in _BLANK_LINE.finditer(self.prose, self.body_start)]
        breaks = self._paragraph_breaks
        index = bisect.bisect_right(breaks, offset)
        start = breaks[index - 1] if index > 0 else self.body_start
        end = breaks[index] if index < len(breaks) else len(self.prose)
        return start, end

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

    # -- periods ------------------------------------------------------------------------------

    def _periods_in(self, start: int, end: int) -> list[tuple[int, int, str | None]]:
        """Periods named in a sentence; baselines ("than in 2020", "from a year earlier") have no value.

        Every period expression holds a year, a month or a period word, so only the text around
        those anchors is read.
        """
        windows: list[list[int]] = []
        for anchor in _PERIOD_GATE.finditer(self.prose, start, end):
            # An expression's first anchor is at most 20 characters in ("the first seventeen months":
            # "months" is an anchor too), 25 with slack for extra spaces; the longest tail is " earlier".
            low, high = max(start, anchor.start() - 25), min(end, anchor.end() + 10)
            if windows and low <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], high)
            else:
                windows.append([low, high])
        found: list[tuple[int, int, str | None]] = []
        for low, high in windows:
            for m in _PERIOD.finditer(self.prose, low, high):
                baseline = _BASELINE_BEFORE.found(self.reversed, m.start(), 20)
                found.append((m.start(), m.end(), None if baseline else self._period_value(m)))
        return found

    def _relative_year(self, phrase: str | None) -> int | None:
        if not phrase or self.as_of is None:
            return None
        offset = _RELATIVE_YEARS.get(" ".join(phrase.lower().split()))
        return None if offset is None else self.as_of.year + offset

    def _period_value(self, m: re.Match[str]) -> str | None:
        g = m.group
        kind = m.lastgroup  # the branch: it encloses its inner groups, so it closes last
        if kind == "mspan":
            first, last = _month(g("m1")), _month(g("m2"))
            return f"{g('y1')}-{first:02d}/{g('y1')}-{last:02d}" if first <= last else None
        if kind == "nmonths":
            year = int(g("y2")) if g("y2") else self._relative_year(g("rel2"))
            try:
                months = int(parse_number(g("n"))[0])
            except ValueError:
                return None
            if year is None or not 1 <= months <= 12:
                return None
            return f"{year}-01/{year}-{months:02d}" if months > 1 else f"{year}-01"
        if kind == "part":
            index = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[
                g("pn").lower()]
            if g("y3") or g("rel3"):
                year = int(g("y3")) if g("y3") else self._relative_year(g("rel3"))
                return _part_of_year(year, g("pk").lower(), index)
            if self.as_of is None:
                return None
            # "in the third quarter": the latest such quarter (or half) that has ended by the draft's date.
            this_year = _part_of_year(self.as_of.year, g("pk").lower(), index)
            if this_year is None:
                return None
            last_month = int(this_year[-2:])
            ended = (self.as_of.year, self.as_of.month) > (self.as_of.year, last_month)
            return this_year if ended else _part_of_year(self.as_of.year - 1, g("pk").lower(), index)
        if kind == "qcode":
            return _part_of_year(int(g("y4")), "quarter" if g("qk") == "Q" else "half", int(g("qn")))
        if kind == "monthyear":
            return f"{g('y5')}-{_month(g('m3')):02d}"
        if kind == "yspan":
            first_year: str = g("ys")
            last_year: str = g("ye")
            if len(last_year) == 2:
                last_year = first_year[:2] + last_year  # "2019-20" → 2020
            return f"{first_year}/{last_year}" if last_year > first_year else None
        if kind == "year":
            return g("y")
        if kind == "rel":
            year = self._relative_year(g("rel"))
            return str(year) if year is not None else None
        if kind == "month" and self.as_of is not None:
            month = _month(g("m4"))
            year = self.as_of.year if month <= self.as_of.month else self.as_of.year - 1
            return f"{year}-{month:02d}"
        return None

    def _period_for(self, q: _Quantity, sentence: _Sentence) -> str | None:
        """The period right after the quantity ("10% in 2022"), else the nearest before it in the
        sentence ("In 2022, … 10%"), else the first after it ("grew by 10% to 28.2 billion in
        2022", "exports rose 5% and imports 3% in 2023") — unless a semicolon stands between, or
        a figure between them about something else has a verb of its own ("employs 12,000 people
        and plans to open 40 offices by 2026": 2026 is the offices')."""
        # A period after a comparison word is the baseline ("compared with a year earlier"), not the claim's.
        after = [p for p in sentence.periods
                 if p[0] >= q.end and p[2] and not _BASELINE_IN_GAP.search(self.prose, q.end, p[0])]
        if after and after[0][0] - q.end <= 40 and not _DIGIT_OR_BREAK.search(self.prose, q.end, after[0][0]):
            return after[0][2]
        before = [p for p in sentence.periods if p[1] <= q.start and p[2]]
        if before:
            return before[-1][2]
        if not after or ";" in self.prose[q.end:after[0][0]]:
            return None
        for other in sentence.quantities:
            if other.start >= q.end and other.end <= after[0][0] and other.subject != q.subject \
                    and _HAS_VERB.search(self.prose, q.end, other.left_end):
                return None
        return after[0][2]

    # -- subjects -----------------------------------------------------------------------------

    def _fill_subject(self, q: _Quantity, sentence: _Sentence, last_subject: dict[int, str]) -> None:
        previous_end = self._previous_end.get(sentence.start)
        self._previous_end[sentence.start] = q.end
        of = _OF_AFTER.match(self.prose, q.end)
        if q.subject_after:
            q.subject = self._noun_after(q.end) or last_subject.get(sentence.start) \
                or self._subject_before(q, sentence, previous_end)
            if q.qualifier == Qualifier.exact:
                later = _OR_MORE_LATER.match(self.prose, q.end, sentence.end)
                if later:  # "300 schools or more"
                    q.qualifier = _OR_MORE_QUALIFIER[later.group("w").lower()]
        elif of and (q.unit not in ("%", "x", "") or q.kind == Kind.share) \
                and not _SHARE_VERB_ENDING.found(self.reversed, q.left_end, q.left_end - sentence.start):
            # "19% of the population", "$23.7 billion of foreign investment", "40 thousand tonnes of grain"
            q.subject = self._noun_after(of.end()) or self._subject_before(q, sentence, previous_end)
        elif previous_end is not None and sentence.start in last_subject \
                and _only_small_words(self._without_periods(sentence, previous_end, q.left_end)):
            q.subject = last_subject[sentence.start]  # "grew by 10% to 28.2 billion": same subject
        elif q.unit == "%" and q.kind == Kind.share and not of and self._noun_after(q.end) \
                and self.prose[q.start:q.end][:1].isalpha():
            q.subject = self._noun_after(q.end)  # "one in four households"
        else:
            q.subject = self._subject_before(q, sentence, previous_end) or last_subject.get(sentence.start)
        if q.subject:
            last_subject[sentence.start] = q.subject

    def _without_periods(self, sentence: _Sentence, start: int, end: int) -> str:
        """Text between two offsets with the sentence's period phrases blanked out."""
        text = self.prose[start:end]
        for p_start, p_end, _ in sentence.periods:
            if p_start >= start and p_end <= end:
                a, b = p_start - start, p_end - start
                text = text[:a] + " " * (b - a) + text[b:]
        return text

    def _noun_after(self, pos: int) -> str | None:
        """The counted noun phrase right after a number: "42 thousand local enterprises with…"."""
        found = _NOUN_AFTER.match(self.prose, pos)
        if not found:
            return None
        words = found.group(1).split()
        while words and words[0].lower() in _STRIP_DETERMINERS:
            words.pop(0)
        phrase: list[str] = []
        for i, word in enumerate(words):
            lowered = word.lower()
            if lowered in _STOPWORDS and lowered not in _NOUN_PHRASE_LINKS or lowered in _NUMBER_WORD_SET:
                break  # a small word, or the next figure ("households and six out of ten firms")
            if lowered == "and" and words[i + 2:i + 3] == ["to"]:
                break  # "people and plans to hire": a second verb, not a second noun
            if phrase and (lowered in _VERB_WORDS or (lowered.endswith("ed") and phrase[-1].lower() != "and")):
                break  # "students attended": the verb ends the counted noun
            if lowered in _NOUN_PHRASE_LINKS and not phrase:
                break
            phrase.append(word)
            if len(phrase) == 6:
                break
        while phrase and phrase[-1].lower() in _NOUN_PHRASE_LINKS:
            phrase.pop()
        return " ".join(phrase) or None

    def _subject_before(self, q: _Quantity, sentence: _Sentence, previous_end: int | None = None) -> str | None:
        """The noun phrase a quantity is about, read backwards from the number.

        "In 2022, bilateral trade grew by 10%" → "bilateral trade": drop the period phrase that
        opens the sentence, then the verb and small words before the number, then keep the
        noun phrase up to the previous verb, clause break or sentence start. When the sentence's
        previous figure stands in the same clause ("deposits 2 bln roubles and reserves 1.1 tn"),
        the phrase after it comes first.
        """
        left = self._without_periods(sentence, sentence.start, q.left_end)
        cut = 0
        for p_start, p_end, _ in sentence.periods:
            if p_end <= q.left_end and self.prose[sentence.start:p_start].strip(" ,").lower() in _PERIOD_OPENERS:
                cut = max(cut, p_end - sentence.start)
        left = left[cut:]
        cue = _SHARE_VERB_ENDING.start_at_end(left)
        if cue is not None:
            left = left[:cue]  # "Russians make up 19% of…": the part is the subject
        after_previous = -1 if previous_end is None else previous_end - sentence.start - cut
        phrase: list[str] = []
        if 0 <= after_previous <= len(left) and not _CLAUSE_BREAK.search(left, after_previous):
            phrase = _phrase_before(left[after_previous:], quantity_is_verb=q.is_verb)
        for clause in ([] if phrase else reversed(_CLAUSE_BREAK.split(left))):
            if _QUANTITY_IN.search(clause):
                continue  # "The bridge, which is 12 km long, cost…": that clause is another claim's
            phrase = _phrase_before(clause, quantity_is_verb=q.is_verb)
            if phrase:
                break
            if clause.strip() and not _only_small_words(clause):
                return None  # "…, reaching 28.2 billion": the subject is the previous claim's
        if not phrase:
            return None
        if phrase[0][0].isupper() and not phrase[0].isupper() and self.gazetteer.canonical(
                _POSSESSIVE.sub("", phrase[0])) is None:
            phrase[0] = phrase[0][0].lower() + phrase[0][1:]
        subject = " ".join(phrase)
        if q.kind == Kind.share:
            subject = _SHARE_OPENER.sub("", subject) or subject  # "share of Russians…" → "Russians…"
        return subject


_PERIOD_OPENERS = frozenset([
    "", "in", "in the", "during", "during the", "for", "for the", "over", "over the", "by", "in early", "in late",
    "since", "in mid", "throughout", "as of", "at the end of", "by the end of", "over the first", "in the first",
    "during the first", "for the first", "as of the end of", "so far in", "in the past", "over the past"])
_TRANSITIVE_DIRECTION = {w: Direction(d) for d, words in _LEX["transitive_change_verbs"].items() for w in words}
_TRANSITIVE_VERB = re.compile(rf"(?<![\w-])(?:{alternation(list(_TRANSITIVE_DIRECTION))})(?![\w-])", re.I)
_BY_BEFORE = _Behind(r"\s+yb(?![\w])", re.I)
_COMPARATIVE_DIRECTION = {" ".join(w.split()): Direction(d) for d, words in _LEX["comparative_change"].items()
                          for w in words}
_COMPARATIVE_AFTER = re.compile(rf"\s+(?P<c>(?i:{alternation(list(_COMPARATIVE_DIRECTION))}))(?![\w])")
_BASELINE_BEFORE = _Behind(rf"\s+(?:(?i:{_reversed_words(_LEX['baseline_markers'])}))(?![\w])")
_BASELINE_IN_GAP = re.compile(rf"(?<![\w])(?:{alternation(_LEX['comparison_words'])})(?![\w])", re.I)
# A digit that starts a number but not a year: ``(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d``, written
# digit first (the year test looks back at it) so ``re`` skips ahead to digits.
_QUANTITY_IN = re.compile(r"\d(?<![\w.,]\d)(?!(?<=1)[89]\d\d\b)(?!(?<=2)0\d\d\b)")
_DIGIT_OR_BREAK = re.compile(r"[\d;:]|,\s")
# A verb between two figures: a known one, an "-ed" word, or "to" before a word ("plans to hire").
_HAS_VERB = re.compile(
    rf"(?<![\w'’-])(?:(?i:{alternation(sorted(_VERB_WORDS))})(?![\w'’-])|[A-Za-z]+ed\b|to\s+[A-Za-z])")
_CLAUSE_BREAK = re.compile(r"[,:;()—–]|\s-\s")
_POSSESSIVE = re.compile(r"['’]s$")
_SHARE_OPENER = re.compile(r"^(?:share|shares|proportion|percentage|part|fraction)\s+of\s+", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’\-]*|\d[\d.,]*%?")


def _only_small_words(clause: str) -> bool:
    """No noun of its own: small words, verbs, measure nouns, figures and durations ("over five years")."""
    return all(w[0].isdigit() or w.lower() in _SMALL_WORDS for w in _WORD.findall(clause))


def _is_verb_at(lowered: list[str], i: int) -> bool:
    """Whether word i (of a clause's words, lower-cased) acts as a verb: a known one, or an
    -ed/-s word right after an auxiliary or a noun."""
    word = lowered[i]
    if word in _VERB_WORDS:
        return True
    previous = lowered[i - 1] if i > 0 else ""
    if previous in _AUXILIARIES:
        return True
    return word.endswith("ed") and bool(previous) and previous not in _STOPWORDS and not previous[0].isdigit()


def _phrase_before(clause: str, quantity_is_verb: bool = False) -> list[str]:
    """The noun phrase that ends a clause, before its number's verb and small words.

    When the quantity is itself the verb ("costs doubled"), the word right before it is the
    subject, even one that can be a verb too.
    """
    words = _WORD.findall(clause)
    lowered = [word.lower() for word in words]  # once per word, not once per test
    # Peel off the verb and the small words between the subject and the number.
    while words and (lowered[-1] in _STOPWORDS or (not quantity_is_verb and _is_verb_at(lowered, len(words) - 1))
                     or lowered[-1] in _MEASURE_NOUNS or words[-1][0].isdigit()):
        words.pop()
        lowered.pop()
    head = len(words) - 1 if quantity_is_verb else -1  # the subject's last word: no verb test
    first = len(words)
    for i in range(len(words) - 1, -1, -1):
        word = lowered[i]
        if (word in _STOPWORDS and word not in _INNER_SUBJECT_WORDS) or words[i][0].isdigit() \
                or (i != head and _is_verb_at(lowered, i)):
            break
        first = i
        if len(words) - first == 8:
            break
    last = len(words)
    # A phrase neither opens nor ends with a small word or a link ("and costs", "exports of").
    while first < last and (lowered[first] in _STOPWORDS or lowered[first] in _NOUN_PHRASE_LINKS):
        first += 1
    while first < last and (lowered[last - 1] in _STOPWORDS or lowered[last - 1] in _NOUN_PHRASE_LINKS):
        last -= 1
    return words[first:last]


def _is_year(surface: str) -> bool:
    """1000–2199 (the pattern ``(?:1[0-9]|20|21)\\d{2}`` on the stripped surface), without a regex call."""
    s = surface.strip()
    return len(s) == 4 and (s[0] == "1" and s[1] in "0123456789" or s[:2] in ("20", "21")) and s[2:].isdecimal()


def _month(name: str) -> int:
    return _MONTH_NAMES[name.lower().rstrip(".")]


def _part_of_year(year: int | None, part: str, index: int) -> str | None:
    if year is None:
        return None
    if part == "half":
        if index > 2:
            return None
        first = 1 if index == 1 else 7
        return f"{year}-{first:02d}/{year}-{first + 5:02d}"
    first = 3 * (index - 1) + 1
    return f"{year}-{first:02d}/{year}-{first + 2:02d}"
