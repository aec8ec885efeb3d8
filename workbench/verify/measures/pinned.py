"""A series of emissions pinned by its unit: 'the United States with 4.5 gigatons' of CO2 against
'Total (National CO2 emissions from fossil fuels and cement manufacture)' in tonnes of carbon.

A sentence rarely repeats a publisher's long title, so its words name such a series only weakly, and a
weak match leaves a contradiction uncertain. But a mass of emissions, or its percent change, read against
the one series whose unit names its substance, is that series' figure whatever words the title adds:
the place and the period pinned, the unit converted (44/12), what is left to doubt is named in the
data (``pinning`` in substances.json: the words that say emissions, a mixture of gases, a part such
as a fuel or a sector the series' name does not hold).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ... import substances
from ...config import Tolerances
from ...extraction.vocabulary import STOPWORDS
from ...matching import ADDRESS_LAYER, Candidate, ClaimContext, MatchMode, ResourceIndex
from ...matching.context import MissingValue
from ...matching.gases import unit_names_one_gas, words_only_in_mixture_names
from ...models import Claim, Kind, Verdict
from ...numbers import data_json
from ...places import Places, marker
from ...patterns import YEAR_AND_NEXT_UNSPACED, names_next_year
from ...periods import YEAR, Period, granularity, try_parse_period
from ...text import surface_at, token_set
from ...unit_families import unit_family
from ..observations import Observation, names_any
from ..wording import find_any, holds_any, normalized

if TYPE_CHECKING:  # decision imports this module
    from ..decision import Decision

# a mass, its change in percent or in tonnes (the difference of two years' rows), or a mass per person
_PINNED_MODES = (MatchMode.DIRECT, MatchMode.GROWTH, MatchMode.DIFFERENCE, MatchMode.PER_CAPITA)
@lru_cache(maxsize=256)  # asked by each figure of the sentence
def _names_split_year(sentence: str) -> bool:
    """'2016/2017', '2016/17', '2016-17': news writes a fiscal or season year so, and calendar rows do not pin it."""
    return any(names_next_year(m[1], m[2]) for m in YEAR_AND_NEXT_UNSPACED.finditer(sentence))


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    spec = data_json("substances.json").get("pinning", {})
    words = {key: frozenset(t for w in spec.get(key, []) for t in token_set(w))
             for key in ("measure_words", "making_words", "mixture_words", "part_words", "fraction_words")}
    words["fraction_units"] = frozenset(spec.get("fraction_units", []))  # units, not words: no tokenising
    # one substance (carbon, CO2), not a mixture: the words the substances table names it by
    words["substance_words"] = frozenset(t for name, tag in substances.tags().items() if not substances.is_mixture(name)
                                         for w in [tag["name"], *tag.get("text_words", [])] for t in token_set(w))
    return words


@lru_cache(maxsize=1)
def _inventory_names() -> frozenset[frozenset[str]]:
    """The words of each emission inventory's name (``pinning.emission_inventories``): a name is all of them."""
    names = data_json("substances.json").get("pinning", {}).get("emission_inventories", [])
    return frozenset(token_set(n) for n in names)


def pinned_by_unit(claim: Claim, lead: Observation, ctx: ClaimContext | None, claim_period: Period | None) -> bool:
    """The lead's series is the claim's by its unit: a series of a named substance ('t C'), the claim a
    mass of it or a percent change, its place and period pinned, the text around it about emissions of
    that substance and of no part the series' name does not hold."""
    cand = lead.candidate
    if ctx is None or claim_period is None or cand.mode not in _PINNED_MODES or cand.open_dims \
            or not any(cand.matched_dims.get(d) for d in cand.resource.place_dims) \
            or _names_split_year(claim.sentence):
        return False
    if not of_a_substance_mass(cand.resource):
        return False
    words = _words()
    around = frozenset().union(ctx.all, ctx.referred, ctx.clause, ctx.measure_from.words if ctx.measure_from else (),
                               *(words for layer, words, _ in ctx.measure_layers if layer != ADDRESS_LAYER))
    own = ctx.sentence | ctx.clause | ctx.subject
    # 'creating 596 million tons of carbon dioxide': a verb of making says emissions when the sentence names the gas
    made = not (ctx.sentence | ctx.clause).isdisjoint(words["making_words"]) and not own.isdisjoint(words["substance_words"])
    # 'greenhouse gas emissions stood at 289.5 MtCO2': the figure's own unit names its gas, read as that gas
    # (whether it is all gases written as CO2, mixture_in_co2 then says by its ratio to the row)
    # an inventory of emissions named there ('the Global Carbon Project's data') says emissions as the word does
    says_emissions = not around.isdisjoint(words["measure_words"]) or any(n <= around for n in _inventory_names())
    if (not says_emissions and not made) \
            or not (_one_substance(around, own) or unit_names_one_gas(claim.text)):
        return False
    percent = claim.kind is Kind.change and claim.unit == "%" and cand.mode is MatchMode.GROWTH
    mass = cand.mode is not MatchMode.GROWTH and bool(claim.unit) \
        and unit_family(claim.unit)[0] == unit_family(cand.resource.units[0])[0]
    if not (mass or (percent and not around.isdisjoint(words["substance_words"]))):
        return False
    # the 'gas' of 'greenhouse gas' is no gas fuel
    return _no_other_part(own - words_only_in_mixture_names(ctx.sentence_text, claim.subject or ""),
                          cand.resource.phrase_words | cand.resource.inherited_words)


def emissions_of_uncovered_place(claim: Claim, lead: Candidate | None, ctx: ClaimContext,
                                 resources: dict[str, ResourceIndex]) -> tuple[str, MissingValue] | None:
    """'Global CO2 emissions fell by 6.4 %', 'emissions … in the EU fell 2.5 %': a figure its own clause says is
    of emissions (``pinning.measure_words``), not written in a mole fraction's unit, whose best match is a series of
    the air's mole fraction (its unit one of ``fraction_units``: a concentration, which 'global' names a variant of;
    the clause naming no concentration, ``fraction_words``),
    while an emissions series — of a named substance's mass ('t C') — was left out for lacking the place the text
    names (the world, a group of countries): the claim is that series' figure, of a place it has no row for, not the
    air's. The emissions series' name and the place it lacks; None otherwise (a place the series holds, named in
    text before the sentence, is matched as usual)."""
    words = _words()
    if lead is None or claim.unit in words["fraction_units"] \
            or not any(u in words["fraction_units"] for u in lead.resource.units) \
            or ctx.clause.isdisjoint(words["measure_words"]) or not ctx.clause.isdisjoint(words["fraction_words"]):
        return None
    lacking = [(metric, missing) for metric, missing in ctx.missing.items()
               if _named_in_sentence(missing, ctx) and missing.resource in resources
               and of_a_substance_mass(resources[missing.resource])]
    return max(lacking, key=lambda item: (item[1].rank, item[0])) if lacking else None


def _named_in_sentence(missing: MissingValue, ctx: ClaimContext) -> bool:
    """The place an emissions series lacks stands in the figure's own sentence: one named only in text before it
    (the world of a paragraph on a country's share) leaves the sentence's own place to the match."""
    places = Places.default()
    keys = [p.key for name in missing.named if (p := places.exact(name)) is not None]
    return missing.in_clause or any(marker(k) in ctx.sentence for k in keys)


def of_a_substance_mass(resource: ResourceIndex) -> bool:
    """A series whose unit names the substance it weighs ('t C', 't CO2'): an emissions series."""
    tags = [substances.split(u)[1] for u in resource.units]
    return any(t is not None and t != substances.OTHER for t in tags)


def pinned_by_per_head(lead: Observation, ctx: ClaimContext | None, claim_period: Period | None) -> bool:
    """'Kazakhstan's GDP per capita' on the line before '1,130 dollars in 1999' (in any language the text is
    glossed from): the figure is read as the total the text just before names (its paragraph or the one right
    before, not a page's title) ÷ the population of the same place and year, and that text calls it per head
    (``CarriedMeasure.per_head``). The measure is named whole, where a reader read it last; that the figure's
    own line repeats none of its words leaves nothing to doubt, as a list's lead ending in a colon does not."""
    cand = lead.candidate
    carried = ctx.measure_from if ctx is not None else None
    return carried is not None and carried.per_head and _carried_from_nearest(ctx) \
        and claim_period is not None and cand.mode is MatchMode.PER_CAPITA and not cand.open_dims \
        and any(cand.matched_dims.get(d) for d in cand.resource.place_dims)


def pinned_by_fraction(claim: Claim, lead: Observation, ctx: ClaimContext | None, claim_period: Period | None) -> bool:
    """'4.7 parts per million higher than last March' against a station's monthly CO2 means: a mole fraction
    (or its change) in the unit of the one series of that unit, the period pinned, the text around it naming
    the series' gas and no mixture, and the station or the globe the text does not leave open (the sibling
    series the text names not, ``variant_penalty``, ranks below the lead) — the series is the claim's by its
    unit, however few of its title's words the sentence repeats."""
    cand = lead.candidate
    if ctx is None or claim_period is None or claim.unit not in _words()["fraction_units"] \
            or claim.unit not in cand.resource.units or cand.open_dims or cand.variant_penalty:
        return False
    words = _words()
    around = frozenset().union(ctx.all, ctx.referred, ctx.clause,
                               *(words for layer, words, _ in ctx.measure_layers if layer != ADDRESS_LAYER))
    return not around.isdisjoint(words["substance_words"]) and _one_substance(around, ctx.sentence | ctx.clause)


def pinned_by_prices(claim: Claim, lead: Observation, ctx: ClaimContext | None, claim_period: Period | None,
                     tol: Tolerances) -> bool:
    """The lead's series is the claim's by the prices its sentence names: a year's percent of a place read
    directly from a series of the headline measure (``measure_words``: inflation, consumer prices, the CPI),
    the sentence up to the figure naming that measure or bare prices (``price_nouns`` with no other thing's
    word before them: 'Prices in Italy rose …', not 'house prices rose …'), and the row missing the figure
    by no more than another vintage or basis of the same rate does (``rate_basis_gap``): a figure far off a
    row its words name weakly may be another measure ('a fall of 0.2 %' against an average of +0.4 %). Not
    in a record's sentence (``record_words``) unless the figure's year is written before the record's words
    ('rose 8.1 % in 2022, the largest increase since the mid-1980s'): else its year may be the record's base
    ('the highest since 1992'). Components ('food prices') never get here: ``other_series`` reads them first."""
    cand = lead.candidate
    if ctx is None or claim_period is None or granularity(claim_period) != YEAR or claim.unit != "%" \
            or abs(lead.deviation) > tol.rate_basis_gap or _record_may_date(claim.sentence, claim_period, tol) \
            or cand.mode is not MatchMode.DIRECT or cand.open_dims \
            or not any(cand.matched_dims.get(d) for d in cand.resource.place_dims):
        return False
    headline = [w for word, terms in tol.measure_words.items() for w in (word, *terms)]
    if not names_any(cand.resource, headline):
        return False
    at = surface_at(claim.sentence, claim.text)
    before = claim.sentence[:at] if at >= 0 else claim.sentence
    return holds_any(before, headline) or bare_price_noun(normalized(before), tol, ctx.place_words) \
        or _headline_carried(ctx, headline, tol)


def _headline_carried(ctx: ClaimContext, headline: list[str], tol: Tolerances) -> bool:
    """The sentence names no measure and takes the headline one from the text read just before it: the
    paragraph's earlier sentences, the heading above, else the paragraph right before (a list's lead, a table's
    caption) — 'Inflation rose across the big economies in 2022.' then 'Japan and China close the list with
    2.5 % and 1.9 %'. The reader reads the figure as that measure as surely as if its sentence said it. Not
    when that text gives the rate another basis (a year's end, a 12-month rate: ``year_end_words``,
    ``monthly_basis_words``), which the sentence's figures may share; nor from a page's title, front matter
    or address, which say what the page is about, not what one figure measures."""
    carried = ctx.measure_from
    if carried is None:
        return False
    near = [text for layer, text in ctx.basis_texts if layer in ("paragraph", "heading")] \
        + [text for layer, _words, text in ctx.measure_layers if layer == "previous paragraph"][:1]
    said = next((text for text in near if holds_any(text, headline)), None)
    return said is not None and not holds_any(said, [*tol.year_end_words, *tol.monthly_basis_words])


def _record_may_date(sentence: str, claim_period: Period, tol: Tolerances) -> bool:
    """The sentence speaks of a record (``record_words``) and does not write the figure's year before the
    record's first word: the year may be the record's base ('the highest since 1992'), not the figure's."""
    records = find_any(sentence, tol.record_words)
    if not records:
        return False
    year = re.search(rf"(?<!\d){claim_period.start.year}(?!\d)", normalized(sentence))
    return year is None or year.start() > records[0].start()


def bare_price_noun(text: str, tol: Tolerances, place_words: frozenset[str]) -> bool:
    """A price noun in ``text`` (normalized) that nothing but a small word or the place's name qualifies: the
    word right before it, unless a mark ('--', a comma) or the text's start comes first."""
    for found in find_any(text, tol.price_nouns):
        previous = _LAST_WORD.search(text, 0, found.start())
        if previous is None or previous.group(1) in STOPWORDS or token_set(previous.group(1)) <= place_words:
            return True
    return False


_LAST_WORD = re.compile(r"([^\W\d_][\w'-]*)\s*\Z")


def names_one_substance(words: frozenset[str]) -> bool:
    """The words name one substance (carbon, CO2), not only emissions or a mixture of gases."""
    return not words.isdisjoint(_words()["substance_words"]) and words.isdisjoint(_words()["mixture_words"])


def gas_said_above(ctx: ClaimContext) -> str | None:
    """The substance ('CO2') the heading above the figure or the page's title names, when the nearest text above its
    sentence that names a gas is that heading or title ('Carbon dioxide emissions per capita' over 'Denmark had 4.9
    tonnes per capita'): a heading says what every line under it counts. None when that text names a mixture or
    several substances, or is a paragraph — one naming a gas may discuss it beside the figure's own measure (a
    footprint, a question to the reader) — or no text above names one."""
    gases = _words()["substance_words"] | _words()["mixture_words"]
    for layer, text in ctx.basis_texts:
        words = token_set(text)
        if words.isdisjoint(gases):
            continue
        tag = substances.mentioned(text) if layer in _HEADING_LAYERS else None
        return tag if tag is not None and not substances.is_mixture(tag) and names_one_substance(words) else None
    return None


# the layers of text above a figure that head it, rather than speak beside it
_HEADING_LAYERS = ("heading", "title")


def _one_substance(around: frozenset[str], sentence: frozenset[str]) -> bool:
    """No mixture of gases is named around the figure; or one is, farther back, and the figure's own sentence
    names one substance and no mixture ('… net greenhouse gas emissions in 2008.' then 'Japan (9.68
    tonnes/person) had lower per capita CO2 emissions'): the sentence narrowed the paragraph's subject."""
    mixture, substance = _words()["mixture_words"], _words()["substance_words"]
    return around.isdisjoint(mixture) or sentence.isdisjoint(mixture) and not sentence.isdisjoint(substance)


def part_change_of_a_total(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """A change of a part's emissions ('the carbon emissions of Brazilian industries grew 77 %': a sector, a fuel,
    ``part_words``) contradicted by the change of a series of a substance whose name holds no such part: the
    total's change neither confirms nor refutes a part's, so a person decides (``wider_series``)."""
    from ..decision import Reason  # decision imports this module

    if decision.verdict is not Verdict.contradicted or claim.kind is not Kind.change or not decision.lead:
        return decision
    cand = decision.lead[0].candidate
    if cand.mode is not MatchMode.GROWTH or not any(
            (tag := substances.split(u)[1]) is not None and tag != substances.OTHER for u in cand.resource.units):
        return decision  # only a series of emissions of one substance: its name says what it holds
    own = ctx.sentence | ctx.clause | ctx.subject
    series = cand.resource.phrase_words | cand.resource.inherited_words
    if _no_other_part(own, series):
        return decision
    part = ", ".join(sorted(own & _words()["part_words"] - series))
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.WIDER_SERIES,
                               flags=decision.review_flags, lead=decision.lead[:1],
                               scope=(f"the emissions of {part}", "the rest", cand.resource.metric))


def _no_other_part(sentence: frozenset[str], series: frozenset[str]) -> bool:
    """The sentence names no part ('from coal', 'fuelled by deforestation') the series' name does not hold,
    unless it lists several, one of them the series' own ('fuels, cement and gas flaring'): what its total covers."""
    named = sentence & _words()["part_words"]
    return not named - series or (len(named) > 1 and bool(named & series))


def carried_in_paragraph(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> bool:
    """A contradiction whose measure the text just before named, pinning the series: the paragraph's earlier
    sentence or the paragraph right before by the series' unit ('… emissions rose 376 % from 5.8 million tonnes of carbon. Malaysia ranked
    second with a 224 % increase.'), or the headline prices by ``pinned_by_prices`` (a sentence of figures
    after one on inflation, a list under its lead), or a figure per head by the total named per head just before
    (``pinned_by_per_head``). The reader carries that measure as surely as the checker,
    so it stays a contradiction."""
    carried = ctx.measure_from
    if carried is None or decision.verdict is not Verdict.contradicted or not decision.lead:
        return False
    said = claim.period or (ctx.carried_period[0] if ctx.carried_period else None)
    period = try_parse_period(said) if said else None
    return _carried_from_nearest(ctx) and pinned_by_unit(claim, decision.lead[0], ctx, period) \
        or pinned_by_prices(claim, decision.lead[0], ctx, period, tol) or pinned_by_per_head(decision.lead[0], ctx, period)


def _carried_from_nearest(ctx: ClaimContext) -> bool:
    """The measure came from the paragraph's earlier sentences or from the paragraph right before ('… the most
    polluting countries per head in 2017 in terms of CO2' over 'The US follows at around 15.74 tonnes'), which
    a reader has just read; not from a farther paragraph, the title or the page's address."""
    carried = ctx.measure_from
    if carried is None:
        return False
    if carried.layer == "paragraph":
        return True
    nearest = next((words for layer, words, _ in ctx.measure_layers if layer == "previous paragraph"), None)
    return carried.layer == "previous paragraph" and nearest is not None and carried.around == nearest
