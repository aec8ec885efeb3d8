"""A mass whose text does not say what it is a mass of, against a series that does.

'An emission per capita of about 39.7 tons', 'carbon emissions of 37 tons a person': news counts
emissions in tonnes of CO2 and says so rarely, and a bare 'carbon' names both. Against a series in
tonnes of carbon the figure is read both ways (``open_mass_readings`` in substances.json): the
reading that agrees stands, and when neither does, the contradiction is worded with the reading of
the claim's order, not with a factor of 3.664 that is only the unit.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable

import numpy as np

from ... import substances
from ...config import Tolerances
from ...matching import ADDRESS_LAYER, Candidate, ClaimContext, MatchMode, ReferenceIndex
from ...matching.gases import mixture_words, names_a_gas
from ...matching.scoring import claim_unit
from ...models import Claim, Verdict
from ...numbers import alternation, data_json
from ...text import token_set
from ...unit_families import unit_family
from ..decision import Decision, Reason
from ..observations import signed_value
from ..periods.undated import no_date_for_figure
from ..tolerance import SUPPORTS, band_for, log_ratio

Decide = Callable[[Claim, list[Candidate], ReferenceIndex, ClaimContext, Tolerances], Decision]


def open_substance(decision: Decision, claim: Claim, candidates: list[Candidate], index: ReferenceIndex,
                   ctx: ClaimContext, tol: Tolerances, decide: Decide) -> Decision:
    """``decision`` read with the claim's mass in each other substance its words leave open: a
    supporting reading replaces a decision that does not support; of two that contradict, the one
    whose figure is nearer the claim's leads; a figure that agrees only in the series' own substance,
    not in the one news counts in, is for a person to read (``substance_unsaid``)."""
    if not claim.unit or not candidates:
        return decision
    if decision.verdict is Verdict.supported:
        return _supported_as_carbon_only(decision, claim, candidates, index, ctx, tol, decide)
    readings = [decision, *substance_readings(claim, candidates, index, ctx, tol, decide)]
    for other in readings[1:]:
        # a reading that agrees with a row, though a rival keeps it from a pass (``ambiguous``), leaves a
        # contradiction in another reading unsure too
        if other.verdict is Verdict.supported or (
                other.verdict is decision.verdict is Verdict.contradicted and _nearer(other, decision, claim)) or (
                other.reason is Reason.AMBIGUOUS and decision.verdict is Verdict.contradicted):
            decision = other
    return _gas_scope_unsaid(_gas_unnamed(decision, readings, claim, ctx), readings, claim, ctx)


def substance_readings(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
                       tol: Tolerances, decide: Decide) -> list[Decision]:
    """The claim decided against ``candidates`` read in each other substance its words leave open
    (``open_mass_readings``): none when its words say what the mass is of."""
    readings = []
    for tag in substances.open_readings():
        read = [_read_as(c, claim, ctx, tag) for c in candidates]
        if not all(r is c for r, c in zip(read, candidates, strict=True)):
            readings.append(decide(claim, read, index, ctx, tol))
    return readings


def _around(ctx: ClaimContext) -> frozenset[str]:
    """The words of the claim's sentence and of the text above it (a table's lead, the paragraph, the heading,
    the title; not the page's address)."""
    return frozenset().union(ctx.sentence, ctx.before, ctx.referred,
                             *(words for layer, words in ctx.layers if layer != ADDRESS_LAYER),
                             *(words for layer, words, _ in ctx.measure_layers if layer != ADDRESS_LAYER))


def _gas_scope_unsaid(decision: Decision, readings: list[Decision], claim: Claim, ctx: ClaimContext) -> Decision:
    """'Carbon emissions rose from 76 million tons to 200 million tons' in a paragraph on greenhouse gases
    (``pinning.mixture_words`` in the sentence or the text above it): 'carbon' leaves open whether the figure
    counts carbon, CO2 or all greenhouse gases in CO2-equivalent, and a figure above the series read as carbon and
    no further above its CO2 reading than greenhouse gases run (``unnamed_gas_ratio``) may be any of them — a
    person decides which the text counts (``gas_scope_unsaid``). A text that names CO2 itself leaves no reading
    open; below the carbon reading or further above, the figure stays contradicted."""
    if decision.reason is not Reason.CONTRADICTED or len(readings) < 2 or not decision.lead:
        return decision
    if not all(r.verdict is Verdict.contradicted and r.lead for r in readings):
        return decision
    if _around(ctx).isdisjoint(mixture_words()):
        return decision
    claimed = signed_value(claim)
    observed = [r.lead[0].observed for r in readings]
    if not all(o > 0 for o in observed) or not min(observed) < claimed <= substances.unnamed_gas_ratio() * max(observed):
        return decision
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.GAS_SCOPE_UNSAID,
                               flags=decision.review_flags)


def _gas_unnamed(decision: Decision, readings: list[Decision], claim: Claim, ctx: ClaimContext) -> Decision:
    """'Per capita emissions reached 10.1 tons', no gas named, above the series read as carbon and as
    CO2 alike, by at most ``unnamed_gas_ratio`` times the CO2 reading: all greenhouse gases in
    CO2-equivalent run that much above fossil CO2, and no series here holds them — a person decides
    (``gas_unnamed``). Below the CO2 reading the figure is short of the CO2 alone, and further above it
    too large for any measure of emissions: both stay contradicted. A text that names carbon, CO2 or
    any gas in the sentence or the text above it (a table's lead, the heading, the title; not the page's
    address) has said what it counts."""
    if decision.reason is not Reason.CONTRADICTED or len(readings) < 2 or not decision.lead:
        return decision
    if names_a_gas(_around(ctx)):
        return decision
    if not all(r.verdict is Verdict.contradicted and r.lead for r in readings):
        return decision
    claimed = signed_value(claim)
    observed = [r.lead[0].observed for r in readings]
    if not all(0 < o < claimed for o in observed) or claimed > substances.unnamed_gas_ratio() * max(observed):
        return decision
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.GAS_UNNAMED,
                               flags=decision.review_flags)


def _supported_as_carbon_only(decision: Decision, claim: Claim, candidates: list[Candidate], index: ReferenceIndex,
                              ctx: ClaimContext, tol: Tolerances, decide: Decide) -> Decision:
    """'Per capita emissions were 1.2 tons': agreeing read as tonnes of carbon, the series' own substance,
    and not as CO2, in which news counts — the text does not say which, so both readings go to a person."""
    lead = decision.lead[0] if decision.lead else None
    ref_tag = substances.split(lead.evidence.unit or "")[1] if lead else None
    if lead is None or ref_tag is None:
        return decision
    for tag in substances.open_readings():
        if _read_as(lead.candidate, claim, ctx, tag) is lead.candidate:
            continue
        other = decide(claim, [_read_as(c, claim, ctx, tag) for c in candidates], index, ctx, tol)
        if other.verdict is Verdict.supported or not other.lead:
            return decision
        return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.SUBSTANCE_UNSAID,
                                   flags=decision.review_flags, lead=[lead, other.lead[0]], substance=(tag, ref_tag))
    return decision


def substance_slip(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A contradiction whose figure is the series' own in the other substance ('CO2 emissions of 22
    million tonnes' where the rows give 22 million tonnes of carbon): contradicted, and said to be the
    figure in tonnes of carbon, not of CO2 (``substance_slip``)."""
    if decision.reason is not Reason.CONTRADICTED or not decision.lead:
        return decision
    lead = decision.lead[0]
    if lead.candidate.mode not in (MatchMode.DIRECT, MatchMode.PER_CAPITA):
        return decision
    ref_tag = substances.split(lead.evidence.unit or "")[1]
    claim_tag = substances.split(claim_unit(claim, lead.evidence.unit or "", ctx.substance))[1]
    f = substances.factor(ref_tag, claim_tag) if ref_tag and claim_tag else None
    if not f:
        return decision
    if no_date_for_figure(claim, ctx) and substances.named_for_another(str(claim_tag)):
        # 'tonnes of carbon' may count CO2 (news names CO2's series 'carbon emissions'), and with no year the row is
        # only the latest: which figure the writer meant is the undated rules' question, not a slip of the pen
        return decision
    band = band_for(signed_value(claim), claim, tol, high_value=claim.value_high)
    for tag in substances.tags():
        other = substances.factor(ref_tag, tag) if tag != claim_tag else None
        if other and int(band.judge(np.array([lead.observed / f * other]))[0]) == SUPPORTS:
            return dataclasses.replace(decision, reason=Reason.SUBSTANCE_SLIP, substance=(str(claim_tag), tag))
    return decision


def _read_as(cand: Candidate, claim: Claim, ctx: ClaimContext, tag: str) -> Candidate:
    """The candidate with its rows converted to ``tag`` when the resource's unit names a substance
    and the claim's words name none; else the candidate itself."""
    for unit in cand.resource.units:
        ref_tag = substances.split(unit)[1]
        if ref_tag is None or ref_tag == tag or unit_family(unit)[0] != unit_family(claim.unit or "")[0]:
            continue
        if substances.split(claim_unit(claim, unit, ctx.substance))[1] is not None:
            return cand  # the text says what the mass is of: no other reading
        f = substances.factor(ref_tag, tag)
        if f is not None and f != 1.0:
            return dataclasses.replace(cand, factor=cand.factor * f)
    return cand


def _nearer(a: Decision, b: Decision, claim: Claim) -> bool:
    """``a``'s leading figure is nearer the claim's than ``b``'s, by ratio."""
    claimed = abs(signed_value(claim))

    def distance(d: Decision) -> float:
        observed = abs(d.lead[0].observed) if d.lead else 0.0
        return abs(log_ratio(claimed, observed)) if claimed and observed else math.inf

    return distance(a) < distance(b)


def _without_links(text: str) -> str:
    """``text`` without the phrases that only equate a figure with another (substances.json ``pinning.link_phrases``:
    'per capita emissions are equivalent to 19.6 tons'), whose words would name a mixture ('equivalent')."""
    phrases = data_json("substances.json").get("pinning", {}).get("link_phrases", [])
    return re.sub(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)", " ", text, flags=re.IGNORECASE) if phrases else text


def mixture_in_co2(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """'10.9 tonnes of CO2 per inhabitant' in a text about greenhouse gases (the text above it names the
    mixture, ``pinning.mixture_words``; the sentence names no gas but in the figure's unit): statistics
    offices publish greenhouse gases in CO2-equivalent, and news writes them as 'tonnes of CO2'. A figure
    ``mixture_floor_ratio`` to ``unnamed_gas_ratio`` times the fossil-CO2 row is that mixture, which no
    series here holds (``other_series``); nearer the row, below it or further above it, it stays contradicted —
    unless its own sentence calls it net emissions (``inventory_words``): land use counted and removals subtracted,
    another definition of the gas that a fossil row, of its year or an older one, neither confirms nor refutes
    (``net_emissions``, needs_review)."""
    # a stale contradiction too: 'net emissions' matching an older fossil row is no sign of an old figure
    if decision.reason not in (Reason.CONTRADICTED, Reason.STALE) or not decision.lead:
        return decision
    evidence = decision.lead[0].evidence
    ref_tag = substances.split(evidence.unit or "")[1]
    claim_tag = substances.split(claim_unit(claim, evidence.unit or "", ctx.substance))[1]
    if ref_tag is None or claim_tag is None or claim_tag not in substances.tags() or substances.is_mixture(claim_tag):
        return decision
    # the gas said only as the unit ('tonnes of CO2'); a sentence naming CO2 itself ('per capita CO2
    # emissions') narrows a paragraph on greenhouse gases to CO2
    rest = substances.without_unit_substance(ctx.sentence_text, claim.text)
    # the words of the sentence besides the figure and its unit; a list's figures share the unit of its last
    rest_words = token_set(_without_links(rest if rest is not None else ctx.sentence_text.replace(claim.text, " ", 1)))
    # the sentence itself names the inventory ('the national greenhouse gas inventory … tonnes of carbon
    # dioxide (CO2)', 'net emissions were …'): its figure is the mixture, whatever gas the unit names
    own_mixture = not rest_words.isdisjoint(mixture_words() | substances.inventory_words())
    if (rest is None or names_a_gas(rest_words)) and not own_mixture:
        return decision
    read = frozenset().union(ctx.before, ctx.referred,
                             *(words for layer, words in ctx.layers if layer != ADDRESS_LAYER),
                             *(words for layer, words, _ in ctx.measure_layers if layer != ADDRESS_LAYER))
    if read.isdisjoint(mixture_words()) and not own_mixture:
        return decision
    claimed, observed = evidence.claimed, evidence.value
    ceiling = substances.named_mixture_ratio() if own_mixture else substances.unnamed_gas_ratio()
    if claimed is None or observed is None \
            or not 0 < substances.mixture_floor_ratio() * observed <= claimed <= ceiling * observed:
        if claimed is not None and observed is not None and 0 < claimed <= ceiling * observed \
                and not rest_words.isdisjoint(substances.inventory_words()):
            # 'net emissions of carbon dioxide were 456.3 Mt': land use counted and removals subtracted, near the
            # fossil row or below it — another definition of the same gas, which the row neither confirms nor refutes
            return decision.for_review(Reason.NET_EMISSIONS)
        return decision
    if decision.reason is not Reason.CONTRADICTED:
        return decision
    mixture = next((spec.get("name", tag) for tag, spec in substances.tags().items() if substances.is_mixture(tag)),
                   "greenhouse gases")
    return Decision(Verdict.unsupported, Reason.OTHER_SERIES, series=str(mixture))
