"""Scoring: Claim × reference index → candidate series, best first.

A resource is a candidate when the claim's words name its metric well enough and its units can
speak to the claim (``MatchMode``); its rows are narrowed to the dimension values the text names.
Every ranking ends in an explicit tie-break (``candidate_order``), never in a set's order.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from .. import substances
from ..models import Claim, Kind
from ..places import Places, is_marker
from ..text import surface_at, token_set, word_clause_end
from ..unit_families import COUNT_FAMILY, convert_factor, counts_things, unit_family
from ..units import NOT_ADDITIVE_UNITS
from .generic import GENERIC, GENERIC_WEIGHT, is_generic
from .context import (LAYER_STRENGTH, REFERRING_NOUNS, ClaimContext, MissingValue, NamedValue, about_elsewhere,
                      dimension_hits, layer_of, named_values)
from .gases import (mixture_named, other_gas, speaks_for_gas, speaks_of_one_substance, unit_names_one_gas,
                    words_only_in_mixture_names)
from .implied import implied_context
from .index import ReferenceIndex, ResourceIndex, place_column_words
from .measure import carry_measure, counted_nouns, measure_before, measureless_words
from .multiples import compared_year, year_comparison_multiple
from .points import points_written_as_percent
from .variants import named_variant, names_another_station, samples_the_whole
from .wide import colon_lead, total_before_parts, totals_of_unnamed_parts, with_listed_parts


class MatchMode(StrEnum):
    """How a candidate relates to the claim: read directly, or computed from cells."""

    DIRECT = "direct"
    GROWTH = "growth"
    DIFFERENCE = "difference"
    SHARE = "share"
    PER_CAPITA = "per_capita"  # a total divided by the population of the same place and period


@dataclass
class Candidate:
    """One resource whose rows could speak to the claim, with the rows that fit its wording."""

    resource: ResourceIndex
    mode: MatchMode
    factor: float  # reference value × factor = value in the claim's unit
    score: float
    metric_score: float
    positions: np.ndarray
    matched_dims: dict[str, list[str]] = field(default_factory=dict)
    open_dims: list[str] = field(default_factory=list)  # dimensions the text does not pin down
    listed: list[str] = field(default_factory=list)  # values a list in the text pairs with this figure
    context: dict[str, str] = field(default_factory=dict)  # dimension → the layer its value was named in
    grouped: tuple[str, ...] = ()  # the places of a group the figure is said of, as written ('Mali and Senegal')
    variant_penalty: float = 0.0  # what ``named_variant`` took off ``score`` for a sibling the text names instead
    codes_unnamed: int = 0  # how many codes of its name the text names a sibling's word for instead


def _modes(claim: Claim, resource_kind: Kind, ref_unit: str, referred: str | None = None
           ) -> list[tuple[MatchMode, float]]:
    """Ways a resource's rows in ``ref_unit`` can speak to the claim, with the unit factor;
    ``referred``: the substance named by the text the claim's sentence refers back to."""
    out: list[tuple[MatchMode, float]] = []
    if substances.split(ref_unit)[1] is not None and substances.names_other_gas(claim.subject):
        return out  # 'methane emissions fell 2.1 %' against a series of carbon: another gas
    cu = claim_unit(claim, ref_unit, referred)
    if claim.kind is Kind.change and cu == "x":
        # 'grew 14 times', 'doubled': the ratio of two periods of a series that adds up (GDP, tonnes);
        # 'three times as high as in 2021' compares two years' levels, of a rate too
        if resource_kind in (Kind.level, Kind.count) and ref_unit not in NOT_ADDITIVE_UNITS:
            out.append((MatchMode.GROWTH, 1.0))
        elif ref_unit in ("%", "ppm") and compared_year(claim) is not None:
            out.append((MatchMode.GROWTH, 1.0))
        return out
    if claim.kind is Kind.change:
        # A rate series (inflation, unemployment) answers both readings of a change, whatever its
        # ``kind``: 'fell 14 %' is its relative change, 'fell 0.9 points' its difference; a series
        # of changes ('prices rose 8 %' against inflation) is also read directly.
        if cu == "%":
            if ref_unit == "%" and resource_kind is Kind.change:
                out.append((MatchMode.DIRECT, 1.0))
            if ref_unit == "%" or (ref_unit != "pp" and resource_kind is not Kind.change):
                out.append((MatchMode.GROWTH, 1.0))
        elif cu == "pp":
            if ref_unit == "pp":
                out.append((MatchMode.DIRECT, 1.0))
            elif ref_unit == "%":
                out.append((MatchMode.DIFFERENCE, 1.0))
        else:
            factor = convert_factor(ref_unit, cu)
            if factor is not None and resource_kind is Kind.change:
                out.append((MatchMode.DIRECT, factor))
            elif factor is not None:
                out.append((MatchMode.DIFFERENCE, factor))
        return out
    factor = convert_factor(ref_unit, cu)
    if factor is not None and (resource_kind is not Kind.change or cu == "%"):
        out.append((MatchMode.DIRECT, factor))
    if cu == "%" and claim.kind in (Kind.share, Kind.level, Kind.ratio) and unit_family(ref_unit)[0] == COUNT_FAMILY:
        if resource_kind is Kind.share:
            out.append((MatchMode.DIRECT, 100.0))  # a share series kept as fractions (0.155 → 15.5 %)
        else:
            out.append((MatchMode.SHARE, 1.0))
    elif cu == "%" and claim.kind in (Kind.share, Kind.level, Kind.ratio) and resource_kind is Kind.level \
            and ref_unit not in NOT_ADDITIVE_UNITS:
        out.append((MatchMode.SHARE, 1.0))  # a share of an additive total: money, tonnes ('3 % of the world economy')
    return out


def claim_unit(claim: Claim, ref_unit: str, referred: str | None = None) -> str:
    """The claim's unit, with the substance its words give a mass when the reference states one
    ('8.5 Gt CO2' against tonnes of carbon), else the substance of the text it refers back to
    ('this indicator' after 'CO2 emissions (kt)')."""
    if substances.split(ref_unit)[1] is None or not claim.unit or unit_family(claim.unit)[0] != unit_family(ref_unit)[0]:
        return claim.unit
    tag = substances.claim_substance(claim.sentence, claim.text) or referred
    return f"{claim.unit} {tag}" if tag else claim.unit


def metric_score(index: ReferenceIndex, resource: ResourceIndex, ctx: ClaimContext, words: _ClaimWords,
                 dimension_words: frozenset[str] = frozenset()) -> float:
    """How well the claim's words name the resource (0–1), weighting rare words more.

    Two halves: how much of a metric phrase the text contains (words of the claim's own clause
    and subject count fully, the rest of the sentence a little less, the paragraph before less
    still), and how much of what the claim is about the resource explains — the subject's (or
    clause's) words found in the resource's metric phrases or matched dimension values. Words
    no resource knows say nothing either way, except a plain count's counted noun: '3 power
    plants' is not a population. ``words``: ``_claim_words`` of the claim, read once for all its resources.
    """
    own, sentence, before, generic = words.own, words.sentence, words.before, words.generic
    if words.counted_as & resource.part_words:
        return 0.0  # '93,000 children', '2.1 million are pensioners': a part of what the series counts
    measures = words.measures
    # A series the text names only by such words ('Average' of CO2 for 'inflation … an average of
    # 8 %') is not named; one it also names specifically ('ppm', 'emissions') is, by any of its names.
    only_generic = bool(measures) and resource.phrase_words.isdisjoint(measures)
    precision = 0.0
    named_specifically = False
    for phrase, total in resource.weighted_phrases:
        hit = 0.0
        specific = False  # a phrase named only by 'average' or 'rate' is not named
        if generic < 1.0:
            total = 0.0  # a generic word missing from the text says as little against it as for it
        for t, w in phrase:
            if generic < 1.0:
                w = w * generic if t in GENERIC else w
                total += w
            if t in own:
                hit += w
            elif t in sentence or t in ctx.referred:
                hit += 0.75 * w
            elif t in before:
                hit += 0.4 * w
            else:
                continue
            specific = specific or not is_generic(t)
        named_specifically = named_specifically or specific
        precision = max(precision, generic * hit / total if only_generic and not specific else hit / total)
    if words.unnamed and not named_specifically and not dimension_words:
        # 'the peso averaged 48.1': a text naming no measure, a figure with no unit naming one, and a
        # series the text names only by 'Average' or 'Trend' — nothing says the figure is of that series
        return 0.0
    explained = resource.phrase_words | resource.inherited_words | dimension_words
    if words.weights:
        weights = words.weights
        # a bare noun for what the metric counts ('146 million people' of a population) explains half
        # as much as its name; 'Norwegian people' are a group of their own
        counted = resource.counted_words if ctx.subject and ctx.subject <= resource.counted_words else frozenset()
        recall = sum(w if t in explained else 0.5 * w for t, w in weights.items()
                     if t in explained or t in counted) / words.weight_total
    else:
        recall = precision
    score = 0.55 * precision + 0.45 * recall
    if ctx.counted and ctx.subject and recall == 0:
        score *= 0.7
    return score


@dataclass(frozen=True)
class _ClaimWords:
    """What ``metric_score`` reads of the claim's context, the same for every resource it scores."""

    own: frozenset[str]
    sentence: frozenset[str]
    before: frozenset[str]
    measures: frozenset[str]
    generic: float
    unnamed: bool  # neither the text's words nor the figure's unit name a measure
    weights: dict[str, float]  # the words that name the figure, weighted, in word order
    weight_total: float
    counted_as: frozenset[str] = frozenset()  # a plain count's counted noun and the words right after it


def _named_value_words(index: ReferenceIndex, hits: dict[str, dict[str, dict[str, float]]]) -> frozenset[str]:
    """The words of every dimension value (a place) the text names, in any resource, and the nouns some
    resource counts ('people' is a word of 'Lao People's Democratic Republic', and what a population counts)."""
    named = frozenset(t for resource, dims in hits.items() for dim, values in dims.items() for value in values
                      for t in index.value_words.get((resource, dim, value), ()))
    return named.union(*(res.counted_words for res in index.resources.values()))


def _claim_words(index: ReferenceIndex, ctx: ClaimContext, claim: Claim,
                 named_value_words: frozenset[str] = frozenset()) -> _ClaimWords:
    """The claim's words for ``metric_score``, read once per claim: the same for each resource scored.
    ``named_value_words``: the words of the dimension values the text names (``_named_value_words``)."""
    own = ctx.clause | ctx.subject
    if ctx.referred and ctx.subject and (ctx.subject <= REFERRING_NOUNS or _only_generic(ctx.subject)):
        # 'this indicator reached a maximum of …' is the measure named before it, and so is 'the
        # projected rate of 2.6 %' after 'the inflation rate was 2.3 %': a generic head names no other
        own = own | ctx.referred
    # 'average', 'rate' yield only to a measure the text names ('inflation'); alone, with a unit
    # ('the mean concentration was 316 ppm'), they are all there is to go by.
    wanted = specific_measures(index, ctx)
    generic = GENERIC_WEIGHT if wanted else 1.0
    focus = ctx.subject or ctx.clause
    # with no subject, the clause's own words are what names the figure ('standing at an average of 7.8%')
    naming = frozenset(t for t in (ctx.subject or ctx.clause)
                       if t in GENERIC or t in index.metric_index or t in index.dim_index)
    if generic < 1.0 and naming and not ctx.counted and naming <= GENERIC:
        # 'an annual rate of 5%', 'progressive growth at 5 %': the clause names what grew, else the
        # sentence ('…, on average, 12 %'); a word no resource knows ('progressive') names nothing
        focus = ctx.subject | (ctx.sentence if ctx.clause.isdisjoint(wanted) else ctx.clause)
    # a word only of some place's name, where the text names no such place ('the north slope', 'a new
    # record' beside 'North Macedonia', 'New Zealand'), is no place: it names nothing the data knows
    def naming_data(words: frozenset[str]) -> frozenset[str]:
        return frozenset(t for t in words if t in index.metric_index
                         or (t in index.dim_index and t in named_value_words))

    known = focus if (ctx.counted and ctx.subject) else naming_data(focus)
    if ctx.subject and counted_nouns(index, ctx.subject) == ctx.subject:
        # 'the population of Chile on 1 May was 19.4 million people': a unit noun of what some series
        # counts says what is counted, not which series nor where; the clause names those
        known |= naming_data(ctx.clause)
    # Summed in word order: a float sum in set order differs in its last bits from seed to seed.
    weights = {t: index.weight(t) * (generic if is_generic(t) else 1.0) for t in sorted(known)}
    # a bare figure says no more of what is measured than a generic word ('the peso had a 48.1 average' is no
    # 'Average' of CO2 in ppm); a figure in ppm or % does (a rate the data lacks is another series)
    unnamed = not wanted and not claim.unit
    return _ClaimWords(own, ctx.sentence | ctx.entities, ctx.before, wanted, generic, unnamed, weights,
                       sum(weights.values()) if weights else 0.0, _counted_as(claim, ctx))


_NEXT_FIGURE = re.compile(r"\s\d")  # the words right after a count end at the next figure, if its clause goes on


def _counted_as(claim: Claim, ctx: ClaimContext) -> frozenset[str]:
    """What a plain count counts, as the text says it: its subject and the words after the figure in its
    clause, up to the next figure ('20,034,609 are pensioners'; not '… of 20 million with 6 million children')."""
    if not counts_things(claim.unit):
        return frozenset()
    text, end = ctx.sentence_text, ctx.claim_end
    stop = word_clause_end(text, end)
    figure = _NEXT_FIGURE.search(text, end, stop)
    return ctx.subject | token_set(text[end:figure.start() if figure else stop])


def _only_generic(subject: frozenset[str]) -> bool:
    """A subject of generic words ('rate', 'average') and words naming no measure ('projected'), with
    at least one generic word."""
    return any(is_generic(t) for t in subject) and all(is_generic(t) or t in measureless_words() for t in subject)


def specific_measures(index: ReferenceIndex, ctx: ClaimContext) -> frozenset[str]:
    """The words near the claim that name some metric and are not generic ('inflation', 'ppm')."""
    return frozenset(t for t in ctx.clause | ctx.subject | ctx.sentence | ctx.entities | ctx.referred
                     if t in index.metric_index and not is_generic(t))


MIN_METRIC_SCORE = 0.5
# Computed figures rank below figures read directly; a derived share below a recomputed growth.
_MODE_PENALTY = {MatchMode.DIRECT: 0.0, MatchMode.GROWTH: 0.05, MatchMode.DIFFERENCE: 0.05, MatchMode.SHARE: 0.1,
                 MatchMode.PER_CAPITA: 0.05}


def match(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, *, wholes: bool = False) -> list[Candidate]:
    """Candidate resources for the claim, best first. Unit compatibility is a hard filter.

    A resource whose rows are about another value of a dimension the text names (another city)
    is left out, and recorded in ``ctx.missing``. ``wholes``: looking for the total a part is taken
    of, so a resource that lacks the named dimension altogether (all groups together) is kept.
    """
    # a sentence naming no measure takes the one named farther back
    given, (ctx, carried) = ctx, carry_measure(index, claim, ctx)
    ctx = measure_before(index, claim, ctx) if carried is None else ctx
    ctx = with_listed_parts(ctx)  # 'from coal, cement, and gas flaring rose 5 %': the list's words are the clause's
    claim = points_written_as_percent(claim, ctx)  # 'up 1.5 percent from 4 percent' to 5.5: points
    claim = year_comparison_multiple(claim, ctx)  # 'three times as high as in 2021'
    # 'greenhouse gas emissions … 289.5 MtCO2': the mixture's 'gas' is no column's word ('Gas Fuel')
    said = ctx  # the words as written, for which gas the figure counts
    if inside := words_only_in_mixture_names(ctx.sentence_text, claim.subject or ""):
        ctx = dataclasses.replace(ctx, sentence=ctx.sentence - inside, clause=ctx.clause - inside,
                                  subject=ctx.subject - inside)
    names: set[str] = set()
    for tok in ctx.sentence | ctx.subject | ctx.before | ctx.referred:
        names |= index.metric_index.get(tok, set())
    hits = dimension_hits(index, ctx)
    named = named_values(index, ctx)
    words = _claim_words(index, ctx, claim, _named_value_words(index, hits))  # once per claim, not per resource
    gas = other_gas(said.clause | said.subject)  # 'methane reached 1.86 ppm': no CO2 series speaks for it
    # nor for greenhouse gases ('contributors to greenhouse gas emissions: China - 19.5%')
    measure = said.clause | said.subject | colon_lead(said)  # not the whole sentence: '… driver of its greenhouse gas output'
    # '289.5 MtCO2' of greenhouse gases: the unit gives the gas, and a CO2 series may answer it
    mixture = not unit_names_one_gas(claim.text) \
        and mixture_named(claim.subject, measure, said.sentence | said.clause | said.subject, said.substance, said.before)
    candidates: list[Candidate] = []
    for name in sorted(names):  # by name, not in the set's per-process order
        res = index.resources[name]
        if not speaks_for_gas(gas, res.phrase_words | res.inherited_words) \
                or mixture and speaks_of_one_substance(res.phrase_words | res.inherited_words):
            continue
        res_hits: _Hits | None = hits.get(name, {})
        dimension_words = frozenset(t for d, values in res_hits.items() for v in values
                                    for t in index.value_words.get((name, d, v), ()))
        m_score = metric_score(index, res, ctx, words, dimension_words)
        # a measure carried from farther text is named there whole, however little the sentence says of it
        if not carried.names(res, ctx.sentence, lambda unit: any(
                mode is not MatchMode.SHARE for mode, _ in _modes(claim, res.kind, unit, ctx.substance))) \
                if carried is not None else m_score < MIN_METRIC_SCORE:
            continue
        if named:
            res_hits = named_hits(claim, index, ctx, res, res_hits, named, m_score, wholes)
            if res_hits is None:
                continue
        else:
            if ctx.others_places:  # the sentence's places are its other figures': the text around gives this one's
                res_hits = {d: {v: s for v, s in values.items() if v not in ctx.others_places.get(d, ())}
                            for d, values in res_hits.items()}
            res_hits = _nearest_places_only(res, res_hits, ctx)
        unnamed = unnamed_places(res, res_hits)
        if unnamed:
            # Rows about many places and no place in the claim's context: reading the figure
            # against every place would let whichever country happens to fit 'support' it.
            # a bare figure of a table's row ('Inflation 4.59 4.06 5.03', its unit in the header) may be the
            # series' too: with no place named it is for a person, not 'nothing matches'
            if not wholes and (_bare_cell(claim)
                               or any(_modes(claim, res.kind, unit, ctx.substance) for unit in res.units)):
                _record_unnamed(index, ctx, res, unnamed, m_score)
            continue
        candidates += candidates_of(claim, res, res_hits, named, m_score, ctx.substance, index=index)
    if not wholes:  # a part named by no word of its own stands for its table's total, a candidate too
        candidates += totals_of_unnamed_parts(candidates, index, ctx, lambda res, score: _candidates_for(
            claim, index, ctx, res, hits.get(res.name, {}), named, score))
    total_before_parts(candidates, ctx)
    named_variant(candidates, ctx)
    candidates.sort(key=candidate_order)
    if carried is not None and not wholes:
        given.measure_from = carried if candidates else None  # what the evidence will say
    if not candidates and not wholes:
        return _implied_candidates(claim, index, given)
    return candidates


# three or more bare figures in a row, nothing but spaces between them: a table's row written as text
_FIGURE_ROW = re.compile(r"(?<!\S)[-+]?\d[\d.,]*(?:\s+[-+]?\d[\d.,]*){2,}(?!\S)")


def _bare_cell(claim: Claim) -> bool:
    """A figure with no unit among a row of them ('Inflation 4.59 4.06 5.03'): a table's cell, whose unit
    the table states elsewhere; not a lone bare figure ('the index stands at 122.3')."""
    if claim.unit or claim.kind not in (Kind.level, Kind.count):
        return False
    at = surface_at(claim.sentence, claim.text)
    return at >= 0 and any(m.start() <= at < m.end() for m in _FIGURE_ROW.finditer(claim.sentence))


def _implied_candidates(claim: Claim, index: ReferenceIndex, ctx: ClaimContext) -> list[Candidate]:
    """A figure that matches nothing by its own words, read with the measure its counted noun or unit
    implies ('people … live': population); ``ctx.implied`` says so when that finds a series."""
    implied = implied_context(claim, ctx)
    if implied is None:
        return []
    candidates = match(claim, index, implied)
    if candidates:
        ctx.implied = implied.implied
        ctx.missing.clear()
        ctx.unplaced.clear()
    return candidates


# dimension → value → strength of its mention
_Hits = dict[str, dict[str, float]]


def _candidates_for(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, res: ResourceIndex, res_hits: _Hits,
                    named: dict[str, NamedValue], m_score: float) -> list[Candidate]:
    """The candidates of one resource at a given metric score, its rows narrowed as ``match`` does."""
    if named:
        narrowed = named_hits(claim, index, ctx, res, res_hits, named, m_score, False)
        if narrowed is None:
            return []
        res_hits = narrowed
    if unnamed_places(res, res_hits):
        return []
    return candidates_of(claim, res, res_hits, named, m_score, ctx.substance, index=index)


def reads_in_its_unit(claim: Claim, res: ResourceIndex, substance: str | None) -> bool:
    """Some unit of ``res``'s rows can speak to the claim (a count in rubles is no GDP in dollars)."""
    return any(_modes(claim, res.kind, unit, substance) for unit in res.units)


def _record_unnamed(index: ReferenceIndex, ctx: ClaimContext, res: ResourceIndex, count: int,
                    m_score: float) -> None:
    """Why a resource about many places was left out: the context names a place it has no rows for
    (``ctx.missing``), or names no place at all (``ctx.unplaced``)."""
    for _, words in ctx.layers:
        named = sorted(index.place_names.get(w) or Places.default().name_of(w) for w in words if is_marker(w))
        if named:
            dim = next(d for d in res.place_dims if len(res.dim_values[d]) > 1)
            missing = MissingValue(m_score, frozenset(named), sorted(res.dim_values[dim]), False, res.name)
            known = ctx.missing.get(res.metric)
            if known is None or missing.tells_more_than(known):
                ctx.missing[res.metric] = missing
            return
    ctx.unplaced[res.metric] = max(ctx.unplaced.get(res.metric, 0), count)


def _nearest_places_only(res: ResourceIndex, res_hits: _Hits, ctx: ClaimContext) -> _Hits:
    """The resource's place hits from the nearest layer that names a place, not from a farther one: after
    'North Kazakhstan' in the paragraph, the country the page's address names is not the figure's place,
    though the region has no rows here (then ``_record_unnamed`` says so)."""
    nearest = next((LAYER_STRENGTH.get(name, 0.0) for name, words in ctx.layers if any(is_marker(w) for w in words)), 0.0)
    return {d: values if d not in res.place_dims else {v: s for v, s in values.items() if s >= nearest}
            for d, values in res_hits.items()}


def _named_by_its_place_column_only(res: ResourceIndex, ctx: ClaimContext) -> bool:
    """The text meets a metric named after its file ('Region population') only in the header of the column its
    places are in ('Region'): that word says where a table's rows are, not what they count, so a place the table
    lacks ('the region's highest rate, 9.8 % in Honduras') is no place it fails to cover: the figure is another
    measure's."""
    said = (res.phrase_words & ctx.all) - GENERIC  # 'the region's total' names no measure either
    return bool(said) and said <= place_column_words(res.dims)


def unnamed_places(res: ResourceIndex, res_hits: _Hits) -> int:
    """How many places a place dimension of ``res`` covers when the context names none of them (else 0);
    a place named in any of the columns naming the same rows is named."""
    for group in res.place_groups:
        many = [d for d in group if len(res.dim_values[d]) > 1]
        if many and not any(res_hits.get(d) for d in group):
            return len(res.dim_values[many[0]])
    return 0


def _samples_the_whole(index: ReferenceIndex, name: str) -> bool:
    """``samples_the_whole`` of a resource, once per index: it compares the name with every sibling's."""
    key = ("samples_the_whole", name)
    if key not in index.mention_cache:
        index.mention_cache[key] = samples_the_whole(name, index.resources)
    return bool(index.mention_cache[key])


def named_hits(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, res: ResourceIndex, res_hits: _Hits,
                named: dict[str, NamedValue], m_score: float, wholes: bool) -> _Hits | None:
    """The resource's hits narrowed to the values the text names for this claim, or None when its
    rows are about another value (recorded in ``ctx.missing`` when the claim could be read against it)."""
    own_words = res.phrase_words | frozenset(
        t for d, values in res_hits.items() for v in values if d not in named or v in named[d].values
        for t in index.value_words.get((res.name, d, v), ()))
    # a global or station series of the air is no country's in its own unit ('417.8 ppm'); a percent read
    # from it ('Zambia's rate rose to 21.5 percent') is not its figure, so a named country still rules it out,
    # and so does a station the sentence names that is none of the package's ('a station in China')
    of_no_country = claim.unit in res.units and _samples_the_whole(index, res.name) \
        and not names_another_station(ctx)
    elsewhere = about_elsewhere(res, named, own_words, wholes, of_no_country,
                                a_count=claim.kind is Kind.count and claim.unit != "%")
    if elsewhere is not None:
        if wholes or not any(_modes(claim, res.kind, unit, ctx.substance) for unit in res.units):
            return None  # a series the claim could not be read against anyway ('%' for a count)
        if _named_by_its_place_column_only(res, ctx):
            return None  # 'the highest rates of the region, 9.8 % in Honduras': no regional table's measure
        known = ctx.missing.get(res.metric)
        missing = MissingValue(m_score, elsewhere.values, sorted(res.dim_values.get(elsewhere.dim, ())),
                               elsewhere.in_clause, res.name)
        if known is None or missing.tells_more_than(known):
            ctx.missing[res.metric] = missing
        return None
    # Rows of a named dimension: the value named for this claim, not another one nearby; the places
    # of a group the figure is said of ('Mali and Senegal with 9.7 %') are named for it equally.
    return {d: (_named_equally(values, named[d]) or values) if d in named else values
            for d, values in res_hits.items()}


def _named_equally(values: dict[str, float], named: NamedValue) -> dict[str, float]:
    """The hits of the values named for the claim; a group's all at the strongest one's strength."""
    kept = {v: s for v, s in values.items() if v in named.values}
    return dict.fromkeys(kept, max(kept.values())) if named.grouped and kept else kept


@dataclass
class _Selection:
    """The rows the text's dimension values pick out of a resource (None: no dimension named)."""

    positions: np.ndarray | None = None
    matched: dict[str, list[str]] = field(default_factory=dict)
    open_dims: list[str] = field(default_factory=list)
    strengths: list[float] = field(default_factory=list)
    context: dict[str, str] = field(default_factory=dict)


def _select_rows(res: ResourceIndex, res_hits: _Hits) -> _Selection:
    sel = _Selection()
    for d in res.dims:
        values = res_hits.get(d)
        if values:
            strongest = max(values.values())
            chosen = sorted(v for v, s in values.items() if s == strongest)
            sel.matched[d] = chosen
            sel.context[d] = layer_of(strongest)
            if len(res.dim_values[d]) > 1:
                sel.strengths.append(strongest)
            if sel.positions is None:
                sel.positions = (res.dim_positions[d][chosen[0]] if len(chosen) == 1 else
                                 np.unique(np.concatenate([res.dim_positions[d][v] for v in chosen])))
            else:  # filter by the dimension's codes: linear, no sort
                wanted = np.array([res.dim_values[d].index(v) for v in chosen], dtype=np.int32)
                sel.positions = sel.positions[np.isin(res.dim_codes[d][sel.positions], wanted)]
        elif len(res.dim_values[d]) > 1:
            sel.open_dims.append(d)
    return sel


def candidates_of(claim: Claim, res: ResourceIndex, res_hits: _Hits, named: dict[str, NamedValue],
                   m_score: float, referred: str | None = None, *, index: ReferenceIndex) -> list[Candidate]:
    """One candidate per unit of the resource and way it can speak to the claim; ``index`` spells the
    places of a group the figure is said of as this resource does."""
    sel = _select_rows(res, res_hits)
    pinned = [d for d in res.dims if len(res.dim_values[d]) > 1]
    listed = [v for d in res.dims if d in named and named[d].listed for v in sel.matched.get(d, ())]
    if len(listed) > 1:  # 'Germany' and 'DEU' in two columns are one place, said once
        keys = [res.place_values.get(v) or v for v in listed]
        listed = [v for i, v in enumerate(listed) if keys[i] not in keys[:i]]
    grouped_dim = next((d for d in res.dims if d in named and named[d].grouped), None)
    grouped = () if grouped_dim is None else index.spelled_as_in(res, grouped_dim, named[grouped_dim].grouped)
    dim_score = (sum(sel.strengths) / len(pinned)) if pinned else 1.0
    specific = 0.01 * len(sel.matched)  # naming more of a row's dimensions is more specific
    out: list[Candidate] = []
    for code, unit in enumerate(res.units):
        modes = _modes(claim, res.kind, unit, referred)
        if not modes:
            continue
        if sel.positions is None:
            positions = np.flatnonzero(res.unit_codes == code) if len(res.units) > 1 else \
                np.arange(len(res.unit_codes))
        else:
            positions = sel.positions[res.unit_codes[sel.positions] == code] if len(res.units) > 1 \
                else sel.positions
        if not len(positions):
            continue
        for mode, factor in modes:
            score = 0.65 * m_score + 0.35 * dim_score + specific - _MODE_PENALTY[mode]
            out.append(Candidate(res, mode, factor, round(score, 4), m_score, positions,
                                 sel.matched, sel.open_dims, listed, sel.context, grouped))
    return out


def candidate_order(c: Candidate) -> tuple[float, bool, str, str, int]:
    """Best first: higher score, a figure read directly before a computed one; ties broken by
    resource name, then mode, then the first row, so that the order is total."""
    return -c.score, c.mode is not MatchMode.DIRECT, c.resource.name, c.mode, int(c.resource.rows[c.positions[0]])


def find_totals(index: ReferenceIndex, ctx: ClaimContext, part: Candidate) -> list[Candidate]:
    """Count series that can serve as the whole a part is taken of (population, all firms…).

    A total is another count resource named in the sentence whose pinned dimension values are
    a strict subset of the part's (the Russians *of Kazakhstan* divide by Kazakhstan's total),
    and that leaves no dimension open (a whole country, not one of its regions).
    """
    part_pins = {(d, v) for d, values in part.matched_dims.items() for v in values}
    out: list[Candidate] = []
    probe = Claim(id="total", text="", start=0, end=0, line=1, column=1, sentence="", value=0.0, unit="",
                  value_high=None, period=None, subject=None, decimals=0)
    for cand in match(probe, index, ctx, wholes=True):
        if cand.resource.name == part.resource.name or cand.mode is not MatchMode.DIRECT or cand.open_dims:
            continue
        pins = {(d, v) for d, values in cand.matched_dims.items() for v in values}
        if pins < part_pins or (not pins and part_pins):
            out.append(cand)
    return out
