"""Currency signs the candidate scan and the prefix pattern do not see: a code or a letter symbol
glued to the digits ("USD115", "RM4.7465", "zł4.0"), and signs that are money only where the
text names their currency ("N1315" beside "naira", "kr 10.5" beside "Norway").

The candidate scan starts no figure right after a letter, so the figures glued to a sign are
found here, in one pass over a byte copy of the text where each letter is "a" and each digit
"0": ``bytes.find`` then skips to the few places a letter touches a digit ("G20", "CO2",
"USD115"), and only those are looked at in Python.
"""

from __future__ import annotations

from typing import Final

import re
import threading
import unicodedata
from functools import lru_cache

from .. import units
from ..gazetteer import Gazetteer
from ..numbers import data_json
from ..structure import paragraph_end, paragraphs_start
from .exchange_rates import currency_priced_before, quoted_against
from .vocabulary import LEX

_SIGNAL_REACH: Final = 300  # characters either side of a figure, within its paragraph and the one before, where a currency's name counts
_MINOR_REACH: Final = 1500  # characters before an amount in a minor unit ('35 centavos') where its currency's name counts

# Letters (ASCII, and "?" that stands for any other character) as "a", digits as "0", a full stop as
# itself, what may stand before a figure's decimal point ("(", "$", "£", white space) as " ", the rest as "-".
_BEFORE_POINT: Final = frozenset(b" \t\n\r($")
_CLASSES: Final = bytes(97 if 65 <= i <= 90 or 97 <= i <= 122 or i == 63 else 48 if 48 <= i <= 57 else 46 if i == 46
                 else 32 if i in _BEFORE_POINT else 45 for i in range(256))


def glued_starts(prose: str, address: str = "", classes: bytes | None = None) -> list[int]:
    """Where figures start that the candidate scan does not see: glued to a currency sign ("USD115")
    or opening with their decimal point (".08", "$.50"). ``classes``: the prose's byte copy (``byte_classes``),
    where the caller has it."""
    if classes is None:
        classes = byte_classes(prose)
    found = glued_money_starts(prose, classes, address)
    at = classes.find(b" .0")
    if at >= 0 or classes.startswith(b".0"):
        found += _point_starts(prose, classes, at)
    return found


def byte_classes(prose: str) -> bytes:
    """The byte copy ``glued_starts`` reads: one byte per character, its class (``_CLASSES``). A character's
    byte does not depend on its neighbours, so the copy of texts joined is the join of their copies."""
    return prose.encode("ascii", "replace").translate(_CLASSES)


def _point_starts(prose: str, classes: bytes, at: int) -> list[int]:
    found = [0] if classes.startswith(b".0") else []
    while at >= 0:
        found.append(at + 1)
        at = classes.find(b" .0", at + 3)
    return found


@lru_cache(maxsize=1)
def _glued_signs() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """Last character → the signs ending with it that may be glued to a figure: (sign, currency,
    whether it is a code, which must look like an amount), longest first."""
    signs: dict[str, tuple[str, bool]] = {}
    for form in units.currency_prefixes():
        # a sign ending in a letter ('RM'), or an abbreviation's full stop after one ('Rs.', 'ரூ.'): 'Rs.316.84'
        if _ends_in_letter(form.surface.removesuffix(".")) and form.scale == 1:
            is_code = form.surface.isascii() and form.surface.isupper() and len(form.surface) == 3
            signs.setdefault(form.surface, (form.unit, is_code))
    for symbol in units.context_symbols():
        signs.setdefault(symbol, ("", False))  # its currency is told by the text around it
    by_last: dict[str, list[tuple[str, str, bool]]] = {}
    for sign in sorted(signs, key=len, reverse=True):
        by_last.setdefault(sign[-1], []).append((sign, *signs[sign]))
    return {last: tuple(found) for last, found in by_last.items()}


def _ends_in_letter(sign: str) -> bool:
    """Whether ``sign`` ends in a letter, or in a letter's vowel sign ('ரூ': Tamil's 'ூ' is a mark, no letter)."""
    return sign[-1:].isalpha() or len(sign) > 1 and unicodedata.category(sign[-1])[0] == "M" and sign[-2].isalpha()


@lru_cache(maxsize=1)
def _scale_words() -> str:
    """The alternation of the scale words and abbreviations written after a figure ('bn', 'million'), longest first
    and ties in alphabetical order: the same pattern text whatever the hash seed (the regex cache keys by text)."""
    words = {*LEX["scale_words_after_number"], *LEX["scale_abbreviations_after_number"]}
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


@lru_cache(maxsize=1)
def _amount_shape() -> re.Pattern[str]:
    """A figure that reads as an amount right after a glued code: a decimal part, a thousands
    group, ``min_digits`` digits or more, or a scale word or letter after it."""
    digits = int(data_json("currencies.json")["glued_codes"]["min_digits"])
    scales = _scale_words()
    return re.compile(rf"\d*[.,]\d|\d{{{digits}}}|\d+[ \u00a0]?(?:(?i:{scales})|[kKmMbBT])(?![A-Za-z])")


# an amount and, right after it, a percent sign
_AMOUNT_IN_PERCENT: Final = re.compile(r"\d[\d.,]*\s?%")
# a decimal figure and, right after it, a percent sign (a name such as "G20" has no decimal part)
_PERCENT_AFTER: Final = re.compile(r"\d+[.,]\d+\s?%")


def glued_money_starts(prose: str, classes: bytes, address: str = "") -> list[int]:
    """Where the figures glued to a currency sign begin ("USD115" → the "1"); ``classes`` is the
    prose's byte copy (``_CLASSES``)."""
    signs = _glued_signs()
    found: list[int] = []
    # a letter, or a letter and an abbreviation's full stop ('Rs.316.84'), right before a digit
    glued = sorted([*_all_at(classes, b"a0"), *(at + 1 for at in _all_at(classes, b"a.0"))])
    for at in glued:
        digit = at + 1
        money = False
        for sign, unit, is_code in signs.get(prose[at], ()):
            begin = digit - len(sign)
            if begin < 0 or not prose.startswith(sign, begin) or begin and prose[begin - 1].isalnum():
                continue
            if is_code and not _amount_shape().match(prose, digit):
                break  # "COP26": a name
            money = bool(unit or context_currency(prose, sign, digit, address))
            break
        if money or not (at and prose[at - 1].isalnum()) and _PERCENT_AFTER.match(prose, digit):
            # no money: a lone letter slipped before a percent ('una inflación interanual de L5,19%'), even one
            # that is a currency's sign where the text names it, is no sign; the figure is the percent. A letter
            # inside a word ('CO2%', 'G20%') is no slip
            found.append(digit)
    return found


def _all_at(classes: bytes, shape: bytes) -> list[int]:
    """Every place ``shape`` stands in the byte copy ``classes``."""
    found: list[int] = []
    at = classes.find(shape)
    while at >= 0:
        found.append(at)
        at = classes.find(shape, at + 1)
    return found


def context_currency_before(prose: str, start: int, address: str = "") -> tuple[str, int]:
    """A sign right before ``start`` (or before one space) that is money only where the text names
    its currency ("N1315", "kr 10.5"): that currency and where the sign starts; ("", start) if none."""
    end = start - 1 if prose[start - 1:start] in (" ", "\u00a0") else start
    if end < 1 or _AMOUNT_IN_PERCENT.match(prose, start):
        return "", start  # 'inflación de L5,19%': a percent is no amount of money, whatever letter slipped before it
    for sign in CONTEXT_BY_LAST.get(prose[end - 1], ()):
        begin = end - len(sign)
        if begin >= 0 and prose.startswith(sign, begin) and not (begin and prose[begin - 1].isalnum()):
            code = context_currency(prose, sign, start, address)
            return (code, begin) if code else ("", start)
    return "", start


def _context_by_last() -> dict[str, tuple[str, ...]]:
    by_last: dict[str, list[str]] = {}
    for sign in sorted(units.context_symbols(), key=len, reverse=True):
        by_last.setdefault(sign[-1], []).append(sign)
    return {last: tuple(signs) for last, signs in by_last.items()}


# Last character of a context sign → the signs: a figure with none of these before it (or before
# one space) is tested with one dict lookup (``context_currency_before``).
CONTEXT_BY_LAST: Final = _context_by_last()


def context_currency(prose: str, sign: str, pos: int, address: str = "") -> str:
    """The one currency ``sign`` may stand for that the text around ``pos`` names, or "". A one-letter
    sign's amount too far from the name takes the currency of the amounts with the same sign before it,
    each within reach of the next, the first of which has one ('… Philippine Islands was down P4.80 to
    P139. … was down P8.20 to P267. …'). Where neither names it, the page's ``address`` may: a slug is the
    headline ('…/the-rands-performance-in-2023'), and an amount shaped as money ('closer to R18.30') after
    a headline about the rand is in rand, as after a paragraph that names it."""
    if sign in units.quoted_only_codes():
        # a code that is also a word ('GEL', 'TOP') names itself wherever it stands: only the rate's shape
        # ('GEL 3.3947 per USD') makes its amount money
        amount = _AMOUNT.match(prose, pos)
        return sign if amount is not None and quoted_against(prose, amount.end()) else ""
    code = _named_currency(prose, sign, pos)
    if code or len(sign) > 1:
        return code
    if not (_one_letter_amount().match(prose, pos) or _moved_to(prose, sign, pos)):
        return _quoted_currency(prose, sign, pos)
    return _chained_currency(prose, sign, pos) or _addressed_currency(sign, address) \
        or _quoted_currency(prose, sign, pos) or _alone_currency(prose, sign, pos)


_AMOUNT: Final = re.compile(r"\d[\d.,]*(?<![.,])")


@lru_cache(maxsize=1)
def _signs_read_alone() -> frozenset[str]:
    return frozenset(data_json("currencies.json")["signs_read_alone"]["signs"])


@lru_cache(maxsize=1)
def _whole_amount() -> re.Pattern[str]:
    """A figure no name, part or grid square is written as: thousands groups ('23,483,954.78'), or a scale word or
    letter after it ('2.5bn', '28,464,322.01m')."""
    scales = _scale_words()
    return re.compile(rf"\d{{1,3}}(?:,\d{{3}})+(?![\d,])"
                      rf"|\d+(?:[.,]\d+)*[ \u00a0]?(?:(?i:{scales})|[kmbKMB])(?![A-Za-z])")


def _alone_currency(prose: str, sign: str, pos: int) -> str:
    """The one currency of a sign read alone (``currencies.json`` signs_read_alone: the naira's 'N') glued to a whole
    amount ('N23,483,954.78', 'N28,464,322.01m'), though the text names no currency; else ""."""
    codes = units.context_symbols().get(sign, ())
    if sign not in _signs_read_alone() or len(codes) != 1 or not _whole_amount().match(prose, pos):
        return ""
    return codes[0]


def _quoted_currency(prose: str, sign: str, pos: int) -> str:
    """The currency of a one-letter sign's amount quoted against another currency ('R15.60 to the Dollar,
    R22.95 to the Pound', 'R7 to the Dollar in 2011', 'one US dollar cost R8,64'): a rate's shape makes it money, in the one currency
    the sign stands for; "" when the sign stands for several ('P' is the peso and the pula) or no currency
    follows."""
    codes = units.context_symbols().get(sign, ())
    amount = _AMOUNT.match(prose, pos)
    if len(codes) != 1 or amount is None:
        return ""
    # the rate's other shape: the base's one unit first, behind a priced-by verb ('one US dollar cost R8.64')
    priced = currency_priced_before(prose, pos - len(sign))
    if not quoted_against(prose, amount.end()) and not (priced and priced != codes[0]):
        return ""
    return codes[0]


def _addressed_currency(sign: str, address: str) -> str:
    """The one currency ``sign`` may stand for that the page's address names by the currency's own name
    ('rand', 'kwacha'; a place alone is too loose for a headline's words), or ""."""
    if not address:
        return ""
    codes = units.context_symbols().get(sign, ())
    named = [code for code in codes if _signal(code, False).search(address) or _tender_signal(code).search(address)]
    return named[0] if len(named) == 1 else ""


class _Chain(threading.local):
    """The amounts of one text and sign already walked back through (each is read once), per thread:
    the app reads several drafts at once, one session a thread."""

    prose: str | None = None
    sign: str = ""
    memo: dict[int, str]


_CHAIN: Final = _Chain()


def _chained_currency(prose: str, sign: str, pos: int) -> str:
    chain = _CHAIN
    if chain.prose is not prose or chain.sign != sign:
        chain.prose, chain.sign, chain.memo = prose, sign, {}
    memo = chain.memo
    walked: list[int] = []
    code = ""
    at = _earlier_amount(prose, sign, pos)
    while at >= 0:
        if at in memo:
            code = memo[at]
            break
        walked.append(at)
        code = _named_currency(prose, sign, at)
        if code:
            break
        at = _earlier_amount(prose, sign, at)
    for start in walked:
        memo[start] = code
    return code


def _earlier_amount(prose: str, sign: str, pos: int) -> int:
    """Where the nearest amount written with ``sign`` within reach before ``pos`` starts its digits; -1 if none."""
    low = max(0, pos - _SIGNAL_REACH)
    at = prose.rfind(sign, low, pos - len(sign))
    while at >= 0:
        digit = at + len(sign)
        if digit < len(prose) and prose[digit].isdecimal() and not (at and (prose[at - 1].isalnum() or prose[at - 1] == "$")):
            return digit
        at = prose.rfind(sign, low, at)
    return -1


def _named_currency(prose: str, sign: str, pos: int) -> str:
    """The one currency ``sign`` may stand for that the text around ``pos`` names, or ""."""
    # a minor unit's amount ('gained 15 centavos') may stand sentences after the currency it is a hundredth of
    low = max(0, pos - (_MINOR_REACH if sign in _CONTEXT_MINOR else _SIGNAL_REACH))
    high = min(len(prose), pos + _SIGNAL_REACH)
    # its paragraph and the one before: a story names the currency once, then writes its sign ('the rand
    # was at R13.70 to the dollar' … next paragraph 'R16.17 to the euro')
    window = prose[paragraphs_start(prose, low, pos, 2):paragraph_end(prose, pos, high)]
    places = len(sign) > 1  # a one-letter sign ("R21" is a road in South Africa too) needs the currency's own name
    codes = units.context_symbols().get(sign, ())
    named = [code for code in codes if _signal(code, places).search(window)]
    if not named:
        # a word several currencies end their names with, told apart by the sign ('the Kwacha … K25': of the
        # currencies written 'K', only the Zambian kwacha is a kwacha)
        named = [code for code in codes if _tender_signal(code).search(window)]
    if not named and not places and (_one_letter_amount().match(prose, pos) or _moved_to(prose, sign, pos)):
        named = [code for code in codes if _place_signal(code).search(window)]  # "N992 per litre" in Nigeria
    return named[0] if len(named) == 1 else ""


_MOVE_TO_BEFORE: Final = re.compile(r"(?<![\w$])(?P<move>(?i:up|down)\s+)?(?P<sign>[A-Za-z]{1,3})(?P<amount>\d[\d.,]*)\s+to\s+\Z")
_CENTS_SHAPE: Final = re.compile(r"\d+[.,]\d{2}\Z")  # "P4.80", "R8,64"


def _moved_to(prose: str, sign: str, pos: int) -> bool:
    """Whether the amount at ``pos`` ends a move from an amount with the same sign ("down P4.80 to P139",
    "up P2 to P409"): a price that moved, where "R21 to R512" (roads) names no move and no cents."""
    begin = pos - len(sign)
    found = _MOVE_TO_BEFORE.search(prose, max(0, begin - 30), begin)
    return found is not None and found.group("sign") == sign \
        and (found.group("move") is not None or _CENTS_SHAPE.match(found.group("amount")) is not None)


@lru_cache(maxsize=1)
def _one_letter_amount() -> re.Pattern[str]:
    """What a figure after a one-letter sign must look like to be money where only a place is named
    ("N1,500", "R12.99", "N2.5bn", "N992 per litre", "N568 to N617"): a road or a mask ("R21",
    "N95", "R512") has none of these."""
    scales = _scale_words()
    per = "|".join(re.escape(f.surface) for f in units.per_unit_forms())
    # cents after a decimal point or, as South African and continental copy write them, a decimal comma ("R8,64")
    return re.compile(rf"\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)|\d+\.\d{{2}}(?!\d|\.\d)|\d+,\d{{2}}(?!\d|[.,]\d)"
                      rf"|\d+(?:\.\d+)?(?:[ \u00a0]?(?:(?i:{scales})|[kmbKMB])(?![A-Za-z])"
                      rf"|\s*(?:/|(?i:per|a|an)\s+)(?i:{per})(?![A-Za-z])|\s+to\s+[A-Z]\d)")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, list[str]]:
    """Place name → its people's names in the gazetteer ("Nigeria" → "Nigerian", "Nigerians")."""
    gazetteer = Gazetteer.default()
    found: dict[str, list[str]] = {}
    for people in gazetteer.people:
        place = gazetteer.forms.get(people)
        if place is not None:
            found.setdefault(place.name, []).append(people)
    return found


@lru_cache(maxsize=None)
def _place_signal(code: str) -> re.Pattern[str]:
    """The places ``code`` is tender in, and their demonyms the gazetteer keeps ("Nigeria", "Nigerian",
    "Kenyan", "South African", "German")."""
    places = set(units.currency_signals(code, True)) - set(units.currency_signals(code, False))
    words = places | {people for place in places for people in _demonyms().get(place, [])}
    names = "|".join(re.escape(p) for p in sorted(words, key=lambda name: (-len(name), name)))
    return re.compile(rf"(?<!\w)(?:{names})(?!\w)") if names else re.compile(r"(?!)")


@lru_cache(maxsize=None)
def _tender_signal(code: str) -> re.Pattern[str]:
    """The last word of ``code``'s English names ('kwacha', 'kina'), whole, in any case."""
    words = "|".join(re.escape(w) for w in sorted(units.tender_words(code), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?i:{words})s?(?!\w)") if words else re.compile(r"(?!)")


@lru_cache(maxsize=None)
def _signal(code: str, places: bool) -> re.Pattern[str]:
    """The words that name ``code`` (``units.currency_signals``), whole words; names in any case, the
    code as written; the places it is tender in only with ``places``."""
    words = units.currency_signals(code, places)
    # longest first, ties in alphabetical order: one pattern text whatever the hash seed (the regex cache)
    names = "|".join(re.escape(w) for w in sorted(words, key=lambda word: (-len(word), word)) if w != code)
    return re.compile(rf"(?<![\w$]){re.escape(code)}(?!\w)|(?<!\w)(?i:{names})(?!\w)")


def names_currency(text: str, code: str) -> bool:
    """Whether ``text`` names ``code`` by its code, its English names or a place it is tender in
    ('New Taiwan dollars', 'Taiwan': TWD)."""
    return _signal(code, True).search(text) is not None


@lru_cache(maxsize=1)
def _glued_minor_units() -> tuple[dict[str, str], frozenset[str]]:
    spec = data_json("currencies.json")["glued_minor_units"]
    return dict(spec["units"]), frozenset(spec["not_figures"])


_FIGURE_BEFORE: Final = re.compile(r"[\d.,]*\d")


def money_after(prose: str, pos: int, minor_words_only: bool = False) -> tuple[str, float, int] | None:
    """Money written after a figure that ``_UNIT_AFTER`` does not read: a minor unit's letter glued
    to it ("212p" → 2.12 GBP) or a sign that is money where the text names its currency ("35 kr"
    beside "Swedish krona"): (currency, scale, where it ends), or None. ``minor_words_only`` (after
    number words): only a minor unit's word ('five paise'); a sign after a word is too often no money's."""
    char = prose[pos:pos + 1]
    if char == " " or char == "\u00a0":  # "35 kr"
        signs = _CONTEXT_BY_FIRST.get(prose[pos + 1:pos + 2])
        if signs is not None and minor_words_only:
            signs = tuple(sign for sign in signs if sign in _CONTEXT_MINOR)
        return _context_sign_after(prose, pos, signs) if signs else None
    if minor_words_only:
        return None
    if prose.startswith(_WHOLE_MARK, pos) and not prose[pos + len(_WHOLE_MARK):pos + len(_WHOLE_MARK) + 1].isalnum():
        code = context_currency(prose, _WHOLE_SIGN, pos)  # '25:-': whole kronor, the currency as '25 kr' tells it
        return (code, 1.0, pos + len(_WHOLE_MARK)) if code else None
    letters, not_figures = _GLUED_MINOR
    if char in letters:
        if prose[pos + 1:pos + 2].isalnum() or prose[pos + 1:pos + 2] in ("-", "'"):
            return None
        head = prose[max(0, pos - 20):pos][::-1]
        digits = _FIGURE_BEFORE.match(head)
        if digits is None or digits.group()[::-1] in not_figures:
            return None  # "1080p" is a screen's resolution
        return letters[char], 0.01, pos + 1
    return None


def _context_sign_after(prose: str, pos: int, signs: tuple[str, ...]) -> tuple[str, float, int] | None:
    for sign in signs:
        end = pos + 1 + len(sign)
        if prose.startswith(sign, pos + 1) and not prose[end:end + 1].isalnum():
            code = context_currency(prose, sign, pos)
            return (code, 0.01 if sign in _CONTEXT_MINOR else 1.0, end) if code else None  # '23 centavos'
    return None


_CONTEXT_MINOR: Final = units.context_minor_unit_words()


def _context_by_first() -> dict[str, tuple[str, ...]]:
    """Context signs of two characters or more by their first (after a figure "5 R" is too often a label)."""
    by_first: dict[str, list[str]] = {}
    for sign in sorted(units.context_symbols(), key=len, reverse=True):
        if len(sign) > 1 and not sign.endswith("."):  # "30 Sh." ends a sentence: its stop is no sign's
            by_first.setdefault(sign[0], []).append(sign)
    return {first: tuple(signs) for first, signs in by_first.items()}


_CONTEXT_BY_FIRST: Final = _context_by_first()
_GLUED_MINOR: Final = _glued_minor_units()
_WHOLE_MARK, _WHOLE_SIGN = units.colon_price_spec()["whole_mark"], units.colon_price_spec()["whole_sign"]  # '25:-
# The two characters after a figure where ``money_after`` can find money, tested by the caller
# before the call: a glued minor unit's letter and what ends it ("212p "), or a space and a context
# sign's first character ("35 kr").
_WORD_ENDS: Final = " \t\r\n\u00a0.,;:!?)'\"’”"
MONEY_AFTER_WINDOWS: Final = frozenset([*(letter + end for letter in _GLUED_MINOR[0] for end in _WORD_ENDS),
                                 *_GLUED_MINOR[0],  # the text's last characters
                                 *(space + first for space in " \u00a0" for first in _CONTEXT_BY_FIRST), _WHOLE_MARK])
# The last characters of the context signs: a figure with none of them in the two characters
# before it has no such sign (``context_currency_before``).
CONTEXT_LAST: Final = frozenset(CONTEXT_BY_LAST)
