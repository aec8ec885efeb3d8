"""'Methane at the observatory reached 1.86 ppm': a figure whose own clause names a gas other than CO2
(``other_gases`` in data/substances.json), and no CO2 or carbon (the substances' ``text_words`` and
names), speaks only for a series that names that gas too — not for a CO2 concentration in the same
unit, whatever its words have in common with the sentence."""

from __future__ import annotations

from functools import lru_cache

from ..numbers import data_json
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
    substances = data_json("substances.json").get("substances", {}).values()

    def words(mixture: bool) -> tuple[frozenset[str], ...]:
        return tuple(token_set(w) for spec in substances if (spec.get("carbon_fraction") is None) is mixture
                     for w in [spec.get("name", ""), *spec.get("text_words", [])] if token_set(w))
    return words(True), words(False)


def named_mixture(sentence: frozenset[str]) -> frozenset[str] | None:
    """The words of a mixture of gases ('greenhouse gas') the claim's sentence names with no carbon or CO2
    of its own: every figure of it counts that mixture, however the sentence's clauses are cut ('the
    largest contributors to greenhouse gas emissions are: China - 19.5%, USA - 19.2%'), and a series of
    carbon or CO2 does not speak for it (no fuel's share of the total: 'gas' there is no gas fuel); else None."""
    mixtures, carbon = _mixtures()
    if any(w <= sentence for w in carbon):
        return None
    return next((m for m in mixtures if m <= sentence), None)


def other_gas(words: frozenset[str]) -> frozenset[str] | None:
    """The words of the other gas a claim's own words name ('methane'), when they name no CO2; else None."""
    others, ours = _gases()
    if any(w <= words for w in ours):
        return None
    return next((gas for gas in others if gas <= words), None)


def speaks_for_gas(gas: frozenset[str] | None, phrase_words: frozenset[str]) -> bool:
    """A series may answer a figure about ``gas`` only when its names hold that gas's words."""
    return gas is None or gas <= phrase_words


def names_a_gas(words: frozenset[str]) -> bool:
    """Whether ``words`` name any gas at all: carbon, CO2, greenhouse gases or another one
    ('per capita emissions' alone names none)."""
    others, ours = _gases()
    return any(w <= words for w in (*others, *ours))
