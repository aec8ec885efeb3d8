"""Which series a claim's words mean, beyond the metric the matcher found.

- A variant the data does not hold: 'core CPI', 'food inflation', 'harmonised index of consumer
  prices', 'up 1.2 % month-on-month'. The headline series is another measure; agreeing or not, it
  cannot judge the claim (``series_qualifiers``, ``series_basis_words``).
- The measure an unqualified word means: news says 'inflation' for consumer-price inflation. When
  the data has a series whose metric names that measure, the word's other series (a GDP deflator)
  are not read for the claim unless the sentence names them (``measure_words``).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re

from ...config import Tolerances
from ...matching import Candidate, ClaimContext, ReferenceIndex, ResourceIndex, match
from ...models import Claim
from ...numbers import lexicon
from ...periods import DAY, MONTH, TRAILING_12, YEAR, granularity, try_parse_period
from ...matching.comparisons import comparison_word
from ...matching.generic import is_generic
from ...matching.measure import measure_words, sentence_names_measure
from ...text import clause_span, last_match_before, matches_once, surface_at, token_set
from ...units import POINT_UNITS
from ..observations import names_any
from .pinned import bare_price_noun
from .accounting_basis import accounting_basis_said
from .qualifier_scope import FIGURE_NOT_YEAR, LINKS, counted_after_figure, elsewhere, normalized_at, segment_start, trails_another_figure
from .swapped_labels import swapped_labels
from ..wording import find_any, find_any_before, holds_any, normalized, normalized_offset, rate_name_pattern

_HEAD = re.compile(r"\s*([^,;:.()\"\u201c\u201d]*)")
# words that open a clause ('while excluding food it rose …')
# the words after an exclusion word, up to a clause mark: what it leaves out
_EXCLUDED = re.compile(r"\s*([^,;:()\"\u201c\u201d]*)")
# the words after a figure up to a clause mark
_UP_TO_CLAUSE_MARK = re.compile(r"[^,;:()\"\u201c\u201d]*")


def _of_month_or_year(claim: Claim) -> bool:
    """Whether the claim's period, if it names one, is a day, a month, a year or 12 months."""
    period = try_parse_period(claim.period) if claim.period else None
    return period is None or granularity(period) in (DAY, MONTH, YEAR, TRAILING_12)


def rate_market_said(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """'… the dollar in the parallel market also kept rising, closing the day at 27.13 bolívares': an exchange
    rate its sentence, before the figure, says is of a market no series is named by (``valuation_basis_words``:
    'parallel market', 'black market') is another series than the official rows; the words, else None."""
    sentence = ctx.sentence_text or claim.sentence
    at = ctx.claim_offset if ctx.sentence_text else max(surface_at(sentence, claim.text), 0)
    for found in find_any(sentence[:at], tol.valuation_basis_words):
        if not any(names_any(r, [found.group()]) for r in index.resources.values()):
            return found.group()
    return None


def other_series(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """The words naming a variant of a series ('core CPI') that no series of the reference data is
    named by, when that series could speak to the claim; None when the claim's series may be there."""
    clause = ctx.sentence_text[ctx.clause_span[0]:ctx.clause_span[1]] if ctx.clause_span[1] else claim.sentence
    # 'annualized inflation' is the 12-month rate (a phrase of ``monthly_basis_words``): its 'annualized'
    # names no other series, as it does of a quarter's growth ('an annualized 3.2 %')
    twelve_month = find_any(clause, tol.monthly_basis_words)
    # nor of 'el IPC anualizado' (glossed 'the CPI (CPI) annualized'), whose phrase straddles the clause's bracket
    straddling = [m.group() for m in find_any(claim.sentence, tol.monthly_basis_words) if ")" in m.group()]
    # nor where the clause names a measure news quotes as a 12-month rate ('inflation … in annualized terms'),
    # of a month or a year: a quarter's or a half-year's annualized rate is another series
    annualized_measure = _of_month_or_year(claim) \
        and holds_any(clause, [w for word, terms in tol.measure_words.items() for w in (word, *terms)])
    # the figure where find_any's matches stand: in the normalized clause ('…, rose' opens it with a space)
    figure = (normalized_offset(clause, ctx.claim_offset - ctx.clause_span[0]),
              normalized_offset(clause, max(ctx.claim_end, ctx.claim_offset) - ctx.clause_span[0]))
    plain_clause = normalized(clause)
    bases = [b for b in find_any(clause, tol.series_basis_words)
             if not any(m.start() <= b.start() and b.end() <= m.end() for m in twelve_month)
             and not any(m.endswith(b.group()) for m in straddling)
             and not (annualized_measure and b.group().lower() in tol.annualized_words)
             and not _twelve_month_nearer(b, twelve_month, figure)
             # 'rose 0.4 % from the previous month and 6.6 % from October 2022': the basis said right after the
             # 0.4 % is that figure's
             and not trails_another_figure(plain_clause, b.start(), *figure)]
    text = normalized(claim.sentence)
    # A qualified series named after the claim's clause is another subject ('…, driven by energy prices').
    end = len(normalized((ctx.unmasked_text or ctx.sentence_text)[:ctx.clause_span[1]])) if ctx.clause_span[1] else len(text)
    speaking = [r for r in index.resources.values() if _speaks_to(r, claim)]
    qualifiers = [q for q in _qualifiers_said(text, tol, speaking) if q.start() < end]
    # 'the 14 % annual inflation in food prices': the qualifier after its measure names the variant too
    qualified_after = [q for q in matches_once(_qualified_measures(tol), text) if q.start() < end]
    # a valuation basis holds for the whole sentence up to the claim ('In PPP terms, GDP was …')
    bases += [b for b in find_any(text, tol.valuation_basis_words) if b.start() < end]
    # and a basis said in the paragraph's sentences before, of a figure whose own sentence names no year:
    # '… 36th by GDP at purchasing power parity. The economy is estimated at about $973 billion'
    if not bases and claim.period is None:
        bases += find_any(normalized(ctx.paragraph), tol.valuation_basis_words)
    if not bases:
        bases += _basis_carried_with_measure(index, ctx, tol)
    # so does an instrument ('satellite measurement of global CO2 levels, which increased by 2.9 ppm')
    bases += [b for b in find_any(text, tol.instrument_words) if b.start() < end]
    # a population's natural change ('the natural decline of the population fell 19.3 % to 438,300 people'), in
    # people or in percent, unless it is another figure's: the claim's own segment names its series ('…, while the
    # population fell to …')
    every = list(index.resources.values())
    flow = next((b for b in find_any(text, lexicon().get("population_flow_words", []))
                 if b.start() < end and not elsewhere(b, ctx, text, every, frozenset())
                 and not any(names_any(r, [b.group()]) for r in every)), None)
    if flow is not None:
        return flow.group()
    group = _household_group_said(claim, ctx, tol, text, every)
    if group is not None:
        return group
    # emissions counted on another basis than the territory's ('consumption-based emissions')
    basis = accounting_basis_said(claim, ctx, text, end, every)
    if basis is not None:
        return basis
    measure_terms = token_set(" ".join(w for word, terms in tol.measure_words.items() for w in [word, *terms]))
    named = _variant_named(claim, index, ctx, tol, text, end, measure_terms) or _variant_publisher_named(claim, index, ctx, tol) \
        or _rate_named_before(claim, index, ctx, measure_terms)
    if named is not None:
        return named
    part = _part_of_a_pair(ctx, tol, [r for r in index.resources.values() if _speaks_to(r, claim)])
    if part is not None:
        return part
    # 'household goods and services prices' are the whole basket's, the headline's: no component of it
    baskets = find_any(text, lexicon().get("whole_basket_phrases", []))
    components = [m for m in matches_once(_component_prices_pattern(tol), text)
                  if m.start() < end and not _whole_basket(text, m, baskets, tol)]
    # 'the CPI excluding fruit and vegetables': an exclusion names a variant though no qualifier is said
    exclusions = [x for x in find_any(text, tol.series_exclusion_words) if x.start() < end]
    if not bases and not qualifiers and not qualified_after and not components and not exclusions:
        return _component_after_figure(claim, text, ctx, speaking, index, tol)
    resources = [r for r in index.resources.values() if _speaks_to(r, claim)]
    if not resources:
        return None
    for found in bases:
        if not any(names_any(r, [found.group()]) for r in index.resources.values()):
            return found.group()
    joined = tuple(tol.series_exclusion_items)  # phrases whose link words join words, not clauses
    for found in qualifiers:
        if any(names_any(r, [found.group()]) for r in index.resources.values()):
            continue  # the data has such a series: matching decides
        if elsewhere(found, ctx, text, resources, measure_terms, joined):
            continue  # 'while the core index rose 0.5 %' qualifies that figure, not this one
        head = _series_head(text[found.end():], resources) or _part_of_population(found, text, resources, tol)
        if head:
            return f"{found.group()} {head}"
    for found in qualified_after:
        if any(names_any(r, [found.group("qualifier")]) for r in index.resources.values()):
            continue  # the data has such a series: matching decides
        if not elsewhere(found, ctx, text, resources, measure_terms, joined):
            return found.group()
    component = _component_prices(text, components, ctx, resources, measure_terms, index, tol, joined) \
        or _component_after_figure(claim, text, ctx, resources, index, tol)
    if component:
        return component
    return _excluded_items(text, end, ctx, resources, measure_terms, index, tol, joined)


def _household_group_said(claim: Claim, ctx: ClaimContext, tol: Tolerances, text: str,
                          every: list[ResourceIndex]) -> str | None:
    """'For pensioner households, prices rose 4.2 %': a group of households (lexicon ``household_group_words``)
    named right before a percent figure in its clause — at most ``household_group_gap`` words between, no clause
    mark nor other figure — in a sentence naming a price measure or price noun is that group's price index,
    another series than the national CPI: the words, when no series of the data is named by them; else None."""
    words = lexicon().get("household_group_words", [])
    if claim.unit != "%" or not words or not holds_any(text, [*lexicon()["price_measure_words"], *tol.price_nouns]):
        return None
    claim_start = normalized_at(ctx, ctx.claim_offset)
    gap = int(lexicon().get("household_group_gap", 0))
    # the sentence's groups are found once for all its figures; the ones near enough to this figure are its last
    # (the words between a group and the figure hold those between a later group and it)
    near: list[re.Match[str]] = []
    for found in reversed(find_any_before(text, words, claim_start)):
        between = text[found.end():claim_start]
        if _HOUSEHOLD_GAP_STOP.search(between) or len(between.split(None, gap)) > gap:  # no more than gap words
            break
        near.append(found)
    for found in reversed(near):
        if not any(names_any(r, [found.group()]) for r in every):
            return found.group()
    return None


# what ends a household group's reach before a figure: a clause mark or another figure between them
_HOUSEHOLD_GAP_STOP = re.compile(r"[,;:()\u2013\u2014]|\d")


def economy_growth_said(claim: Claim, candidates: list[Candidate], ctx: ClaimContext, tol: Tolerances) -> str | None:
    """'Thailand's economy grew 7.5 % in 2010', 'GDP grew 5.1 % in the second quarter', '7.2 percent was the
    economic growth': a percent whose own words (its segment of the sentence, and after it up to a clause mark or
    link word) name the economy's output (lexicon ``economy_growth_words``) and no price measure nor price noun
    is the economy's real growth, a series no package holds — when every candidate is a price measure (a
    deflator the word 'GDP' matched, or the CPI its sentence names elsewhere), or none is a series the economy's
    words name and the figure's own words name none of theirs ('economic growth rate per capita 1.4 %' matched to
    emissions per head), the words found; else None. Whatever the candidates, or with none (no place named, or one
    no series covers), when its own words say it is real as well (``real_claim_words``: 'real GDP grew 8.7 % at
    constant prices', the real volume index of GDP) and nothing calls it nominal: real growth is held for no place,
    so neither the place nor the matched series is left to decide. A
    money series in current prices is judged by ``_real_growth_of_nominal`` in the decision."""
    words = lexicon().get("economy_growth_words", [])
    if claim.unit != "%" or not words:
        return None
    price_words = [*lexicon()["price_measure_words"], *tol.price_nouns]
    own = _figure_own_words(claim, ctx)
    real = _real_growth_said(claim, ctx, tol, words, price_words)
    if real is not None:
        return real
    if not candidates or holds_any(own, price_words):
        return None
    found = find_any(own, words)
    if not found:
        return None
    prices_only = all(names_any(c.resource, lexicon()["price_measure_words"]) for c in candidates)
    # 'economic growth rate per capita 1.4 %' matched to CO2 per head by 'per capita': no series the economy's words
    # name (a GDP in money) is among them, so the figure measures none of them
    if not prices_only and any(names_any(c.resource, words) for c in candidates):
        return None
    if not prices_only and _names_a_candidates_measure(own, candidates, tol):
        return None  # 'emissions fell 5 % as the economy shrank': the figure's own words name the matched series
    return found[0].group()


def _real_growth_said(claim: Claim, ctx: ClaimContext, tol: Tolerances, words: list[str],
                      price_words: list[str]) -> str | None:
    """The economy's words in the figure's stretch of its sentence (from the last clause mark or other figure before it
    up to its own words after it), when that stretch says the change is real too ('real GDP grew 8.7 % at constant
    prices'; 'the real volume index of GDP … was 97.4 %', whose subject opens the sentence) and names no price measure
    besides the real words ('at constant prices'), nor the figure nominal."""
    if nominal_said(claim, tol):
        return None
    text = normalized(claim.sentence)
    claim_start = normalized_at(ctx, ctx.claim_offset)
    # from the last clause mark or figure before it: brackets stay in ('the real volume index (RVI) of GDP (gross
    # domestic product) … was 97.4 %'), another figure's words do not ('real GDP grew 3 % and exports rose 5 %')
    start = max([text.rfind(mark, 0, claim_start) + 1 for mark in ",;:"]
                + [m.end() for m in FIGURE_NOT_YEAR.finditer(text, 0, claim_start)])
    clause = text[start:claim_start] + " " + _figure_own_words(claim, ctx)
    real = find_any(clause, tol.real_claim_words)
    if not real:
        return None
    unreal = clause
    for found in reversed(real):  # 'at constant prices' says the change is real: its 'prices' names no price measure
        unreal = unreal[:found.start()] + " " + unreal[found.end():]
    if holds_any(unreal, price_words):
        return None
    economy = find_any(clause, words)
    return economy[0].group() if economy else None


def _figure_own_words(claim: Claim, ctx: ClaimContext) -> str:
    """A figure's own words in its normalized sentence: its segment before it, and after it up to a clause mark, a
    sentence's stop, a link word or the next figure."""
    text = normalized(claim.sentence)
    claim_start, claim_end = normalized_at(ctx, ctx.claim_offset), normalized_at(ctx, ctx.claim_end)
    start = segment_start(text, claim_start, claim_end)
    # a figure in brackets has its own words there: '… than inflation (in 2021 7.2 percent was the real economic
    # growth …)' — the measure named before the bracket is not the figure's
    # — one still open at the figure: 'Inflation, GDP deflator (annual %) in Ghana was 17.28' closed its bracket before
    opened = text.rfind("(", start, claim_start)
    if opened >= 0 and ")" not in text[opened:claim_start]:
        start = opened + 1
    tail = _OWN_TAIL.match(text, claim_end).group()  # type: ignore[union-attr]
    cut = min([m.start() for m in find_any(tail, LINKS)] + [m.start() for m in FIGURE_NOT_YEAR.finditer(tail)] + [len(tail)])
    return text[start:claim_start] + " " + tail[:cut]


def _names_a_candidates_measure(own: str, candidates: list[Candidate], tol: Tolerances) -> bool:
    """A word of a candidate's series name stands in the figure's own words, besides generic words and the words
    that make a figure per head (which any measure may be counted by)."""
    per_head = token_set(" ".join(tol.per_capita_words))
    words = token_set(own)
    return any(t in words and not is_generic(t) and t not in per_head
               for c in candidates for t in c.resource.phrase_words | c.resource.inherited_words)


def nominal_said(claim: Claim, tol: Tolerances) -> bool:
    """'GDP grew 5 % in dollar terms', 'In dollars the economy shrank 10.8 %': the sentence calls the figure's change
    nominal (``nominal_claim_words``) in the figure's own clause before it or in its own words after it — not in
    another figure's clause ('the economy grew 3.6 %, but in dollars its size fell 10.8 %'; 'in dollars its size
    fell 10.8 %, while the economy grew 3.6 %'), whose change that is."""
    at = surface_at(claim.sentence, claim.text)
    if at < 0:
        return holds_any(claim.sentence, tol.nominal_claim_words)
    end = at + len(claim.text)
    tail = _OWN_TAIL.match(claim.sentence, end).group()  # type: ignore[union-attr]
    cut = min([m.start() for m in find_any(tail, LINKS)] + [m.start() for m in FIGURE_NOT_YEAR.finditer(tail)] + [len(tail)])
    text = normalized(claim.sentence)
    own_end = normalized_offset(claim.sentence, end)
    return holds_any(text[_own_clause_start(text, normalized_offset(claim.sentence, at), own_end):own_end] + " " + tail[:cut],
                     tol.nominal_claim_words)


def _own_clause_start(text: str, claim_start: int, claim_end: int) -> int:
    """Where the figure's own words before it start in the normalized sentence ``text``: past a link word that
    follows another figure ('… fell 10.8 %, while the economy grew 3.6 %'), else at the sentence's start, whose
    opening words every figure of one clause shares ('In dollar terms, in the first 9 months, exports rose 5 %')."""
    start = segment_start(text, claim_start, claim_end)
    previous = [m.end() for m in FIGURE_NOT_YEAR.finditer(text, 0, claim_start) if m.end() <= claim_start]
    return start if previous and start > previous[-1] else 0


# the words after a figure up to a clause mark or a sentence's stop ('. ')
_OWN_TAIL = re.compile(r"(?:[^,;:.()\"\u201c\u201d]|\.(?=\d))*")


def _part_of_a_pair(ctx: ClaimContext, tol: Tolerances, speaking: list[ResourceIndex]) -> str | None:
    """'Inflation in urban areas was 6.59 % and in rural areas 7.02 %': a part of a pair of
    ``complementary_parts`` said between the figure before the claim's (or its sentence's start) and the
    claim's, in a sentence naming the other part too, makes the figure that part's — the words from the
    part on ('urban areas'); None when no such pair is said, or a series of the data in the claim's unit
    (``speaking``) is named by the part: a population's 'urban' column says nothing of urban inflation."""
    if not speaking:
        return None
    sentence = normalized(ctx.sentence_text)
    start = normalized_offset(ctx.sentence_text, ctx.claim_offset)
    start = start if start >= 0 else max(len(sentence) + start, 0)
    # the last digit before the claim's (the sentence's digits found once, for every figure)
    previous = last_match_before(_DIGIT, sentence, start)
    offset = previous.end() if previous else 0
    stretch = sentence[offset:start]
    for pair in tol.complementary_parts:
        # '12.7 million urban residents, and 7.5 million people in rural areas': a part counted right after the
        # figure before is that figure's
        said = [m for m in find_any(stretch, pair)
                if counted_after_figure(sentence, offset + m.start(), start, start + 1) is not False]
        if not said:
            continue
        part = said[-1].group()
        others = [w for w in pair if w.lower() != part.lower()]
        if not find_any(sentence, others):
            continue
        if any(names_any(r, [part]) for r in speaking):
            continue  # the data has such a series: matching decides
        return " ".join(stretch[said[-1].start():].split()[:2])
    return None


def _qualifiers_said(text: str, tol: Tolerances, resources: list[ResourceIndex]) -> list[re.Match[str]]:
    """The series qualifiers of ``text`` (``series_qualifiers``), and the words naming a part of a population
    (``population_part_qualifiers``: 'urban', 'female') where a population word of a series' name follows."""
    parts = [q for q in find_any(text, tol.population_part_qualifiers) if _part_head(text[q.end():], resources, tol)]
    return sorted([*find_any(text, tol.series_qualifiers), *parts], key=lambda m: m.start())


def _part_head(rest: str, resources: list[ResourceIndex], tol: Tolerances) -> str | None:
    """The words after a population part's word ('urban') that make it a part of a population: a series' name
    holding a population word ('urban population'), or the noun a population series counts ('urban residents',
    'rural inhabitants'); else None."""
    head = _series_head(rest, resources)
    if head and token_set(head) & token_set(" ".join(tol.population_words)):
        return head
    words = _HEAD.match(rest).group(1).split()[:1]  # type: ignore[union-attr]
    counted = frozenset().union(*(r.counted_words for r in resources if names_any(r, tol.population_words)))
    return words[0] if words and token_set(words[0]) and token_set(words[0]) <= counted else None


def _part_of_population(found: re.Match[str], text: str, resources: list[ResourceIndex], tol: Tolerances) -> str | None:
    """The counted noun after a population part's word ('residents' of 'urban residents'), when ``found`` is one."""
    if not holds_any(found.group(), tol.population_part_qualifiers):
        return None
    return _part_head(text[found.end():], resources, tol)


def qualified_candidates(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
                         tol: Tolerances) -> tuple[list[Candidate], str | None]:
    """'The urban population was 12.4 million': a series qualifier (``series_qualifiers``) said of the claim's
    figure right before a series' name, that some series of the data is named by (a column 'urban' beside
    'total'), leaves only the candidates named by it: the headline series (the whole population) is another
    series, however its words match. The candidates left, and the variant's words ('urban population') when
    none is left (the data holds that variant for no row the claim was matched to: unsupported, other_series);
    the candidates unchanged when no such qualifier is said. ``other_series`` judges the qualifiers no series
    of the data is named by."""
    if not candidates:
        return candidates, None
    text = normalized(claim.sentence)
    end = len(normalized((ctx.unmasked_text or ctx.sentence_text)[:ctx.clause_span[1]])) if ctx.clause_span[1] else len(text)
    resources = [r for r in index.resources.values() if _speaks_to(r, claim)]
    measure_terms = token_set(" ".join(w for word, terms in tol.measure_words.items() for w in [word, *terms]))
    joined = tuple(tol.series_exclusion_items)
    for found in _qualifiers_said(text, tol, resources):
        if found.start() >= end or not any(names_any(r, [found.group()]) for r in index.resources.values()):
            continue
        head = _series_head(text[found.end():], resources) or _part_of_population(found, text, resources, tol)
        if not head or elsewhere(found, ctx, text, resources, measure_terms, joined):
            continue
        candidates = [c for c in candidates if names_any(c.resource, [found.group()])]
        if not candidates:
            return candidates, f"{found.group()} {head}"
    return candidates, None


def _variant_named(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances, text: str,
                   end: int, measure_terms: frozenset[str]) -> str | None:
    """'Germany's HICP inflation was 8.7 %', or 'Greek inflation averaged 4.6 %. The figures are those of the
    harmonised index of consumer prices.': a name of a series variant (``series_variant_names``) said in the
    claim's sentence up to its clause's end, and not of another figure there, or in the sentence right
    before or after it in its paragraph (or closing the paragraph before, ``_closing_before_said``) while the
    claim's own sentence names no series — the name, when
    no series of the data is named by its qualifier and one could speak to the claim; else None.
    ``text``: the normalized sentence; ``end``: where the claim's clause ends in it; ``measure_terms``: the
    tokens of ``measure_words``, made once by the caller."""
    resources: list[ResourceIndex] | None = None
    joined = tuple(tol.series_exclusion_items)
    series_terms = [t for terms in tol.measure_words.values() for t in terms]  # 'CPI', 'consumer prices'
    # the sentence names its series itself: a neighbour's variant name is not the claim's, unless its words
    # refer back to the series named before ('Finland's corresponding consumer price inflation')
    refers_back = _refers_back_to_series(text[:end], tol)
    names_own_series = not refers_back and _names_series_of_claim(text, ctx, [*series_terms, *tol.series_qualifiers])
    for qualifier, names in tol.series_variant_names.items():
        if any(names_any(r, [qualifier]) for r in index.resources.values()):
            continue  # the data has such a series: matching decides
        if _headline_then(claim, ctx, qualifier):
            continue  # the rows of that time were compiled from the variant: they judge it
        if resources is None:
            resources = [r for r in index.resources.values() if _speaks_to(r, claim)]
        if not resources:
            return None
        for found in find_any(text, names):
            if found.start() < end and (refers_back or not elsewhere(found, ctx, text, resources, measure_terms, joined)):
                return _as_listed(found.group(), names)
        if names_own_series:
            continue
        for neighbour in (*ctx.neighbours, *_closing_before_said(ctx, names)):
            found_near = find_any(neighbour, names)
            if found_near:
                return _as_listed(found_near[0].group(), names)
    return None


def _headline_then(claim: Claim, ctx: ClaimContext, qualifier: str) -> bool:
    """Whether the claim's period (its own, else the one its text carries) ends by the last year the headline rows
    were compiled from the variant ``qualifier`` (lexicon ``series_variant_headline_until``): the UK's retail prices
    index of 1975 is what its consumer-price row of 1975 holds, no other series. False with no period."""
    until = lexicon().get("series_variant_headline_until", {}).get(qualifier)
    if until is None:
        return False
    period = try_parse_period(claim.period) if claim.period else None
    if period is None and ctx.carried_period is not None:
        period = try_parse_period(ctx.carried_period[0])
    return period is not None and period.end.year <= int(until)


def _names_series_of_claim(text: str, ctx: ClaimContext, series_words: list[str]) -> bool:
    """The normalized sentence ``text`` names a series (``series_words``) the claim's figure may be of: one said
    after the figure, before another figure ('… was 11.7 %, by the CPI 12.5 %'), is that later figure's own, so
    the claim's figure keeps the series its paragraph named."""
    claim_end = normalized_at(ctx, ctx.claim_end)
    return any(m.start() < claim_end or FIGURE_NOT_YEAR.search(text, m.end()) is None
               for m in find_any(text, series_words))


@functools.lru_cache(maxsize=1)
def _series_back_pattern(measure_words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A word of lexicon ``referring_back.series_words`` ('corresponding', 'the same'), then at most
    ``series_gap`` words, then a measure word: what makes a figure's measure the one named before it."""
    referring = lexicon().get("referring_back", {})
    # longest first, then alphabetical: the same pattern text in every process (the regex cache's key)
    back = sorted({normalized(w) for w in referring.get("series_words", ()) if w.strip()}, key=lambda w: (-len(w), w))
    if not back or not measure_words:
        return None
    nouns = sorted({normalized(w) for w in (*measure_words, *referring.get("nouns", ()),
                                            *lexicon().get("price_index_words", ())) if w.strip()},
                   key=lambda w: (-len(w), w))
    gap = int(referring.get("series_gap", 1))
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, back))})(?: [^\s,;:.()]+){{0,{gap}}}? "
                      rf"(?:{'|'.join(map(re.escape, nouns))})(?!\w)")


def _closing_before_said(ctx: ClaimContext, names: list[str]) -> list[str]:
    """For a paragraph's first sentence, the last sentence of the paragraph before (``closing_before``) when it
    names a series variant or its publisher (``names``) and, apart from those names, a price measure ('Eurostat's
    inflation estimates rest on the harmonised index'): it says what the figures that follow measure, as a
    sentence of their own paragraph would. A bare mention of the variant ('the release covers the HICP only')
    says nothing of the next paragraph's figure. Empty otherwise."""
    closing = ctx.closing_before
    if not closing:
        return []
    plain = normalized(closing)
    spans = [(m.start(), m.end()) for m in find_any(plain, names)]
    measure = [m for m in find_any(plain, lexicon()["price_measure_words"])
               if not any(start <= m.start() < end for start, end in spans)]
    return [closing] if spans and measure else []


def _refers_back_to_series(text: str, tol: Tolerances) -> bool:
    """Whether ``text`` (normalized: the claim's sentence up to its clause's end) calls the figure's measure
    the one named before it: 'the corresponding inflation', 'the same index' (lexicon ``referring_back``)."""
    words = tuple(sorted({w for word, terms in tol.measure_words.items() for w in (word, *terms)}))
    pattern = _series_back_pattern(words)
    return pattern is not None and pattern.search(text) is not None


def _variant_publisher_named(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """'Estonia's annual inflation hit 22 percent in June, data from Eurostat shows': a publisher that states a
    price measure only as a variant (``series_variant_publishers``) named in the claim's sentence, which names
    a price measure (lexicon ``price_measure_words``), or in the sentence right before or after it while the
    claim's own sentence names no series — '<publisher>'s <qualifier> index' when no series of the data is
    named by the qualifier or the publisher and one could speak to the claim; else None. A sentence naming no
    measure at all ('Poland follows with 3.7 %'), whose measure is carried from the text before, speaks of the
    price measure a neighbour sentence names with the publisher ('According to Eurostat, inflation in Hungary
    rose to 3.9 %'): that sentence's variant is its figure's too."""
    price_words = lexicon()["price_measure_words"]
    measure_said = holds_any(claim.sentence, price_words)
    if not measure_said and sentence_names_measure(index, ctx):
        return None
    series_terms = [t for terms in tol.measure_words.values() for t in terms]  # 'CPI', 'consumer prices'
    names_own_series = holds_any(claim.sentence, series_terms)
    # the neighbours that may lend their publisher: any, when the sentence names a price measure itself;
    # else only one that names a price measure, the one the figure's carried measure stands for
    neighbours = [n for n in ctx.neighbours if measure_said or holds_any(n, price_words)]
    for qualifier, publishers in tol.series_variant_publishers.items():
        if any(names_any(r, [qualifier, *publishers]) for r in index.resources.values()):
            continue  # the data has such a series, or is the publisher's own: matching decides
        if not any(_speaks_to(r, claim) for r in index.resources.values()):
            return None
        found = find_any(claim.sentence, publishers) if measure_said else []
        if not found and not names_own_series:
            found = next((f for neighbour in (*neighbours, *_closing_before_said(ctx, publishers))
                          if (f := find_any(neighbour, publishers)) and not _set_against_a_source(neighbour, f[0].end())),
                         [])
        if found:
            return f"{_as_listed(found[0].group(), publishers)}'s {qualifier} index"
    return None


def _set_against_a_source(sentence: str, after: int) -> bool:
    """'Eurostat computes inflation by another method than the national office': the publisher is set against another
    source by a comparison word after it (lexicon ``comparison_words``) that no figure follows — the sentence says the
    two differ, not that the figures around it are the publisher's ('According to Eurostat, inflation rose to 3.9 %, up
    from 3.5 %' compares figures, and lends its variant)."""
    compared = comparison_word().search(sentence, after)
    return compared is not None and not re.search(r"\d", sentence[compared.end():])


def _rate_named_before(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, measure_terms: frozenset[str]) -> str | None:
    """'The central bank kept its policy repo rate at 6.50 per cent, amid easing inflation': a rate named by
    a word of ``rate_names`` ('policy rate', 'repo rate', 'key rate') before the figure in its own clause,
    with no measure word between them, is what the figure is, whatever series the rest of the sentence
    names, and so is its move in points ('raised its key rate by 75 basis points'); None when the clause names
    no such rate there, or the data holds a series named by it. A rate that labels the clause, a colon after it
    ('the unemployment rate: 2009 8.2 %', a fact box's 'Label: value'), is the clause's own, as is the rate of
    the clause before a clause of link words alone (', by 75 basis points')."""
    start, _end = ctx.clause_span if ctx.clause_span[1] else (0, len(ctx.sentence_text))
    if ctx.claim_offset <= start:
        return None
    sentence = ctx.sentence_text
    if start and _elliptical_lead().fullmatch(sentence, start, ctx.claim_offset):
        # 'raised its key rate at the end of last year, by 75 basis points': a clause of link words alone before its
        # figure (``elliptical_clause_words``) is the clause before it's
        start = clause_span(sentence, start - 1)[0]
    label_start = clause_span(sentence, start - 1)[0] if start and sentence[start - 1] == ":" else start
    # read where organisations are left in, char for char the same: 'the Central Bank Rate' is a rate's name,
    # though its capitals make it read as the bank's
    named = ctx.unmasked_text if len(ctx.unmasked_text) == len(sentence) else sentence
    found = [m for m in rate_name_pattern().finditer(named, label_start, ctx.claim_offset)
             if m.start() >= start or not sentence[m.end():start - 1].strip()]
    if not found:
        return None
    rate = found[-1]
    if token_set(ctx.sentence_text[rate.end():ctx.claim_offset]) & measure_terms:
        return None  # 'raised its key rate as inflation hit 7 %': the figure is the measure named after the rate
    # a series could speak to the figure, in its unit or as the rate's move in points ('raised its key rate by 75
    # basis points' beside series in percent)
    if any(names_any(r, [rate.group()]) for r in index.resources.values()) \
            or not any(_speaks_to(r, claim) or claim.unit in POINT_UNITS and "%" in r.units
                       for r in index.resources.values()):
        return None
    return rate.group()


def _as_listed(found: str, names: list[str]) -> str:
    """The name as the configuration writes it ('HICP'), for the words found in normalized text."""
    return next((n for n in names if normalized(n) == found), found)


def _whole_basket(text: str, phrase: re.Match[str], baskets: list[re.Match[str]], tol: Tolerances) -> bool:
    """The component phrase ``phrase`` of ``text`` ('household goods and services prices', 'prices of goods and
    services') is a phrase of ``baskets`` (lexicon ``whole_basket_phrases``: the goods and services households buy, all of them) with at
    most price nouns after it: it names the whole basket the headline index prices, not a part of it."""
    # the part the phrase names: 'goods and services' of 'prices of goods and services' too
    part_start = phrase.start("after") if phrase.group("after") else phrase.start()
    for basket in baskets:
        if basket.start() <= part_start < basket.end() <= phrase.end():
            rest = text[basket.end():phrase.end()].strip()
            return not rest or holds_any(rest, tol.price_nouns) and not holds_any(rest, tol.price_components)
    return False


def _component_prices(text: str, phrases: list[re.Match[str]], ctx: ClaimContext, resources: list[ResourceIndex],
                      measure_terms: frozenset[str], index: ReferenceIndex, tol: Tolerances,
                      joined: tuple[str, ...]) -> str | None:
    """'Food prices rose 11.9 %', 'the producer price index', 'prices of fuel': the words naming a
    component's prices (``price_components`` with a ``price_nouns`` word), in the claim's segment
    and named by no series of the data, when the figure's own words name no headline measure
    besides ('energy prices pushed consumer prices up 3 %' is the headline's figure). ``phrases``:
    the component phrases of ``text`` before the end of the claim's clause."""
    if not phrases:
        return None
    joined_with_phrases = (*joined, *(m.group() for m in phrases))  # 'food and beverage prices' is one phrase
    claim_start = normalized_at(ctx, ctx.claim_offset)
    claim_end = normalized_at(ctx, ctx.claim_end)
    # a component named in an earlier clause is a cause or another figure's ('… at 5.7 % thanks to lower
    # energy prices, …, lower than the 5.8 % first released'), not the figure's own series
    clause_start = _before_aside(text, normalized_at(ctx, ctx.clause_span[0])) if ctx.clause_span[1] else 0
    # 'mortgage interest costs drove inflation, gaining 7.6 %': the headline the clause before names after
    # its verb is what the subject moved, not the figure's series; nor is a headline the clause names
    # before 'food and non-alcoholic beverages (8.8 %)', the bracketed figure of the component it follows
    subject = _participle_subject(text, phrases, claim_start) \
        or next((m for m in phrases if _OPEN_BRACKET.fullmatch(text, m.end(), claim_start)), None)
    if subject is not None:
        return None if _series_held(subject, index, tol) else subject.group()
    # 'Housing prices have risen 10.6 % …, and by 18 % since 2019': a clause of link words alone before its figure
    # (``elliptical_clause_words``) has no subject of its own — it is the one the clause before it opens with
    carried = _subject_carried(text, phrases, clause_start, claim_start)
    headline_words = [*tol.price_nouns, *(x for k, v in tol.measure_words.items() for x in [k, *v])]
    opened = max(text.rfind(mark, 0, clause_start - 1) for mark in ",;:") + 1 if carried is not None else 0
    if carried is not None and not any(  # … unless that clause names the headline too ('energy prices pushed inflation to 7 %')
            not any(m.start() <= w.start() < m.end() for m in phrases)
            for w in find_any(text[:clause_start], headline_words) if w.start() >= min(opened, carried.start())):
        return None if _series_held(carried, index, tol) else carried.group()
    # (a list of parts whose commas the clause is cut at, 'food, beverages and tobacco for 118.9 %', is the clause's
    # where its last items stand in it)
    own = [m for m in phrases if clause_start < m.end() and m.start() < claim_end
           and not elsewhere(m, ctx, text, resources, measure_terms, joined_with_phrases)]
    if not own:
        return None
    # the figure's own words: its segment up to the figure, and after it up to a clause mark or link
    start = segment_start(text, claim_start, claim_end, joined_with_phrases)
    tail = _UP_TO_CLAUSE_MARK.match(text, claim_end).group()  # type: ignore[union-attr]
    cut = next((m.start() for m in find_any(tail, LINKS)), len(tail))
    region_end = claim_end + cut
    covered = [(m.start(), m.end()) for m in phrases]
    headline = [w for w in find_any(text, [*tol.price_nouns, *(x for k, v in tol.measure_words.items() for x in [k, *v])])
                # a headline phrase running into the component's ('consumer prices of food') is the component's own,
                # as is one a link alone joins to it ('inflation for the prices of pensioner households')
                if start <= w.start() < region_end and not any(a < w.end() and w.start() < b for a, b in covered)
                and not _linked_to_a_part(text, w.end(), covered, tol)]
    if headline:
        # '… the consumer price index for May, that this rise came from an increase in food prices by 15.6 %': a
        # component named right before the figure, after every headline word, is the figure's own series
        nearest = max(own, key=lambda m: m.end())
        if not _right_before_figure(text, nearest.end(), claim_start) \
                or any(w.start() >= nearest.start() for w in headline):
            return None
        own = [nearest]
    for found in own:
        if _series_held(found, index, tol):
            continue  # the data has such a series: matching decides
        return found.group()
    return None


def _before_aside(text: str, clause_start: int) -> int:
    """Where the clause at ``clause_start`` begins when a bracketed aside is all that set it apart ('inflation for
    pensioner households (the so-called pensioner inflation) fell to 11.9 %'): an aside opens no clause, so the
    clause reaches back to the last clause mark before its bracket; else ``clause_start``."""
    before = text[:clause_start].rstrip()
    if not before.endswith(")"):
        return clause_start
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:-1]:
        return clause_start
    return max(text.rfind(mark, 0, opened) for mark in ",;:") + 1


def _linked_to_a_part(text: str, end: int, parts: list[tuple[int, int]], tol: Tolerances) -> bool:
    """Whether only links (``series_qualifier_links``: 'for', 'of', 'in'; 'the') join the measure word ending at ``end``
    to a component phrase after it: 'inflation for the prices of pensioner households' is that part's inflation."""
    links = {normalized(w) for w in tol.series_qualifier_links}
    for start, _ in parts:
        if start >= end:
            words = text[end:start].split()
            return bool(words) and words[0] in links and all(w in links or w == "the" for w in words)
    return False


def _component_after_figure(claim: Claim, text: str, ctx: ClaimContext, resources: list[ResourceIndex],
                            index: ReferenceIndex, tol: Tolerances) -> str | None:
    """'a rise of 19.7 % in air fares', 'fell to 11.9 % from 15.6 %, the meat inflation' as verb-first copy glosses it:
    a price index's part named right after a percent, in its clause, with only links
    (lexicon ``component_after_figure_links``), other figures and at most one other word between, and the last of them
    a link: the figure is that part's rise, another series than the headline a price measure said or carried names —
    unless the figure's segment before it names the headline ('inflation rose 3 % in May, …') or a series of the data
    is named by the part. The words naming the part, else None."""
    links = {normalized(w) for w in lexicon().get("component_after_figure_links", [])}
    if claim.unit != "%" or not links or not any(names_any(r, tol.price_measure_words) for r in resources) \
            or not _said_or_carried(claim, ctx, [*tol.price_measure_words, *tol.price_nouns]):
        return None
    claim_start = normalized_at(ctx, ctx.claim_offset)
    claim_end = normalized_at(ctx, ctx.claim_end)
    if claim_end <= claim_start:
        return None
    headline_words = [*tol.price_nouns, *(x for k, v in tol.measure_words.items() for x in [k, *v])]
    # the headline named in a clause before the figure's is another subject ('apart from consumer prices, … fell')
    start = max(segment_start(text, claim_start, claim_end), *(text.rfind(mark, 0, claim_start) + 1 for mark in ",;:"))
    if find_any(text[start:claim_start], headline_words):
        return None
    tail = _UP_TO_CLAUSE_MARK.match(text, claim_end).group()  # type: ignore[union-attr]
    found = _part_after_figure(tail, tol)
    if found is None or any(b.start() <= found.start() < b.end()  # 'in household goods and services prices'
                            for b in find_any(tail, lexicon().get("whole_basket_phrases", []))):
        return None
    between = _FIGURES.sub(" ", tail[:found.start()]).split()
    if not between or between[-1] not in links or len([w for w in between if w not in links]) > 1:
        return None
    phrase = found.group("part")
    priced = bool(find_any(phrase, tol.price_nouns))
    words = [found.group("component")]
    if any(names_any(r, words) and (not priced or names_any(r, tol.price_nouns)) for r in index.resources.values()):
        return None  # the data has such a series: matching decides
    return phrase


# another figure between a percent and the part after it ('11.9 % from 15.6 % the meat inflation')
_FIGURES = re.compile(r"[-+−]?\d[\d.,]*\s*%?")


def _part_after_figure(tail: str, tol: Tolerances) -> re.Match[str] | None:
    """The first price-index part in ``tail`` (normalized text after a figure, up to a clause mark): a component of
    ``price_components``, with a price noun after it or none ('in air fares')."""
    return _after_figure_pattern(tuple(tol.price_nouns), tuple(tol.price_components)).search(tail)


@functools.lru_cache(maxsize=8)
def _after_figure_pattern(nouns: tuple[str, ...], components: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<part>(?P<component>{_components(components, nouns)})(?:\s+(?:{_either(nouns)}))?)(?![\w-])")


def _series_held(phrase: re.Match[str], index: ReferenceIndex, tol: Tolerances) -> bool:
    """Whether a series of the data is the one the component ``phrase`` names: one naming the component and, when
    the phrase speaks of its prices ('gas prices', 'gas became more expensive'), a price noun too. 'Gas Fuel' emissions name gas but hold no
    price of it, so cannot judge 'gas prices rose 3 %'; they can judge 'gas (6 %)' in a list of emissions."""
    words = [phrase.group("before") or phrase.group("after")]
    priced = bool(phrase.group("after")) or bool(find_any(phrase.group(), _part_nouns(tol))) \
        or any(phrase.re.groupindex.get(name) and phrase.group(name) for name in ("price_verb", "price_comparative"))
    return any(names_any(r, words) and (not priced or names_any(r, tol.price_nouns)) for r in index.resources.values())


def _right_before_figure(text: str, name_end: int, figure_start: int) -> bool:
    """Whether only links (lexicon ``component_rise_links``: 'by', 'of') stand between a component's name and its
    figure: 'an increase in food prices by 15.6 %'; not 'inflation driven by food prices rose 6.1 %', whose verb
    is the headline's."""
    if name_end > figure_start:
        return False
    allowed = {normalized(w) for w in lexicon().get("component_rise_links", [])}
    words = text[name_end:figure_start].split()
    return bool(words) and all(w in allowed for w in words)


_OPEN_BRACKET = re.compile(r"\s*\(\s*")


@functools.lru_cache(maxsize=1)
def _elliptical_lead() -> re.Pattern[str]:
    """Link words alone (lexicon ``elliptical_clause_words``: 'and', 'by'), all a clause says before its figure."""
    return re.compile(rf"(?:\s*(?:{_either(tuple(lexicon().get('elliptical_clause_words', [])))})(?!\w))+\s*")


def _subject_carried(text: str, phrases: list[re.Match[str]], clause_start: int, claim_start: int) -> re.Match[str] | None:
    """The component phrase that opens the clause before the figure's (at most one word before it), when the
    figure's clause says only link words before it (', and by 18 %'); else None."""
    if not clause_start or not _elliptical_lead().fullmatch(text, clause_start, claim_start):
        return None
    opened = max(text.rfind(mark, 0, clause_start - 1) for mark in ",;:") + 1
    first = next((m for m in phrases if opened <= m.start() < clause_start), None)
    if first is None:
        return None
    lead = text[opened:first.start()]
    # verb-first copy puts its subject after the verb ('Највише су порасле цијене пријевоза, за 19 посто', glossed
    # 'highest are rose prices of transport, by 19 percent'): a few words without a figure may stand before it
    if len(lead.split()) > 1 and (len(lead.split()) > _VERB_FIRST_LEAD or _DIGIT.search(lead)):
        return None
    return first


# the most words a verb-first clause says before the component it opens with ('highest are rose'), and a figure's digit
_VERB_FIRST_LEAD = 3
_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=1)
def _participle_before_figure() -> re.Pattern[str]:
    """', gaining' or ', declining by' right before a figure: a clause of a change verb and its figure alone."""
    verbs = lexicon()["change_verbs"]
    links = _either(tuple(lexicon().get("participle_figure_links", [])))
    return re.compile(rf",\s*(?:{_either((*verbs['up'], *verbs['down']))})(?:\s+(?:{links}))?\s*$")


def _participle_subject(text: str, phrases: list[re.Match[str]], claim_start: int) -> re.Match[str] | None:
    """'Higher mortgage interest costs drove 2019 inflation, gaining 7.6 %': a figure whose clause is a change
    verb alone (``participle_figure_links`` aside), set off by a comma, is of the subject of the clause before
    it — the component phrase that clause opens with (at most one word before it), else None."""
    verb = _participle_before_figure().search(text, 0, claim_start)
    if verb is None:
        return None
    opened = max(text.rfind(mark, 0, verb.start()) for mark in ",;:") + 1
    first = next((m for m in phrases if opened <= m.start() < verb.start()), None)
    if first is None or len(text[opened:first.start()].split()) > 1:
        return None
    return first


def _component_prices_pattern(tol: Tolerances) -> re.Pattern[str]:
    return _component_pattern(_part_nouns(tol), (*tol.price_components, *tol.series_qualifiers),
                              tuple(tol.series_qualifier_links), tuple(lexicon().get("component_figure_links", [])),
                              tuple(lexicon().get("component_noun_fillers", [])),
                              tuple(lexicon().get("price_change_verbs", [])),
                              tuple(lexicon().get("component_group_nouns", [])),
                              tuple(lexicon().get("component_comparative_links", [])),
                              tuple(lexicon().get("price_comparatives", [])))


def _part_nouns(tol: Tolerances) -> tuple[str, ...]:
    """The nouns that make a price index's part a price series after or before it: ``price_nouns`` and the part's
    own index (lexicon ``part_index_nouns``: 'the fuel index')."""
    return (*tol.price_nouns, *lexicon().get("part_index_nouns", []))


@functools.lru_cache(maxsize=8)
def _component_pattern(nouns: tuple[str, ...], components: tuple[str, ...], links: tuple[str, ...],
                       figure_links: tuple[str, ...] = (), fillers: tuple[str, ...] = (),
                       price_verbs: tuple[str, ...] = (), groups: tuple[str, ...] = (),
                       comparative_links: tuple[str, ...] = (), comparatives: tuple[str, ...] = ()) -> re.Pattern[str]:
    """'food prices', 'food and energy prices', 'food price inflation'; 'prices of food', 'prices for
    the services'; 'food and non-alcoholic beverages (8.8 %)', a figure in brackets right after the
    component's name, or one a link of ``figure_links`` sets right after it ('including food at 11.2 %', a
    postposition's gloss 'food products for 118.9 %'); in normalized text. A hyphen may glue the figure to the name
    ('prices for foodstuff-111.2 %'). Up to two ``fillers`` may stand before the price noun ('food products for annual
    inflation', a postposition's gloss). A verb of ``price_verbs`` right after the component says its price moved as a
    price noun would ('electricity and gas became more expensive by 120 %', as copy that has one verb for it glosses).
    A noun of ``groups`` before the component names it as the index's group, a link or none between ('the group
    restaurants and hotels of 5.0 %', 'the sub-group of fruit'), as 'prices of' does. A verb of ``comparative_links``
    after the component, then at most six words of its clause, the figure and one of ``comparatives``, says so too
    ('energy was in 2023 on average 37.0 % cheaper', as Dutch copy glosses it)."""
    component = _components(components, nouns)
    listed = rf"(?:{component})(?:\s*(?:,|and|&)\s*(?:{component}))*"
    linked = rf"|(?=\s+(?:{_either(figure_links)})\s+[-+−]?\d)" if figure_links else ""
    linked += rf"|(?=\s+(?P<price_verb>{_either(price_verbs)})(?![\w-]))" if price_verbs else ""
    if comparative_links and comparatives:
        # the words up to the figure are bounded, so the look-ahead stays short whatever the sentence's length
        linked += (rf"|(?=\s+(?:{_either(comparative_links)})(?:\s+[^\s,;:]+){{0,6}}?\s+[-+−]?\d[\d.,]*\s*(?:%|percent|per cent)?"
                   rf"\s+(?P<price_comparative>{_either(comparatives)})(?![\w-]))")
    filler = rf"(?:\s+(?:{_either(fillers)})){{0,2}}" if fillers else ""
    return re.compile(rf"(?<![\w-])(?:(?P<before>{listed})(?:{filler}\s+(?:{_either(nouns)})|(?=\s*\(\s*[-+−]?\d){linked})"
                      rf"|(?:(?:{_either(nouns)})\s+(?:{_either(links)})|(?:{_either(groups)})(?:\s+(?:{_either(links)}))?)"
                      rf"\s+(?:the\s+)?(?P<after>{listed}))(?!\w|-\D)")


def _excludes_from_series(before: str, resources: list[ResourceIndex], measure_terms: frozenset[str]) -> bool:
    """The exclusion is said of a series: it opens its sentence or clause ('Excluding energy, …') or
    follows the series' name ('CPI less food and energy', 'consumer prices ex-energy'), not a title
    ('the ex-energy minister')."""
    before = before.rstrip()
    if not before or before[-1] in ",;:" or holds_any(before.split()[-1], LINKS):
        return True
    named = frozenset(t for r in resources for t in r.phrase_words if not is_generic(t)) | measure_terms
    return bool(token_set(" ".join(before.split()[-2:])) & named)


def _qualified_measures(tol: Tolerances) -> re.Pattern[str]:
    """A measure word, a link ('in', 'of') and a series qualifier after it: 'inflation in food', in
    normalized text."""
    return _qualified_pattern(tuple(w for word, terms in tol.measure_words.items() for w in [word, *terms]),
                              tuple(tol.series_qualifier_links), tuple(tol.series_qualifiers))


@functools.lru_cache(maxsize=8)
def _qualified_pattern(measures: tuple[str, ...], links: tuple[str, ...], qualifiers: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_either(measures)})\s+(?:{_either(links)})\s+(?:the\s+)?"
                      rf"(?P<qualifier>{_either(qualifiers)})(?![\w-])")


def _components(components: tuple[str, ...], nouns: tuple[str, ...]) -> str:
    """The alternation of ``components``; one written with its price noun ('basic inflation') is a
    component only before that noun: 'basic' names core inflation, not the goods of 'prices of basic goods'."""
    bare = tuple(c for c in components if not _noun_ending(c, nouns))
    bound = sorted({(normalized(c)[:-len(noun)].rstrip(), noun) for c in components for noun in [_noun_ending(c, nouns)] if noun},
                   key=lambda pair: (-len(pair[0]), pair))
    return "|".join([*(rf"{re.escape(head)}(?=\s+{re.escape(noun)}(?![\w-]))" for head, noun in bound), _either(bare)])


def _noun_ending(component: str, nouns: tuple[str, ...]) -> str:
    """The price noun ``component`` ends with as a word of its own ('basic inflation': 'inflation'), else ''."""
    text = normalized(component)
    return next((normalized(n) for n in sorted(nouns, key=len, reverse=True)
                 if text.endswith(" " + normalized(n)) and len(text) > len(n) + 1), "")


def _either(words: tuple[str, ...]) -> str:
    """The alternation of ``words`` in normalized text, longest first (one order in every process);
    matching nothing when there are none."""
    return "|".join(sorted({re.escape(normalized(w)) for w in words if w.strip()}, key=lambda w: (-len(w), w))) or "(?!)"


def _excluded_items(text: str, end: int, ctx: ClaimContext, resources: list[ResourceIndex],
                    measure_terms: frozenset[str], index: ReferenceIndex, tol: Tolerances,
                    joined: tuple[str, ...]) -> str | None:
    """'Excluding energy, the CPI rose 5.7 %', 'CPI less food and energy': the words naming a series
    that leaves items out, when they stand in the claim's own segment and no series of the data is
    named by them; the headline index is another series. ``joined``: ``tol.series_exclusion_items`` as
    a tuple, made once by the caller."""
    items = {normalized(i) for i in tol.series_exclusion_items}
    for found in find_any(text, tol.series_exclusion_words):
        if found.start() >= end:
            continue
        words = _EXCLUDED.match(text[found.end():]).group(1).split()[:_EXCLUDED_REACH]  # type: ignore[union-attr]
        # the item, longest first, right after the word or after one or two words ('the volatile …'), or after
        # the prices it is the price of ('excluding the prices of petrol', as French 'si l'on exclut les prix de
        # l'essence' is glossed): a price noun and its article and link words name no item of their own
        lead = _price_lead(words, tol)
        item = next((" ".join(words[skip:skip + n]) for skip in (*range(3), *range(3, lead + 1)) for n in (3, 2, 1)
                     if " ".join(words[skip:skip + n]) in items), None)
        if item is None or not _excludes_from_series(text[:found.start()], resources, measure_terms):
            continue
        phrase = f"{found.group()}{'' if found.group().endswith('-') else ' '}{item}"
        if any(names_any(r, [phrase]) for r in index.resources.values()):
            continue  # the data has such a series: matching decides
        # 'excluding fresh fruit and vegetables, and fuels': the listed items are one phrase, whose
        # 'and' opens no other figure's segment
        listed = text[found.start():_listed_items_end(text, found.end(), item, items)]
        if elsewhere(found, ctx, text, resources, measure_terms, (*joined, listed)):
            continue
        return phrase
    return None


# the words read after an exclusion word for its item: 'the prices of the' and an item of up to three words
_EXCLUDED_REACH = 7
# the words that may stand between a price noun and the item it is the price of ('the prices of the petrol')
_PRICE_OF_LINKS = frozenset({"the", "of", "for"})


def _price_lead(words: list[str], tol: Tolerances) -> int:
    """How many of ``words`` (the normalized words after an exclusion word) lead to an item as the price of it: an
    article, one price noun (``price_nouns``) and link words ('the prices of the'); 0 when they open no price noun."""
    nouns = {normalized(n) for n in tol.price_nouns if " " not in n.strip()}
    at = 1 if words[:1] == ["the"] else 0
    if at >= len(words) or words[at] not in nouns:
        return 0
    at += 1
    while at < len(words) and words[at] in _PRICE_OF_LINKS:
        at += 1
    return at if at > 1 and words[at - 1] in _PRICE_OF_LINKS else 0


def _listed_items_end(text: str, after: int, first: str, items: set[str]) -> int:
    """Where the list of excluded items that starts with ``first`` (found after ``after`` in the
    normalized ``text``) ends: further items joined by a comma, 'and', 'or' or '&', each with an
    optional 'the' and one word before it ('fresh')."""
    at = text.find(first, after) + len(first)
    pattern = _listed_item_pattern(tuple(sorted(items)))
    while (more := pattern.match(text, at)) is not None:
        at = more.end()
    return at


@functools.lru_cache(maxsize=8)
def _listed_item_pattern(items: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)(?:the\s+)?(?:[\w-]+\s+)?(?:{_either(items)})(?![\w-])")


def implied_variant(claim: Claim, places: list[str], index: ReferenceIndex, tol: Tolerances,
                    carried: str = "", place_words: frozenset[str] = frozenset()) -> str | None:
    """'EU annual inflation reached 9.2 %' against the EU row of a headline series: a place whose own
    figures are a variant of the measure (``place_series_qualifiers``: the EU's inflation is the
    harmonised index) names that variant unsaid. ``places`` are the row's dimension values. When no
    series of the data is named by the variant, the words naming it, else None. Unsaid, it only keeps
    the row from contradicting the claim (``decide``). ``carried``: the words naming the claim's measure in an
    earlier sentence or heading, when its own sentence names none ('In the euro area it was 9.9 %'). Bare prices
    ('prices in the EU rose 10.4 %': no other thing's word before them, the place's own words aside,
    ``place_words``) name the headline measure too, as ``pinned_by_prices`` reads them."""
    rows = {normalized(p) for p in places}
    for qualifier, names in tol.place_series_qualifiers.items():
        place = next((n for n in names if normalized(n) in rows), None)
        if place is None or any(names_any(r, [qualifier]) for r in index.resources.values()):
            continue
        for word, terms in tol.measure_words.items():
            measure = find_any(claim.sentence, [word, *terms]) or find_any(carried, [word, *terms])
            if measure:
                return f"{qualifier} {measure[0].group()}, the measure for the {place}"
        if bare_price_noun(normalized(claim.sentence), tol, place_words | token_set(" ".join(names))):  # 'EU prices'
            return f"{qualifier} consumer prices, the measure for the {place}"
    return None


def _basis_carried_with_measure(index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances) -> list[re.Match[str]]:
    """'GDP (PPP), 2011 estimate' as the heading of '- Total $225.6 billion', or 'The World Bank ranks GDP by
    purchasing power parity. In 2012 Russia's total was $3.4 trillion.': a figure whose own sentence names no
    measure takes it from the text before, and with it the valuation basis that text gives the measure.
    The basis phrases found in the text the measure came from; none when the sentence names its own
    measure, or when that text names a nominal basis too (it speaks of both)."""
    carried = ctx.measure_from
    if carried is not None:
        # an earlier paragraph or the title (the one whose words ``carry_measure`` read), or the heading or
        # the paragraph's earlier sentences
        texts = [text for layer, words, text in ctx.measure_layers if layer == carried.layer and words == carried.around]
        texts += [text for layer, text in ctx.basis_texts if layer == carried.layer and token_set(text) == carried.around]
    elif measure_words(index, (ctx.sentence - ctx.entities) | ctx.subject | ctx.referred):
        return []
    else:
        # the measure the matcher read from the words before: the nearest of the paragraph's earlier
        # sentences and the heading that names one
        texts = [text for layer, text in ctx.basis_texts
                 if layer in ("paragraph", "heading") and measure_words(index, token_set(text))][:1]
    for text in texts:
        said = normalized(text)
        if not find_any(said, tol.nominal_claim_words):
            return find_any(said, tol.valuation_basis_words)
    return []


def _twelve_month_nearer(basis: re.Match[str], twelve_month: list[re.Match[str]], figure: tuple[int, int]) -> bool:
    """A 12-month wording of the clause stands nearer the figure (its start and end in the normalized clause)
    than the basis: 'rose 0.3 % on a monthly basis and 11.6 % on an annual basis' — the monthly basis is the other
    figure's, the annual one this one's."""
    def gap(m: re.Match[str]) -> int:
        return m.start() - figure[1] if m.start() >= figure[1] else figure[0] - m.end() if m.end() <= figure[0] else 0
    return any(gap(m) < gap(basis) for m in twelve_month if not (m.start() <= basis.start() and basis.end() <= m.end()))


def _speaks_to(res: ResourceIndex, claim: Claim) -> bool:
    return (claim.unit or "") in res.units


def _series_head(rest: str, resources: list[ResourceIndex]) -> str | None:
    """The words right after a qualifier when they begin a series' name and give at least half of
    it, and two of its words when it has two ('core consumer prices' for 'Consumer Price Index',
    'core CPI'; not 'food prices')."""
    words = _HEAD.match(rest).group(1).split()[:4]  # type: ignore[union-attr]
    if not words:
        return None
    first = token_set(words[0])
    if not first:
        return None
    for res in resources:
        for phrase in res.phrases:
            if not first <= phrase:
                continue
            taken = list(itertools.takewhile(lambda w: token_set(w) <= phrase, words))  # 'of' is in any name
            covered = len(token_set(" ".join(taken)) & phrase)
            # half the name and two of its words ('energy prices' is no 'consumer prices')
            if 2 * covered >= len(phrase) and covered >= min(len(phrase), 2):
                return " ".join(taken)
    return None


def preferred_measure(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
                      tol: Tolerances) -> list[Candidate]:
    """The candidates once an unqualified word is read as the measure it means: its other series
    leave, and the measure's own series are matched when the word alone did not name them."""
    # the word said in the paragraph or heading the claim was matched through counts as said here
    carried = (ctx.measure_from.words if ctx.measure_from is not None else frozenset()) | ctx.before
    for word, terms in tol.measure_words.items():
        if not holds_any(claim.sentence, [word, *terms]) and not any(token_set(w) <= carried for w in [word, *terms]):
            continue
        family = [r for r in index.resources.values() if names_any(r, [word, *terms])]
        named = [r for r in family if _metric_names(r, terms)]
        if not named:
            continue
        measure = {r.name for r in family if any(same_figures(index, r, n) for n in named)}
        known = token_set(" ".join([word, *terms, *(r.metric for r in named)]))
        elsewhere_said = _variant_said_elsewhere(claim, ctx, family, known)
        sentence = token_set(claim.sentence) - elsewhere_said
        mislabelled, variant = swapped_labels(family, named, measure, known, sentence | (carried - elsewhere_said),
                                               _cells, index.mention_cache)

        def kept(c: Candidate) -> bool:
            if c.resource.name in mislabelled or c.resource.name in variant:  # labels the figures belie
                return c.resource.name in variant
            if c.resource.name in measure:
                return True
            # another measure of the word, unless the sentence names it ('the GDP deflator')
            return bool((token_set(c.resource.metric) - known) & sentence)

        in_family = {r.name for r in family}
        about_word = bool(candidates) and candidates[0].resource.name in in_family
        left = [c for c in candidates if (c.resource.name in in_family and kept(c))
                or (c.resource.name not in in_family and not about_word)]
        if len(left) < len(candidates) and not any(c.resource.name in measure | variant for c in left):
            left = [c for c in _matched_as(claim, index, ctx, terms) if c.resource.name in measure] + left
        candidates = left
    return candidates


def _variant_said_elsewhere(claim: Claim, ctx: ClaimContext, family: list[ResourceIndex],
                            known: frozenset[str]) -> frozenset[str]:
    """The words naming a variant of the measure (a series' name beyond ``known``: 'GDP' of 'inflation gdp') that the
    text around the figure says of something else: the figure's own words (``_figure_own_words``) name the measure and
    not the variant, so a 'GDP' elsewhere in the sentence, or in the heading it carries, is another figure's subject —
    'GDP grew 6.8 % in 2022, a year when inflation reached 5.3 %' names no deflator for the inflation figure. Where
    the figure's own words name no measure ('the GDP deflator rose 2.1 % in 2022 and 3.4 % in 2023'; 'this
    indicator' after a sentence on the deflator), the words around it are its own: none."""
    own = token_set(_figure_own_words(claim, ctx))
    named = known | frozenset(t for r in family for t in r.phrase_words if not is_generic(t))
    if not own & named:
        return frozenset()
    return frozenset(w for r in family for w in token_set(r.metric) - known) - own


def price_words_unsaid(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> frozenset[str]:
    """The claim's part of ``price_measure_unsaid``, made once per claim: the sentence's own words (not
    generic, not price words) when its sentence, paragraph and heading name neither a price measure
    (``price_measure_words``) nor a price (``price_nouns``); empty when they do."""
    said = [*tol.price_measure_words, *tol.price_nouns]  # 'prices rose 3 %' names the measure too
    valuations = find_any(claim.sentence, [*tol.nominal_claim_words, *tol.real_claim_words])
    if _said_or_carried(claim, ctx, said, _without(normalized(claim.sentence), valuations)):
        return frozenset()
    price_terms = token_set(" ".join(said))
    # a valuation's words ('at current prices') are the sentence's own: a price measure matched through them is no
    # measure it names, as one matched through 'GDP' is not
    valued = token_set(" ".join(found.group() for found in valuations))
    return frozenset(t for t in token_set(claim.sentence) if not is_generic(t)) - price_terms | valued


def price_measure_unsaid(res: ResourceIndex, unsaid: frozenset[str], tol: Tolerances) -> bool:
    """``res`` measures the change of prices (the GDP deflator, consumer-price inflation) while the claim
    names no such measure nor a price and shares other words of the series' name (``unsaid``: from
    ``price_words_unsaid``): 'GDP will decrease by 32 %' matched the deflator through 'GDP', the thing
    whose prices it measures, not the measure."""
    return bool(unsaid & res.phrase_words) and names_any(res, tol.price_measure_words)


def _said_or_carried(claim: Claim, ctx: ClaimContext, words: list[str], sentence: str | None = None) -> bool:
    """One of ``words`` is in the claim's sentence (or ``sentence``, a reading of it), or in the measure carried to it
    or the text before it."""
    carried = (ctx.measure_from.words if ctx.measure_from is not None else frozenset()) | ctx.before
    return holds_any(claim.sentence if sentence is None else sentence, words) \
        or any(token_set(w) and token_set(w) <= carried for w in words)


def _without(text: str, found: list[re.Match[str]]) -> str:
    """``text`` (normalized) with the stretches ``found`` in it blanked: a money series' valuation ('GDP at current
    prices', 'at constant prices': ``nominal_claim_words``, ``real_claim_words``), whose 'prices' name no price the
    sentence speaks of."""
    for match in reversed(found):
        text = text[:match.start()] + " " + text[match.end():]
    return text


def price_component_only(res: ResourceIndex, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> bool:
    """``res`` measures no change of prices while the claim's sentence (or the measure carried to it) names
    one (``price_measure_words``), and the claim shares with the series' name only words that name a part
    of a price index (``price_components``): 'inflation was driven by … housing, water, electricity, gas and
    other fuels (2.0 per cent)' is a price index's group, not CDIAC's share of gas in fossil CO2, which
    'gas' and 'fuels' alone matched. The mirror of ``price_measure_unsaid``."""
    if names_any(res, tol.price_measure_words):
        return False
    if not _said_or_carried(claim, ctx, tol.price_measure_words):
        return False
    shared = frozenset(t for t in token_set(claim.sentence) if not is_generic(t)) & res.phrase_words - ctx.place_words
    return bool(shared) and shared <= token_set(" ".join(c for c in tol.price_components if not _noun_ending(c, tuple(tol.price_nouns))))


def _metric_names(res: ResourceIndex, terms: list[str]) -> bool:
    metric = token_set(res.metric)
    return any(token_set(t) and token_set(t) <= metric for t in terms)


# Two resources are one series published twice when this share of their common cells agree.
_SAME_SHARE = 0.9
_SAME_MIN_CELLS = 20


def same_figures(index: ReferenceIndex, a: ResourceIndex, b: ResourceIndex) -> bool:
    """``a`` and ``b`` give the same figures for the same places and periods: whatever their names
    say, they are one series (a publisher's copy under another label). Cached on the index."""
    if a is b:
        return True
    key = ("same-figures", *sorted((a.name, b.name)))
    if key not in index.mention_cache:
        ka, kb = _cells(a), _cells(b)
        common = ka.keys() & kb.keys()
        agree = sum(1 for k in common if math.isclose(ka[k], kb[k], rel_tol=1e-6, abs_tol=1e-9))
        index.mention_cache[key] = len(common) >= _SAME_MIN_CELLS and agree >= _SAME_SHARE * len(common)
    return bool(index.mention_cache[key])


def _cells(res: ResourceIndex) -> dict[tuple[str, int], float]:
    """(place, period start) → figure, for a series whose only dimensions name its place (a country
    and its code); empty for any other shape."""
    if not res.place_dims or set(res.dims) != set(res.place_dims):
        return {}
    dim = res.place_dims[0]
    places = [res.place_values.get(v, "") for v in res.dim_values[dim]]
    starts = res.period_start[res.period_codes]
    return {(places[c], int(t)): float(v) for c, t, v in zip(res.dim_codes[dim], starts, res.values, strict=True)
            if places[c] and math.isfinite(v)}


def _matched_as(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, terms: list[str]) -> list[Candidate]:
    """The matcher's candidates when the sentence also says the measure's own words."""
    extra = token_set(" ".join(terms))
    at = ctx.claim_offset
    positions = {**ctx.positions, **{t: ctx.positions.get(t, [at]) for t in extra}}
    wider = dataclasses.replace(ctx, sentence=ctx.sentence | extra, clause=ctx.clause | extra, positions=positions,
                                missing={}, unplaced={})
    found = match(claim, index, wider)
    ctx.missing.update({k: v for k, v in wider.missing.items() if k not in ctx.missing})
    ctx.unplaced.update({k: v for k, v in wider.unplaced.items() if k not in ctx.unplaced})
    return found
