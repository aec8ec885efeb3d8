"""Which canonical units measure the same quantity, and the factor between them.

Matching compares a claim with reference rows only within one family: tonnes with kilograms,
megawatts with gigawatts, a plain count with counted nouns; each currency is its own family.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import substances
from .numbers import data_json

COUNT_FAMILY = "count"

# Units that are the same quantity at another scale: unit → (canonical unit, factor to it).
_SCALED: dict[str, tuple[str, float]] = {"kg": ("t", 1e-3), "GW": ("MW", 1e3), "m": ("km", 1e-3),
                                         "mt": ("t", 1e6), "bcm": ("m3", 1e9)}
_UNITS = data_json("units.json")
_SCALED.update({unit: (pair[0], float(pair[1])) for unit, pair in _UNITS["unit_factors"].items()
                if not unit.startswith("_")})  # mm, ft, lb, mph…: the factors are checked with pint in tests
_MONEY = re.compile(r"^[A-Z]{3}$")
# Every unit of the vocabulary is its own family, except those a bare figure is read against
# (``count_family_units``: 'the annual average was 400.8' after a ppm sentence).
_KNOWN_NON_COUNT = frozenset(u for u in _UNITS["units"] if not u.startswith("_")) \
    - frozenset(_UNITS["count_family_units"])


@lru_cache(maxsize=4096)
def unit_family(unit: str) -> tuple[str, float]:
    """(family, factor): values in ``unit`` times ``factor`` are in the family's base unit.

    Plain counts ('') and counted nouns ('persons', 'companies') share the family ``count``;
    each currency is its own family, so money is never mixed across currencies.
    """
    unit = substances.split(unit.strip())[0]  # 't C' is a mass like 't'; the substance is convert_factor's
    if unit in _SCALED:
        base, factor = _SCALED[unit]
        return base, factor
    if unit == "" or (unit not in _KNOWN_NON_COUNT and not _MONEY.match(unit) and unit.isalpha()
                      and unit.islower()):
        return COUNT_FAMILY, 1.0
    return unit, 1.0


@lru_cache(maxsize=16384)
def convert_factor(ref_unit: str, claim_unit: str) -> float | None:
    """Factor turning a reference value into the claim's unit, or None when they cannot compare."""
    ref_family, ref_factor = unit_family(ref_unit)
    claim_family, claim_factor = unit_family(claim_unit)
    if ref_family != claim_family:
        return None
    mass = substances.factor(substances.split(ref_unit.strip())[1], substances.split(claim_unit.strip())[1])
    if mass is None:
        return None
    return ref_factor / claim_factor * mass


@lru_cache(maxsize=1)
def _vocabulary_units() -> frozenset[str]:
    return frozenset(u for u in data_json("units.json").get("units", {}) if not u.startswith("_"))


def counts_things(unit: str) -> bool:
    """A plain count or a counted noun ('persons'), not a unit of measure the vocabulary knows ('ppm',
    'ha'), though such a unit shares the count family so a bare figure can be read against its series."""
    return unit_family(unit)[0] == COUNT_FAMILY and substances.split(unit.strip())[0] not in _vocabulary_units()
