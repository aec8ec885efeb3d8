"""'The average value for Chile over those years was 9.9 percent': a sentence that names no
measure, only how a statistic is taken ('average', 'value', 'rate' — generic_measure_words), picks a
series named by such a word alone (a CO2 file's 'Mean' column). That series lacking the place says
nothing about the figure: the place's own series are tried as for a figure with no measure named
(``unnamed_measure``), and when none holds it a person decides — never 'unsupported' because a
series the text never named has no rows for the place — unless the figure spans years past the last row of
every series in its unit that has the place ('from 1960 to 2024'): no series can hold it, unsupported."""

from __future__ import annotations

import dataclasses

from ...matching import Candidate, ClaimContext, ReferenceIndex
from ...matching.generic import is_generic
from ...matching.measure import measure_words, own_measure_nouns
from ...text import token_set
from ...matching.scoring import specific_measures
from ...models import Claim, Verdict
from ...periods import MULTI_YEAR, granularity, try_parse_period
from ...places import is_marker
from ..decision import Decision, Reason
from ..wording import rate_name_pattern


def named_only_generically(decision: Decision, index: ReferenceIndex, ctx: ClaimContext) -> bool:
    """A place-not-covered decision whose text (the sentence and the paragraph before) names no measure
    but by generic words."""
    return decision.reason is Reason.PLACE_NOT_COVERED and not specific_measures(index, ctx) \
        and not measure_words(index, ctx.before) and _named_by_generic_word(decision, index, ctx)


def _named_by_generic_word(decision: Decision, index: ReferenceIndex, ctx: ClaimContext) -> bool:
    """A word of the text ('average') names the series that lacks the place; one reached otherwise
    (by the figure's currency, say) is the data's own answer that it has no such figure."""
    if decision.not_covered is None:
        return False
    resource = decision.not_covered[1].resource
    words = ctx.sentence | ctx.subject | ctx.before | ctx.referred
    return any(resource in index.metric_index.get(t, ()) for t in words)


def generic_series_without_figure(decision: Decision, candidates: list[Candidate], index: ReferenceIndex,
                                  ctx: ClaimContext) -> bool:
    """A no-figure decision about a series the text names by generic words only ('the corresponding average
    of 4.5 % in 2021' picking a CO2 file's 'Mean', after a sentence on consumer prices): that series having no
    row of the year says nothing of the figure, just as its lacking the place does not, so the figure is read
    as one naming no measure (the measure named before it, the place's own series), as 'nothing matches' is."""
    if decision.reason is not Reason.NO_FIGURE or not candidates:
        return False
    return named_by_generic_words_only(candidates[0].resource.name, index, ctx)


def named_by_generic_words_only(resource: str, index: ReferenceIndex, ctx: ClaimContext) -> bool:
    """The text around the figure (its sentence, the text before it) names the series ``resource`` by
    words of how a statistic is taken alone ('average' picking a CO2 file's 'Mean'), by one at least."""
    naming = {t for t in ctx.sentence | ctx.subject | ctx.before | ctx.referred if resource in index.metric_index.get(t, ())}
    return bool(naming) and all(is_generic(t) for t in naming)


def unnamed_place_gap(decision: Decision) -> Decision:
    """The place-not-covered decision sent to a person: the series that lacks the place was named by a
    generic word only (the explanation says so for a needs_review PLACE_NOT_COVERED)."""
    return dataclasses.replace(decision, verdict=Verdict.needs_review, flags=decision.review_flags)


def span_past_the_places_rows(decision: Decision, claim: Claim, index: ReferenceIndex, ctx: ClaimContext) -> Decision:
    """'Historically, the average for Iraq from 1960 to 2024 is 31.2 percent': a figure over a span of years
    whose measure is named only generically, sent to a person, is unsupported (``no_figure``) when every
    series in its unit that has rows for the places its sentence names ends before the span does — whichever
    of them it measures, no row reaches the span's last year. Else ``decision``."""
    if decision.verdict is not Verdict.needs_review or decision.reason is not Reason.PLACE_NOT_COVERED:
        return decision
    period = try_parse_period(claim.period) if claim.period else None
    if period is None or granularity(period) != MULTI_YEAR:
        return decision
    last = period.end.toordinal()
    ends: list[int] = []
    for token in ctx.positions:
        if not is_marker(token):
            continue
        for term in index.dim_index.get(token, ()):
            res = index.resources.get(term.resource)
            if res is None or (claim.unit or "") not in res.units:
                continue
            positions = res.dim_positions.get(term.dim, {}).get(term.value)
            if positions is None or not len(positions):
                continue
            codes = res.period_codes[positions]
            valid = res.period_valid[codes]
            if valid.any():
                ends.append(int(res.period_end[codes[valid]].max()))
    if not ends or max(ends) >= last:
        return decision
    return Decision(Verdict.unsupported, Reason.NO_FIGURE)


def named_rate(ctx: ClaimContext) -> str | None:
    """The rate the figure's clause names by a word of ``rate_names`` before 'rate' ('the refinancing rate
    in Armenia has increased to 7.75 %'), as written; None when it names none. Called only where no
    series of the data is named but by generic words, so the data holds no series of that rate."""
    start, end = ctx.clause_span if ctx.clause_span[1] else (0, len(ctx.sentence_text))
    found = rate_name_pattern().search(ctx.sentence_text[start:end])
    return found.group() if found else None


def unheld_own_measure(index: ReferenceIndex, ctx: ClaimContext) -> str | None:
    """The noun of a measure of its own (lexicon ``own_measure_nouns``: 'unemployment', 'wages') the figure's
    sentence names and no series of the data is named by ('regarding unemployment, … from 4.8 % currently'); None
    when it names none. Called only where no series is named but by generic words ('currently' picking a GDP
    series 'in current US$'), so that noun is the measure the figure speaks of, one the data does not hold."""
    words = (ctx.sentence - ctx.entities) | ctx.subject | ctx.referred
    for noun in own_measure_nouns():
        folded = token_set(noun)
        if folded and folded <= words and not any(is_generic(t) or t in index.metric_index for t in folded):
            return noun
    return None


def other_rate(decision: Decision, index: ReferenceIndex, ctx: ClaimContext) -> Decision:
    """A named rate, or a measure named by its own noun, the data does not hold: unsupported, as another series
    ('core CPI') is."""
    named = named_rate(ctx) or unheld_own_measure(index, ctx)
    return Decision(Verdict.unsupported, Reason.OTHER_SERIES, series=named) if named else decision



def weak_support_of_unnamed_measure(decision: Decision, claim: Claim, index: ReferenceIndex,
                                    ctx: ClaimContext) -> Decision:
    """'It rose by 0.4 % in the month': a bare percentage whose text (its sentence, the text before it, a measure
    carried from farther back) names no measure, weakly matched to a series by a word of how it is kept ('month'
    of a monthly CO2 file), agrees with that series only by chance: a person decides which measure it is, naming
    the series (never supported, for whichever series fits would pass). Else ``decision``."""
    if decision.verdict is not Verdict.supported or decision.reason is not Reason.WEAK_MATCH or claim.unit != "%" \
            or not decision.lead or ctx.measure_from is not None:
        return decision
    # a measure named anywhere before it (an earlier paragraph, the title: 'the consumer price index …' over a table's
    # bare 0.5) may be the figure's, as a reader carries it
    if specific_measures(index, ctx) or measure_words(index, ctx.before) \
            or any(measure_words(index, words) for _, words, _ in ctx.measure_layers):
        return decision
    return decision.for_review(Reason.MEASURE_UNNAMED)
