"""Figures relative to something: fractions ("two thirds of"), ratios ("one in five"), "1/3 of",
"half of" (all shares, in percent) and multiples ("threefold", "doubled")."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from .. import units
from ..models import Direction
from ..numbers import DENOMINATORS, alternation, parse_fraction, parse_number, scale_of, trim_number_words
from ..patterns import Behind, reversed_words
from .kinds import Classifier
from .quantities import TIME_AFTER, Quantity
from .vocabulary import Kinds, LEX, NOUN_AFTER, Qualifiers, SCALES, of_after

BRANCHES: Final = frozenset(["frac", "ratio", "fold", "mverb", "half", "slash", "glyph"])  # the core branches read here
_BINARY: Final = frozenset({2, 4, 8, 16, 32, 64})
_TIME_OR_DATE_AFTER: Final = re.compile(r"/\d|\s*(?i:am|pm|a\.m\.|p\.m\.)\b")
# "half a percentage point", "half-percentage-point", "half of one percent": half of one unit
_HALF_A_UNIT: Final = re.compile(rf"(?:\s+(?:(?i:of)\s+)?(?i:an?|one)\s+|-|\s+)(?P<u>(?i:{alternation(LEX['half_a_units'])}))(?![\w-])")
# "a half percent", "a quarter-point cut", "three quarters of a percentage point": a fraction of one percent or point
# (a rate's size or its step), never a share of a whole; "a third-degree burn" names no degrees
_RATE_UNITS: Final = [unit for unit in LEX["half_a_units"] if "percent" in unit or "per cent" in unit or "point" in unit]
# ('of' takes its article, as lexicon fraction_of_a_point's words do: a gloss's bare 'of percentage point' is left unread)
_FRACTION_OF_A_UNIT: Final = re.compile(rf"(?:\s+(?:(?:(?i:of)\s+)?(?i:an?|one)\s+)?|-)(?P<u>(?i:{alternation(_RATE_UNITS)}))(?![\w-])")
_ORDINAL_AFTER: Final = frozenset(LEX["ordinal_after_fraction"]["words"])  # "rose a third time"
# "seven tenths of a percentage point": a step in a rate, in points
_OF_A_POINT: Final = re.compile(rf"\s+(?i:{alternation(LEX['fraction_of_a_point']['words'])})(?![\w-])")
_ORDINAL_BEFORE: Final = Behind(rf"\s+(?:{reversed_words(LEX['ordinals_before_fractions'])})(?![\w])", re.I)  # "first half"


class RatioReader:
    """Reads the fraction, ratio and multiple cores the scan finds in one draft's prose."""

    def __init__(self, prose: str, reversed_prose: str, kinds: Classifier) -> None:
        self.prose = prose
        self.reversed = reversed_prose
        self.kinds = kinds

    def read(self, m: re.Match[str]) -> Quantity | None:
        """The quantity of a core match whose branch is one of ``BRANCHES``."""
        kind = m.lastgroup
        if kind == "frac":
            return self._read_fraction(m)
        if kind == "ratio":
            return self._read_ratio(m)
        if kind == "slash":
            return self._read_slash_fraction(m)
        if kind == "half":
            return self._read_half(m)
        if kind == "glyph":
            return self._share(m.start(), m.end(), Decimal(str(SCALES["fraction_glyphs"][m.group()])))
        return self._read_multiple(m)

    def _read_fraction(self, m: re.Match[str]) -> Quantity | None:
        numerator, denominator = m.group("fnum"), m.group("fden")
        unit = _FRACTION_OF_A_UNIT.match(self.prose, m.end())
        if unit is not None and not _ORDINAL_BEFORE.found(self.reversed, m.start(), 12):
            try:
                return self._fraction_of_a_unit(m.start(), unit, parse_fraction(numerator, denominator))
            except ValueError:
                return None
        singular = DENOMINATORS.get(denominator.lower()) and not denominator.lower().endswith("s")
        of_follows = bool(of_after(self.prose, m.end())) or self._change_value(m.start(), m.end())
        if numerator.lower() in ("a", "an") and not of_follows:
            return None  # "a third meeting" is an ordinal; "grew by a third" a change
        if singular and numerator.lower() not in ("a", "an", "one") and not of_follows:
            return None
        if _ORDINAL_BEFORE.found(self.reversed, m.start(), 12):
            return None
        if TIME_AFTER.match(self.prose, m.end()):
            return None
        try:
            ratio = parse_fraction(numerator, denominator)
        except ValueError:
            return None
        point = _OF_A_POINT.match(self.prose, m.end())
        if point is not None:
            return self._points(m.start(), point.end(), ratio)
        if ratio > 1:
            return self._quotient(m.start(), m.end(), ratio)
        return self._share(m.start(), m.end(), ratio)

    def _read_ratio(self, m: re.Match[str]) -> Quantity | None:
        denominator = m.group("rbot")
        if not denominator[0].isdigit():
            denominator = trim_number_words(denominator)  # "one in five, two in ten": the first ratio ends at "five"
        end = m.start("rbot") + len(denominator)
        if TIME_AFTER.match(self.prose, end):
            return None
        try:
            top, _ = parse_number(m.group("rtop"))
            bottom = _whole_number(denominator)
        except ValueError:
            return None
        if bottom == 0 or top > bottom:
            return None
        return self._share(m.start(), end, top / bottom)

    def _read_slash_fraction(self, m: re.Match[str]) -> Quantity | None:
        """ "1/3 of voters" is a share; "24/7" and "9/11" are not quantities at all."""
        top, bottom = int(m.group("snum")), int(m.group("sden"))
        if not 0 < top < bottom:
            return None
        if not of_after(self.prose, m.end()):
            return self._binary_change(m.start(), m.end(), top, bottom)
        return self._share(m.start(), m.end(), Decimal(top) / Decimal(bottom))

    def _binary_change(self, start: int, end: int, top: int, bottom: int) -> Quantity | None:
        """ "rose 7/8", "down 3/4": newswire's price change in eighths, after a change word only."""
        if bottom not in _BINARY or _TIME_OR_DATE_AFTER.match(self.prose, end):
            return None
        direction = self.kinds.change_before(start)
        if direction is None:
            return None
        q = Quantity(start=start, end=end, value=Decimal(top) / Decimal(bottom), kind=Kinds.change,
                     direction=direction, decimals=len(str(Decimal(top) / Decimal(bottom)).split(".")[-1]))
        q.left_end = start
        return q

    def _read_half(self, m: re.Match[str]) -> Quantity | None:
        if _ORDINAL_BEFORE.found(self.reversed, m.start(), 12):
            return None
        unit = _HALF_A_UNIT.match(self.prose, m.end())
        if unit is not None:
            return self._fraction_of_a_unit(m.start(), unit, Decimal("0.5"))
        if not of_after(self.prose, m.end()) and not self.prose.startswith(" the", m.end()) \
                and self.kinds.qualifier_before(m.start())[0] is Qualifiers.exact \
                and not self._change_value(m.start(), m.end()):
            return None  # "half" alone is a share only after "more than", or the size of a change ("fell by half")
        return self._share(m.start(), m.end(), Decimal("0.5"))

    def _fraction_of_a_unit(self, start: int, found: re.Match[str], ratio: Decimal) -> Quantity | None:
        """ "half a percentage point" is 0.5 pp, "a half percent" 0.5 %, "a quarter point" 0.25 points; "half a
        degree" 0.5 degrees."""
        word = " ".join(found.group("u").replace("-", " ").split())
        form = units.lookup_suffix(word) or units.lookup_suffix(word + "s")
        if form is None or not 0 < ratio < 1:
            return None
        qualifier, qual_start = self.kinds.qualifier_before(start)
        decimals = max(1, -round(ratio, 4).normalize().as_tuple().exponent)  # type: ignore[operator]
        q = Quantity(start=start, end=found.end(), value=ratio * Decimal(str(form.scale)), unit=form.unit,
                     qualifier=qualifier, decimals=decimals)
        q.left_end = qual_start
        self.kinds.classify(q, qual_start)
        return q

    def _change_value(self, start: int, end: int) -> bool:
        """A fraction that is the size of a change: a change word right before it ("grew by a
        third", "fell by half"), and no noun after it ("rose a third time" counts times)."""
        if self.kinds.change_before(start) is None:
            return False
        noun = NOUN_AFTER.match(self.prose, end)
        return noun is None or noun.group(1).split()[0].lower() not in _ORDINAL_AFTER

    def _share(self, start: int, end: int, ratio: Decimal) -> Quantity:
        percent = ratio * 100
        # two places, and two significant digits of a share under 0.1 % ("one in a million" is 0.0001 %, never 0)
        places = max(2, 1 - percent.adjusted()) if percent else 2
        rounded = round(percent, places)
        decimals = max(0, -rounded.normalize().as_tuple().exponent)  # type: ignore[operator]
        qualifier, qual_start = self.kinds.qualifier_before(start)
        q = Quantity(start=start, end=end, value=percent, unit="%", qualifier=qualifier, kind=Kinds.share,
                     decimals=decimals, places=places)
        q.left_end = qual_start
        direction = self.kinds.change_before(qual_start)
        if direction is not None:
            q.kind, q.direction = Kinds.change, direction
        return q

    def _points(self, start: int, end: int, ratio: Decimal) -> Quantity:
        """ "seven tenths of a percentage point": the fraction is the size of a step in a rate, 0.7 points."""
        decimals = max(0, -round(ratio, 4).normalize().as_tuple().exponent)  # type: ignore[operator]
        qualifier, qual_start = self.kinds.qualifier_before(start)
        q = Quantity(start=start, end=end, value=ratio, unit="pp", qualifier=qualifier, decimals=decimals)
        q.left_end = qual_start
        self.kinds.classify(q, qual_start)
        return q

    def _quotient(self, start: int, end: int, ratio: Decimal) -> Quantity:
        """ "three halves" is more than a whole, so no share of one: the number it spells (1.5)."""
        decimals = max(0, -round(ratio, 4).normalize().as_tuple().exponent)  # type: ignore[operator]
        qualifier, qual_start = self.kinds.qualifier_before(start)
        q = Quantity(start=start, end=end, value=ratio, qualifier=qualifier, decimals=decimals)
        q.left_end = qual_start
        self.kinds.classify(q, qual_start)
        return q

    def _read_multiple(self, m: re.Match[str]) -> Quantity | None:
        surface = m.group().lower()
        if m.lastgroup == "mverb":
            factor, direction = LEX["multiple_verbs"][surface]
            q = Quantity(start=m.start(), end=m.end(), value=Decimal(str(factor)), unit="x", kind=Kinds.change,
                         direction=Direction(direction), is_verb=True)
            q.left_end = m.start()
            return q
        if m.group("foldnum"):
            value, decimals = parse_number(m.group("foldnum"))
        else:
            value, decimals = Decimal(str(LEX["fold_words"][surface])), 0
        qualifier, qual_start = self.kinds.qualifier_before(m.start())
        q = Quantity(start=m.start(), end=m.end(), value=value, unit="x", qualifier=qualifier, kind=Kinds.ratio,
                     decimals=decimals)
        q.left_end = qual_start
        direction = self.kinds.change_before(qual_start) or self.kinds.change_noun_after(m.end())
        if direction is not None:
            q.kind, q.direction = Kinds.change, direction
        return q


def _whole_number(surface: str) -> Decimal:
    """A ratio's denominator: a numeral, a numeral and its scale word ("5 million"), or number words."""
    if not surface[0].isdigit():
        return parse_number(surface)[0]
    numeral, _, scale = surface.replace("\u00a0", " ").partition(" ")
    value, _ = parse_number(numeral)
    if not scale:
        return value
    multiplier = scale_of(scale.lower())
    if multiplier is None:
        raise ValueError(f"not a scale: {scale!r}")
    return value * multiplier
