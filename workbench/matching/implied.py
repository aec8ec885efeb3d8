"""The measure a figure's counted noun or unit implies when its words name none the data knows
('144.1 million people live in Russia': a population; '2.4 ppm higher': CO2), from
``data/implied_measures.json``. ``match`` reads a figure that matches nothing by its own words
again with these words in its clause, and says so on the context (``ImpliedMeasure``); verify sends
a figure so read to a person unless the text names that measure somewhere."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..numbers import alternation, data_json
from ..substances import claim_substance
from ..text import surface_at, token_set
from .gases import mixture_words, other_gas

if TYPE_CHECKING:
    from ..models import Claim
    from .context import ClaimContext


@dataclass(frozen=True)
class ImpliedMeasure:
    """The measure words read into a figure's clause, what implied them, and whether the text names
    the measure anywhere (then the reading is as sure as a named one)."""

    words: frozenset[str]
    measure: str
    said: str  # what in the text implied it ('people … live', 'ppm')
    named: bool
    day_count: bool = False  # the sentence counts on one day ('the 2021 census'), not the series' way


@dataclass(frozen=True)
class _Rule:
    measure: str
    counted: frozenset[str]
    cues: re.Pattern[str] | None
    demonyms: bool  # a people's name counts as a counted noun ('203 million Brazilians')
    units: frozenset[str]
    unit_cues: re.Pattern[str] | None  # a unit implies the measure only with one of these in the sentence
    figure_cues: re.Pattern[str] | None  # a cue only right before the figure ('has 19.6 million people')
    day_counts: re.Pattern[str] | None  # words of a count taken on one day ('census'): another measure's figure
    substances: frozenset[str] = frozenset()  # a unit implies the measure only as a mass of one of these ('Tg-C')


def _words_pattern(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(words, flexible_space=False)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    raw: list[dict[str, Any]] = data_json("implied_measures.json").get("rules", [])
    return tuple(_Rule(r["measure"], frozenset(w.lower() for w in r.get("counted", [])),
                       _words_pattern(list(r.get("cues", []))), bool(r.get("counted_demonyms")),
                       frozenset(r.get("units", [])), _words_pattern(list(r.get("unit_cues", []))),
                       _right_before(list(r.get("figure_cues", [])), list(r.get("figure_cue_fillers", []))),
                       _words_pattern(list(r.get("day_counts", []))),
                       frozenset(r.get("substances", []))) for r in raw)


def _right_before(cues: list[str], fillers: list[str]) -> re.Pattern[str] | None:
    """A cue ending the text before a figure, at most one filler between ('has about ')."""
    if not cues:
        return None
    filler = rf"(?:(?:{alternation(fillers, flexible_space=False)})\s+)?" if fillers else ""
    return re.compile(rf"(?<!\w)(?:{alternation(cues, flexible_space=False)})\s+{filler}$", re.IGNORECASE)


def _cue_before_figure(rule: _Rule, claim: Claim) -> str | None:
    """The figure cue standing right before the claim's figure in its sentence, if the rule has one there."""
    if rule.figure_cues is None:
        return None
    at = surface_at(claim.sentence, claim.text)
    if at < 0:
        return None
    found = rule.figure_cues.search(claim.sentence, max(0, at - 40), at)
    return found.group().split()[0] if found is not None else None


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Every people's name the gazetteer knows, lower case ('brazilian', 'brazilians')."""
    from ..gazetteer import Gazetteer

    return frozenset(p.lower() for p in Gazetteer.default().people)


# 'the number of people in Kazakhstan': the place a subject ends with is where, not what is counted
_WHERE = re.compile(rf"\s+(?:{alternation(data_json('places.json')['subject_place_prepositions'])})\s.*$")


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """The rules' one-word cues ('living', 'resides'), lower case."""
    return frozenset(cue.lower() for rule in data_json("implied_measures.json").get("rules", [])
                     for cue in rule.get("cues", []) if " " not in cue)


def _counted(word: str) -> bool:
    """Whether some rule counts ``word`` (its noun, or a people's name where the rule counts peoples)."""
    return any(word in rule.counted or (rule.demonyms and word in _demonyms()) for rule in _rules())


def _implying(claim: Claim) -> tuple[_Rule, str] | None:
    """The rule the claim's unit or counted noun and sentence meet, and the words that met it."""
    subject = _WHERE.sub("", (claim.subject or "").lower()).split()
    # 'people permanently (lived)', 'persons permanently residing': an adverb or a cue's verb after a counted
    # noun counts nothing; 'family', 'Italy', 'supply' end in -ly too, so only words that follow a noun some
    # rule counts are taken for them
    while len(subject) > 1 and (subject[-1].endswith("ly") or subject[-1] in _cue_words()) \
            and any(_counted(word) for word in subject[-3:-1]):
        subject.pop()
    for rule in _rules():
        if claim.unit and claim.unit in rule.units:
            if rule.substances:
                substance = claim_substance(claim.sentence, claim.text)
                if substance in rule.substances:
                    return rule, f"{claim.unit} {substance}"
                continue
            cue = rule.unit_cues.search(claim.sentence) if rule.unit_cues is not None else None
            if rule.unit_cues is None:
                return rule, claim.unit
            if cue is not None:
                return rule, f"{claim.unit} {cue.group()}"
        if not subject or not (subject[-1] in rule.counted or (rule.demonyms and subject[-1] in _demonyms())):
            continue
        cue = rule.cues.search(claim.sentence) if rule.cues is not None else None
        if cue is not None:
            return rule, f"{subject[-1]} … {cue.group()}" if cue.group().lower() != subject[-1] else subject[-1]
        before = _cue_before_figure(rule, claim)
        if before is not None:
            return rule, f"{before} … {subject[-1]}"
    return None


def implied_context(claim: Claim, ctx: ClaimContext) -> ClaimContext | None:
    """``ctx`` with the implied measure's words in the claim's clause and subject (and ``implied`` set),
    or None when no rule applies or the context already carries one."""
    if ctx.implied is not None or other_gas(ctx.clause | ctx.subject) is not None:
        return None  # 'methane … 1.86 ppm' implies no CO2
    found = _implying(claim)
    if found is None:
        return None
    rule, said = found
    if rule.substances and not ctx.sentence.isdisjoint(mixture_words()):
        return None  # '390 Mt CO2 eq' of greenhouse gases: a mixture, which no series of one gas holds
    words = token_set(rule.measure)
    if words <= ctx.clause:
        return None
    elsewhere = ctx.sentence | ctx.before | frozenset().union(*(w for _, w, _ in ctx.measure_layers))
    day_count = rule.day_counts is not None and rule.day_counts.search(claim.sentence) is not None
    implied = ImpliedMeasure(words, rule.measure, said, bool(words & elsewhere), day_count)
    return dataclasses.replace(ctx, clause=ctx.clause | words, subject=ctx.subject | words, implied=implied)
