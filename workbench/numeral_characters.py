"""Figures written in Chinese and Japanese numeral characters ('二十九．一五', '百分之五', '三成', '一千二百'), read
as the same figures in digits: a paragraph rewritten with each one that would be a quantity in digits, so that the
readers of figures in digits read it. The characters and the words that make a run a quantity are each language's
'numeral_characters' in ``workbench/data/languages.json``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from .numbers import alternation, data_json


@dataclass(frozen=True)
class Digitised:
    """A paragraph with its figures written in characters rewritten in digits: the rewritten text, each of its
    characters' (start, end) in the paragraph's text, and each rewritten figure's (start, end, digits)."""
    text: str
    starts: list[int]
    ends: list[int]
    figures: list[tuple[int, int, str]]


def _language_spec(code: str) -> dict[str, Any]:
    """A language's entry of languages.json ({} for one it does not list)."""
    return data_json("languages.json")["languages"].get(code, {})


@lru_cache(maxsize=None)
def _numeral_pattern(code: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int], dict[str, int]] | None:
    """A run of a language's numeral characters ('numeral_characters': '二十九．一五', '百分之五', '三成') and the
    words after one that make it a quantity (a unit, a scale, '%'); None for a language without them."""
    lang_spec = _language_spec(code)
    spec = lang_spec.get("numeral_characters")
    if not spec:
        return None
    digits, multipliers = dict(spec["digits"]), dict(spec["multipliers"])
    numerals = re.escape("".join(digits) + "".join(multipliers))
    digit = "[" + re.escape("".join(digits)) + "]"
    percent = alternation(spec.get("percent_before", []), flexible_space=False) or "(?!)"
    point = alternation(spec.get("decimal_points", []), flexible_space=False) or "(?!)"
    tenths = alternation(spec.get("tenths", []), flexible_space=False) or "(?!)"
    ordinal = "".join(re.escape(o) for o in lang_spec.get("ordinal_before_figure", []))
    run = re.compile(rf"(?:(?P<percent>{percent})|(?<![{numerals}{ordinal}\d.,．]))(?P<whole>[{numerals}]+)"
                     rf"(?:(?P<point>{point})(?P<fraction>{digit}+))?(?![{numerals}\d])(?P<tenths>{tenths})?")
    quantity = [*lang_spec.get("figure_units", {}), *lang_spec.get("figure_scales", {}),
                *spec.get("quantity_after", []), "%", "％"]
    after = re.compile(alternation(quantity, flexible_space=False))
    return run, after, digits, multipliers


def numeral_value(whole: str, digits: dict[str, int], multipliers: dict[str, int]) -> int | None:
    """The whole number a run of numeral characters writes ('二十九' 29, '一千二百' 1,200, '一百零五' 105, '十五' 15,
    '五' 5); None for one a reader cannot tell apart ('三四', three or four; '一千二', 1,200 said short) or a
    numeral in no figure's order ('十四五', a plan's name)."""
    if not any(ch in multipliers for ch in whole):
        return digits[whole] if len(whole) == 1 else None
    if whole[0] not in digits and multipliers[whole[0]] != min(multipliers.values()):
        return None  # '千万' (by all means), '百分': no figure starts with a hundred or a thousand alone
    total = 0
    current: int | None = None
    last: int | None = None
    after_zero = False
    for ch in whole:
        if ch in digits:
            if current is not None:
                return None
            if digits[ch] == 0:
                after_zero = True
                continue
            current = digits[ch]
        else:
            size = multipliers[ch]
            if last is not None and size >= last:
                return None
            total += (1 if current is None else current) * size
            current, last, after_zero = None, size, False
    if current is not None:
        if last is not None and last > min(multipliers.values()) and not after_zero:
            return None
        total += current
    return total


def numerals_as_digits(code: str, text: str, start: int, end: int) -> Digitised | None:
    """``text[start:end]`` with each figure written in characters where a figure in digits would be a quantity
    rewritten in digits ('超過四元' → '超過4元', '百分之三點二' → '3.2%', '三成' → '30%'); None when there is none."""
    compiled = _numeral_pattern(code)
    if compiled is None:
        return None
    run, after, digits, multipliers = compiled
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    figures: list[tuple[int, int, str]] = []
    at = start
    for m in run.finditer(text, start, end):
        whole = m.group("whole")
        value = numeral_value(whole, digits, multipliers)
        if value is None:
            continue
        percent, tenths = m.group("percent") is not None, m.group("tenths") is not None
        quantity = after.match(text, m.end(), end)
        if not (percent or tenths or quantity):
            continue
        if whole == next((c for c, v in digits.items() if v == 1), None) and m.group("fraction") is None \
                and not (percent or tenths) and (quantity is None or not _is_scale(code, quantity.group())):
            continue  # '一名记者', '一元化': 'one' there is an article or a word's part; '一万' is a figure
        figure = Decimal(value)
        if m.group("fraction") is not None:
            figure += Decimal("0." + "".join(str(digits[c]) for c in m.group("fraction")))
        if tenths:
            figure *= 10
        # grouped as English writes a figure, so that '两千人' (2,000 people) is never read as the year 2000
        written = f"{figure.normalize():,f}" + ("%" if percent or tenths else "")
        pieces.append(text[at:m.start()])
        starts.extend(range(at, m.start()))
        ends.extend(range(at + 1, m.start() + 1))
        pieces.append(written)
        starts.extend([m.start()] * len(written))
        ends.extend([m.end()] * len(written))
        figures.append((m.start(), m.end(), written))
        at = m.end()
    if not figures:
        return None
    pieces.append(text[at:end])
    starts.extend(range(at, end))
    ends.extend(range(at + 1, end + 1))
    return Digitised("".join(pieces), starts, ends, figures)


def _is_scale(code: str, word: str) -> bool:
    return word in _language_spec(code).get("figure_scales", {})
