"""The one scan: where number cores start, and what each core is.

A core is a numeral, number words, a fraction in words, a ratio ("one in five") or a multiple
("threefold", "doubled"). Dates, clock times, ordinals and decades are matched here too, as
``skip``, so the scan steps over them instead of reading their digits.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

from ..numbers import NUMBER_WORDS, NUMERAL, alternation
from ..patterns import (
    caseless_first_characters,
    caseless_literal_first,
    trie_regex,
    word_rests,
)
from . import scanbytes
from .vocabulary import CARDINALS, LEX, SCALES

DENOMS: Final = alternation(list(LEX["denominators"]))
# "a quarter million", "half a billion", "two thirds of a million" are numbers, read by the number words, not shares.
NOT_OF_A_SCALE: Final = rf"(?!\s+(?:(?i:of)\s+)?(?:(?i:an?)\s+)?(?i:{alternation(list(LEX['word_scales']))})\b)"
FOLD_WORDS: Final = alternation(list(LEX["fold_words"]))
MULTIPLE_VERBS: Final = alternation(list(LEX["multiple_verbs"]))
# "half of", "half the"; "half a percentage point", "half-percentage-point" (a unit in ``half_a_units``: "half a million"
# is number words); and "half" alone ("fell by half", "more than half."), but not before "a"/"an" or
# a scale — the reader keeps it only after a qualifier or a change word.
HALF: Final = (rf"(?i:half)(?=\s+(?:(?i:of|the)\b|(?i:an?)\s+(?i:{alternation(LEX['half_a_units'])})(?![\w-]))"
        rf"|-(?i:{alternation(LEX['half_a_units'])})(?![\w-])"  # "two half-percentage-point increases"
        rf"|(?![\w-])(?!\s+(?i:an?|{alternation(list(LEX['word_scales']))})\b))")

SKIP_DIGIT_FORMS: Final = [
    r"\d{4}-\d{2}-\d{2}(?!\d)",                                   # ISO dates
    r"\d{1,2}(?:\.\d{1,2}\.|/\d{1,2}/)\d{2,4}(?!\d|,\d{3})",           # 10.11.2023, 11/10/23; not 41.7/100,000, nor a quote 68.07/08
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.m\.|[ap]m\b))?",      # clock times
    r"\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)",                  # 5 pm, 10.30 a.m.
    r"\d+(?:st|nd|rd|th)\b",                                       # ordinals: 19th, 21st
    r"\d{1,3}\.?[\u00aa\u00ba](?![CF]\b)",                             # 1º trimestre, 2.ª vez: Romance ordinals (40ºC is no ordinal)
    r"\d{2,4}'?s\b",                                               # decades: 1990s, 90s
    r"\d{1,4}(?:-\d{2,4}){2,}(?![\d-])",                            # phone numbers, codes: 123-45-67, 1-800-222-2222
    # dotted groups, not all of three digits after the first ("192.168.1.2", "version 3.2.1"): an address or a
    # version, no decimal; "1.234.567" (continental thousands) is left to the numeral
    r"(?!\d{1,3}(?:\.\d{3})+(?!\d|\.\d))\d+(?:\.\d+){2,}(?!\d)",
    r"\d{1,5}\)\s?\d{2,4}[-\s]\d{2,4}",                               # (727) 123-45-67, from the area code
    r"(?<=\+)\d{1,3}\s?\(\d{1,5}\)",                                 # +7 (727): a country code
]
# Every form above has one of these right after its first run of digits, so most numbers
# ("28.2 billion", "19%", "300 schools", "300 people") are turned away by one look-ahead, not tried form by form.
# Each form's first run of digits is the whole run (a character that is no digit follows it), so the run is
# read possessively, with no step back through it.
_SKIP_DIGITS: Final = (rf"(?=\d++(?:[-/:')snrt(\u00aa\u00ba]|\.[\u00aa\u00ba]|\.\d{{1,2}}(?:[./]|\s*[ap]\.?m)|\.\d++\.\d|\s*(?:[ap]\.?m|\()))"
                rf"(?:{'|'.join(SKIP_DIGIT_FORMS)})")
# Number words end where no letter or hyphen follows ("five-year" is a compound, "twenty-first" an ordinal), or before
# a hyphen and a currency's word ("a five-dollar bill", "its one-yen bid"), as "10-dollar" is read after digits; not
# after a scale of a thousand or more, an adjective of size ("a billion-dollar deal").
_SIZE_SCALES: Final = "".join(rf"(?<!(?i:{re.escape(word)}))" for word, value in LEX["word_scales"].items() if value >= 1000)
NUMBER_WORDS_END: Final = (rf"(?!\w|-(?!(?i:{alternation(LEX['currencies_after_number_words'])})(?![\w-])))"
                    rf"(?:(?!-)|{_SIZE_SCALES})")
SKIP_WORDS: Final = rf"(?i:(?:{'|'.join(LEX['tens'])})-(?:{'|'.join(LEX['ordinal_units'])}))\b"  # "twenty-first"


# The scan: cheap candidate positions (a digit, or a word that can start a number) at word starts.
_FIRST_WORDS: Final = [*LEX["cardinals"], *LEX["tens"], *LEX["word_scales"], *LEX["dozen"], *LEX["fold_words"],
                *LEX["multiple_verbs"], "half", "quarter",  # "half a million", "quarter million"
                *LEX["zero_words_before_point"]]  # "nought point five"
_A_WORDS: Final = [*LEX["denominators"], *LEX["word_scales"], *LEX["dozen"]]  # "a third", "a million"
# What a candidate is: the reference form (kept for the draft's first character, and for tests).
GLYPHS: Final = "".join(SCALES["fraction_glyphs"])  # "¾", "½": a number on their own too
CANDIDATE: Final = re.compile(
    rf"(?<![\w.,/\-–])(?:-?\d|[{GLYPHS}]|(?i:{trie_regex(_FIRST_WORDS)})(?![\w'’])"
    rf"|(?i:an?\s+(?:{trie_regex(_A_WORDS)})(?![\w'’])))"
)


def _candidate_scan() -> re.Pattern[str]:
    """``CANDIDATE`` rewritten so ``re`` can scan for it fast; it matches one character earlier.

    The look-behind "no word character before" is tried at every position of the text, which is
    most of the scan's cost; consuming that character instead (any but a word character, dot,
    comma, slash or dash) gives ``re`` a character set to skip ahead with. That set is written
    in ASCII (a bitmap ``re`` tests in one step, where ``\\w`` is a Unicode lookup per character);
    the rare non-ASCII word characters and "–" are ruled out by a guard after the candidate's
    first character, which few positions reach. The words' first letters are spelt out as
    literals (see ``caseless_literal_first``). A match's candidate starts at ``match.start() + 1``.
    """
    alternatives = {letter: f"{rest}(?![\\w'’])" for letter, rest in word_rests(_FIRST_WORDS).items()}
    a_phrase = rf"n?\s+(?:{trie_regex(_A_WORDS)})(?![\w'’])"
    # Same order as in CANDIDATE: a number word first, then "a"/"an" + fraction or scale word.
    alternatives["a"] = f"{alternatives['a']}|{a_phrase}" if "a" in alternatives else a_phrase
    guard = r"(?<![\w–].)"  # the character before this one is no word character and no "–"
    # One set test turns away most positions (a space before "the", "of", "in"...) before the
    # branches are tried one literal after another.
    opens = rf"(?=[-\d{GLYPHS}{caseless_first_characters(alternatives)}])"
    return re.compile(rf"[^0-9A-Za-z_.,/\-]{opens}(?:-(?<![\w–]-)(?=\d)|\d{guard}|[{GLYPHS}]{guard}"
                      rf"|{caseless_literal_first(alternatives, guard)})")


_CANDIDATE_SCAN: Final = _candidate_scan()


def candidates(prose: str, body_start: int, on_re2: bool | None = None) -> list[int]:
    """Where ``CANDIDATE`` matches, as ``finditer`` from the body's start would find them.

    ``on_re2``: scan with RE2 (below) or ``re``; by default RE2 where it pays for loading it
    (``scanbytes.worth_re2``). Both find the same (tested)."""
    found: list[int] = []
    pos = body_start - 1  # the character before the body is the first match's lead character
    if body_start == 0:
        first = CANDIDATE.match(prose, 0)  # no character before the text's first one
        pos = 0 if first is None else first.end()
        found = [] if first is None else [0]
    scan = _re2_scan() if (scanbytes.worth_re2(len(prose)) if on_re2 is None else on_re2) else None
    if scan is None:
        return found + [m.start() + 1 for m in _CANDIDATE_SCAN.finditer(prose, pos)]
    data = scanbytes.scan_bytes(prose)
    digits = _digit_candidates(data, pos)
    words = _re2_candidates(scan, data, pos)
    if not digits or not words:
        return found + (digits or words)
    return found + sorted(digits + words)


def candidates_of_texts(proses: list[str]) -> list[list[int]]:
    """``candidates(prose, 0)`` of each of a stream of short texts (``parallel.read_many``), in order.

    The texts RE2 scans (``scanbytes.worth_re2``, asked of each text in turn as ``candidates`` asks it) are scanned
    together, joined by ``scanbytes.TEXT_JOIN`` in one one-byte copy: one ``translate`` and ``split`` for their digits and
    one RE2 call per number word plus one in all, where each text alone pays a copy, a split and a last RE2 call
    that finds nothing (~10 k instructions of argument conversion each). Each text's candidates are those of its
    span from where its own scan would start (after the core its first character opens); a match never holds
    ``scanbytes.TEXT_JOIN`` but as the character after a word, which the word scan steps back over, so each match of the
    joined copy in a text's span is the match its own scan finds. Tested against ``candidates`` on each text."""
    found: list[list[int]] = []
    joined_at: list[int] = []  # the texts scanned together, by index
    for index, (prose, worth) in enumerate(zip(proses, scanbytes.worth_re2_each([len(prose) for prose in proses]))):
        if worth:
            joined_at.append(index)
            found.append([])
        else:
            found.append(candidates(prose, 0, on_re2=False))
    scan = _re2_scan() if joined_at else None
    if scan is None:  # no text long enough, or no google-re2: each on ``re``
        for index in joined_at:
            found[index] = candidates(proses[index], 0, on_re2=False)
        return found
    # (a join byte before the first text too: each text's copy then starts one past a join byte)
    data, offsets = scanbytes.joined_copy(["", *[proses[index] for index in joined_at]], scanbytes.TEXT_JOIN, scanbytes.scan_bytes)
    digits = _digit_candidates(data, 0)
    words = _re2_candidates(scan, data, 0)
    next_digit = next_word = 0  # both lists are in text order, as the texts are: each is walked once
    for index, offset in zip(joined_at, offsets[1:]):
        prose = proses[index]
        first = CANDIDATE.match(prose, 0)  # no character before the text's first one
        low = offset + 1 + (0 if first is None else first.end())  # a candidate after its scan's first lead
        high = offset + len(prose)
        own_digits: list[int] = []
        while next_digit < len(digits) and digits[next_digit] < high:
            if digits[next_digit] >= low:
                own_digits.append(digits[next_digit] - offset)
            next_digit += 1
        own_words: list[int] = []
        while next_word < len(words) and words[next_word] < high:
            if words[next_word] >= low:
                own_words.append(words[next_word] - offset)
            next_word += 1
        own = sorted(own_digits + own_words) if own_digits and own_words else own_digits or own_words
        found[index] = own if first is None else [0, *own]
    return found


# The same scan over the text's one-byte copy (``scanbytes``), in two parts whose candidates never
# touch: a word's match holds only letters and spaces past its lead character, a digit's only the
# digit, sign or glyph, and none of those can be a lead character, so each part finds what the
# one scan finds of its kind, and the candidates merge in order.
# Number words on RE2: its automaton reads the text once whatever the number of words, where ``re``
# tries the word branches at every word start (a third of the pass's instructions went to this
# scan). The look-ahead after a word ("no word character or apostrophe") consumes the character it
# tests, which ``_re2_candidates`` steps back over. Tested against ``CANDIDATE``.
@cache
def _re2_scan() -> Any:
    """The RE2 form of ``_CANDIDATE_SCAN``'s words, compiled the first time a long text is scanned."""
    words = "|".join([f"(?i:{letter}{rest})" for letter, rest in word_rests(_FIRST_WORDS).items()]
                     + [rf"(?i:an?)\s+(?i:{trie_regex(_A_WORDS)})"])
    return scanbytes.compile_scan(rf"{_LEAD_BYTE}(?:{words})(?:[^{scanbytes.WORD_BYTES}']|$)")


# What may stand before a candidate in the one-byte copy: no word character, '.', ',', '/', '-', '–'.
_LEAD_BYTE: Final = rf"[^0-9A-Za-z_.,/\-{scanbytes.GLYPH}{scanbytes.EN_DASH}{scanbytes.DIGIT}]"
# Digits, a sign before a digit and fraction glyphs without a regex: the copy's bytes mapped to four classes
# (L a lead character, D a digit or glyph, M the sign '-', X any other), so a candidate is where "LD" or "LMD"
# stands, found by C's string search (``bytes.split``, ``bytes.find``). None of D, M, X is a lead, so no
# two such places overlap, as no two of the scan's matches do. An RE2 call costs ~10 k instructions of
# argument and result conversion, one per candidate, and a paragraph's digits are ~3 in 4 of its candidates.
_DIGIT_CLASSES: Final = bytes(
    ord("D") if chr(b) in f"0123456789{scanbytes.GLYPH}{scanbytes.DIGIT}" else ord("M") if chr(b) == "-"
    else ord("X") if re.fullmatch(_LEAD_BYTE, chr(b)) is None else ord("L") for b in range(256))


_GLYPH_BYTE: Final = ord(scanbytes.GLYPH)


def _digit_candidates(data: bytes, pos: int) -> list[int]:
    """Where a digit, a sign before a digit or a glyph has a lead character before it, the lead at ``pos`` or later."""
    classes = data.translate(_DIGIT_CLASSES)
    found: list[int] = []
    at = -2
    for part in classes.split(b"LD")[:-1]:  # one call, where a ``find`` per candidate costs ~1 k instructions
        at += len(part) + 2
        if at >= pos:
            found.append(at + 1)
    at = classes.find(b"LMD", pos)
    if at < 0:
        return found
    while at >= 0:
        if data[at + 2] != _GLYPH_BYTE:  # a sign before a digit, not before a glyph ("-½")
            found.append(at + 1)
        at = classes.find(b"LMD", at + 3)
    return sorted(found)


# A word's match ends with the character after the word, if any: the next match may start there.
_AFTER_WORD: Final = frozenset(range(256)) - frozenset(
    f"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_{scanbytes.GLYPH}{scanbytes.DIGIT}'".encode())


def _re2_candidates(scan: Any, data: bytes, pos: int) -> list[int]:
    """The number words' candidates from ``pos`` on, each found where the last one's word ends (as ``finditer``)."""
    match, unanchored = scanbytes.span_match(scan)
    found: list[int] = []
    size = len(data)
    while True:
        start, end = match(unanchored, data, pos, size)[0]
        if start < 0:
            return found
        found.append(start + 1)
        pos = end - 1 if data[end - 1] in _AFTER_WORD else end


# What a candidate is, read anchored at its position; the first branch that matches wins. The
# branches are in two patterns, by the candidate's first character, so a numeral is never tried
# against the case-insensitive word branches and a word never against the numeral ones (``re``
# rejects only plain literals on sight). Their one-pattern form, in the same order (skip, frac,
# ratio, fold, mverb, half, slash, num, words), is in tests/test_extraction_patterns.py.
# The denominator is a whole number as news writes it: digits in groups of three ("1 in 1,000"), digits and a scale
# word ("1 in 5 million"), or number words of any length ("one in twenty-five", "two out of five hundred", "one in a
# million"); ``RatioReader`` trims the words to the number they spell ("one in five, two in ten").
RATIO_REST: Final = (rf"\s+(?i:(?:in|of|out\s+of)\s+every|in|out\s+of)\s+(?P<rbot>[1-9]\d{{0,2}}(?:,\d{{3}})*(?!\d|[.,]\d)"
              rf"(?:[ \u00a0](?i:{alternation(list(LEX['word_scales']))}))?"  # "eight of every 10", "1 in 5 million"
              rf"|(?i:{NUMBER_WORDS}))(?![\w-])")
# "threefold" after a numeral: an "f" right after the numeral, tested (``_FOLD_AHEAD``) before the numeral is read
# into the fold branch's groups (nearly every numeral has none; the num branch reads it again). The numeral's own
# shape, not any run of its characters: "4.5 4.5 4.5 …" (a table's row) would be read to its end for each figure.
# A filter, read without stepping back: the digits, commas and points a numeral opens with, then its groups of
# three digits after a space (or comma), then its decimals; where a numeral and an 'f' follow, this reaches the 'f'
# too, and where it does not, no numeral does. A run of such characters holds one figure's start only (none follows
# a digit, comma or point), and the groups are the numeral's own, so no row is read to its end per figure.
_FOLD_AHEAD: Final = r"(?=[\d,.]*+(?:[,\u00a0\u2009\u202f ]\d{3}(?!\d))*+(?:\.\d+)?[\s-]?[fF])"
_CORE_DIGIT: Final = re.compile(
    r"(?<![\w.,/\-–])(?:"
    rf"(?P<skip>{_SKIP_DIGITS})"
    rf"|(?P<ratio>(?P<rtop>[1-9]\d{{0,2}}){RATIO_REST})"
    rf"|(?P<fold>{_FOLD_AHEAD}(?P<foldnum>{NUMERAL})[\s-]?(?i:fold)(?![\w-]))"
    r"|(?P<slash>(?P<snum>\d{1,3})/(?P<sden>\d{1,3})(?![\d/]|[.,]\d))"
    rf"|(?P<num>{NUMERAL})"
    r")"
)
_CORE_WORD: Final = re.compile(
    r"(?<![\w.,/\-–])(?:"
    rf"(?P<skip>{SKIP_WORDS})"
    rf"|(?P<frac>(?P<fnum>(?i:a|an|{CARDINALS}))[\s-]+(?P<fden>(?i:{DENOMS}))(?![\w-]){NOT_OF_A_SCALE})"
    rf"|(?P<ratio>(?P<rtop>(?i:{CARDINALS})){RATIO_REST})"
    rf"|(?P<fold>(?:(?P<foldnum>(?i:{CARDINALS}))[\s-]?(?i:fold)|(?i:{FOLD_WORDS}))(?![\w-]))"
    rf"|(?P<mverb>(?i:{MULTIPLE_VERBS})(?![\w-]))"
    rf"|(?P<half>{HALF})"
    rf"|(?P<words>(?i:{NUMBER_WORDS}){NUMBER_WORDS_END})"
    r")"
)


# ``_CORE_DIGIT`` whose fold branch fails at once, the same groups numbered alike: for a numeral that no "f" can
# follow (``_fold_may_follow``), whose look-ahead would read the numeral a second time for nothing.
_CORE_DIGIT_UNFOLDED: Final = re.compile(_CORE_DIGIT.pattern.replace(f"(?P<fold>{_FOLD_AHEAD}", "(?P<fold>(?!)", 1))
_FOLD_REACH: Final = 48  # characters of a numeral's run read before the pattern is left to decide


def _fold_may_follow(text: str, pos: int) -> bool:
    """Whether the fold branch's look-ahead can hold at ``pos``: it wants an "f" or "F" right after a numeral
    and at most one space or hyphen, and a numeral is made of digits, ",", "." and spaces, so that letter must
    be the first character after the run of those (and hyphens) from ``pos``. A run longer than
    ``_FOLD_REACH`` (a row of figures) is left to the pattern, which reads the one numeral alone."""
    for i in range(pos, min(len(text), pos + _FOLD_REACH)):
        c = text[i]
        if not (c.isdecimal() or c.isspace() or c in ",.-"):
            return c == "f" or c == "F"
    return True


# After a minus sign the candidate starts at the sign; the core is read from the digit on (the
# reader takes the sign, see ``QuantityReader._sign_before``).
_CORE_DIGIT_AFTER_SIGN: Final = re.compile(_CORE_DIGIT.pattern.replace(r"(?<![\w.,/\-–])", "", 1))


# "⅓ of voters" is a share, as "1/3 of voters" is; "¾" alone a number.
_CORE_GLYPH: Final = re.compile(rf"(?:(?P<glyph>[{GLYPHS}])(?=\s+(?i:of)\b)|(?P<num>[{GLYPHS}]))(?![\d{GLYPHS}])")


_POINT_CORE: Final = re.compile(r"(?P<num>\.\d+)(?![\d.,])")  # ".08": a decimal with no digit before its point


def glued_core_at(text: str, pos: int) -> re.Match[str] | None:
    """A numeral glued to a sign before it ('R3.55=US$1', 'USD115') or opening with its decimal point
    ('.08'), at a position the caller vouches for."""
    if text[pos] == ".":
        return _POINT_CORE.match(text, pos)
    return _CORE_DIGIT_AFTER_SIGN.match(text, pos)


_NOT_AFTER_FOUR_DIGITS: Final = frozenset("-/:')(.")  # what may open a skipped form after a run of digits, or extend a numeral


def four_digits_or_nothing(text: str, pos: int) -> bool:
    """Whether ``core_at(text, pos)`` is, if anything, the numeral branch reading exactly the four
    ASCII digits at ``pos`` ("2015" of "in 2015, exports"): told from the characters after them.

    Four digits make no ratio ("1 in 5" has at most three) and no fraction ("1/3", three); a skipped
    form needs one of ``_SKIP_DIGITS``' characters after the digits (or "a", "p", "(" after white
    space), a longer numeral a digit or a point and a digit, and "threefold" the word "fold". A letter after
    them is left to the pattern too. Tested against ``core_at``.
    """
    head = text[pos:pos + 4]
    if len(head) < 4 or not (head.isascii() and head.isdigit()):
        return False
    after = text[pos + 4:pos + 5]
    if after == ".":  # a decimal or a dated form needs a digit after the point; "in 2017." ends a sentence
        return not text[pos + 5:pos + 6].isdecimal()
    if after.isalnum() or after in _NOT_AFTER_FOUR_DIGITS and after != "":
        return False
    if after.isspace():
        second = text[pos + 5:pos + 6]
        return not (second.isspace() or second in "ap(" and second != "" or text[pos + 5:pos + 9].lower() == "fold")
    return True


# Each core pattern with its ratio branch shut: what a ratio's numerator is when the ratio is none ("arrested 40 in
# three cities", "sold 300 in five days": 40 and 300 are counts of their own).
_WITHOUT_RATIO: Final = {pattern: re.compile(pattern.pattern.replace("(?P<ratio>", "(?P<ratio>(?!)", 1))
                         for pattern in (_CORE_DIGIT, _CORE_DIGIT_UNFOLDED, _CORE_DIGIT_AFTER_SIGN, _CORE_WORD)}


def core_past_ratio(m: re.Match[str]) -> re.Match[str] | None:
    """The core at a ratio match's start read as if no ratio began there, for a ratio its reader turns down."""
    return _WITHOUT_RATIO[m.re].match(m.string, m.start())


def core_at(text: str, pos: int) -> re.Match[str] | None:
    """The core at ``pos``: a numeral's branches at a digit (or a minus sign), the number words' elsewhere."""
    if text[pos] == "-":
        return _CORE_DIGIT_AFTER_SIGN.match(text, pos + 1)
    if text[pos] in GLYPHS:
        return _CORE_GLYPH.match(text, pos)
    if text[pos].isdecimal():  # what \d matches
        return (_CORE_DIGIT if _fold_may_follow(text, pos) else _CORE_DIGIT_UNFOLDED).match(text, pos)
    return _CORE_WORD.match(text, pos)
