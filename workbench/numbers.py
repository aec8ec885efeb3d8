"""Numerals and number words → values.

``"42 000"`` → 42000, ``"28.2"`` → 28.2 with one stated decimal, ``"one and a half million"``
→ 1500000, ``"two thirds"`` → 2/3. The vocabulary (number words, scales, fraction words…) is
generic English and lives in ``workbench/data/lexicon.json``; this module only holds the rules
that combine it, plus regex fragments the extractor builds its patterns from.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from collections.abc import Iterable
from importlib import resources
from typing import Any, Final

from .patterns import trie_regex

# Thousands separators seen in news text: comma, space, no-break space, thin spaces.
THOUSANDS_SEPARATORS: Final = ",\u00a0\u2009\u202f "


@cache
def data_json(name: str) -> dict[str, Any]:
    """A JSON table of ``workbench/data``, read once per process (callers only read it)."""
    return json.loads(resources.files("workbench").joinpath(f"data/{name}").read_text(encoding="utf-8"))


def lexicon() -> dict[str, Any]:
    """The extractor's vocabulary (``workbench/data/lexicon.json``)."""
    return data_json("lexicon.json")


def ordinal_suffix() -> str:
    """The alternation of the letters that make a numeral an ordinal ('21st', '26th'; lexicon ``ordinal_suffixes``)."""
    return f"(?:{alternation(lexicon()['ordinal_suffixes'])})"


def scales() -> dict[str, Any]:
    """Signs, scale words and fraction glyphs (``workbench/data/scales.json``)."""
    return data_json("scales.json")


def alternation(words: Iterable[str], flexible_space: bool = True) -> str:
    """Regex alternation of literal words (a list, a tuple, a dict's keys), compiled as a trie; the longest word wins."""
    return trie_regex(list(words), flexible_space=flexible_space)


def comparison_words(*more: str) -> str:
    """The alternation of the words that compare a figure with another ('compared with', 'than', 'versus':
    lexicon ``comparison_words``, and the lexicon lists ``more`` names): the one definition every reader of
    comparisons builds on, each with its own guards (case as the caller's flags say)."""
    words = [*lexicon()["comparison_words"], *(word for name in more for word in lexicon()[name])]
    return f"(?:{alternation(words)})"


def figure_lead_words() -> str:
    """The optional words, and their blank, that may open a figure after the word linking it to its place or
    whole ('of nearly 9.6 %', 'with just 4 %'): lexicon ``qualifiers`` of every kind and ``limiting_words``."""
    lex = lexicon()
    words = [*(word for group in lex["qualifiers"].values() for word in group), *lex.get("limiting_words", [])]
    return rf"(?:(?:{alternation(words)})\s+)?"


def _word_values() -> dict[str, float]:
    lex = lexicon()
    values: dict[str, float] = {}
    for group in ("cardinals", "tens", "word_scales", "dozen", "dozen_after_number"):
        values.update({k: float(v) for k, v in lex[group].items() if not k.startswith("_")})
    return values


WORD_VALUES: Final[dict[str, float]] = _word_values()
DENOMINATORS: Final[dict[str, int]] = {k: int(v) for k, v in lexicon()["denominators"].items()}

# A numeral: digits with optional thousands groups and decimals ("1,234.5", "42 000", "28.2").
# Indian grouping ("12,34,567.89": lakhs) is tried first; it needs a two-digit group.
NUMERAL: Final = r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!,?\d)|\d{1,3}(?:[,\u00a0\u2009\u202f ]\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_CARDINAL_WORDS: Final = alternation([*lexicon()["cardinals"], *lexicon()["tens"]])
_SCALE_WORDS: Final = alternation([*lexicon()["word_scales"], *lexicon()["dozen"],
                            *(w for w in lexicon()["dozen_after_number"] if not w.startswith("_"))])
_ONE_WORD: Final = rf"(?:{_CARDINAL_WORDS}|{_SCALE_WORDS})"
# Spaces between number words: a line break inside a paragraph, never a blank line.
_SP: Final = r"(?:[ \t\u00a0]|\n(?![ \t\r]*\n))+"
# "two hundred", "sixty thousand", "twenty-five", "one and a half million", "a hundred", "half a million",
# "one hundred and sixty-one", "three million, two hundred thousand" (``trim_number_words`` then
# cuts what does not continue the number: "one, two" or "twenty twenty").
_DENOMS: Final = alternation(list(DENOMINATORS))
# A fraction in words: "a quarter", "one half", "three fifths", "twenty-one hundredths" is no denominator here.
FRACTION_WORDS: Final = rf"(?:an?|{_CARDINAL_WORDS}(?:-{_CARDINAL_WORDS})?)(?:{_SP}|-)(?:{_DENOMS})(?![\w-])"
# A whole number and a fraction: "five and a quarter", "a million and a half", "two million and three fifths".
_FRACTION_TAIL: Final = rf"{_SP}(?:and|&){_SP}{FRACTION_WORDS}"
# Spoken decimals: "five point five", "two hundred point zero three", "nought point five".
_POINT: Final = alternation(lexicon()["decimal_point_words"])
ZERO_WORDS: Final = frozenset(lexicon()["zero_words_before_point"])
_TENS: Final = frozenset(lexicon()["tens"])
_DIGIT_WORD: Final = rf"(?:{_CARDINAL_WORDS}(?:-{_CARDINAL_WORDS})?|{alternation(list(ZERO_WORDS))})"
# Korean and other wire copy joins them with hyphens: "eleven-point-seven", "25-point-seven".
# A digit word ends the tail unless a hyphen joins it to the next digit word ("point-zero-zero-seven").
_DIGIT_END: Final = rf"(?!\w)(?!-(?!{_DIGIT_WORD}\b))"
_POINT_TAIL: Final = rf"(?:{_SP}|-)(?:{_POINT})(?:(?:{_SP}|-){_DIGIT_WORD}{_DIGIT_END})+"
DIGITS_POINT_TAIL: Final = re.compile(rf"(?:-|[ \t\u00a0])(?i:{_POINT})(?P<digits>(?:(?:[ \t\u00a0]|-){_DIGIT_WORD}{_DIGIT_END})+)",
                               re.IGNORECASE)
# "7 point 8 percent": digits on either side of a spoken point, as broadcasts' transcripts and the gloss of a
# language that says its decimal point as a word write it (Amharic 'ነጥብ', Indonesian 'koma'). The digits after the
# word are all of its fraction: no further point, comma group or letter follows them ("3 point 5,000" is no decimal).
SPOKEN_POINT_BETWEEN_DIGITS: Final = re.compile(
    rf"(?<=\d)(?:-|[ \t\u00a0])(?i:{_POINT})(?:-|[ \t\u00a0])(?P<digits>\d+)(?![\w]|[.,]\d)")
# No number said in words runs longer ("nine hundred and ninety-nine trillion, nine hundred and …" is
# ~30): bounding the run keeps a text of thousands of number words in a row linear, as each start
# would otherwise read to the end of the run before ``trim_number_words`` cuts it back.
MAX_NUMBER_WORDS: Final = 64
# Tokenised copy (wire archives, transcripts) spaces the hyphen of a compound: "fifty - two" is 52. Only a tens word
# and a unit word are joined so ("forty - fifty" stays a range of two figures).
_UNIT_WORDS: Final = alternation([w for w, v in lexicon()["cardinals"].items() if 1 <= v <= 9])
_SPACED_HYPHEN: Final = (rf"(?:{'|'.join(f'(?<={w})' for w in lexicon()['tens'])})[ \t\u00a0]+-[ \t\u00a0]+"
                         rf"(?=(?:{_UNIT_WORDS})(?![\w-]))")
NUMBER_WORDS: Final = (
    rf"(?:(?:(?:(?:an?|{_CARDINAL_WORDS}){_SP})?(?:{_DENOMS})(?:{_SP}(?:of{_SP})?an?)?|a){_SP}(?:{_SCALE_WORDS})|{_ONE_WORD}"
    rf"|{alternation(list(ZERO_WORDS))}(?={_POINT_TAIL}))"
    rf"(?:{_FRACTION_TAIL}|(?:{_SP}|-|{_SPACED_HYPHEN}|,{_SP}(?={_ONE_WORD}))(?:(?:and|&){_SP})?(?:a{_SP}half|{_ONE_WORD})"
    rf"(?!\w)(?!-(?!{_ONE_WORD}))){{0,{MAX_NUMBER_WORDS}}}(?:{_POINT_TAIL})?"
)
_POINT_TAIL_RE: Final = re.compile(_POINT_TAIL, re.IGNORECASE)
_FRACTION_TAIL_RE: Final = re.compile(
    rf"{_SP}(?:and|&){_SP}(?P<num>an?|{_CARDINAL_WORDS}(?:-{_CARDINAL_WORDS})?)(?:{_SP}|-)(?P<den>{_DENOMS})(?![\w-])"
    rf"(?:{_SP}(?P<scale>{alternation(list(lexicon()['word_scales']))})(?![\w-]))?", re.IGNORECASE)
_WORD_TOKEN: Final = re.compile(r"[A-Za-z]+|[,&]")
_DOZENS: Final = frozenset([*lexicon()["dozen"], *lexicon()["dozen_after_number"]])
# "half a million", "a quarter of a million", "two thirds of a million"
_PART_WORDS: Final = frozenset(["a", "an", "of", *DENOMINATORS])
_HALF_NEXT: Final = re.compile(r"\s+a\s+half\b", re.I)


def trim_number_words(surface: str) -> str:
    """The longest start of ``surface`` that reads as one number.

    "three million, two hundred thousand" stays whole; "one, two" → "one"; "twenty twenty" → "twenty";
    "one hundred and three and two" → "one hundred and three". A comma or "and" continues a number
    only after a scale word ("hundred", "million"), with a smaller number after it; "and" and a
    fraction end a number that reads whole before them ("five and a quarter", "a million and a half").
    """
    if _one_word(surface):
        return _trim_words(surface)  # the tails need a blank or a hyphen before them
    tail = _FRACTION_TAIL_RE.search(surface) or _POINT_TAIL_RE.search(surface)
    if tail is not None:
        head = surface[:tail.start()]
        whole = head if head.lower() in ZERO_WORDS else _trim_words(head)
        return surface[:tail.end()] if whole == head else whole
    return _trim_words(surface)


def _trim_words(surface: str) -> str:
    end, scale, last, joiner = 0, 0, 0.0, ""  # last: 0 nothing yet, -1 after "a"/"half"
    for token in _WORD_TOKEN.finditer(surface):
        word = token.group().lower()
        if word in (",", "&", "and"):
            if joiner or (not scale or last < 100) and not (word != "," and _HALF_NEXT.match(surface, token.end())):
                break
            joiner = word
            continue
        value = WORD_VALUES.get(word)
        if word in _PART_WORDS:
            value = -1.0
        elif word in _DOZENS:
            value = 100.0  # "a dozen", "three dozen" continue as "a hundred" does
        if value is None or not _continues(last, value, scale, joiner):
            if word == "a" and joiner == "and":  # "and a half"
                last = -1.0
                continue
            break
        if value >= 100:
            scale = max(scale, int(value))
        last, joiner, end = value, "", token.end()
    return surface[:end] if end else surface


def _continues(last: float, value: float, scale: int, joiner: str) -> bool:
    """Whether a number word can follow the one before it ("sixty" → "one" yes, "six" → "one" no)."""
    if last == 0:
        return True
    if last == -1:  # after "a" / "half": a scale, or "half" in "and a half"
        return value >= 100 or value == -1
    if value == -1:  # "two thirds of a million": a numerator, then its fraction word
        return 0 < last < 100 and not scale and not joiner
    if value >= 100:
        return joiner == "" and (last < 100 or value > last)
    if joiner and scale and value >= scale:
        return False
    if last >= 100:
        return True
    return 20 <= last < 100 and last % 10 == 0 and value < 10 and not joiner


_NO_SEPARATORS: Final = str.maketrans("", "", THOUSANDS_SEPARATORS)
_AND_A_HALF: Final = re.compile(r"\b(?:and|&)\s+a\s+half\b")
_HALF_A: Final = re.compile(r"\bhalf\s+a\b")


def parse_numeral(surface: str) -> tuple[Decimal, int]:
    """``"1,234.50"`` → (Decimal('1234.50'), 2): the value and the digits stated after the point."""
    if surface.isdigit():
        return Decimal(surface), 0  # the common case, without the separator scan
    cleaned = surface.translate(_NO_SEPARATORS)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a numeral: {surface!r}") from None
    mantissa = cleaned.split("E", 1)[0]  # "2.48E-5": the stated decimals are the mantissa's
    decimals = len(mantissa.split(".", 1)[1]) if "." in mantissa else 0
    return value, decimals


def parse_number_words(surface: str) -> tuple[Decimal, int]:
    """``"one and a half million"`` → (1500000, 1); ``"two hundred"`` → (200, 0).

    The second item is the decimals the words state: "and a half" states one (x.5).
    """
    if _one_word(surface):  # "two", "dozen": no tail, no "and a half" (each needs a blank or a hyphen)
        return _words_value(surface.lower(), surface)
    tail = _FRACTION_TAIL_RE.search(surface)
    if tail is not None:
        return _with_fraction(surface[:tail.start()], tail)
    point = _POINT_TAIL_RE.search(surface)
    if point is not None:
        return _with_decimals(surface[:point.start()], point.group())
    text = surface.lower().replace("-", " ").replace(",", " ").replace("&", " and ")
    text = _AND_A_HALF.sub(" +half ", text)
    text = _HALF_A.sub(" half ", text)
    return _words_value(text, surface)


def _one_word(surface: str) -> bool:
    """ASCII letters alone: one word, read without the patterns that need a blank or a hyphen."""
    return surface.isalpha() and surface.isascii()


def _words_value(text: str, surface: str) -> tuple[Decimal, int]:
    """The value of ``surface``'s number words, ``text`` (lower case, "+half" for "and a half")."""
    total = Decimal(0)
    current = Decimal(0)
    decimals = 0
    last_scale = Decimal(0)
    for token in text.split():
        if token == "and":
            continue
        if token == "+half" and current == 0 and last_scale:
            total += last_scale / 2  # "a million and a half"
        elif token == "+half":
            current += Decimal("0.5")
            decimals = 1
        elif token in DENOMINATORS:  # "half a million", "three quarters billion", "two thirds of a million"
            current = (current or Decimal(1)) / DENOMINATORS[token]
            decimals = max(decimals, fraction_decimals(DENOMINATORS[token]))
        elif token == "of":
            continue
        elif token in ("a", "an"):
            current = current or Decimal(1)
        elif token == "hundred":
            current = (current or Decimal(1)) * 100
        elif token in _DOZENS:  # "three hundred and two dozens" is 300 + 2 × 12
            below_hundred = current % 100
            current = current * 12 if not below_hundred else current - below_hundred + below_hundred * 12
        elif token in WORD_VALUES and WORD_VALUES[token] >= 1000:
            last_scale = Decimal(int(WORD_VALUES[token]))
            total += (current or Decimal(1)) * last_scale
            current = Decimal(0)
        elif token in WORD_VALUES:
            current += Decimal(int(WORD_VALUES[token]))
        else:
            raise ValueError(f"not a number word: {token!r} in {surface!r}")
    return total + current, decimals


def fraction_decimals(denominator: int) -> int:
    """Decimals a fraction states: a half or a fifth one (x.5, x.2), a quarter or a third two."""
    return 1 if denominator in (2, 5, 10) else 2


def _with_fraction(head: str, tail: re.Match[str]) -> tuple[Decimal, int]:
    """A whole number and a fraction: "five and a quarter" → 5.25, "a million and a half" → 1.5 million.

    The fraction is of the scale word after it ("one billion and a half million" → 1,000,500,000), of
    the head's last scale when nothing follows it ("two million and three fifths" → 2.6 million); a
    head without a scale and a scale after the fraction scale together ("one and a half million").
    """
    whole, decimals = parse_number_words(head)
    numerator = tail.group("num").lower()
    top = Decimal(1) if numerator in ("a", "an") else parse_number_words(numerator)[0]
    denominator = DENOMINATORS[tail.group("den").lower()]
    fraction = top / denominator
    decimals = max(decimals, fraction_decimals(denominator))
    last_word = head.lower().replace("-", " ").split()[-1] if head.strip() else ""
    head_scale = Decimal(int(WORD_VALUES[last_word])) if WORD_VALUES.get(last_word, 0) >= 1000 else None
    if tail.group("scale"):
        scale = Decimal(int(WORD_VALUES[tail.group("scale").lower()]))
        if whole < 1000:
            return (whole + fraction) * scale, decimals
        return whole + fraction * scale, decimals
    return whole + fraction * (head_scale or 1), decimals


def _with_decimals(head: str, tail: str) -> tuple[Decimal, int]:
    """ "two hundred point zero three" → 200.03: each word after "point" gives its digits."""
    whole = Decimal(0) if head.strip().lower() in ZERO_WORDS else parse_number_words(head)[0]
    fraction, decimals = spoken_digits(_POINT_WORD_RE.sub("", tail, count=1))
    return whole + fraction, decimals


_POINT_WORD_RE: Final = re.compile(rf"^[\s-]*(?:{_POINT})", re.IGNORECASE)


def spoken_digit_string(words_after_point: str) -> str:
    """ "zero three" → "03", "-seven-five" → "75": the digits spoken after a decimal point, one word
    each whether spaces or hyphens part them; a hyphened tens-and-unit ("twenty-five") stays one number."""
    digits = []
    for word in words_after_point.lower().split():
        parts = [p for p in word.split("-") if p]
        if len(parts) == 2 and parts[0] in _TENS and parts[1] not in ZERO_WORDS:
            parts = [word.strip("-")]
        digits += ["0" if p in ZERO_WORDS else str(parse_number_words(p)[0]) for p in parts]
    return "".join(digits)


def spoken_digits(words_after_point: str) -> tuple[Decimal, int]:
    """ "zero three" → (0.03, 2), "-seven" → (0.7, 1): the digits spoken after a decimal point."""
    digits = spoken_digit_string(words_after_point)
    return Decimal(f"0.{digits}"), len(digits)


def reads_as_float(text: str) -> bool:
    """Whether a table's value is a plain number as Python reads one ('2021', '3.5', ' -1e3 '): no name of a
    place or a thing."""
    try:
        float(text)
    except ValueError:
        return False
    return True


def is_whole(value: Decimal) -> bool:
    """Whether ``value`` is a whole number, in constant time: ``int()`` of a Decimal of 60,000 digits
    (a run of digits in a pasted table) costs seconds, and every figure is asked."""
    return value == value.to_integral_value()


def parse_number(surface: str) -> tuple[Decimal, int]:
    """A numeral or number words → (value, stated decimals)."""
    stripped = surface.strip()
    if stripped[:1].isdigit() or stripped[:1] == "." and stripped[1:2].isdigit():  # ".08"
        return parse_numeral(stripped)
    return parse_number_words(stripped)


def parse_fraction(numerator: str, denominator: str) -> Decimal:
    """``("two", "thirds")`` → 2/3; ``("one", "five")`` (one in five) → 1/5; as a Decimal ratio."""
    top, _ = parse_number(numerator) if numerator.strip().lower() not in ("a", "an") else (Decimal(1), 0)
    word = denominator.strip().lower()
    if word in DENOMINATORS:
        bottom = Decimal(DENOMINATORS[word])
    else:
        bottom, _ = parse_number(word)
    if bottom == 0:
        raise ValueError(f"zero denominator in {numerator} {denominator}")
    return top / bottom


@lru_cache(maxsize=256)
def scale_of(word: str) -> Decimal | None:
    """Multiplier of a scale word or abbreviation (``"bn"`` → 1e9), None if it is not one."""
    scales: dict[str, float] = lexicon()["scale_abbreviations"]
    found = scales.get(word) if word in scales else scales.get(word.lower())
    return Decimal(str(int(found))) if found is not None else None

