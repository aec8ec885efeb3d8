"""'Methane at the observatory reached 1.86 ppm': a figure whose own clause names a gas other than CO2
(``other_gases`` in data/substances.json), and no CO2 or carbon (the substances' ``text_words`` and
names), speaks only for a series that names that gas too — not for a CO2 concentration in the same
unit, whatever its words have in common with the sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import substances
from ..numbers import alternation, data_json
from ..text import token_set


@lru_cache(maxsize=1)
def _gases() -> tuple[tuple[frozenset[str], ...], frozenset[frozenset[str]]]:
    others = tuple(token_set(n) for n in data_json("substances.json").get("other_gases", []) if token_set(n))
    mixtures, carbon = _mixtures()
    return others, frozenset((*mixtures, *carbon))  # every substance of the table is ours


@lru_cache(maxsize=1)
def _mixtures() -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    """The words of the mixtures of gases (no carbon fraction: greenhouse gases in CO2-equivalent), and
    of the substances a factor turns into carbon (carbon, CO2)."""
    def words(mixture: bool) -> tuple[frozenset[str], ...]:
        return tuple(token_set(w) for tag, spec in substances.tags().items() if substances.is_mixture(tag) is mixture
                     for w in [spec.get("name", ""), *spec.get("text_words", [])] if token_set(w))
    return words(True), words(False)


def _measure_names_mixture(measure: frozenset[str]) -> bool:
    """The words the figure's measure comes from (its clause, subject, a list's lead up to the colon) name a
    mixture of gases ('greenhouse gas') and no carbon or CO2 ('the largest contributors to greenhouse gas
    emissions are: China - 19.5%, USA - 19.2%'; 'gas' there is no gas fuel). Not any word of the sentence:
    '… emissions, the biggest driver of its greenhouse gas output, rose 9.4 %' counts the emissions."""
    mixtures, carbon = _mixtures()
    return not any(w <= measure for w in carbon) and any(m <= measure for m in mixtures)


def other_gas(words: frozenset[str]) -> frozenset[str] | None:
    """The words of the other gas a claim's own words name ('methane'), when they name no CO2; else None."""
    others, ours = _gases()
    if any(w <= words for w in ours):
        return None
    return next((gas for gas in others if gas <= words), None)


def speaks_for_gas(gas: frozenset[str] | None, phrase_words: frozenset[str]) -> bool:
    """A series may answer a figure about ``gas`` only when its names hold that gas's words."""
    return gas is None or gas <= phrase_words


@lru_cache(maxsize=1)
def _glued_symbol_words() -> frozenset[str]:
    """The words of every mass symbol with carbon or CO2 glued on ('MtCO₂', 'GtC'): a table's header
    'Emissions (MtCO₂)' names its gas as 'CO2 emissions' does."""
    # carbon and CO2 only ('MtCO2e' counts the mixture, which mixture_named reads); one word each
    return frozenset(w for symbol, (_, tag) in substances.glued_mass_symbols().items()
                     if not substances.is_mixture(tag) and len(words := token_set(symbol)) == 1 for w in words)


def names_a_gas(words: frozenset[str]) -> bool:
    """Whether ``words`` name any gas at all: carbon, CO2, greenhouse gases or another one, by name or
    glued to a mass symbol ('per capita emissions' alone names none)."""
    others, ours = _gases()
    return any(w <= words for w in (*others, *ours)) or not words.isdisjoint(_glued_symbol_words())


def unit_names_one_gas(figure_text: str) -> bool:
    """The figure's own unit names carbon or CO2 glued on ('289.5 MtCO2', '4 GtC'): its gas is the unit's, even
    where the sentence speaks of greenhouse gases ('greenhouse gas emissions stood at 289.5 MtCO2' is read as CO2
    by its unit, benchmarks/devsets/verdicts.md batch 58). Whether it is the mixture written as CO2 is the
    ratio's to say (verify/measures/open_substance.py ``mixture_in_co2``), not the matcher's."""
    return not token_set(figure_text).isdisjoint(_glued_symbol_words())


@lru_cache(maxsize=1)
def _mixture_phrases() -> re.Pattern[str] | None:
    """The mixtures' names of more than one word ('greenhouse gas', 'co2 equivalent'), as one pattern."""
    phrases = sorted({w for tag, spec in substances.tags().items() if substances.is_mixture(tag)
                      for w in [spec.get("name", ""), *spec.get("text_words", [])] if len(token_set(w)) > 1},
                     key=lambda w: (-len(w), w))
    return re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)", re.IGNORECASE) if phrases else None


@lru_cache(maxsize=256)  # each claim of a sentence asks it of the sentence
def words_only_in_mixture_names(*texts: str) -> frozenset[str]:
    """The words ``texts`` say only inside a mixture's name ('gas' of 'greenhouse gas emissions'), but the mixture's
    own words and the carbon or CO2 ones: such a word names no column or series of its own ('Gas Fuel')."""
    pattern, said = _mixture_phrases(), " ".join(texts)
    if pattern is None:
        return frozenset()
    inside = token_set(said) - token_set(pattern.sub(" ", said))
    return inside - mixture_words() - frozenset().union(*_mixtures()[1])


def speaks_of_one_substance(phrase_words: frozenset[str]) -> bool:
    """Whether a series' names hold a gas counted alone ('National CO2 emissions', 'Atmospheric Carbon Dioxide')."""
    return any(w <= phrase_words for w in _mixtures()[1])


def mixture_named(subject: str | None, measure: frozenset[str], own_words: frozenset[str],
                  referred_substance: str | None, before: frozenset[str] = frozenset()) -> bool:
    """The figure counts greenhouse gases in CO2-equivalent: its subject names that mixture and no one gas
    ('greenhouse gas emissions rose 2.6 %'), the words of its measure (``measure``) name the mixture and no carbon or CO2, or its sentence (``own_words``) names no gas and the text it refers back to, or the words
    before it that give its measure (``before``), name the mixture ('… 13.92 billion tonnes of CO2 equivalent.'
    then 'the average 9.2 % increase over 2000-2009'). No series of CO2 or carbon speaks for it: another measure
    (benchmarks/devsets/verdicts.md: a gas named before the figure is the gas it counts)."""
    if substances.names_mixture(subject) or _measure_names_mixture(measure):
        return True
    if names_a_gas(own_words):
        return False
    referred = substances.is_mixture(referred_substance)
    return referred or not before.isdisjoint(mixture_words())


@lru_cache(maxsize=1)
def mixture_words() -> frozenset[str]:
    """Words that name a mixture of gases (substances.json ``pinning.mixture_words``: 'greenhouse', 'co2e')."""
    return frozenset(data_json("substances.json").get("pinning", {}).get("mixture_words", []))
