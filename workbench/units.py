"""Units: surface words and symbols → canonical units, and what each unit measures.

The vocabulary lives in ``workbench/data/units.json`` (data, not code). Canonical units are
ISO 4217 codes for money, ``%`` for percent, ``pp`` percentage points, ``bp`` basis points,
``x`` multiples, SI-like symbols for physical units (``t``, ``km``, ``m3``, ``bbl``,
``bbl/d``), and ``""`` for plain counts (the counted noun goes to the claim's subject).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

MONEY = "money"
COUNT = "count"


@dataclass(frozen=True)
class UnitForm:
    """One way a unit is written, with the factor it applies to the number (bcm → 1e9 m3)."""

    surface: str
    unit: str
    scale: float = 1.0


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(resources.files("workbench").joinpath("data/units.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def unit_dimensions() -> dict[str, str]:
    """Canonical unit → what it measures (``money``, ``percent``, ``mass``…; ``count`` for '')."""
    data = _data()
    dims: dict[str, str] = {code: MONEY for code in data["currencies"]}
    for unit, spec in data["units"].items():
        dims[unit] = spec["dimension"]
    for name, spec in data["scaled_units"].items():
        if not name.startswith("_"):
            dims.setdefault(spec["unit"], "volume" if spec["unit"] == "m3" else "mass")
    dims[""] = COUNT
    return dims


UNIT_DIMENSION: dict[str, str] = unit_dimensions()


def dimension(unit: str) -> str:
    """What a canonical unit measures; an unknown code of three capitals counts as money."""
    if unit in UNIT_DIMENSION:
        return UNIT_DIMENSION[unit]
    return MONEY if re.fullmatch(r"[A-Z]{3}", unit) else "other"


def is_money(unit: str) -> bool:
    return dimension(unit) == MONEY


@lru_cache(maxsize=1)
def currency_prefixes() -> list[UnitForm]:
    """Symbols and codes written before a number ($5, US$ 5, USD 5, KZT 5), longest first."""
    forms = []
    for code, spec in _data()["currencies"].items():
        for surface in [*spec["symbols"], *spec["codes"]]:
            forms.append(UnitForm(surface, code))
    return sorted(forms, key=lambda f: -len(f.surface))


@lru_cache(maxsize=1)
def unit_suffixes() -> list[UnitForm]:
    """Words, codes and symbols written after a number (5 dollars, 5 USD, 5%, 5 tonnes), longest first."""
    data = _data()
    forms = []
    for code, spec in data["currencies"].items():
        for surface in [*spec["words"], *spec["codes"], *spec["symbols"]]:
            forms.append(UnitForm(surface, code))
    for unit, spec in data["units"].items():
        for surface in spec["words"]:
            forms.append(UnitForm(surface, unit))
    for name, spec in data["scaled_units"].items():
        if name.startswith("_"):
            continue
        for surface in spec["words"]:
            forms.append(UnitForm(surface, spec["unit"], float(spec["scale"])))
    return sorted(forms, key=lambda f: -len(f.surface))


def _is_word(surface: str) -> bool:
    return surface[:1].isalpha() and surface[-1:].isalpha() or surface[-1:] == "."


def surface_alternation(forms: list[UnitForm]) -> str:
    """A regex alternation of the forms, tried in their order; word forms get a word boundary after them.

    ``re`` tries an alternation's branches one by one, so 150 forms cost 150 attempts per number.
    The forms are therefore grouped by first character, each group behind a one-character
    look-ahead: a position is rejected after one test per group. Forms that can start with the
    same character stay in one group, in their order, so the first form that matches is the
    same one the flat alternation would pick.
    """
    groups: dict[str, list[str]] = {}
    for form in forms:
        escaped = re.escape(form.surface).replace(r"\ ", r"\s+")
        if any(c.islower() for c in form.surface):
            escaped = f"(?i:{escaped})"  # words in any case; codes and symbols as written
        groups.setdefault(_first_character_key(form.surface[0]), []).append(
            escaped + (r"(?!\w)" if _is_word(form.surface) else ""))
    return "|".join(f"(?=[{_first_characters(key)}])(?:{'|'.join(parts)})" if key else f"(?:{'|'.join(parts)})"
                    for key, parts in groups.items())


# Non-ASCII characters re matches case-insensitively with an ASCII letter (see patterns.py).
_CASE_EXTRAS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def _first_character_key(char: str) -> str:
    """One key for every character a form's first character can match in any case.

    Non-ASCII letters (none in the shipped data) share one group with no look-ahead, since their
    case variants are not worked out here.
    """
    if char in _CASE_EXTRAS:
        return _CASE_EXTRAS[char]
    if char.isascii():
        return char.lower()
    return "" if char.isalpha() else char


def _first_characters(key: str) -> str:
    """A character-set body of every character that can start a form of the group ``key``."""
    chars = {key, key.upper()} | {c for c, k in _CASE_EXTRAS.items() if k == key}
    return "".join(re.escape(c) for c in sorted(chars))


@lru_cache(maxsize=1)
def _suffix_lookup() -> dict[str, UnitForm]:
    lookup: dict[str, UnitForm] = {}
    for form in unit_suffixes():
        lookup.setdefault(_key(form.surface), form)
    return lookup


@lru_cache(maxsize=1)
def _prefix_lookup() -> dict[str, UnitForm]:
    return {_key(f.surface): f for f in currency_prefixes()}


def _key(surface: str) -> str:
    return " ".join(surface.split()).lower() if any(c.islower() for c in surface) else " ".join(surface.split())


def lookup_suffix(surface: str) -> UnitForm | None:
    """The unit a word written after a number stands for (``'US dollars'`` → USD)."""
    lookup = _suffix_lookup()
    return lookup.get(" ".join(surface.split())) or lookup.get(_key(surface))


def lookup_prefix(surface: str) -> UnitForm | None:
    """The currency a symbol or code written before a number stands for (``'$'`` → USD)."""
    return _prefix_lookup().get(" ".join(surface.split()))


def canonical_unit(surface: str) -> str | None:
    """Canonical unit of any surface form, before or after a number; None if unknown."""
    form = lookup_prefix(surface) or lookup_suffix(surface)
    return form.unit if form else None
