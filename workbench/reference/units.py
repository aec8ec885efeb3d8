"""Units as the loader reads them: a cell, a ``workbench.unit`` or the publisher's metadata →
a canonical unit the matcher uses, with the factor that scales the values.

Canonical units are the extraction's (``workbench/data/units.json``: ISO 4217 codes, ``%``,
``pp``, ``t``, ``km2``, ``m3``, ``bbl``…); every ISO 4217 currency comes from pycountry, and other
physical units (ppm, °C, TWh…) from pint, in pint's short form. Metadata such as
"(current US$)", "annual %" or "(million metric tons of C)" is read from titles and descriptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import substances as substance_tags
from .. import units as claim_units
from ..units import names_local_currency
from .vocabulary import vocabulary


@dataclass(frozen=True)
class UnitReading:
    unit: str
    scale: float = 1.0


@lru_cache(maxsize=1)
def iso_currencies() -> frozenset[str]:
    """Every ISO 4217 code (pycountry's full list, not a hand list)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover — a dependency; the extraction's list is the fallback
        return frozenset(c for c, d in claim_units.UNIT_DIMENSION.items() if d == claim_units.MONEY)
    return frozenset(c.alpha_3 for c in pycountry.currencies)


@lru_cache(maxsize=1)
def _registry():  # type: ignore[no-untyped-def]
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=4096)
def read_unit(text: str) -> UnitReading | None:
    """The canonical unit ``text`` names, with its scale; None when it names none we know.

    "USD", "US$", "%", "t", "ppm", "°C", "TWh", "NGN" (any ISO 4217 code), "thousand USD"
    (USD, 1000); a mass keeps the substance it counts ("metric tons of C" → "t C"). A value the
    matcher cannot use is never returned."""
    text = " ".join(text.split())
    base, tag = substance_tags.split(text)
    if tag is not None and base in claim_units.UNIT_DIMENSION:
        return UnitReading(text)  # already canonical: 't C'
    tag, bare = _substance_of(text)
    reading = _read_unit(text) or (_read_unit(bare) if tag else None)
    if reading is None or reading.unit != "t" or tag is None:
        return reading
    return UnitReading(f"t {tag}", reading.scale)


def _read_unit(text: str) -> UnitReading | None:
    if text == "":
        return UnitReading("")
    if text in claim_units.UNIT_DIMENSION or text in iso_currencies():
        return UnitReading(text)
    money, slash, per = text.partition("/")
    if slash and money in iso_currencies() and per in {form.unit for form in claim_units.per_unit_forms()}:
        return UnitReading(text)  # a price per unit, as the extraction writes one: 'USD/oz'
    scale, rest = _leading_scale(text)
    if rest != text:
        inner = _read_unit(rest) if rest else UnitReading("")
        return UnitReading(inner.unit, inner.scale * scale) if inner else None
    phrase = vocabulary()["unit_phrases"].get(text.lower())
    if phrase is not None:
        return UnitReading(phrase) if phrase != "LCU" else None
    override = vocabulary()["unit_overrides"].get(text)
    if isinstance(override, list):
        return UnitReading(str(override[0]), float(override[1]))
    form = claim_units.lookup_suffix(text) or claim_units.lookup_prefix(text)
    if form is not None:
        return UnitReading(form.unit, form.scale)
    return _physical(text)


def _leading_scale(text: str) -> tuple[float, str]:
    words = vocabulary()["scale_words"]
    first, _, rest = text.partition(" ")
    factor = words.get(first.lower())
    return (float(factor), rest.strip()) if factor else (1.0, text)


_SHORT = {"metric_ton": "t", "tonne": "t", "kilometer ** 2": "km2", "meter ** 3": "m3", "barrel": "bbl"}


def _physical(text: str) -> UnitReading | None:
    """pint for physical units; a trailing substance ("t CO2", "tons of carbon") is the metric's, not the unit's."""
    substances = sorted(vocabulary()["unit_substances"], key=len, reverse=True)
    candidates = [text]
    lowered = text.lower()
    for sub in substances:
        if lowered.endswith(" " + sub):
            candidates.append(text[: -len(sub) - 1].strip())
    for candidate in candidates:
        reading = _pint_unit(candidate)
        if reading is not None:
            return reading
    return None


def _substance_of(text: str) -> tuple[str | None, str]:
    """The substance tag a unit's trailing words give a mass, and the unit without them
    ('metric tons of C' → 'C', 'metric tons')."""
    lowered = text.lower()
    for sub in sorted(vocabulary()["unit_substances"], key=len, reverse=True):
        if lowered.endswith(" " + sub):
            return substance_tags.tag_of_words(text[-len(sub):]), text[: -len(sub) - 1].strip()
    return None, text


def _pint_unit(text: str) -> UnitReading | None:
    if not re.fullmatch(r"[\w°²³µ/*^. -]+", text) or re.fullmatch(r"[A-Z]{3}", text):
        return None  # pint would read '$/x' as syntax, and three capitals are currency codes
    try:
        units = _registry().parse_units(text.replace("²", "**2").replace("³", "**3"))
    except Exception:  # noqa: BLE001 — pint raises its own errors, and ValueError, KeyError…
        return None
    if units.dimensionless and str(units) == "dimensionless":
        return None
    name = str(units)
    if name in _SHORT:
        return UnitReading(_SHORT[name])
    for canonical in ("t", "km", "km2", "m3", "bbl", "MW", "GW"):
        try:
            factor = _registry().Quantity(1, units).to(_registry().parse_units(_PINT_NAME.get(canonical, canonical)))
        except Exception:  # noqa: BLE001 — not convertible: try the next one
            continue
        return UnitReading(canonical, float(factor.magnitude))
    short = format(units, "~P")
    return UnitReading(short) if short and not re.search(r"\s", short) else None


_PINT_NAME = {"km2": "km**2", "m3": "m**3", "t": "metric_ton"}


_PAREN = re.compile(r"\(([^()]{1,60})\)")


def unit_from_metadata(*texts: str | None) -> UnitReading | None:
    """The unit stated in a field's or resource's title or description: "(current US$)",
    "annual %", "(ppm)", "(million metric tons of C)"; the first text that states one wins."""
    phrases = sorted(vocabulary()["unit_phrases"], key=len, reverse=True)
    for text in texts:
        if not text:
            continue
        if names_local_currency(text):
            return None  # 'LCU per US$': the currency is each country's own, whatever else the text names
        price = price_per_unit(text)
        if price is not None:
            return price
        for inner in _PAREN.findall(text):
            reading = _reading_of_phrase(inner)
            if reading is not None:
                return reading
        lowered = text.lower()
        for phrase in phrases:
            if phrase != "%" and re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", lowered):
                unit = vocabulary()["unit_phrases"][phrase]
                return UnitReading(unit) if unit != "LCU" else None
    return None


def _reading_of_phrase(inner: str) -> UnitReading | None:
    """A parenthesised phrase: "current US$", "ppm", "million metric tons of C", "% of GDP", "2005=100"."""
    inner = inner.strip()
    if "=" in inner:  # an index base: "2005=100"
        return UnitReading("")
    reading = read_unit(inner)
    if reading is not None:
        return reading
    for piece in re.split(r"[;,]", inner):
        piece = piece.strip()
        head = re.sub(r"\s+(?:of|in)\s+.*$", "", piece)  # "million metric tons of C" → "million metric tons"
        for candidate in (piece, head):
            reading = read_unit(candidate) if candidate else None
            if reading is not None:
                tag = _substance_of(piece)[0] if reading.unit == "t" else None
                return UnitReading(f"t {tag}", reading.scale) if tag else reading
    lowered = inner.lower()
    for phrase, unit in vocabulary()["unit_phrases"].items():
        if lowered.startswith(phrase) and unit != "LCU":
            return UnitReading(unit)
    return None


_PER = re.compile(r"(?<![\w$])((?:\S+\s+){0,2}\S+)\s+per\s+((?:\w+\s+)?\w+)", re.IGNORECASE)


def price_per_unit(text: str) -> UnitReading | None:
    """A price stated as money per a physical unit ('USD per troy ounce', 'Dollars per Barrel'):
    the claim's unit for such a price ('$1,940 an ounce' is USD/oz), never the bare currency."""
    for match in _PER.finditer(text):
        words = match.group(1).split()
        currency = next((reading for n in (2, 1) if len(words) >= n
                         for reading in [read_unit(" ".join(words[-n:]).strip("(),;:"))]
                         if reading is not None and reading.scale == 1 and claim_units.is_money(reading.unit)), None)
        if currency is None:
            continue
        after = match.group(2).split()
        for n in (2, 1):
            unit = _per_unit_word(" ".join(after[:n])) if len(after) >= n else None
            if unit is not None:
                return UnitReading(f"{currency.unit}/{unit}")
    return None


def _per_unit_word(surface: str) -> str | None:
    """The canonical unit a price's 'per' word names ('troy ounce' → oz), None for other words."""
    key = surface.lower()
    return next((form.unit for form in claim_units.per_unit_forms() if form.surface.lower() == key), None)
