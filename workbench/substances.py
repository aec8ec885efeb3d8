"""What a mass is a mass of: carbon or CO2, in reference units and in claims.

Publishers count emissions as carbon ('thousand metric tons of C') and news as CO2 ('8.5 Gt
CO2'); a reader converts with 44/12 and expects the checker to. A reference unit keeps its
substance as a tag after the unit ('t C'); a claim's substance is read from the words right
after its figure, else from its sentence. The vocabulary is ``workbench/data/substances.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .numbers import data_json
from .text import surface_at

OTHER = "other"  # the claim names a mass of something else ('tons of hydraulic cement')


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return data_json("substances.json")


def tags() -> dict[str, dict[str, Any]]:
    return _data()["substances"]


def is_mixture(tag: str | None) -> bool:
    """The substance is a mixture of gases (greenhouse gases in CO2-equivalent): it has no carbon fraction,
    so no factor turns it into carbon or CO2. The one place that decides it."""
    return tag is not None and tag in tags() and tags()[tag].get("carbon_fraction") is None


def substance_symbols() -> list[str]:
    """How text writes each substance and other gas by its symbol or name ('CO₂', 'CO2e', 'ch4', 'methane')."""
    return [*(symbol for spec in tags().values() for symbol in spec.get("symbols", [])), *_data().get("other_gases", [])]


def open_readings() -> list[str]:
    """The substances a mass whose text names none is also read as (``open_mass_readings``)."""
    return [t for t in _data().get("open_mass_readings", []) if t in tags()]


def named_for_another(tag: str) -> bool:
    """Whether news names another substance's series by this one's name (``series_words``: 'carbon
    emissions' of CO2): a mass said in it may count that other substance."""
    name = tags()[tag]["name"].lower() if tag in tags() else ""
    return any(name in (w.lower() for w in spec.get("series_words", [])) for other, spec in tags().items() if other != tag)


def unnamed_gas_ratio() -> float:
    """How far above the CO2 reading a mass of emissions naming no gas may stand and still count all
    greenhouse gases (``unnamed_gas_ratio``)."""
    return float(_data().get("unnamed_gas_ratio", 1.0))


def mixture_floor_ratio() -> float:
    """How far above fossil CO2, at least, greenhouse gases in CO2-equivalent run (``mixture_floor_ratio``)."""
    return float(_data().get("mixture_floor_ratio", 1.0))


def named_mixture_ratio() -> float:
    """How far above fossil CO2 a figure whose sentence names greenhouse gases may stand and still be
    read as them (``named_mixture_ratio``)."""
    return float(_data().get("named_mixture_ratio", unnamed_gas_ratio()))


def inventory_words() -> frozenset[str]:
    """Words that make a sentence's emissions total a greenhouse-gas inventory's (``inventory_words``: 'net')."""
    return frozenset(str(w).lower() for w in _data().get("inventory_words", []))


def split(unit: str) -> tuple[str, str | None]:
    """'t C' → ('t', 'C'); a unit without a known substance tag → (unit, None)."""
    base, _, tag = unit.rpartition(" ")
    if base and (tag in tags() or tag == OTHER):
        return base, tag
    return unit, None


@lru_cache(maxsize=1)
def glued_mass_symbols() -> dict[str, tuple[float, str]]:
    """Every mass symbol with a substance's symbol glued on ('MtCO₂', 'tC', 'ktCO2e', 'PgC', 'Tg-C') → its
    scale in tonnes and the substance: each ``glue_symbol`` of units.json times each ``glue_joiners``
    times each substance's ``symbols``. The one home of these forms: units reads them as unit symbols,
    a claim's text as its substance."""
    data = data_json("units.json")
    scales = [(symbol, 1.0) for symbol in _symbols(data["units"]["t"]["glue_symbol"])]
    scales += [(symbol, float(spec["scale"])) for name, spec in data["scaled_units"].items()
               if not name.startswith("_") and spec.get("unit") == "t" and spec.get("glue_symbol")
               for symbol in _symbols(spec["glue_symbol"])]
    joiners = [str(j) for j in _data().get("glue_joiners", [""])]
    return {prefix + joiner + symbol: (scale, tag) for prefix, scale in scales for joiner in joiners
            for tag, spec in tags().items() for symbol in spec["symbols"]}


def _symbols(glue_symbol: str | list[str]) -> list[str]:
    """A unit's glue symbols: one as written ('Mt'), or its spellings in use ('Mt', 'mt')."""
    return [glue_symbol] if isinstance(glue_symbol, str) else list(glue_symbol)


@lru_cache(maxsize=1)
def _symbol_tags() -> dict[str, str]:
    """Each substance symbol, alone ('CO2') or glued to a mass symbol ('MtCO2'), → its substance."""
    alone = {symbol: tag for tag, spec in tags().items() for symbol in spec["symbols"]}
    return {**alone, **{surface: tag for surface, (_, tag) in glued_mass_symbols().items()}}


def tag_of_words(words: str) -> str | None:
    """The substance a unit's trailing words name ('of C', 'carbon', 'CO2'), or None."""
    lowered = " ".join(words.lower().split())
    for tag, spec in tags().items():
        if lowered in spec["unit_words"]:
            return tag
    return _symbol_tags().get(words.strip())


def factor(ref_tag: str | None, claim_tag: str | None) -> float | None:
    """Reference mass × factor = the claim's substance; 1 when either side does not say; None
    when the claim is about another substance altogether."""
    if claim_tag == OTHER and ref_tag is not None:
        return None
    if ref_tag is None or claim_tag is None or claim_tag == OTHER or ref_tag == claim_tag:
        return 1.0
    ref_fraction, claim_fraction = tags()[ref_tag]["carbon_fraction"], tags()[claim_tag]["carbon_fraction"]
    if ref_fraction is None or claim_fraction is None:
        return None  # a mixture of gases is not a mass of one
    return float(ref_fraction) / float(claim_fraction)


def describe(ref_tag: str, claim_tag: str) -> str:
    """'at 3.664 t of CO2 per t of carbon' as the explanation words the conversion."""
    f = factor(ref_tag, claim_tag) or 1.0
    return f"at {f:.4g} t of {tags()[claim_tag]['name']} per t of {tags()[ref_tag]['name']}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = sorted({w for s in tags().values() for w in s["unit_words"] if len(w) > 1}, key=lambda w: (-len(w), w))
    symbols = sorted(_symbol_tags(), key=lambda w: (-len(w), w))
    after = re.compile(r"^(?:\s*\([^()]{1,12}\))?[\s(]*(?:(?i:" + "|".join(map(re.escape, words)) + r")|"
                       + "|".join(map(re.escape, symbols)) + r")(?![\w₂])")
    # longest first, then by name: a set's order differs from process to process, the pattern must not (regex_cache)
    text = sorted({w for s in tags().values() for w in s["text_words"]}, key=lambda w: (-len(w), w))
    mention = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, text)) + r")(?![\w₂])", re.IGNORECASE)
    of_word = re.compile(r"^\s*of\s+(?:the\s+)?([^\W\d_][\w-]*)", re.IGNORECASE)
    return after, mention, of_word


@lru_cache(maxsize=4096)
def claim_substance(sentence: str, claim_text: str) -> str | None:
    """The substance a claim's mass is of: the words right after the figure ('1.9 bn tonnes of
    carbon', '8.5 Gt CO2', 'Gt of carbon (GtC)'), else a CO2 mention in the sentence; ``OTHER``
    for 'of' and another noun ('1.4 bn tonnes of cement'); None when nothing says."""
    after, _, of_word = _patterns()
    glued = _glued_symbol(claim_text)
    if glued is not None:
        return glued
    at = surface_at(sentence, claim_text)
    said_before = substance_said_before(sentence, claim_text)
    if said_before is not None:
        return said_before
    following = sentence[at + len(claim_text):] if at >= 0 else ""
    found = after.match(following)
    if found:
        return _unit_tag(following, found)
    of = of_word.match(following)
    if of and of.group(1).lower() not in _data()["neutral_after_of"]:
        return OTHER
    return _after_other_mass(sentence, at) or mentioned(sentence)


def substance_said_before(sentence: str, claim_text: str) -> str | None:
    """The substance the words right before the figure name ('the equivalent of' two tonnes), else None."""
    at = surface_at(sentence, claim_text)
    before = " ".join(sentence[:at].lower().split()) if at >= 0 else ""
    return next((tag for tag, spec in tags().items() if any(before.endswith(w) for w in spec.get("before_words", []))),
                None)


def _unit_tag(following: str, found: re.Match[str]) -> str | None:
    """The substance the words ``found`` at the start of ``following`` (right after a mass unit) name; None
    when an epithet's word follows them ('of carbon emissions': ``open_before``), which leaves it open."""
    word = re.sub(r"^\s*\([^()]*\)", "", found.group(0)).strip(" (")
    tag = tag_of_words(word) or _tag_of_symbol(word)
    rest = following[found.end():].split(maxsplit=1)
    if tag is not None and rest and rest[0].lower().strip(".,;:)") in tags()[tag].get("open_before", []):
        return None
    return tag


def without_unit_substance(sentence: str, claim_text: str) -> str | None:
    """``sentence`` without the claim and the substance its unit names right after it ('10.9 tonnes CO2',
    '7 tonnes of CO2'): what the rest of the sentence says; None when no substance follows the figure."""
    at = surface_at(sentence, claim_text)
    if at < 0:
        return None
    end = at + len(claim_text)
    found = _patterns()[0].match(sentence[end:])
    return None if found is None else sentence[:at] + sentence[end + found.end():]


# the figure that opens a claim's text ('615.93 ', '2,693', 'about 1.2 '): what follows it is its unit
_LEADING_FIGURE = re.compile(r"^\D*\d[\d.,\u00a0\u202f]*\s*")


def _glued_symbol(claim_text: str) -> str | None:
    """The substance of a unit written with it glued on, inside the claim's own text ('615.93 MtCO₂',
    '2,693MtC', '37.6 tCO2'): the symbol says it, whatever the sentence names."""
    after = _LEADING_FIGURE.sub("", claim_text, count=1).split()
    return _symbol_tags().get(after[-1]) if after else None


@lru_cache(maxsize=1)
def _mass_units() -> re.Pattern[str]:
    """The words of a mass unit (units vocabulary: 't' and the units scaled to it)."""
    data = data_json("units.json")
    words = list(data["units"]["t"]["words"])
    words += [w for spec in data["scaled_units"].values() if isinstance(spec, dict) and spec.get("unit") == "t"
              for w in [*spec["words"], *spec.get("symbols", [])]]
    words += glued_mass_symbols()
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?![\w])")


def _after_other_mass(sentence: str, at: int) -> str | None:
    """'4.7 compared to the U.S., at 4.9 metric tons of carbon': a figure with no substance of its own is
    in the one substance the sentence names after another figure's mass unit."""
    after = _patterns()[0]
    named = set()
    for unit in _mass_units().finditer(sentence):
        if at <= unit.start() <= at + 1:
            continue
        found = after.match(sentence[unit.end():])
        if found:
            named.add(_unit_tag(sentence[unit.end():], found))
    named.discard(None)
    return named.pop() if len(named) == 1 else None


def header_substance(header: str) -> str | None:
    """The substance a table column's header gives its masses: the words after its mass unit ('Total
    emissions (1000 tons of C)'), else the one it names ('CO2 emissions (kt)')."""
    unit = _mass_units().search(header)
    found = _patterns()[0].match(header[unit.end():]) if unit is not None else None
    if found:
        word = re.sub(r"^\s*\([^()]*\)", "", found.group(0)).strip(" (")
        tag = tag_of_words(word) or _tag_of_symbol(word)
        if tag is not None:
            return tag
    return mentioned(header)


def mentioned(text: str) -> str | None:
    """The one substance a text names anywhere ('CO2 emissions (kt)'), or None (none, or several)."""
    mention = _patterns()[1]
    named = {tag for tag, spec in tags().items() for m in mention.findall(text)
             if " ".join(m.lower().split()) in spec["text_words"]}
    return named.pop() if len(named) == 1 else None


def _tag_of_symbol(symbol: str) -> str | None:
    if symbol in _symbol_tags():
        return _symbol_tags()[symbol]
    return next((tag for tag, spec in tags().items() if symbol.lower() in spec["unit_words"]), None)


@lru_cache(maxsize=1)
def _other_gas() -> re.Pattern[str]:
    words = sorted(_data().get("other_gases", []), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, words)) + r")(?![\w₂])", re.IGNORECASE)


def names_mixture(subject: str | None) -> bool:
    """The claim's subject names greenhouse gases in CO2-equivalent ('greenhouse gas emissions rose 2.6 %')
    and no one gas besides: a mixture no factor turns into carbon or CO2, so no series of either speaks
    for it (another measure)."""
    return is_mixture(mentioned(subject or ""))


def names_other_gas(subject: str | None) -> bool:
    """The claim's subject names a gas other than CO2 ('methane emissions'): no series of carbon or
    CO2 speaks for it, whatever its unit."""
    return bool(subject) and bool(_data().get("other_gases")) and _other_gas().search(subject or "") is not None
