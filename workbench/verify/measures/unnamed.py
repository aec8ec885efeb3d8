"""A figure whose text names no measure, read against the series its place, period and unit pick
out (``matching.unnamed``): when one of them holds the figure the claim is for a person to review,
naming that series ('matches Chile's unemployment rate for 2022; the text does not name the
measure'). Never supported — that would be matching whichever series fits — and never unsupported
when a series does hold it, for that would cry wolf over a true figure."""

from __future__ import annotations

import dataclasses

from ...config import Tolerances
from ...matching import Candidate, ClaimContext, ReferenceIndex
from ...matching.measure import CarriedMeasure, measure_words, names_own_measure, reporting_verbs
from ...matching.unnamed import series_named_before, series_of_the_place
from ...matching.generic import GENERIC, is_generic
from ...matching.scoring import MatchMode, reads_in_its_unit
from ...matching.wide import total_before_parts
from ...models import Claim, Flag, Kind, Verdict
from ...periods import Period, try_parse_period
from ...places import is_marker
from ...text import token_set
from ..decision import Decision, Reason, decide, nothing_matches
from ..observations import Observation, observe_change, observe_direct
from .generic_only import named_by_generic_words_only
from .pinned import pinned_by_per_head, pinned_by_prices, pinned_by_unit
from .series import preferred_measure, same_figures
from ..tolerance import SUPPORTS


def _observations(claim: Claim, candidates: list[Candidate], ctx: ClaimContext, tol: Tolerances,
                  carried: tuple[str, str, frozenset[str]] | None) -> list[Observation]:
    """The candidates' rows read for the claim's own period, else the one carried from the text before it."""
    period_text = claim.period or (carried[0] if carried else None)
    period = try_parse_period(period_text) if period_text else None
    return [o for c in candidates for o in (observe_direct(claim, c, ctx, tol, period) if c.mode is MatchMode.DIRECT
                                            else observe_change(claim, c, ctx, tol, period))]


def _keep_carried_period(claim: Claim, ctx: ClaimContext, carried: tuple[str, str, frozenset[str]] | None) -> None:
    if not claim.period and carried is not None:
        ctx.carried_period = carried  # the evidence says where the period came from


def unnamed_measure(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances,
                    carried: tuple[str, str, frozenset[str]] | None) -> Decision | None:
    """needs_review led by the series that holds the figure for the named place and period (the claim's
    own, else the one carried from the text before it); None when no series holds it."""
    candidates = series_of_the_place(claim, index, ctx)
    if not candidates:
        return None
    observations = _observations(claim, candidates, ctx, tol, carried)
    holding = sorted((o for o in observations if o.current and o.status == SUPPORTS),
                     key=lambda o: (abs(o.deviation), o.origin))
    if not holding:
        return None
    _keep_carried_period(claim, ctx, carried)
    # one figure per series, the closest series first; a publisher's copy of a series is that series
    lead: list[Observation] = []
    for o in holding:
        if not any(o.candidate.resource is k.candidate.resource or same_figures(index, o.candidate.resource,
                                                                                 k.candidate.resource) for k in lead):
            lead.append(o)
    ranked = lead + [o for o in observations if o not in lead]
    return Decision(Verdict.needs_review, Reason.MEASURE_UNNAMED, [Flag.needs_review], lead, ranked)


# What no package holds for any place: a month's change of prices, another series, a period past every row
_UNHELD_ANYWHERE = frozenset({Reason.MONTH_ON_MONTH, Reason.OTHER_SERIES, Reason.NO_FIGURE})


def _unheld_whatever_the_place(claim: Claim, index: ReferenceIndex, ctx: ClaimContext,
                               tol: Tolerances) -> Decision | None:
    """'Inflation … Calculating on a month on month basis, this accounts for 0.9 %': a figure of the measure named
    before it, whose place nothing names, judged as one naming its measure and no place is (``decide`` with no
    candidate reads the unplaced series): unsupported when no package holds it for any place; else None."""
    decision = decide(claim, [], index, ctx, tol)
    unheld = decision.verdict is Verdict.unsupported and decision.reason in _UNHELD_ANYWHERE
    return decision if unheld else None


def measure_named_before(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances,
                         carried: tuple[str, str, frozenset[str]] | None, *, beside_generic: bool = False
                         ) -> Decision | None:
    """'Inflation in Chile ended 2023 below the ceiling. The index had passed the upper limit of the target
    in 2022 (9.2 %)': a figure matching nothing, whose sentence names no measure the data knows while the
    text before it (its paragraph, heading or an earlier paragraph) names one, is
    for a person to review against that measure's row of its place and period — its own words may name
    the same measure in other terms, and "nothing matches" would cry wolf over it. Unless the text just before
    named emissions of one substance and the figure's unit pins that series, or inflation and the figure is a year's
    rate of its place: then it is judged as the series' (``_pinned_before``). None when no text before names a measure, or that measure has no row for the
    figure's period."""
    if claim.kind is Kind.count:  # '3 new satellites': a count counts its own noun
        return None
    own = _own_words(ctx, claim.sentence)
    # the sentence names its own measure; beside a series named only generically ('growth rate' picking CO2's
    # 'Annual Increase'), a generic word that is a measure of its own too ('growth') is the named measure's
    if names_own_measure(index, own - GENERIC if beside_generic else own):
        return None
    layer, found, around = _measure_before(index, ctx)
    names = _series_named(index, found, around, claim, ctx.substance)
    if not names:
        return None
    candidates, unplaced, not_covered = series_named_before(claim, index, ctx, names)
    if not candidates:
        if not_covered and not ctx.missing:  # the measure is named, and the sentence a place it has no row for
            ctx.missing.update(not_covered)
            return nothing_matches(ctx)
        if unplaced and not ctx.missing:  # the measure is named, its place nowhere
            ctx.unplaced.update(unplaced)
            return _unheld_whatever_the_place(claim, index, ctx, tol) \
                or Decision(Verdict.needs_review, Reason.PLACE_UNNAMED, [Flag.needs_review])
        if beside_generic:  # 'the census … in Algeria' before the rate: no series of the measure has the country
            return _places_before_uncovered(claim, names, index, ctx)
        return None
    observations = _observations(claim, candidates, ctx, tol, carried)
    current = sorted((o for o in observations if o.current), key=lambda o: (abs(o.deviation), o.origin))
    if not current:
        return None
    _keep_carried_period(claim, ctx, carried)
    if (layer in _NEAREST_LAYERS or (layer == "heading" and _bare_entry(claim, own))) \
            and not beside_generic:  # a generic word's measure is for a person, never pinned
        # read as the checker reads a measure carried from there (``carried_in_paragraph``)
        # with every word of that text: 'GDP per capita' there makes the figure per head (``CarriedMeasure.per_head``)
        carried = dataclasses.replace(ctx, measure_from=CarriedMeasure(layer, found, said=" ".join(sorted(found)),
                                                                        around=around))
        pinned = _pinned_before(claim, candidates, index, carried, tol)
        if pinned is not None:
            return pinned
    reason = Reason.MEASURE_UNNAMED if current[0].status == SUPPORTS else Reason.UNCERTAIN_CONTRADICTION
    return Decision(Verdict.needs_review, reason, [Flag.needs_review], current[:1],
                    current + [o for o in observations if o not in current])


def place_held_by_measure_before(decision: Decision, claim: Claim, index: ReferenceIndex, ctx: ClaimContext,
                                 tol: Tolerances, carried: tuple[str, str, frozenset[str]] | None) -> Decision:
    """'… the highest annual inflation rate in the world? … the mismanaged economies of Argentina (103 %) and
    Zimbabwe (92 %)': the series the sentence's words pick (GDP, by 'economies') has no row for the place, while
    the text just before (its paragraph, heading, the paragraph before) names a measure whose series does hold
    that place. The figure may be that measure's, told in other words: 'unsupported' would cry wolf over it, so
    a person decides (``place_in_measure_before``), shown that measure's row of the period. Unchanged when the
    measure named before is the very one lacking the place, no series of it has a row of the place and period
    (read as the word means: 'inflation' is consumer prices, not the deflator), or the figure is a change its
    sentence states of the picked series, which only a word of how a statistic is taken did not pick."""
    if decision.verdict is not Verdict.unsupported or decision.reason is not Reason.PLACE_NOT_COVERED \
            or decision.not_covered is None or claim.kind is Kind.count:  # a count counts its own noun
        return decision
    lacking = decision.not_covered[1].resource
    # a change its sentence states ('the economy grew 5.1 %') is read by its own verb as the picked series'; not
    # when only a word of how a statistic is taken picked it ('cost on average 0.5 % more' and a CO2 'Mean')
    if claim.kind is Kind.change and not named_by_generic_words_only(lacking, index, ctx):
        return decision
    _, found, around = _measure_before(index, ctx)
    names = _series_named(index, found, around, claim, ctx.substance)
    if not names or lacking in names:
        return decision
    candidates, _, _ = series_named_before(claim, index, ctx, names)
    # 'inflation' means consumer prices, not the deflator beside them
    candidates = preferred_measure(claim, candidates, index, ctx, tol) if candidates else []
    if not candidates:
        return decision
    observations = _observations(claim, candidates, ctx, tol, carried)
    current = sorted((o for o in observations if o.current), key=lambda o: (abs(o.deviation), o.origin))
    if not current:  # no row of the figure's period: that measure cannot judge it either
        return decision
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.PLACE_IN_MEASURE_BEFORE,
                               flags=decision.review_flags, lead=current[:1],
                               ranked=current + [o for o in observations if o not in current],
                               series=current[0].candidate.resource.metric)


def _bare_entry(claim: Claim, own: frozenset[str]) -> bool:
    """'1. China—10.17 Billion Tons': the sentence says nothing but its place and the figure with its unit — an
    entry of the list or table its heading titles, whose measure is the heading's as surely as a paragraph's
    earlier sentence gives it. A sentence with words of its own may speak of something the heading does not."""
    return all(is_marker(t) for t in own - token_set(claim.text))


def _places_before_uncovered(claim: Claim, names: frozenset[str], index: ReferenceIndex,
                             ctx: ClaimContext) -> Decision | None:
    """Unsupported (place_not_covered) when the nearest text naming a place names countries that no series of
    the measure named before, read in the figure's unit, has rows for (``beyond_data.uncovered_places``)."""
    from ..beyond_data import nearest_places, uncovered_places  # beyond_data reads the decisions this module makes

    places = nearest_places(ctx)
    series = [index.resources[n] for n in sorted(names) if reads_in_its_unit(claim, index.resources[n], ctx.substance)]
    if places is None or not series:
        return None
    return uncovered_places(series, places, index, claim.unit)


def _own_words(ctx: ClaimContext, claim_sentence: str) -> frozenset[str]:
    """The sentence's own words: not its names, nor a reporting verb ('it falsely claims')."""
    return ctx.sentence - ctx.entities - reporting_verbs(ctx.sentence_text or claim_sentence)


def _measure_before(index: ReferenceIndex, ctx: ClaimContext) -> tuple[str, frozenset[str], frozenset[str]]:
    """(layer, the words naming a measure the data knows, every word there) of the nearest text before the
    sentence that names one: its paragraph, its heading, the paragraph before; ("", ∅, ∅) when none does."""
    texts = [(layer, token_set(text)) for layer, text in ctx.basis_texts if layer in ("paragraph", "heading")]
    # the title, front matter and address speak for the whole page: too far to stand against the sentence's own words
    texts += [(layer, words) for layer, words, _ in ctx.measure_layers if layer == "previous paragraph"]
    return next(((layer, m, words) for layer, m, words in
                 ((layer, measure_words(index, words), words) for layer, words in texts) if m),
                ("", frozenset(), frozenset()))


def _series_named(index: ReferenceIndex, words: frozenset[str], around: frozenset[str] | None = None,
                  claim: Claim | None = None, substance: str | None = None) -> frozenset[str]:
    """The series the measure words name. With ``around`` (every word of the text they came from) and the
    claim: those they name whole (``CarriedMeasure.names``) in whose units the claim can be read, when there
    are any — 'GDP per head' names a GDP series, not 'Inflation, GDP deflator', whose 'GDP' only says whose
    prices; a word naming no series whole ('emissions', 'consumer prices') keeps every series it is a word of."""
    named = frozenset(n for t in words for n in index.metric_index.get(t, ()) if n in index.resources)
    if around is None or claim is None:
        return named
    carried = CarriedMeasure("", words, around=around)
    whole = frozenset(n for n in named if carried.names(index.resources[n], frozenset(), lambda unit: True)
                      and reads_in_its_unit(claim, index.resources[n], substance))
    return whole or named


def generic_series_beside_named_measure(decision: Decision, index: ReferenceIndex, ctx: ClaimContext) -> bool:
    """'The census counted 34.8 million … an average annual growth rate of 1.72 %': the series the decision
    leads with is named only by words of how a statistic is taken ('annual', 'growth', 'rate' picking a CO2
    file's 'Annual Increase'), while the text just before names a measure of other series ('population').
    The figure's measure is that one, read as for a sentence naming none (``measure_named_before``): a rate
    of population growth finds no CO2 series."""
    if not decision.lead or decision.verdict is Verdict.unsupported:
        return False
    resource = decision.lead[0].candidate.resource.name
    naming = {t for t in ctx.sentence | ctx.subject | ctx.referred if resource in index.metric_index.get(t, ())}
    if not naming or not all(is_generic(t) for t in naming):
        return False
    if names_own_measure(index, _own_words(ctx, claim_sentence=ctx.sentence_text) - GENERIC):
        return False
    named = _series_named(index, _measure_before(index, ctx)[1])
    return bool(named) and resource not in named \
        and not any(same_figures(index, index.resources[resource], index.resources[n]) for n in named)


# The text a reader has just read: the paragraph's earlier sentences and the paragraph right before
# (as ``pinned.carried_in_paragraph``); a heading or the title speaks for more than the next figure.
_NEAREST_LAYERS = ("paragraph", "previous paragraph")


# what the carried measure's reading says when the figure is of a series no package holds
_ANOTHER_SERIES = frozenset({Reason.OTHER_SERIES, Reason.MONTH_ON_MONTH})


def _pinned_before(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
                   tol: Tolerances) -> Decision | None:
    """'China emits 9.84 billion tonnes of CO2 … Then Russia (1.7 billion tons), Japan (1.2 billion tons)': the
    text just before named the emissions of one substance, and the figure's unit pins the one series of that
    substance (``pinned_by_unit``); '2022 saw inflation rise in the big economies … Japan and China close the list
    with 2.5 % and 1.9 %': it named the headline prices, and the figure is a year's rate of its place
    (``pinned_by_prices``) — as for a contradiction carried from there (``carried_in_paragraph``). The figure
    is judged as that series' — supported or contradicted, each substance its words leave open tried
    (``open_substance``) — not left for a person because its own sentence repeats no word of the series' title.
    A reading that finds another series than the carried measure's (a variant, a month's change) is that answer.
    None when any reading is for a person (two series of the place disagree, an older row meets it) or neither
    the unit nor the prices pin the series."""
    from ..decision import decide  # decision imports the measures' modules
    from .open_substance import open_substance, substance_readings

    candidates = _total_before_parts(candidates, ctx)
    first = decide(claim, candidates, index, ctx, tol)
    if first.reason in _ANOTHER_SERIES:
        # the measure carried from just before, read with the sentence's own words, is a series no package holds
        # ('In 2022 EU inflation reached 9.2 %. In 2021 it was 2.9 %': the EU's harmonised index; 'it rose
        # 0.3 % on the month'): its rows cannot judge the figure, whatever they give
        return first
    readings = [first, *substance_readings(claim, candidates, index, ctx, tol, decide)]
    if any(r.verdict not in (Verdict.supported, Verdict.contradicted) or not r.lead for r in readings):
        return None
    decision = open_substance(first, claim, candidates, index, ctx, tol, decide)
    if decision.verdict not in (Verdict.supported, Verdict.contradicted) or not decision.lead:
        return None
    said = claim.period or (ctx.carried_period[0] if ctx.carried_period else None)
    period = try_parse_period(said) if said else None
    lead = decision.lead[0]
    return decision if pinned_by_unit(claim, lead, ctx, period) \
        or (pinned_by_prices(claim, lead, ctx, period, tol) and not _year_still_running(period, ctx)) \
        or pinned_by_per_head(lead, ctx, period) else None


def _year_still_running(period: Period | None, ctx: ClaimContext) -> bool:
    """A dated draft written before the figure's year was over ('Estimates for the coming year … rates of 6.4 % for
    this year and 3.4 % for the next', in November): the rate of a list whose measure only the text before names is
    an estimate or a part of the year, not the outturn the year's row (published later) records — for a person,
    as before the measure was carried. An undated list, or one of years over by its date, is judged by the row."""
    return ctx.dated and period is not None and period.end >= ctx.as_of


def _total_before_parts(candidates: list[Candidate], ctx: ClaimContext) -> list[Candidate]:
    """The series a measure named before the sentence picks out ('emissions': a wide table's 'Total' column and
    its 'Solid Fuel', 'Gas Flaring' columns beside it), ranked as a match ranks them (``total_before_parts``):
    bare 'emissions' are the total's, a part only when the clause names it. Copies: the caller's stay as read."""
    ranked = [dataclasses.replace(c) for c in candidates]
    total_before_parts(ranked, ctx)
    return ranked


def carried_contradiction(decision: Decision, ctx: ClaimContext) -> Decision:
    """A figure contradicted by a series its sentence does not name — the measure was carried from the
    title, an earlier paragraph or the page's address — is for a person to review: the measure named
    there may not be this figure's, and a linter that cries wolf over it is switched off."""
    if ctx.measure_from is None or decision.verdict is not Verdict.contradicted or not decision.lead:
        return decision
    flags = decision.review_flags
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.UNCERTAIN_CONTRADICTION,
                               flags=flags, lead=decision.lead[:1])
