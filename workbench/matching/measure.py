"""The measure a reader carries to a figure whose sentence names none: 'Inflation around the world'
as a title, then 'The highest value was in Lebanon: 221.3 percent' is Lebanon's inflation.

A sentence that names a measure of its own (one the data knows or not: 'unemployment') keeps it;
one made only of words that name no measure ('the highest value', 'it stood at', places, the
figure's own unit words: ``measureless_words`` in lexicon.json and the lexicon's verb and measure
noun lists) takes the measure from the nearest text beyond its paragraph that names one the data
knows: an earlier paragraph of its section, the title, the front matter's ``about:``, and last
the page's address (its path and query words). The paragraph and the heading above already speak
for a claim through ``ClaimContext.before``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..numbers import lexicon
from ..places import Places, is_marker
from ..text import WORD, lemma, token_set
from .generic import is_generic
from .wide import total_label_words

if TYPE_CHECKING:
    from ..drafts import Draft
    from ..models import Claim, ClaimResult
    from .context import ClaimContext
    from .index import ReferenceIndex, ResourceIndex


# The layer of the page's address (url:): its words name a measure or place, yet are no text a reader
# reads before the figure, so readers of what came before leave it out.
ADDRESS_LAYER = "address"


@dataclass(frozen=True)
class CarriedMeasure:
    """Where a claim's measure came from: the layer, the words there that name a metric."""

    layer: str
    words: frozenset[str]
    period_fits: bool = False  # a period carried from text naming no measure the data knows is its period
    said: str = ""  # those words as the text writes them ('unemployment'), for the evidence
    # every word of the text the measure came from: a name's generic words ('index' of 'consumer price
    # index') name no measure alone, yet complete the name the carried words begin
    around: frozenset[str] = frozenset()

    @property
    def per_head(self) -> bool:
        """The text the measure came from calls it per head ('GDP per capita', glossed '一人当たりGDP')."""
        return any(words and words <= self.around for words in (token_set(w) for w in _per_capita_phrases()))

    def names(self, res: ResourceIndex, sentence: frozenset[str], reads: Callable[[str], bool]) -> bool:
        """The carried words name one of the resource's names whole (with the words of the sentence and
        of the text they came from): 'GDP' in a title names a GDP series, not 'Inflation (inflation
        gdp)'; 'the consumer price index' in an earlier paragraph names a CPI series; and the resource is read
        as the claim's own measure in one of its units (``reads``), not as the whole a share is of —
        '5 percent' under a title about population is no share of the population."""
        said = _with_series_words(self.words | self.around | sentence)
        carried = _with_series_words(self.words)
        layout = _layout_words(res)
        return any(phrase & carried and phrase - layout <= said for phrase in res.phrases) \
            and any(reads(unit) for unit in res.units)


def _layout_words(res: ResourceIndex) -> frozenset[str]:
    """'Region population' or 'oblast population' of a table of a country's parts, its 'Total' column: the name
    of its rows' place dimension, the noun its parts are named with ('Osh Region') and the total's label say how
    the table is laid out, not what it measures, so 'the population' names it whole."""
    from ..gazetteer import part_nouns, part_proper_name

    words = token_set(" ".join(res.place_dims)) | total_label_words(res.name)
    if any(part_proper_name(value) is not None for dim in res.place_dims for value in res.dim_values.get(dim, ())):
        words |= frozenset().union(*(token_set(noun) for noun in part_nouns()))
    return words


def _with_series_words(words: frozenset[str]) -> frozenset[str]:
    """``words`` with the words publishers name a substance's series by, where they name the substance
    ('co2' adds 'carbon': 'CO2 emissions' names a series of 'carbon emissions')."""
    from ..substances import tags

    added = [token_set(w) for spec in tags().values() if words & _substance_tokens(spec.get("name", ""))
             for w in spec.get("series_words", [])]
    return words.union(*added) if added else words


@lru_cache(maxsize=16)
def _substance_tokens(name: str) -> frozenset[str]:
    """The tokens text names a substance by: its symbols and words, as the matcher's tokens."""
    from ..substances import tags

    spec = tags().get(name, {})
    return frozenset().union(*(token_set(w) for w in [*spec.get("symbols", []), *spec.get("text_words", [])]))


_LAYER_WORDS = {"paragraph": "an earlier sentence of the paragraph", "heading": "the heading",
                "previous paragraph": "an earlier paragraph", "title": "the title",
                "front matter": "the front matter (about:)", "address": "the page's address (url:)"}


@lru_cache(maxsize=1)
def measureless_words() -> frozenset[str]:
    """Words that say nothing of what a figure measures: ranking and extreme words, measure nouns
    ('value', 'figure'), verbs of level and change, generic words, referring nouns, months and
    units of time. Data."""
    lex = lexicon()
    words: list[str] = list(lex.get("measureless_words", {}).get("words", []))
    words += lex.get("measureless_words", {}).get("attribution", [])  # 'economists polled by Reuters had forecast'
    for side in lex.get("comparative_change", {}).values():  # 'higher than that of the previous year'
        words += side
    words += list(lex.get("relative_years", {})) + lex.get("rate_point_words", [])  # 'a year earlier', '7.5 points'
    words += lex.get("measure_nouns", []) + lex.get("level_verbs", []) + lex.get("movement_words", [])
    words += lex.get("present_words", []) + lex.get("referring_back", {}).get("nouns", [])
    words += lex.get("generic_measure_words", {}).get("words", [])
    words += list(lex.get("months", {})) + lex.get("time_units", [])  # 'in March', 'that month': when, not what
    for verbs in ("change_verbs", "transitive_change_verbs"):  # 'reduced further to 35%': a move, not a measure
        for side in lex.get(verbs, {}).values():
            words += side
    words += sorted(Places.default().ranking_words)
    return frozenset().union(*(token_set(w) for w in words))


@lru_cache(maxsize=64)
def unit_words(unit: str) -> frozenset[str]:
    """The words a unit is written with ('tons', 'metric tonnes' for t): a figure's unit stated once for
    several figures ('24.4 and 21.8 tons') is the figure's own word, not a measure."""
    from ..units import unit_suffixes

    if not unit:
        return frozenset()
    return frozenset().union(*(token_set(f.surface) for f in unit_suffixes() if f.unit == unit))


PER_CAPITA = token_set("per capita")  # the publishers' word for a per-capita series; ``context.per_capita_token`` adds it


@lru_cache(maxsize=1)
def per_capita_tokens() -> frozenset[str]:
    from ..units import per_capita_words

    return frozenset().union(*(token_set(w) for w in per_capita_words()))


@lru_cache(maxsize=1)
def _reporting_verb_pattern() -> re.Pattern[str]:
    """``measureless_words.reporting_verbs`` as one pattern whose group is the verb: one of its verb
    forms, or a word that is a noun too right after a word that makes it the verb ('falsely claims')."""
    spec = lexicon().get("measureless_words", {}).get("reporting_verbs", {})
    forms, words, after = (list(map(re.escape, spec.get(key, []))) for key in ("verb_forms", "words", "after"))
    alternatives = [rf"({'|'.join(forms)})"] if forms else []
    if words and after:
        alternatives.append(rf"(?:{'|'.join(after)})\s+({'|'.join(words)})")
    return re.compile(rf"\b(?:{'|'.join(alternatives) or '(?!)'})\b", re.IGNORECASE)


@lru_cache(maxsize=256)  # every figure of a sentence asks it of the same sentence
def reporting_verbs(sentence: str) -> frozenset[str]:
    """The tokens of ``sentence`` that report its figure as a verb ('It falsely claims the rate …'),
    where the same word as a noun names a measure ('jobless claims')."""
    found = _reporting_verb_pattern().finditer(sentence)
    return frozenset().union(*(token_set(m.group(m.lastindex or 0)) for m in found))


def names_no_measure(claim: Claim, ctx: ClaimContext, also: frozenset[str] = frozenset()) -> bool:
    """The claim's sentence is made only of words that name no measure, its places and its figures; an
    abbreviation the text before spelled out ('the Colombo Consumer Price Index (CCPI)') refers back to
    the words it stands for, as 'the index' does, and names no measure of its own. ``also``: more words
    that name none here."""
    own = ctx.sentence - ctx.entities - ctx.place_words - token_set(claim.text) - unit_words(claim.unit) - also
    if PER_CAPITA <= ctx.clause:  # '6.6 tons per person': the figure's own denominator, not its measure
        own -= per_capita_tokens()
    own -= defined_abbreviations(tuple(text for _, text in ctx.basis_texts)) | reporting_verbs(ctx.sentence_text)
    return all(is_marker(t) or t in measureless_words() for t in own)


# An abbreviation written in brackets right after the words it stands for: '(CCPI, 2013=100)', '(PBS)'. The word
# before it is tried from its start only, and holds a letter: tried from every letter, a word of n letters not
# followed by a bracket (a base64 image in an earlier paragraph) cost n² steps.
_DEFINED_ABBREVIATION = re.compile(r"(?<![\w-])(?=[\w-]*?[^\W\d_])[\w-]+\s+\(\s*([A-Z][A-Z0-9]{1,7})\s*[,;)]")


@lru_cache(maxsize=256)
def defined_abbreviations(texts: tuple[str, ...]) -> frozenset[str]:
    """The tokens of the abbreviations ``texts`` spell out in brackets after their words."""
    return frozenset().union(*(token_set(m.group(1)) for text in texts for m in _DEFINED_ABBREVIATION.finditer(text)))


def measure_layers(draft: Draft, earlier: list[str], title: str, content_words: Callable[[str], frozenset[str]]
                   ) -> tuple[tuple[str, frozenset[str], str], ...]:
    """(layer, its content words, its text) beyond the claim's paragraph and heading, nearest first;
    places left out of the words."""
    texts = [("previous paragraph", p) for p in earlier]
    texts += [("title", title), ("front matter", "\n".join(draft.about)), (ADDRESS_LAYER, draft.address_words)]
    return tuple((layer, content_words(text), text) for layer, text in texts if text.strip())


def _as_written(text: str, lemmas: frozenset[str]) -> str:
    """The words of ``text`` whose lemmas are ``lemmas``, as written, in order, each once."""
    said = dict.fromkeys(w.lower() for w in WORD.findall(text) if lemma(w) in lemmas)
    return " ".join(said) or " ".join(sorted(lemmas))


def specific_words(index: ReferenceIndex, words: frozenset[str]) -> frozenset[str]:
    """The words that name some metric of the data and are not generic ('inflation', not 'average'); a word of a
    title that only says how its table is laid out ('units' of 'Units population', whose rows are administrative
    units listed under 'unit_name_en': ``_layout_words``) names no measure — 'local currency units' is no population."""
    return frozenset(t for t in words if t in index.metric_index and not is_generic(t)
                     and any(t not in _layout_words_of(index, name) for name in index.metric_index[t]))


_LAYOUT_WORDS: dict[tuple[str, str], frozenset[str]] = {}


def _layout_words_of(index: ReferenceIndex, name: str) -> frozenset[str]:
    """``_layout_words`` of the resource ``name``, once per loaded reference."""
    key = (index.fingerprint, name)
    words = _LAYOUT_WORDS.get(key)
    if words is None:
        if len(_LAYOUT_WORDS) > 4096:
            _LAYOUT_WORDS.clear()
        res = index.resources.get(name)
        words = _LAYOUT_WORDS[key] = _layout_words(res) if res is not None else frozenset()
    return words


@lru_cache(maxsize=1)
def _attribution_words() -> frozenset[str]:
    """Words that say who gives a figure ('the National Statistics Office said'), folded. Data
    (``measureless_words.attribution``)."""
    return frozenset().union(*(token_set(w) for w in lexicon().get("measureless_words", {}).get("attribution", [])))


@lru_cache(maxsize=1)
def _never_a_measure() -> frozenset[str]:
    """Words that name no measure even where a publisher's metric name holds one ('data' in a
    column's title, 'indicator'): ``measureless_words``' own list and the referring nouns. Data."""
    lex = lexicon()
    words = list(lex.get("measureless_words", {}).get("words", [])) + lex.get("referring_back", {}).get("nouns", [])
    return frozenset().union(*(token_set(w) for w in words))


def measure_words(index: ReferenceIndex, words: frozenset[str]) -> frozenset[str]:
    """The words of text beyond the claim's sentence that name a measure the data knows: 'For that
    indicator we provide data for A' names none, and carries none to the next sentence."""
    return specific_words(index, words - _never_a_measure())


def own_measure_nouns() -> tuple[str, ...]:
    """Nouns that name a measure of their own in news copy, as the lexicon writes them."""
    return tuple(lexicon().get("own_measure_nouns", []))


@lru_cache(maxsize=1)
def _own_measure_nouns() -> frozenset[str]:
    """Nouns that name a measure of their own ('unemployment', 'wages', 'births'), folded. Data (lexicon.json)."""
    return frozenset().union(*(token_set(w) for w in own_measure_nouns()))


def names_own_measure(index: ReferenceIndex, words: frozenset[str]) -> bool:
    """Whether a sentence's own words name what its figure measures: a measure the data knows, or one news
    copy names by its own noun whether or not the data holds it ('8,000 children were born', 'unemployment')."""
    return bool(measure_words(index, words)) or bool(words & _own_measure_nouns())


def sentence_names_measure(index: ReferenceIndex, ctx: ClaimContext) -> bool:
    """The claim's sentence (its subject and what it refers to) has a word naming a measure the data knows: a
    sentence with none ('Poland follows with 3.7 %') speaks of the measure the text before it names."""
    # the words of a name ('United' of the United Arab Emirates) name no measure, as in ``names_no_measure``;
    # nor do a source's ('the National Statistics Office reported an increase of 6.7 %')
    return bool(specific_words(index, ((ctx.sentence - ctx.entities) | ctx.subject | ctx.referred) - _attribution_words()))


def carry_measure(index: ReferenceIndex, claim: Claim, ctx: ClaimContext
                  ) -> tuple[ClaimContext, CarriedMeasure | None]:
    """A copy of ``ctx`` with the measure carried from farther text added to the words before the claim,
    and that measure, when the sentence, its paragraph and its heading name no measure; else ``ctx``
    unchanged and None. (``match`` sets ``measure_from`` on its context when a series took it.)"""
    if sentence_names_measure(index, ctx):
        return ctx, None
    # '1.3 percent, or 260,000 more people' after a paragraph on the population: a noun for what a series
    # counts names no measure of its own; the text before names it, if that measure counts those nouns
    plain = names_no_measure(claim, ctx)
    counted = frozenset() if plain else counted_nouns(index, ctx.sentence)
    if not plain and not (counted and names_no_measure(claim, ctx, counted)):
        return ctx, None
    if measure_words(index, ctx.before):
        ctx, carried = _carried_from_before(index, ctx)
        return (ctx, carried) if carried is None or _counts(index, carried.words, counted) else (ctx, None)
    for layer, words, text in ctx.measure_layers:
        found = measure_words(index, words)
        if found and not _counts(index, found, counted):
            return ctx, None
        if found:
            # 'The average for 2023 was …' before it speaks of the same measure, and of the figure's year
            fits = ctx.carried_period is not None and not specific_words(index, ctx.carried_period[2])
            carried = CarriedMeasure(layer, found, fits, _as_written(text, found), words)
            return dataclasses.replace(ctx, before=ctx.before | found, measure_from=carried), carried
    return ctx, None


@lru_cache(maxsize=1)
def _per_capita_phrases() -> tuple[str, ...]:
    from ..units import per_capita_words

    return tuple(per_capita_words())


def counted_nouns(index: ReferenceIndex, words: frozenset[str]) -> frozenset[str]:
    """The nouns among ``words`` that some series counts ('people' of a population)."""
    return words & frozenset().union(*(r.counted_words for r in index.resources.values()))


def _counts(index: ReferenceIndex, measure: frozenset[str], nouns: frozenset[str]) -> bool:
    """Some series ``measure`` names counts every one of ``nouns`` (none: any measure)."""
    return not nouns or any(nouns <= index.resources[name].counted_words
                            for t in measure for name in index.metric_index.get(t, ()) if name in index.resources)


def _carried_from_before(index: ReferenceIndex, ctx: ClaimContext) -> tuple[ClaimContext, CarriedMeasure | None]:
    """'Consumer prices in Chile rose 4.1 % a year. The 2022 figure was 11.6 %.': the earlier sentences
    of the paragraph (else the heading above) name the measure of a sentence that names none, as
    whole as an earlier paragraph would — nearer text never speaks for a figure more weakly."""
    for layer, text in ctx.basis_texts:
        if layer not in ("paragraph", "heading"):
            continue
        found = measure_words(index, token_set(text))
        if found:
            fits = ctx.carried_period is not None and not specific_words(index, ctx.carried_period[2])
            return ctx, CarriedMeasure(layer, found, fits, _as_written(text, found), token_set(text))
    return ctx, None


def measure_before(index: ReferenceIndex, claim: Claim, ctx: ClaimContext) -> ClaimContext:
    """'…, after 1.6% in 2021' under a heading on inflation: a figure whose own clause names no measure
    speaks of the one named just before (the heading above, the paragraph's earlier sentences), read as
    if its sentence named it — when every word of the sentence that names a metric names one of the
    series those words name too ('price increases' agrees with 'inflation'; 'unemployment' does not)."""
    own = (ctx.clause | ctx.subject) - ctx.entities - token_set(claim.text) - unit_words(claim.unit) \
        - reporting_verbs(ctx.sentence_text)
    if not all(is_marker(t) or t in measureless_words() for t in own):
        return ctx
    found = measure_words(index, ctx.before - ctx.sentence)
    if not found:
        return ctx
    named = frozenset().union(*(index.metric_index.get(t, set()) for t in found))
    if any(named.isdisjoint(index.metric_index[t]) for t in specific_words(index, ctx.sentence | ctx.referred)):
        return ctx
    return dataclasses.replace(ctx, referred=ctx.referred | found)


def describe_measure(result: ClaimResult, ctx: ClaimContext) -> ClaimResult:
    """Say on the lead evidence, and in the explanation, where a carried measure came from."""
    carried = ctx.measure_from
    if carried is None or not result.evidence:
        return result
    said = f"measure '{carried.said}' from {_LAYER_WORDS.get(carried.layer, carried.layer)}"
    lead = result.evidence[0]
    evidence = [lead.model_copy(update={"context": f"{lead.context}; {said}" if lead.context else said}),
                *result.evidence[1:]]
    explanation = f"{result.explanation.rstrip()} (The sentence names no measure: {said}.)"
    return result.model_copy(update={"evidence": evidence, "explanation": explanation})
