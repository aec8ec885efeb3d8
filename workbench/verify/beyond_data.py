"""A figure no package could judge, whatever the words the checker could not read mean: unsupported, not for review.

A claim sent to a person because the checker could not read some of its words ('unknown_language_words'), found
no place ('place_unnamed') or no series ('no_match'), or only another period's row, is still beyond every package
when what it reads for certain rules every row out:

- the figure is a money amount, a count of people (its counted noun one some series counts: 'people'), or a count
  written with a scale word whatever it counts ('miliyan 206', '62 crore'), and every series its unit and kind
  admit (``reads_in_its_unit``; for people, every count: no rate, index or concentration; for a scaled count, the
  counts and any series whose rows reach its scale or whose unit a figure beside it is written in) has rows only
  for other countries than the ones the nearest text naming a place names (the sentence, else its paragraph, the
  paragraphs before, a heading, the title, the front matter, the lead; not the page's address, whose words are a
  slug, nor the draft's places as a whole); or no series reads its unit at all
  and it is the money of a place named ('151.5 trillion roubles' beside Russia, no series in roubles);
- or the figure, a level or count of a year written in digits in its sentence (or carried from the text before
  it, in a dated draft), speaks of a period past every row of every such series, and every year its sentence
  writes is past them too.

The line not crossed: a place the text never names is not "not covered" (for review); a place a series
covers, a series whose unit reads the figure with no place column, a money amount its sentence may quote as an
exchange rate (a currency the rate series hold, or one its sentence names, whose rows reach the scale it is written
in — no euro is worth '200 billion'; or a dollar amount its sentence calls a rate, while any rate series is loaded),
a count with no scale word whose noun is unread, or a year of its sentence the rows reach keeps the claim for a person —
some reading of the unread words could make a row judge it. (An exchange rate or a move of a currency no rate series
holds was declined before, by verify: ``fx/unheld.py``.)
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import numpy as np

from ..config import Tolerances
from ..extraction import extract_text
from ..matching import ClaimContext, ReferenceIndex
from ..matching.index import ResourceIndex
from ..matching.scoring import reads_in_its_unit
from ..models import Claim, ClaimResult, Kind, Verdict
from ..numbers import lexicon, scale_of, scales
from ..periods import Period, try_parse_period
from ..places import Places, is_marker, marker
from ..rules import rule_for
from ..text import token_set
from ..unit_families import counts_things, unit_family
from ..units import PERCENT_UNITS, is_money, tenders
from .decision import Decision, Reason
from .explain import explain
from .fx.rates import currencies_named, rate_rows, rate_series, with_dollar_quote
from .fx.rate_clues import names_base, rate_earlier
from .wording import holds_any
from ..matching.context import SENTENCE, MissingValue

# the reasons of a review that only says the checker could not decide: what this module may turn into a decline
_UNDECIDED = frozenset({"unknown_language_words", "place_unnamed", "no_match", "no_figure", "nearest_other_period",
                        "wrong_measure"})
# the layers of text whose places a reader takes for the figure's: the page's address (a slug) and the draft's
# places as a whole are too far to say that a figure is about no place the data covers
_FAR_LAYERS = frozenset({"address", "draft"})
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")
# tried only where a word starts: from each letter of a long word, a search read the rest of it before failing at
# its end (quadratic in the word)
_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+) *\Z")


def beyond_every_package(result: ClaimResult, claim: Claim, index: ReferenceIndex, ctx: ClaimContext,
                         tol: Tolerances) -> ClaimResult:
    """``result`` declined (unsupported) when no package could judge ``claim`` (its English reading, ``ctx``
    its context) whatever its unread words mean; else ``result`` as it is."""
    if result.verdict is not Verdict.needs_review or result.reason not in _UNDECIDED:
        return result
    series = _admitted_series(claim, index, ctx, tol)
    if series is None:
        return result
    places = nearest_places(ctx)
    if not series and _priced_in_another_currency(claim, tol):
        # '160 gourdes for a dollar': a rate of a currency no rate series holds, whatever place the text names
        decision: Decision | None = Decision(Verdict.unsupported, Reason.NO_MATCH)
    else:
        decision = uncovered_places(series, places, index, claim.unit) if places is not None else None
    if decision is None:
        decision = _past_every_row(series, claim, result, ctx)
    if decision is None:
        return result
    return _declined(result, claim, ctx, decision, series)


def _declined(result: ClaimResult, claim: Claim, ctx: ClaimContext, decision: Decision,
              series: list[ResourceIndex]) -> ClaimResult:
    """``result`` turned into ``decision`` (unsupported), explained as beyond every package."""
    judged = claim.model_copy(update={"period": result.claim.period or claim.period})
    # a currency no series is in: say so before 'nothing matches', which alone reads as a matching failure
    unit_unread = f"No series of the reference data is in {claim.unit}. " if not series and is_money(claim.unit) else ""
    explanation = f"{unit_unread}{explain(decision, judged, ctx)} No reading of the words around it could change that."
    if result.reason == "unknown_language_words":
        explanation = explanation.replace(f"'{claim.text}'", f"'{result.claim.text}'")
    return result.model_copy(update={"verdict": decision.verdict, "auto_verdict": decision.verdict,
                                     "reason": decision.reason.value, "flags": [], "evidence": [],
                                     "rule": rule_for(decision.verdict, []), "explanation": explanation})


def _admitted_series(claim: Claim, index: ReferenceIndex, ctx: ClaimContext,
                     tol: Tolerances) -> list[ResourceIndex] | None:
    """Every series the figure's unit and kind let it be read against: a money amount's (none, for a currency
    no series is in), a count of people's (the series counting its noun); None for any other figure, or a
    money amount its text may quote as an exchange rate."""
    if claim.kind in (Kind.share, Kind.ratio):
        return None
    resources = [index.resources[name] for name in sorted(index.resources)]
    if is_money(claim.unit):
        if _maybe_a_rate(claim, index, ctx, tol):
            return None
        return [res for res in resources if reads_in_its_unit(claim, res, ctx.substance)]
    if not counts_things(claim.unit):
        return None
    # people are no exchange rate, index or concentration; any other count may hold them (a package's tourist
    # arrivals, its registered voters), not only the series whose counted nouns are listed
    counts = [res for res in resources if res.kind in (Kind.level, Kind.count)
              and all(counts_things(u) for u in res.units) and reads_in_its_unit(claim, res, ctx.substance)]
    noun = _counted_noun(ctx)
    if noun and any(noun & (res.counted_words | res.part_words | _counted_metric(res)) for res in resources):
        return counts or None
    # '206 million', whatever its unread noun counts: a total, no rate, index or concentration whose rows never
    # reach the scale it is counted in (a density's '1 thousand 119' per km² may be one that does); the unit of
    # another figure of its sentence or of its paragraph before it, which it may leave unsaid, admits that unit's
    # series whatever their size ('8.9 billion tonnes, up from 8.3 billion')
    scale = _written_scale(claim)
    if scale is None:
        return None
    paragraph = ctx.paragraph
    beside = _families_beside(claim.sentence) | (_families_beside(paragraph) if paragraph else frozenset())
    others = [res for res in resources if res not in counts and (
        reads_in_its_unit(claim, res, ctx.substance) and _rows_reach(res, None, scale)
        or any(unit_family(unit)[0] in beside for unit in res.units))]
    return [*counts, *others] or None


def _maybe_a_rate(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances) -> bool:
    """An amount of a currency the rate series hold, or a base amount its text may quote as the price of one they
    hold ('the euro at $1.08'): an exchange rate's series may judge it. A rate of a currency they do not hold
    ('30.35 roubles to the dollar', no rouble rows) is money no series reads; a base amount its own sentence calls
    an exchange rate ('the exchange rate at 0.8230 dollar') quotes some currency's price, even one the text names in
    words not read as a currency ('the single European currency'), while any rate series is loaded."""
    quoted = with_dollar_quote(claim, tol, rate_earlier(ctx)).unit
    # 'the Mexican peso … trading at around $17.20': a sentence naming a currency the rate series hold may quote its
    # price in any sign, the '$' its own country writes included; '200.3 billion euros' is a sum no euro rate reaches
    named = currencies_named(claim.sentence, tol)
    scale = _written_scale(claim)
    if any(_rows_reach(res, positions, scale) for code in dict.fromkeys((claim.unit, quoted, *sorted(named)))
           for res, positions in rate_rows(index, tol, code)):
        return True
    # 'the exchange rate at 0.8230 dollar' after a sentence on 'the single European currency': its own sentence
    # calls the base amount a rate, of a currency named in words not read as one — a rate series may judge it
    return claim.unit == tol.exchange_rate_base and holds_any(claim.sentence, tol.exchange_rate_words) \
        and any(True for _ in rate_series(index, tol))


def _written_scale(claim: Claim) -> float | None:
    """The largest scale word the figure is written with ('206 million', '62 crore', '1 thousand 119'), None
    for a figure written in its digits alone."""
    numeral = scales()["scale_words_after_numeral"]
    found = [float(factor) for word in _WORD.findall(claim.text)
             for factor in (scale_of(word), numeral.get(word))
             if factor is not None]
    return max(found, default=None)


@lru_cache(maxsize=256)  # asked once per undecided claim: read its sentence and paragraph once, not once a claim
def _families_beside(text: str) -> frozenset[str]:
    """The families of the units of measure or money the figures of ``text`` are written in (no count, no
    percent; 't' for tonnes of any gas)."""
    return frozenset(unit_family(c.unit)[0] for c in extract_text(text)
                     if c.unit and c.unit not in PERCENT_UNITS and not counts_things(c.unit))


def _rows_reach(res: ResourceIndex, positions: np.ndarray | None, scale: float | None) -> bool:
    """Some row of ``res`` (at ``positions``, else any), as held or as published, is as large as one unit of
    ``scale``: a figure counted in that scale may be one of them (any row may, for a figure with no scale)."""
    if scale is None:
        return True
    held = [res.values] if res.published_values is None else [res.values, res.published_values]
    cells = [np.abs(values if positions is None else values[positions]) for values in held]
    return any(bool(np.nanmax(c, initial=0.0) >= scale) for c in cells if len(c))


def _priced_in_another_currency(claim: Claim, tol: Tolerances) -> bool:
    """A money amount whose sentence names another currency ('the dollar is paid at 665.11 colóns'): the price
    of one currency in the other, an exchange rate only a rate series of the amount's currency could judge."""
    if not is_money(claim.unit):
        return False
    if currencies_named(claim.sentence, tol) - {claim.unit}:
        return True
    return claim.unit != tol.exchange_rate_base and names_base(claim.sentence, tol.exchange_rate_base)


def _counted_noun(ctx: ClaimContext) -> frozenset[str]:
    """The lemmas of the words right after and right before the figure in its (English) sentence: what a
    plain count counts ('203 million people'; 'watu 1,889,773', people first, as Swahili writes it)."""
    after = _WORD.match(ctx.sentence_text[ctx.claim_end:].lstrip(" "))
    before = _LAST_WORD.search(ctx.sentence_text[:ctx.claim_offset])
    return token_set(" ".join([*(after.group() for after in [after] if after),
                               *(before.group(1) for before in [before] if before)]))


def _counted_metric(res: ResourceIndex) -> frozenset[str]:
    """The metric word of a series its counted nouns are listed under ('population'): 'population 44,928,923'."""
    return res.phrase_words & frozenset(token_set(" ".join(key for key in lexicon().get("counted_nouns", {})
                                                         if not key.startswith("_"))))


def nearest_places(ctx: ClaimContext) -> frozenset[str] | None:
    """The place markers of the nearest text that names a place (the sentence first); None when none does,
    or only text too far to speak for the figure does."""
    for layer, words in ((SENTENCE, ctx.sentence), *ctx.layers):
        named = frozenset(w for w in words if is_marker(w))
        if named:
            # a city or a region ('Safi', 'Almaty') may be a series' row under its own name, or a word misread
            # as one ('Gayri Safi Yurt İçi Hasıla'); a group may be a description ('the region', 'the South
            # American country') of a country named elsewhere: only countries are told covered or not
            places = Places.default()
            countries = all(places.knows(w) and not places.is_group(w) for w in named)
            return named if countries and layer not in _FAR_LAYERS else None
    return None


def _covered_places(index: ReferenceIndex, res: ResourceIndex) -> frozenset[str] | None:
    """The place markers a series has rows for; None for a series with no place column (of no one place)."""
    key = ("covered_places", res.name)
    if key not in index.mention_cache:
        index.mention_cache[key] = frozenset(
            w for d in res.place_dims for v in res.dim_values[d]
            for w in index.value_words.get((res.name, d, v), ()) if is_marker(w)) if res.place_dims else None
    covered: frozenset[str] | None = index.mention_cache[key]
    return covered


def uncovered_places(series: list[ResourceIndex], places: frozenset[str], index: ReferenceIndex,
               currency: str) -> Decision | None:
    """Unsupported when no series has a row for any of the named places: the series that says so best."""
    for res in series:
        covered = _covered_places(index, res)
        if covered is None or covered & places:
            return None
    if not series:
        # money no series is in: declined only as the tender of a place named ('151.5 trillion roubles' beside
        # Russia: its accounts in its own money); reais beside Kazakhstan may be anything a person should read
        tendered = any(tenders(p.removeprefix(marker("")), currency) for p in places)
        return Decision(Verdict.unsupported, Reason.NO_MATCH) if tendered else None
    names = frozenset(index.place_names.get(p) or Places.default().name_of(p) for p in places)
    res = series[0]
    dim = res.place_dims[0]
    has = sorted({v for d in res.place_dims for v in res.dim_values[d] if d == dim})
    return Decision(Verdict.unsupported, Reason.PLACE_NOT_COVERED,
                    not_covered=(res.metric, MissingValue(1.0, names, has, False, res.name)))


def _past_every_row(series: list[ResourceIndex], claim: Claim, result: ClaimResult,
                    ctx: ClaimContext) -> Decision | None:
    """Unsupported when the figure, a level or count, speaks of a year written in the text that every series
    its unit admits ends before — and so does every year its sentence writes."""
    if not series or claim.kind not in (Kind.level, Kind.count):
        return None
    period = _period(claim, result, ctx)
    if period is None:
        return None
    last = max(int(res.period_end[res.period_valid].max()) if res.period_valid.any() else 0 for res in series)
    if period.start.toordinal() <= last:
        return None
    years = [int(y) for y in _YEAR.findall(ctx.sentence_text)]
    if any(_year_start(y) <= last for y in years):
        return None  # a year the rows reach, which some reading of the unread words may make the figure's
    return Decision(Verdict.unsupported, Reason.NO_FIGURE)


def _period(claim: Claim, result: ClaimResult, ctx: ClaimContext) -> Period | None:
    """The figure's period, when text wrote its year in digits: its sentence's, else the one carried from
    the text before it in a dated draft."""
    own = result.claim.period or claim.period
    if own:
        period = try_parse_period(own)
        written = period is not None and str(period.start.year) in _YEAR.findall(ctx.sentence_text)
        return period if written else None
    carried = ctx.carried_period
    # carried in an undated draft, 'last year' before it would be counted from the day of the run
    return try_parse_period(carried[0]) if carried is not None and ctx.dated else None


def _year_start(year: int) -> int:
    return dt.date(year, 1, 1).toordinal()
