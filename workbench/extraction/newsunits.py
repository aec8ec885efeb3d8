"""Units whose reading depends on the words around the figure: bare "degrees", a distance per hour
("120 kilometres (75 miles) per hour"), rates per 100,000, feet and inches, pounds of weight, and
a price's unit carried to the cents of its change. The words are in ``workbench/data/units.json``
(``speed_of_distance``, ``bare_degrees``, ``rates_per``, ``pounds_of_weight``)."""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterator
from decimal import Decimal
from typing import Final, TYPE_CHECKING

from .. import units
from ..numbers import alternation, data_json, scale_of
from ..structure import PARAGRAPH_BREAK
from .vocabulary import Kinds, LEX

if TYPE_CHECKING:
    from .quantities import Quantity

_DATA: Final = data_json("units.json")
DEGREES: Final = "°"  # what a bare "degrees" reads as until its sentence says temperature or angle
_SPEED: Final = _DATA["speed_of_distance"]
SPEED_OF: dict[str, str] = dict(_SPEED["units"])
_PER_HOUR: Final = re.compile(
    rf"(?:[ \t]*\([^()\n]{{1,40}}\))?\)?\s+(?i:{alternation(_SPEED['per_hour'])})(?![\w-])")
_DEGREES: Final = _DATA["bare_degrees"]
_FAHRENHEIT_PLACES: Final = frozenset(_DEGREES["fahrenheit_places"])
_ANGLE_WORD: Final = re.compile(rf"(?<![\w-])(?:{alternation(_DEGREES['angle_words'])})(?![\w-])", re.I)
_RATES: Final = _DATA["rates_per"]
# "21 per 100,000", "213.5 new cases per 100,000 residents": up to six lower-case words between ("2.72 cases of heart attack or stroke per 1,000").
_DENOMINATOR_UNITS: dict[str, str] = {k.lower(): v for k, v in _RATES["denominator_units"].items()}
# "births/1,000 population", "people per square mile": a slash, or a per word and a power of ten or an area.
_RATE_PER: Final = re.compile(
    rf"(?P<words>(?:\s+(?:[a-z]|[A-Z]+-?\d)[\w'’-]*){{0,6}}?)(?:\s+(?i:{alternation(_RATES['per_words'])})\s+|(?<=[a-z)])/|(?<=\d)/(?=1(?:0{{3,}}|0{{0,2}}(?:,000)+)(?!\d|[,.]\d)))"
    rf"(?:(?P<den>1(?:0{{2,}}|0{{0,2}}(?:,000)+)|(?i:{alternation(list(_RATES['denominator_words']))}))"
    rf"|(?P<area>(?i:{alternation(list(_DENOMINATOR_UNITS))}))s?)(?!\w|,\d|\.\d)")
_INCHES_AFTER: Final = re.compile(r"\s+(?:(?i:and)\s+)?(?P<n>1[01]|\d)(?:\.\d+)?\s+(?i:inches|inch|in\.)(?![\w-])"
                           r"|-(?P<h>1[01]|\d)(?![\w.,])")
# the value a price is compared with or moved from: "up from 59 cents", "compared with the 73.40 euros"
_BASELINE_BEFORE: Final = re.compile(rf"(?<![\w-])(?i:{alternation(LEX['baseline_markers'])})(?:\s+(?i:the))?\s+\Z")
_TO_FROM_BEFORE: Final = re.compile(r"(?<![\w-])(?i:to|from)\s+(?i:an?\s+average\s+of\s+)?\Z")  # "… to an average of $9.20"
_LEVEL_REACH: Final = 1000  # a price a change per unit moved to is at most this many times the change ("$2.01 … to $80.77")
_POUNDS: Final = _DATA["pounds_of_weight"]
_POUND_WORDS: Final = frozenset(_POUNDS["words"])
_WEIGHT_CUE: Final = re.compile(rf"(?<![\w-])(?:{alternation(_POUNDS['cues'])})(?![\w-])", re.I)
_OF_NOUN: Final = re.compile(r"[ \t]+of[ \t]+(?:(?:the|a|an)[ \t]+)?([A-Za-z]+)")
_MONEY_AFTER_OF: Final = frozenset(w.lower() for w in [*LEX["money_nouns"], *LEX["measure_nouns"], *_POUNDS["money_after_of"]])
_OF_MONEY_FROM: Final = Decimal(_POUNDS["of_money_from"])


_GLUED: Final = _DATA["glued_temperature"]
GLUED_TEMPERATURE_LETTERS: Final = frozenset(_GLUED["letters"])
_GLUED_RANGE: Final = {unit: (Decimal(low), Decimal(high)) for unit, (low, high) in _GLUED["range"].items()}
_GLUED_NAME_BEFORE: Final = re.compile(rf"(?<![\w-])(?i:{alternation(_GLUED['names_before'])})\.?[ \t]+[-−]?\Z")


def glued_temperature(prose: str, pos: int, value: Decimal) -> tuple[str, int] | None:
    """ "-13C", "hit 34C", "8.6F": a capital C or F glued to the figure and ending the word is a
    temperature in that scale, within a plausible range (``glued_temperature`` in units.json).
    A seat, a room or a class ("seat 12F", "Year 9C": ``names_before``) is a name; the caller rules
    out a capitalised name before the figure ("Block 4C")."""
    unit = _GLUED["letters"].get(prose[pos:pos + 1])
    if unit is None or (pos + 1 < len(prose) and (prose[pos + 1].isalnum() or prose[pos + 1] in "_'’")):
        return None
    start = pos - 1
    while start > 0 and (prose[start - 1].isdigit() or prose[start - 1] in ".,"):
        start -= 1
    if _GLUED_NAME_BEFORE.search(prose, max(0, start - 20), start):
        return None  # "seat 12F", "room 4C": a place's name
    low, high = _GLUED_RANGE[unit]
    return (unit, pos + 1) if low <= value <= high else None


def speed_after(unit: str, prose: str, pos: int) -> str:
    """ "120 kilometres (75 miles) per hour": a distance's speed unit when "per hour" follows it,
    after at most a parenthesised conversion, or ends that conversion; else the unit unchanged."""
    speed = SPEED_OF.get(unit)
    if speed is None or not _PER_HOUR.match(prose, pos):
        return unit
    return speed


def degrees_unit(sentence: str, entities: list[str]) -> str:
    """A bare "degrees": an angle ("°") beside an angle word, else a temperature in the scale of
    the claim's places (Fahrenheit where they use it, Celsius elsewhere)."""
    if _ANGLE_WORD.search(sentence):
        return DEGREES
    return "°F" if any(e in _FAHRENHEIT_PLACES for e in entities) else "°C"


# "7.1‰": a rate per 1,000, as "7.1 per thousand" is
_PER_MILLE: Final = re.compile(rf"[ \t]?(?:{alternation(_RATES['per_mille_signs'])})")


def per_mille_at(prose: str, pos: int) -> bool:
    """Whether a per-mille sign ('‰') stands at ``pos``, perhaps after a space."""
    return _PER_MILLE.match(prose, pos) is not None


def rate_per(prose: str, pos: int) -> tuple[str, int, str | None] | None:
    """ "21 per 100,000": the unit "/100000", where the rate ends, and the words between (what is
    counted), or None. The denominator is part of the rate, never a figure of its own. "7.1‰" is "/1000"."""
    mille = _PER_MILLE.match(prose, pos)
    if mille is not None:
        return "/1000", mille.end(), None
    found = _RATE_PER.match(prose, pos)
    if found is None:
        return None
    counted = " ".join(found.group("words").split()) or None
    area = found.group("area")
    if area:
        return f"/{_DENOMINATOR_UNITS[' '.join(area.lower().split())]}", found.end(), counted
    den = found.group("den")
    words = _RATES["denominator_words"]
    value = int(words[den.lower()]) if den.lower() in words else int(den.replace(",", ""))
    return f"/{value}", found.end(), counted


def inches_after(value: Decimal, prose: str, pos: int) -> tuple[Decimal, int]:
    """ "6 feet 2 inches", "5 ft 10 in.", "6-foot-2": the inches after feet, as feet."""
    found = _INCHES_AFTER.match(prose, pos)
    if found is None:
        return value, pos
    inches = Decimal(found.group("n") or found.group("h"))
    return value + (inches if value >= 0 else -inches) / 12, found.end()


def pounds_of_weight(prose: str, number_end: int, unit_end: int, clause_start: int, value: Decimal) -> bool:
    """ "about 160 pounds" beside "weighs", "tall", and "10 pounds of cocaine": a weight, not sterling. Only
    the bare word: "£160" and "160 pounds sterling" stay money, and so do "500 pounds of taxpayers' money"
    and "two million pounds of new borrowing"."""
    if prose[number_end:unit_end].strip().lower() not in _POUND_WORDS:
        return False
    window = prose[max(clause_start, number_end - 80):min(len(prose), unit_end + 40)]
    if _WEIGHT_CUE.search(window) is not None:
        return True
    weighed = _OF_NOUN.match(prose, unit_end)
    return weighed is not None and abs(value) < _OF_MONEY_FROM and weighed.group(1).lower() not in _MONEY_AFTER_OF


# "the average price per square metre …", "El precio medio del m2" (glossed "the price average of the m2"), "the
# average price for a gallon of gasoline is $3.83"
@lru_cache(maxsize=1)
def _price_per() -> re.Pattern[str]:
    # built on first use, not at import: mypyc cannot type the cached unit table at this module's import (has-type)
    return re.compile(rf"(?<![\w-])(?i:prices?)(?:\s+[a-z]+)?\s+(?:(?i:per|a|an)|(?i:of|for)\s+(?i:the|a|an|one))\s+"
                      rf"(?P<per>{units.surface_alternation(units.per_unit_forms())})")


_PRICE_PER_REACH: Final = 160  # characters back from the figure, within its sentence
# A new clause between the price and the figure ("prices per barrel fell while the company posted …")
_PRICE_CLAUSE_BREAK: Final = re.compile(rf";|\b(?i:{alternation(LEX['price_clause_breaks'])})\b")
_LETTERS: Final = re.compile(r"[^\W\d_]+")


def price_per_before(prose: str, q: Quantity, sentence_start: int, earlier: list[Quantity]) -> None:
    """ "The average price per square metre … stood at 1,637.4 euros": money said alone after its sentence
    names the price per a unit is that price (its unit per that unit, a ratio). Not past another figure of
    the sentence or a new clause ("the price per tonne rose 5 % and exports reached …"), nor a sum with a
    scale word ("a profit of $4.2 billion"): no price per unit is said in thousands or billions."""
    if "/" in q.unit or not units.is_money(q.unit) or q.kind is not Kinds.level or q.value_high is not None:
        return
    low = max(sentence_start, q.start - _PRICE_PER_REACH)
    if prose.find("rice", low, q.start) < 0 and prose.find("RICE", low, q.start) < 0:
        return  # the common case: no price named before the figure
    found = None
    for found in _price_per().finditer(prose, low, q.start):
        pass
    if found is None or any(found.end() <= other.start for other in earlier) \
            or _PRICE_CLAUSE_BREAK.search(prose, found.end(), q.start) is not None \
            or any(scale_of(word) is not None for word in _LETTERS.findall(prose, q.start, q.end)):
        return
    q.unit, q.kind = f"{q.unit}/{units.per_unit(found.group('per'))}", Kinds.ratio


# "earnings per share of 70 cents", "EPS came in at 67 cents", "Ergebnis je Aktie von 0,33 Euro auf 0,13 Euro" (glossed):
# a per-share measure, then up to six words of link (no figure, no sentence end), then the money
_PER_SHARE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{alternation(LEX['per_share_before'])})(?![\w-])(?:\s*[^\W\d][\w'’-]*){{0,6}}?\s*\Z", re.I)
_PER_SHARE_LINK_REACH = 70  # characters back from the figure


def per_share_before(prose: str, q: Quantity, sentence_start: int, earlier: list[Quantity]) -> None:
    """ "Earnings per share of 67 cents", "EPS fell from 0.33 euros to 0.13 euros": money said after a
    per-share measure is a price per share (a ratio, its unit the money's), as "67 cents a share" is; the
    figure right after such money in a from-to pair is too. Not a sum with a scale word ("EPS … on $2 billion")."""
    if "/" in q.unit or not units.is_money(q.unit) or q.kind is not Kinds.level or q.value_high is not None:
        return
    if any(scale_of(word) is not None for word in _LETTERS.findall(prose, q.start, q.end)):
        return
    low = max(sentence_start, q.left_end - _PER_SHARE_LINK_REACH)
    if _PER_SHARE_BEFORE.search(prose, low, q.left_end) is not None:
        q.kind = Kinds.ratio
        return
    previous = earlier[-1] if earlier else None
    if previous is not None and previous.kind is Kinds.ratio and previous.unit == q.unit \
            and _TO_AFTER_PAIR.fullmatch(prose, previous.end, q.left_end):
        q.kind = Kinds.ratio  # "from 0.33 euros to 0.13 euros": the new value of the same measure


_TO_AFTER_PAIR = re.compile(r"\s+(?i:to)\s+")

# a later sentence speaks of the price again ('the price was', 'the state average is', 'more expensive')
_PRICE_SAID_AGAIN: Final = re.compile(rf"(?<![\w-])(?i:{alternation(LEX['price_said_again'])})(?![\w-])")
_SENTENCE_END_AFTER: Final = re.compile(r"[.!?](?:\s|\Z)")
_PRICE_AGAIN_REACH: Final = 600  # characters back to the price per unit, within the paragraph
_PRICE_LEVEL_SPREAD: Final = 2  # a price said again is within this factor of the one per unit ('$3.83' … '$4.44')


def price_said_again(prose: str, found: list[tuple[Quantity, int]]) -> None:
    """ "The average price for a gallon of gasoline is $3.83. One year ago, the price was $4.07. The state average
    is $3.90, up 8 cents": plain money in a later sentence of the paragraph than a price per unit, in its currency,
    whose sentence speaks of the price again (lexicon ``price_said_again``), is that price per the same unit — a
    level within a factor of two of it (a ratio), or a move no larger than it (a change). The writer named the
    unit once. Other money ("the company earned $2 billion", "a $50 fee") is not of the price's size or not
    spoken of as the price. ``found`` holds each figure of the text, in order, with the start of its sentence."""
    price: Quantity | None = None
    price_sentence = -1
    for q, sentence_start in found:
        if "/" in q.unit and units.dimension(q.unit) == "price":
            if q.kind is not Kinds.change and q.value_high is None and q.value > 0:
                price, price_sentence = q, sentence_start  # a price; its move ('7 cents higher') is none
            continue
        if price is None or sentence_start == price_sentence or not q.unit or "/" in q.unit \
                or not units.is_money(q.unit) or q.unit != price.unit.split("/", 1)[0] or q.value_high is not None:
            continue
        if q.start - price.end > _PRICE_AGAIN_REACH or PARAGRAPH_BREAK.search(prose, price.end, q.start):
            price = None
            continue
        if any(scale_of(word) is not None for word in _LETTERS.findall(prose, q.start, q.end)):
            continue
        size, of_price = abs(q.value), abs(price.value)
        if q.kind is Kinds.change:
            if size > of_price:
                continue
        elif q.kind is not Kinds.level or not of_price / _PRICE_LEVEL_SPREAD <= size <= of_price * _PRICE_LEVEL_SPREAD:
            continue
        end = _SENTENCE_END_AFTER.search(prose, q.end)
        if _PRICE_SAID_AGAIN.search(prose, sentence_start, end.start() if end else len(prose)) is None:
            continue
        q.unit = price.unit
        if q.kind is Kinds.level:
            q.kind = Kinds.ratio


def carry_price_unit(prose: str, q: Quantity, earlier: list[Quantity]) -> None:
    """A price per unit ("$99.96 a barrel") and, in the same sentence, a change in the same
    currency and of its size ("rose 36 cents") or the value it moved from or is compared with ("up from
    59 cents", "compared with the 73.40 euros of yesterday"), or
    a change per unit and the price it moved to or from ("lost $2.01 per barrel, or 2.43%, to
    $80.77"): that figure is in the price's unit too. Other money beside a price ("a $5 fee") keeps its own.

    Run as each quantity joins its sentence, in both directions: the price may come first or last.
    """
    if "/" in q.unit and units.dimension(q.unit) == "price":
        for other in _near(earlier, q.start):
            _take_price_unit(prose, other, q)
    elif q.unit and "/" not in q.unit and units.is_money(q.unit):
        for other in _near(earlier, q.start):
            if "/" in other.unit and _take_price_unit(prose, q, other):
                return


_CARRY_REACH: Final = 400  # characters: a run-on line of prices stays linear, as a sentence's own figures are near


def _near(earlier: list[Quantity], start: int) -> Iterator[Quantity]:
    """The earlier figures of the sentence within ``_CARRY_REACH`` characters, nearest first."""
    for other in reversed(earlier):
        if other.end < start - _CARRY_REACH:
            return
        yield other


def _take_price_unit(prose: str, figure: Quantity, price: Quantity) -> bool:
    currency = price.unit.split("/", 1)[0]
    if figure.unit != currency or figure.value_high is not None or price.value == 0:
        return False
    if price.kind == Kinds.change and figure.kind != Kinds.change and abs(figure.value) <= abs(price.value) * _LEVEL_REACH \
            and _TO_FROM_BEFORE.search(prose, max(0, figure.left_end - 24), figure.left_end):
        figure.unit, figure.kind = price.unit, Kinds.ratio  # "lost $2.01 per barrel … to $80.77"
        return True
    if abs(figure.value) > abs(price.value) * 10:
        return False
    if figure.kind != Kinds.change and not _BASELINE_BEFORE.search(prose, max(0, figure.left_end - 24), figure.left_end):
        return False
    figure.unit = price.unit
    if figure.kind != Kinds.change:
        figure.kind = Kinds.ratio
    return True
