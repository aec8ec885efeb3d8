"""The one place that words verdict sentences: a ``Decision`` → the explanation a person reads.

Figures are said the way a person says them (``presentation.spoken_quantity``: '28.2 billion USD'),
not the way a table shows them ('28.2 bn').
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Callable

from .. import substances
from ..matching import ClaimContext, MatchMode
from ..matching.scoring import claim_unit
from ..models import Claim, ClaimResult, Flag, Kind, Verdict
from ..periods import DAY, MONTH, MULTI_YEAR, QUARTER, YEAR, Period, granularity, granularity_words, parse_period, try_parse_period
from ..reference.stated_period import period_origin
from ..units import PERCENT_OR_PP, english_currency_name
from ..presentation import spoken_digits, spoken_quantity
from .periods.basis import BEHIND, CALENDAR_YEAR, OWN_MONTH, PRESENT, RELEASED_IN_YEAR, UNPUBLISHED_YEAR
from .decision import Decision, Reason, group_place
from .observations import Observation, covers, signed_value
from .periods.crossed_again import CROSSED
from .periods.undated_move import EARLIER_START
from .periods.other_year import FISCAL, FISCAL_PLACE, TRAILING, UNDATED, YEAR_START
from .tolerance import SUPPORTS, UNSURE
from .periods.threshold_year import mean_past_the_mark
from .periods.undated import no_date_for_figure
from .fx.day_price import day_rate_band


def explain(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    """The sentence that says why ``decision`` was reached for ``claim``."""
    return _SENTENCES[decision.reason](decision, claim, ctx)


def describe_period_source(result: ClaimResult) -> ClaimResult:
    """Say once in the explanation where the lead evidence's period was read, when the publisher never put it in a
    column (the file's name or the resource's title dated every row): a reviewer tells it from one the data states."""
    lead = result.evidence[0] if result.evidence else None
    if lead is None or lead.period_from is None:
        return result
    origin = period_origin(lead.period_from, path=lead.period_file)
    said = f"(The data holds no period column: {lead.period} was read from {origin}.)"
    return result.model_copy(update={"explanation": " ".join(p for p in (result.explanation.rstrip(), said) if p)})


def _no_match(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return f"Nothing in the reference data matches {_claimed_words(claim)!r}{_about(claim)}."


def _other_series(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"The claim speaks of {decision.series!r}, a series the reference data does not hold; its other "
            f"series measure something else, so nothing can confirm or refute {_claimed_words(claim)!r}.")


def _month_on_month(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"{_claimed_words(claim)!r} is a change of prices over one month ({decision.series}): a month-on-month change, "
            f"which only a monthly index shows, and the reference data holds annual rates only for this measure, "
            f"so nothing can confirm or refute it.")


def _place_not_covered(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    assert decision.not_covered is not None
    metric, missing = decision.not_covered
    place = _and_list(sorted(missing.named))
    covered = f" for {_and_list(missing.has)} only," if missing.has and len(missing.has) <= 4 else ""
    if decision.verdict is Verdict.needs_review:  # the series was named by a generic word alone
        place = min(missing.named, key=lambda n: (n.isupper(), n))  # one spelling: 'Denmark', not 'DENMARK'
        return (f"Nothing names the measure of {_claimed_words(claim)!r} but a word like 'average' or 'value'; "
                f"the one series such a word picks out, {metric}, has no figures for {place}, and none of "
                f"{place}'s series holds the figure: a person should decide what it measures.")
    return (f"The reference data has {metric} figures{covered} but none for {place}, "
            f"so nothing can confirm or refute {_claimed_words(claim)!r}.")


def _place_unnamed(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    metric, count = max(ctx.unplaced.items(), key=lambda item: (item[1], item[0]))
    return (f"The reference data has {metric} figures for {count} places, and neither the sentence, its "
            f"paragraph, heading, title nor front matter says which one {_claimed_words(claim)!r} is about; "
            f"a person should decide (or name the place, e.g. `about:` in the front matter).")


def _no_figure(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"The reference data has no figure for {_period_or_latest(claim)} matching "
            f"{_claimed_words(claim)!r}{_about(claim)}.")


def _draft_date(ctx: ClaimContext) -> str:
    """The draft's date as ISO text: its month when the front matter gave only the month."""
    return ctx.month_shown or ctx.as_of.isoformat()


def _draft_date_words(ctx: ClaimContext) -> str:
    """The draft's date in words ('30 June 2020'); 'June 2020' for a draft dated by its month."""
    return _period_words(parse_period(ctx.month_shown)) if ctx.month_shown else _period_words(_day(ctx.as_of))


def _different_period(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    if decision.coarser is not None:
        return _change_finer_than_rows(decision.coarser, claim)
    if decision.basis is not None:
        return _monthly_basis(decision, claim)
    o = decision.lead[0]
    claimed_period = try_parse_period(claim.period) if claim.period else None
    if o.after_as_of and claimed_period is not None and granularity(claimed_period) == granularity(o.period) == YEAR:
        return _not_yet_published(o, claim, ctx)
    if decision.another_days_count:
        return (f"{_capital(_says(o, claim))}, a count to the person ({o.observed:,.0f}) that "
                f"{_claimed_words(claim)!r} misses by {abs(o.observed - signed_value(claim)):,.0f}: "
                f"a count of another day than the row's, which the row neither confirms nor refutes — a person should decide.")
    # A claim with no period of its own that still meets a different period is a rate on the draft's day.
    theirs = f"the claim's {_period_or_latest(claim)}" if claim.period else \
        f"the draft's date, {_draft_date_words(ctx)}"
    text = f"{_nearest(o, claim)} but covers a different period than {theirs}"
    claimed = try_parse_period(claim.period) if claim.period else _day(ctx.as_of)
    if claimed is not None and granularity(claimed) != granularity(o.period):
        rate = claim.unit in PERCENT_OR_PP or o.candidate.resource.kind in (Kind.change, Kind.ratio)
        # data spanning at least the claim's length averages it; a shorter row (one month) is a rate of its own
        average = covers(o, claimed)
        text += f" — {_span_words(claimed, rate, False)} compared with {_span_words(o.period, rate, average)}"
    if decision.row_day is not None and granularity(o.period) == YEAR:
        text += f" (the row counts {_period_words(_day(decision.row_day))})"
    return text + "."


OTHER_YEARS = {FISCAL: "to a fiscal year, which straddles two calendar years",
               TRAILING: "to the twelve months ending in another month than December",
               YEAR_START: "from the beginning of a year to a day it does not name"}
_BASIS_LAYERS = {"sentence": "its sentence", "paragraph": "an earlier sentence of its paragraph",
                 "heading": "the heading", "previous paragraph": "an earlier paragraph", "title": "the title"}


def _monthly_basis(decision: Decision, claim: Claim) -> str:
    """A rate the text speaks of as a month's (12-month) rate, against an annual average."""
    basis, o = decision.basis, decision.lead[0]
    assert basis is not None
    if basis.kind == UNDATED:
        return (f"{_capital(_says(o, claim))}, which does not agree with {_claimed_words(claim)!r}; but the text names "
                f"no year, and the data ends there while a text of its date could speak of any year up to "
                f"{basis.words}: which year is meant is unknown — a person should decide.")
    if basis.kind == CROSSED:
        return (f"{_capital(_says(o, claim))}, which does not agree with {_claimed_words(claim)!r}, and an older "
                f"year's figure does; but the text names no year, and the series passes {_claimed_words(claim)!r} "
                f"again between {basis.words}: which year's release the text quotes is unknown — a person should decide.")
    if basis.kind == EARLIER_START:
        return (f"{_capital(_says(o, claim))}, which does not agree with {_claimed_words(claim)!r}; but the text "
                f"gives {_claimed_words(claim)!r} as where a change started ({basis.words}) and names no year for it: "
                f"an earlier figure, of a year the text does not say — a person should decide.")
    if basis.kind == FISCAL_PLACE:
        return (f"{_nearest(o, claim, ', for a calendar year')}; but {basis.words}, which straddle two calendar "
                f"years, and the figure lies within the calendar-year figures its fiscal year touches — it may be "
                f"the fiscal year's, a different period, so the row neither confirms nor refutes it: a person should "
                f"decide.")
    if basis.kind in OTHER_YEARS:
        return (f"{_nearest(o, claim, ', for a calendar year')}; but the text dates the figure "
                f"{OTHER_YEARS[basis.kind]} ({basis.words!r} in its sentence) — a different period, so it neither "
                f"confirms nor refutes it: a person should decide.")
    if basis.kind == CALENDAR_YEAR:
        return (f"{_nearest(o, claim, ', an annual average')}; but the text calls the figure the calendar year's "
                f"({basis.words!r} in its sentence): the change over the year to December, December on December, not "
                f"the average of its months — another basis of the same year, so the row neither confirms nor refutes "
                f"it: a person should decide.")
    where = _BASIS_LAYERS.get(basis.layer, basis.layer)
    if basis.kind == UNPUBLISHED_YEAR:
        said = f"a rate for {basis.words}, whose annual average was not yet published, in {where}"
    elif basis.kind == RELEASED_IN_YEAR:
        said = f"{where} dates its release to {basis.words}, before the year's annual average was out"
    elif basis.kind == PRESENT:
        said = f"{basis.words!r} states the figure of the time of writing, with no year"
    elif basis.kind == OWN_MONTH:
        said = f"the words after the figure give its month, {basis.words!r}"
    elif basis.strong:
        said = f"its sentence gives the figure beside it {basis.words!r}"
    else:
        said = f"{basis.words!r} in {where}"
    return (f"{_nearest(o, claim, ', an annual average')}; the text speaks of monthly or 12-month rates ({said}) "
            f"— a monthly (or 12-month) rate compared with an annual average, a different period: a person should "
            f"decide.")


def _not_yet_published(o: Observation, claim: Claim, ctx: ClaimContext) -> str:
    """A rate for a year that had just ended against that year's annual average, not yet out; or a figure of
    the year the draft was written in against that year's row, published after it."""
    year = _period_words(o.period)
    if ctx.as_of is not None and o.period.end >= ctx.as_of:
        return (f"{_capital(_says(o, claim))}, which agrees with {_claimed_words(claim)!r}, but {year} was not over "
                f"on {_draft_date_words(ctx)}, the draft's date, and its figure was published later: the text's "
                f"figure is of a day or a part of {year}, a different period — a person should decide.")
    return (f"The {year} annual average was not yet published on {_draft_date_words(ctx)}, the draft's "
            f"date ({_says(o, claim)}); {_claimed_words(claim)!r} is likely the rate of the year's last month "
            f"(December on December), a different period — a person should decide.")


_DATA_WORDS = {YEAR: "annual data", QUARTER: "quarterly data", MONTH: "monthly data", MULTI_YEAR: "data over several years"}
_CHANGE_WORDS = {MONTH: "a monthly change", QUARTER: "a quarterly change"}


def _change_finer_than_rows(coarser: tuple[str, Period], claim: Claim) -> str:
    """'14.77 points up on November' against yearly rows: no figure of that change exists to compare."""
    metric, row = coarser
    claimed = try_parse_period(claim.period) if claim.period else None
    change = _CHANGE_WORDS.get(granularity(claimed), "a change over a month or a quarter") if claimed \
        else "a change from the previous month or quarter"
    when = f" ({_period_words(claimed)})" if claimed else ""
    data = _DATA_WORDS.get(granularity(row), "data of another period")
    return (f"{_claimed_words(claim)!r} is {change}{when}, and {metric} has {data} only — {change} compared "
            f"with {data}, a different period: nothing can confirm or refute it, a person should decide.")


def _span_words(period: Period, rate: bool, average: bool) -> str:
    """'a monthly figure'; for a rate 'a monthly rate', and a longer span of data 'an annual average'
    (a month of a monthly series is that month's rate, not an average of the claim's shorter spans)."""
    words = granularity_words(period)
    if not rate:
        return words
    if average and granularity(period) not in (DAY,):
        return words.replace("figure", "average")
    return words.replace("figure", "rate")


def _day(day: dt.date) -> Period:
    return Period(day, day, day.isoformat())


def _year_mixup(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    now, then = decision.lead
    theirs = _period_or_latest(claim)
    return (f"{_capital(_says(now, claim))}; {_claimed_words(claim)!r} is the {_period_words(then.period)} "
            f"figure ({then.source}), not {theirs}'s — the years are mixed up.")


def _scale_slip(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    lead, slip = decision.lead[0], decision.slip or 1.0  # decide() sets slip with SCALE_SLIP
    said, data = _scale_word(signed_value(claim)), _scale_word(lead.observed)
    which = (f"{data}, not {said}" if said != data and said and data
             else f"off by a factor of {spoken_quantity(max(slip, 1 / slip), '')}")
    return f"{_disagrees(decision, claim)} — a slip of scale: {which}."


def _separator_reading(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    from .measures.separator import separator_factor

    written = decision.separator or ""
    other = spoken_quantity(claim.value / separator_factor(written[-4:-3]), claim.unit)
    return (f"{_scale_slip(decision, claim, ctx).removesuffix('.')}. But that thousand is the gap between the two "
            f"readings of the separator in {written!r}: read the other way it is {other}, which agrees with the "
            "row. A person should read which the writer meant.")


def _wrong_measure(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    lead = decision.lead[0]
    smaller = abs(signed_value(claim)) < abs(lead.observed)
    if decision.per_capita and smaller:
        likely = "a per-capita figure compared with a total"
    elif smaller:
        likely = "probably a per-capita figure, a part or another unit compared with a total"
    else:
        likely = "probably a total compared with a per-capita or partial series"
    text = (f"{_disagrees(decision, claim)}; no slip of the pen explains that gap — {likely} "
            f"({lead.candidate.resource.metric})")
    if decision.likelier is not None:
        o = decision.likelier
        agrees = "agrees with the claim" if o.status == SUPPORTS else "is of the claim's order"
        return text + f"; the likelier measure is {o.candidate.resource.metric}: {_says(o, claim)}, which {agrees}."
    return text + ", so a person should find the right series."


def _points_not_percent(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    _, points = decision.lead
    return (f"{_disagrees(decision, claim)}; the rate changed by {spoken_quantity(points.observed, 'pp')} "
            f"— percentage points, not percent.")


def _percent_not_points(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    _, relative = decision.lead
    return (f"{_disagrees(decision, claim)}; the rate changed by {spoken_quantity(relative.observed, '%')} "
            f"of its level — percent, not percentage points.")


def _average_unclear(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    compound, mean = decision.lead
    return (f"{_capital(_says(compound, claim))}, and the mean of the yearly rates is "
            f"{spoken_quantity(mean.observed, '%')}; {_claimed_words(claim)!r} lies between the two, so which "
            f"average is meant is unclear — a person should decide.")


def _supported_by_later_data(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return _agrees(decision, claim, ctx) + "; no figure published by then confirms it."


def _postdated_evidence(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"{_disagrees(decision, claim)}; that figure was published after the draft's date "
            f"{_draft_date(ctx)}, so a person should decide.")


def _agrees(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    """The supporting figure, the other source that disagrees, and how old the figure is."""
    lead = decision.lead[0]
    text = f"{_capital(_says(lead, claim))}, which agrees with {_claimed_words(claim)!r}"
    if decision.disagreeing is not None:
        text += f"; {_says(decision.disagreeing, claim)}"
    if lead.after_as_of:
        text += f" (published after the draft's date {_draft_date(ctx)})"
    elif Flag.stale in decision.flags:
        text += f"; that is the latest figure, from {lead.period.end.year}, and may be out of date"
    return text


def _supported(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return _agrees(decision, claim, ctx) + "."


def _weak_match(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return _agrees(decision, claim, ctx) + "; the match is weak, a person should confirm it."


def _no_date(ctx: ClaimContext) -> str:
    """Why nothing dates a figure that names no year: the draft has no date, or the figure is a table's
    cell, which a dated page shows without saying which year it counts."""
    if ctx.dated and ctx.table_row:
        return ("The figure is a table's cell or a fact box's line, and neither its row, the table's header nor the text "
                "above it names a year")
    return "The draft has no date and the text names no year"


def _undated_support(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (_agrees(decision, claim, ctx) + f". {_no_date(ctx)}, so which "
            "year the figure speaks of is for a person to decide.")


def _undated_bound(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (_agrees(decision, claim, ctx) + f". {_no_date(ctx)}, and other periods' figures of the series fit "
            f"it too: it is no evidence of which period the figure speaks of — a person should decide.")


def _writing_time_reading(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (_agrees(decision, claim, ctx) + f". The draft has no date, and its text says the figure is of the time of "
            f"writing, no earlier than {_period_words(decision.lead[0].period)}: a reading of one moment, which the "
            f"data holds month by month, not a year's average — which month it is is for a person to decide.")


def _approx_other_period(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    other = decision.lead[1]
    return (_agrees(decision, claim, ctx) + f" only within the band 'about' allows; {_says(other, claim)}, which "
            f"its stated digits match. {_no_date(ctx)}, so which period the figure counts is for a person to decide.")


def _undated_contradiction(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"{_disagrees(decision, claim)}. {_no_date(ctx)}, so which year the figure counts is unknown and "
            f"the latest row may not be its own: a person should decide.")


def _year_not_over(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    present = f"names a day ({decision.present_day.isoformat()}) of that year as its present" \
        if decision.present_day else "calls that year its present"
    return (f"{_disagrees(decision, claim)}; the draft has no date, but the text {present}, so the figure is one "
            f"to date and the whole year's figure came later: a person should decide.")


def _rate_basis(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    older = next((o for o in decision.lead[1:] if o.period.end < decision.lead[0].period.start), None) \
        if Flag.stale in decision.flags else None
    # a stale reading sent to review: the older year's match is said, and why it does not decide
    matched = (f"; {_claimed_words(claim)!r} matches the {older.period} figure, but the text gives the figure's "
               f"own year") if older is not None else ""
    return (f"{_disagrees(decision, claim)}{matched} — an annual average; a December-on-December or 12-month rate "
            f"of the same year often differs from it that much, and the text does not say which it gives: a person "
            f"should decide.")


def _conversion(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    from .fx.conversion import explain_conversion

    return explain_conversion(decision.conversion, _claimed_words(claim))


def _currency_unnamed(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"{_claimed_words(claim)!r} is quoted as an exchange rate against {decision.series}, but no text says "
            f"which currency it prices: no rate series can be chosen — a person should decide.")


def _day_price(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    if not decision.lead:
        quoted = f" ({decision.series!r})" if decision.series else ""
        return (f"{_claimed_words(claim)!r} is an exchange rate on one day{quoted}, and neither the text nor the "
                f"draft says which: the rate series cannot judge it — a person should decide.")
    o = decision.lead[0]
    return (f"{_nearest(o, claim)}; but the text quotes one moment's price ({decision.series!r}), and the row "
            f"is {_span_words(o.period, True, True)} — a different period, so it neither confirms nor refutes it: "
            f"a person should decide.")


def _day_quote_unmatched(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"{_claimed_words(claim)!r} is quoted at one moment ({decision.series!r}) beside a currency the text names, "
            f"within the range its rate series have shown, but which pair it prices was not matched: the data holds "
            f"that currency's rates, as monthly or yearly averages — a person should decide.")


def _cross_quote_unmatched(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"{_claimed_words(claim)!r} is quoted at one moment ({decision.series!r}) as the price of a currency the "
            f"rate series hold, in a currency the checker did not read: a cross rate of a day, which their monthly or "
            f"yearly averages would give only through the other currency's rows — a person should decide.")


def _day_price_outside_month(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    o = decision.lead[0]
    band = day_rate_band()
    low, high = (spoken_quantity(round(v, 4), claim.unit or "") for v in (o.observed / band, o.observed * band))
    return (f"{_nearest(o, claim)}. The text quotes one day's price ({decision.series!r}), which a month's mean "
            f"neither confirms nor refutes as such; but no day of {_period_words(o.period)} stood so far from its "
            f"mean: the month's days lie between {low} and {high} (the mean divided and multiplied by "
            f"{spoken_digits(band)}, the band of day_rate_band, wider than any month's swings), and "
            f"{_claimed_words(claim)!r} is outside that range.")


def _measure_implied(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    o = decision.lead[0]
    agrees = _agreement(o)
    measure = ctx.implied.measure if ctx.implied is not None else "that measure"
    return (f"{_capital(_says(o, claim))} ({o.candidate.resource.metric}), which {agrees} with "
            f"{_claimed_words(claim)!r}; but the text names no measure for it — only {decision.series!r}, "
            f"which suggests {measure}: a person should confirm the series.")


def _publication_year(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    o = decision.lead[0]
    return (f"{_agreeing(o, claim)}; but the text takes its figures from {decision.series!r} and names no year "
            f"for them: which year that publication tabulates is unsaid (often years before its own), so a person "
            f"should decide.")


def _rate_move(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    o = decision.lead[0]
    return (f"{_nearest(o, claim)}; but a currency's move is usually quoted from one close to another and signed "
            f"by which currency moved, while the rows are averages quoted one way: a person should decide.")


def _currency_not_held(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    code = decision.series or ""
    name = english_currency_name(code, 1) or code
    return (f"{_claimed_words(claim)!r} speaks of the exchange rate of the {name} ({code}), which no series of the "
            f"reference data holds: nothing can confirm or refute it.")


def _unit_not_held(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"{_claimed_words(claim)!r} counts in {decision.series or claim.unit} of an index, and no series of the "
            f"reference data counts in that unit, so none holds the index's level or its moves: nothing can confirm or "
            f"refute it.")


def _currency_unsure(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    o = decision.lead[0]
    return (f"{_agreeing(o, claim)} read in {decision.series}: "
            f"the text calls the figure an exchange rate and writes it with '$', which the place it names uses for "
            f"its own currency — a person should confirm the currency.")


def _census_count(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    if claim.kind is not Kind.change:
        return (f"The sentence ties {_claimed_words(claim)!r} to a census: a census count on its census day, not the "
                f"mid-year estimate, with its own coverage; {_says(decision.lead[0], claim)}, an estimate of the middle "
                f"of the year revised from censuses and registers, so the gap neither refutes the census count nor "
                f"confirms it — a person should compare them.")
    return (f"The sentence ties the change {_claimed_words(claim)!r} to a census, a count taken on its own days with "
            f"its own coverage; {_says(decision.lead[0], claim)}, from yearly estimates revised from censuses and "
            f"registers, so it neither confirms nor refutes a change between censuses — a person should compare them.")


def _count_days(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    day = _period_words(_day(decision.count_day)) if decision.count_day is not None else "another day"
    if claim.kind is not Kind.change and decision.count_day is None:  # year_start_level: a day not named
        return (f"The sentence counts from the start of a year to a day it does not name, so "
                f"{_claimed_words(claim)!r} is that day's count; {_says(decision.lead[0], claim)}, a yearly row that "
                f"counts another day, so it neither confirms nor refutes it — a person should compare them.")
    if claim.kind is not Kind.change:
        return (f"The paragraph counts on {day}, so {_claimed_words(claim)!r} is read as a count of that day of its "
                f"year; {_says(decision.lead[0], claim)}, a yearly row that counts another day of the year, so it "
                f"neither confirms nor refutes it — a person should compare them.")
    return (f"The text counts on {day}, so the change {_claimed_words(claim)!r} is one between counts of that day; "
            f"{_says(decision.lead[0], claim)}, from yearly rows that count another day of the year, so it neither "
            f"confirms nor refutes it — a person should compare them.")


def _row_day_count(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    if decision.count_day is None:  # register_count_of_year: a day of the year the text does not name
        return (f"{_claimed_words(claim)!r} is a count to the unit, as a statistics office counts its register or a "
                f"census on a day of its year; {_says(decision.lead[0], claim)}, an estimate of the year's middle with "
                f"its own coverage, so the gap neither refutes the count nor confirms it — a person should compare them.")
    day = _period_words(_day(decision.count_day))
    return (f"{_claimed_words(claim)!r} is a count of {day} to the unit, as a statistics office counts its register; "
            f"{_says(decision.lead[0], claim)}, an estimate of that day revised from censuses and registers with its own "
            f"coverage, so the gap neither refutes the count nor confirms it — a person should compare them.")


def _other_coverage(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"The sentence says the place's borders changed, so {_claimed_words(claim)!r} counts within the borders "
            f"its source draws; {_says(decision.lead[0], claim)}, a row that may cover other borders, so the gap "
            f"neither refutes the count nor confirms it — a person should compare them.")


def _net_emissions(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"The sentence calls {_claimed_words(claim)!r} net emissions, counting land use and subtracting what forests "
            f"and soils absorb; {_says(decision.lead[0], claim)}, emissions from fossil fuels and industry only, another "
            f"definition, so it neither confirms nor refutes the figure — a person should compare them.")


def _threshold_passed_earlier(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    month = try_parse_period(decision.series) if decision.series else None
    when = _period_words(month) if month is not None else "an earlier year"
    # a yearly mean just short of the mark supports it only within the tolerance: say which it was
    found = "past the mark" if mean_past_the_mark(decision, claim) else "just short of the mark, within the tolerance of"
    return (f"{_capital(_says(decision.lead[0], claim))}, a yearly mean {found} {_claimed_words(claim)!r}; "
            f"but the monthly means passed it in {when}, before that year, so which record's crossing the text "
            f"means is for a person to decide.")


def _place_ratio(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"{_claimed_words(claim)!r} compares one place's figure with another's ({decision.series}): the "
            f"reference data has rows for both, but the checker does not compute a ratio of two places — a "
            f"person should compare the rows.")


def _rate_unsaid(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    from .fx.named_rate import explain_rate_unsaid

    o = decision.lead[0]
    return explain_rate_unsaid(_agreement(o), _capital(_says(o, claim)), _claimed_words(claim))


def _nearest_sentence(decision: Decision, claim: Claim) -> str:
    """' The nearest figure: …, which agrees with …' for a decision left to a person, or nothing without one."""
    if not decision.lead:
        return ""
    return f" {_nearest(decision.lead[0], claim)}."


def _span_start_unknown(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"{_claimed_words(claim)!r} is a change {decision.series!r}, and neither the text nor the era table "
            f"(workbench/data/eras.json) gives that span's first year for this place: a person should check it."
            + _nearest_sentence(decision, claim))


def _span_before_records(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    # a share or ratio of the era's level ('149 % of the pre-industrial level') is no change, but as unjudgeable
    told = "is a change" if claim.kind is Kind.change else "is measured against"
    return (f"{_claimed_words(claim)!r} {told} {decision.series!r}, an era before any row of the reference "
            f"data (workbench/data/eras.json): no figure of its first end, so nothing can confirm or refute it.")


def _span_end_unknown(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    if claim.kind is Kind.change:  # 'compared with 1990': the span's start is said, its end is not
        return (f"{_claimed_words(claim)!r} is a change {decision.series!r}, and neither the text nor a date of the "
                f"draft says to which year: a person should check which years it compares."
                + _nearest_sentence(decision, claim))
    return (f"{_claimed_words(claim)!r} is an average {decision.series!r}, and the draft has no date to count "
            f"those years back from: a person should check which years it means." + _nearest_sentence(decision, claim))


def _span_at_data_end(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    assert decision.counted_span is not None
    span, first, last = decision.counted_span
    said = (f" The draft has no date, so {span.phrase!r} is read as ending at the data's last year, {span.last}, "
            f"which puts {_claimed_words(claim)!r} in {last}")
    if decision.verdict is Verdict.contradicted:
        return (f"{_disagrees(decision, claim)}.{said}; no year from {first} to {last} comes near it either, so it "
                f"is wrong whichever span the writer meant.")
    if decision.lead[0].status == SUPPORTS:
        return (f"{_agrees(decision, claim, ctx)}.{said}, a year the text does not give, so which span "
                f"{span.phrase!r} counts is for a person to decide.")
    return (f"{_disagrees(decision, claim)}.{said}; but a row of a year from {first} to {last} comes within it, so "
            f"which span {span.phrase!r} counts is for a person to decide.")


def _ambiguous(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    lead, rival = decision.lead[0], decision.lead[1]
    if rival.candidate is lead.candidate:  # 'Senegal and Burkina Faso with 9.7 %': one figure, each place's row
        places = [group_place(o) or next(iter(o.evidence.dimensions.values()), "") for o in (lead, rival)]
        return (f"{_agrees(decision, claim, ctx)} ({places[0]}), but {_says(rival, claim)} ({places[1]}); "
                f"the figure is said of each place named with it, a person should decide.")
    return (f"{_agrees(decision, claim, ctx)}, but {_says(rival, claim)} ({rival.candidate.resource.metric}); "
            f"both fit the wording about equally, a person should decide.")


def _group_place_uncovered(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    assert decision.not_covered is not None
    lead, missing = decision.lead[0], decision.not_covered[1].named
    unread = [v for v in lead.candidate.grouped if v in missing]
    return (f"{_agrees(decision, claim, ctx)} ({group_place(lead)}), but the figure is also said of "
            f"{_and_list(unread)}, for which the data has no {_period_words(lead.period)} figure; "
            f"a person should check it.")


def _stale(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    now, then = decision.lead
    if decision.verdict is Verdict.needs_review and ctx.carried_period is not None:  # a carried year, a guess
        return (f"{_capital(_says(now, claim))}; {_claimed_words(claim)!r} matches the "
                f"{_period_words(then.period)} figure ({then.source}), the year before. The figure's sentence "
                f"names no year, and a release counts the year before the one it comes out in, so whether the "
                f"figure is out of date or speaks of that year is for a person to decide.")
    if decision.verdict is Verdict.needs_review and ctx.dated and not ctx.table_row:  # a dated page's undated figure
        return (f"{_capital(_says(now, claim))}; {_claimed_words(claim)!r} matches the "
                f"{_period_words(then.period)} figure ({then.source}). The text names no year, and a page of "
                f"{ctx.as_of.isoformat()} may quote any year of the decade before it, so whether the figure is out "
                f"of date or speaks of that year is for a person to decide.")
    if decision.verdict is Verdict.needs_review:  # no date and no year: stale or just older, a person decides
        return (f"{_capital(_says(now, claim))}; {_claimed_words(claim)!r} matches the "
                f"{_period_words(then.period)} figure ({then.source}). {_no_date(ctx)}, "
                f"so whether the figure is out of date or speaks of that year is for a person to decide.")
    if no_date_for_figure(claim, ctx):  # kept contradicted: no year of the recent decade fits (wrong_in_every_recent_year)
        return (f"{_capital(_says(now, claim))}; {_claimed_words(claim)!r} matches only the "
                f"{_period_words(then.period)} figure ({then.source}), from before the latest decade of the data, none of "
                f"whose years it meets. {_no_date(ctx)}, but the figure is wrong whichever recent year it speaks of.")
    return (f"{_capital(_says(now, claim))}; {_claimed_words(claim)!r} matches the "
            f"{_period_words(then.period)} figure ({then.source}) — the figure is out of date.")


def _undecidable(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    lead = decision.lead[0]
    claimed = signed_value(claim)
    if math.isclose(lead.observed, claimed, rel_tol=1e-9):
        return (f"{_capital(_says(lead, claim))}; that is {_claimed_words(claim)!r} itself, so the data "
                f"cannot confirm the comparison the claim makes.")
    gap = abs(lead.observed - claimed) / abs(claimed) * 100 if claimed else 0.0
    return (f"{_capital(_says(lead, claim))}; that misses the bound {_claimed_words(claim)!r} by {gap:.1f} %, "
            f"within the slack for bounds (bound_slack), so the data neither confirms nor refutes it — a "
            f"person should decide.")


def _only_older_period(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    then = decision.lead[0]
    return (f"Nothing covers {_period_or_latest(claim)}; {_claimed_words(claim)!r} matches the "
            f"{_period_words(then.period)} figure ({then.source}) — it may be out of date.")


def _disagrees(decision: Decision, claim: Claim) -> str:
    lead = decision.lead[0]
    return (f"{_capital(_says(lead, claim))}; the claim says {_claimed_words(claim)!r}, "
            f"{_how_far(signed_value(claim), lead.observed)}")


def _dimension_unnamed(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    unnamed = ", ".join(decision.lead[0].candidate.open_dims)
    return f"{_disagrees(decision, claim)}; the text does not say which {unnamed} it means, so a person should decide."


def _uncertain_contradiction(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return _disagrees(decision, claim) + "; the match is not certain, a person should decide."


def _contradicted(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    if Flag.postdated in decision.flags:  # a reported average judged by a row the lag dates later
        return (f"{_disagrees(decision, claim)}; that figure may have been published after the draft's date "
                f"{_draft_date(ctx)}, but the claim reports the same completed average.")
    if decision.verdict is Verdict.needs_review and no_date_for_figure(claim, ctx):  # the latest row, no year known
        return f"{_disagrees(decision, claim)}. {_no_date(ctx)}, so which year the figure counts is for a person to decide."
    if no_date_for_figure(claim, ctx):  # kept contradicted: no year of the recent decade fits (wrong_in_every_recent_year)
        return (f"{_disagrees(decision, claim)}. {_no_date(ctx)}, but none of the years of the data's latest decade fits "
                f"the figure: it is wrong whichever recent year it speaks of.")
    return _disagrees(decision, claim) + "."


def _run_broken(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    broken, own = decision.lead[0], decision.lead[1]
    if broken.candidate.resource.name != own.candidate.resource.name:  # another record that fits as well breaks it
        return (f"{_capital(_says(own, claim))}, which agrees with {_claimed_words(claim)!r}, and the sentence says every "
                f"year of a run up to {_period_words(own.period)} did so, which that record's rows do; but another "
                f"record fits the text as well and {_says(broken, claim)}, which "
                + ("is too close to the bound to say" if broken.status == UNSURE else "does not")
                + ", so which record the writer read is for a person.")
    return (f"{_capital(_says(own, claim))}, which agrees with {_claimed_words(claim)!r}; but the sentence says "
            f"every year of a run up to {_period_words(own.period)} did so, and {_says(broken, claim)}, which "
            + ("is too close to the bound to say, so a person should check the run." if decision.verdict is Verdict.needs_review
               else "does not."))


def _nearest_other_period(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    # a period the text before carried to a sentence naming none ('… in October 2025. It fell to 1.47 %') is
    # the one the data lacks: named, not 'the latest period'
    carried = try_parse_period(ctx.carried_period[0]) if not claim.period and ctx.carried_period \
        and decision.verdict is Verdict.unsupported else None
    lacking = _period_words(carried) if carried is not None else _period_or_latest(claim)
    # a change over a month past the data (``coarser``) has no observation: its series' latest row is the nearest
    nearest = decision.lead[0].period if decision.lead else decision.coarser[1] if decision.coarser else None
    text = f"The reference data has no figure for {lacking} matching {_claimed_words(claim)!r}"
    text += f"; the nearest is from {_period_words(nearest)}." if nearest is not None else "."
    if decision.verdict is Verdict.needs_review:  # no date and no year: which period is the latest is unknown
        text += f" {_no_date(ctx)}, so which period it speaks of is for a person to decide."
    if decision.basis is not None and decision.basis.kind == BEHIND:  # a present level, the data's row years behind
        text += (f" The figure names no year, so it speaks of the draft's date ({_draft_date(ctx)}), when a figure "
                 f"for {decision.basis.words} was due; the data ends with {_period_words(decision.lead[0].period)}.")
    if decision.release:  # 'first estimate': the latest period by the draft's date, named by the basis
        text += (f" The text calls it {decision.release!r}: a release of the latest period by the draft's date"
                 f"{f' ({decision.basis.words})' if decision.basis else ''}, which the data does not reach.")
    return text


def _measure_unnamed(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    lead = decision.lead[0]
    res = lead.candidate.resource
    place = next((lead.evidence.dimensions[d] for d in res.place_dims if d in lead.evidence.dimensions), "")
    whose = (f"{place}'" if place.endswith("s") else f"{place}'s") + " " if place else ""
    text = (f"{_claimed_words(claim)!r} matches {whose}{res.metric} for {_period_words(lead.period)} "
            f"({_says(lead, claim)}), but the text does not name the measure")
    others = [o.candidate.resource.metric for o in decision.lead[1:]]
    if others:
        text += f"; it also matches {_and_list(others)}"
    return text + ": a person should confirm which one is meant (or name it in the sentence, heading or title)."


def _wider_series(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    assert decision.scope is not None
    named, left_out, whole = decision.scope
    lead = decision.lead[0]
    said = (_agrees(decision, claim, ctx) if lead.status == SUPPORTS else _disagrees(decision, claim))
    return (f"{said}; but that series counts {whole}, and the claim speaks of {named} only, without "
            f"{left_out}: the whole bounds the part, it neither confirms nor refutes it — a person should check.")


def _monthly_average(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"{_capital(_says(decision.lead[0], claim))}; {_claimed_words(claim)!r} is an average of monthly "
            f"figures (its sentence dates other figures of the series to months), the data's the mean of annual "
            f"ones — another basis, so a person should decide.")


def _averaging_span(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    phrase = decision.mean_words or "mean over another span"
    return (f"{_capital(_says(decision.lead[0], claim))}; but the sentence calls {_claimed_words(claim)!r} the "
            f"{phrase}, a mean over another span than that row's: the two may agree or differ by chance "
            f"— a person should decide.")


def _run_unsaid(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    if not decision.lead:  # no row of the year its reading took matched: none was the figure's
        return (f"The sentence says {_claimed_words(claim)!r} held {decision.mean_words!r}, a run of years whose "
                f"length is unsaid: no one year's row confirms or refutes it — a person should decide which years "
                f"the writer meant.")
    return (f"{_capital(_says(decision.lead[0], claim))}; but the sentence says {_claimed_words(claim)!r} held "
            f"{decision.mean_words!r}, a run of years whose length is unsaid: one year's row neither confirms nor "
            f"refutes it — a person should decide which years the writer meant.")


def _projection(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    lead = decision.lead[0]
    said = _agrees(decision, claim, ctx) if lead.status == SUPPORTS else _disagrees(decision, claim)
    return (f"{said}; but the text calls {_claimed_words(claim)!r} a projection ({decision.projection!r}), and the "
            f"data gives the outcome: a projection compared with the outcome neither confirms nor refutes it — "
            f"a person should check.")


def _policy_target(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"The text calls {_claimed_words(claim)!r} a target ({decision.projection!r}): a goal someone set, "
            f"not an outturn, and the data holds outturns only, so nothing can confirm or refute it; the figure "
            f"it was compared with: {_says(decision.lead[0], claim)}.")


def _standing_measure(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    return (f"{_disagrees(decision, claim)}; but the text gives a standing among places, and no year of "
            f"{decision.lead[0].candidate.resource.metric} comes near {_claimed_words(claim)!r}: a ranking may be "
            f"drawn up in another measure of the same thing (at purchasing-power parity, say), so a person should "
            f"find the series it quotes.")


def _forecast_period(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    """A forecast against a row of an earlier period, or for a period the data does not reach."""
    lead, words = decision.lead[0], f"{_claimed_words(claim)!r} a forecast ({decision.projection!r})"
    own = try_parse_period(claim.period) if claim.period else None
    if decision.verdict is Verdict.unsupported and own is not None:
        return (f"The text calls {words} for {_period_words(own)}, a period the data does not reach; the nearest "
                f"figure: {_says(lead, claim)}.")
    if decision.verdict is Verdict.unsupported:
        return (f"The text calls {words} and names no year: a forecast speaks of a period not over on "
                f"{_draft_date_words(ctx)}, the draft's date, and the data ends before it "
                f"({_says(lead, claim)}), so nothing in it can judge the figure.")
    if not ctx.dated:
        return (f"The text calls {words} and names no year, and the draft has no date: which period it speaks of "
                f"is unknown ({_says(lead, claim)}, the data's latest) — a person should decide.")
    return (f"The text calls {words} and names no year: {_says(lead, claim)}, a period over before the draft's "
            f"date, so it is no outcome of the forecast — a person should compare the figure with the row of the "
            f"period it forecasts.")


def _substance_slip(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    """'…; '22 million tonnes' is the figure in tonnes of carbon, not of CO2.'"""
    assert decision.substance is not None
    said, agrees = (substances.tags()[t]["name"] for t in decision.substance)
    return (f"{_disagrees(decision, claim)}; {_claimed_words(claim)!r} is the figure in tonnes of {agrees}, "
            f"not of {said}.")


def _substance_unsaid(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    """Both readings of a mass whose text does not say what it is a mass of, for a person to choose."""
    assert decision.substance is not None
    usual, agrees = (substances.tags()[t]["name"] for t in decision.substance)
    read = decision.lead[1:2]
    other = f", {spoken_quantity(read[0].observed, f't {decision.substance[0]}')} as {usual}" if read else ""
    return (f"{_capital(_says(decision.lead[0], claim))}: {_claimed_words(claim)!r} agrees read as tonnes of "
            f"{agrees}{other}, and the text does not say which — news counts emissions in tonnes of {usual}, "
            f"so a person should decide.")


def _gas_unnamed(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    """A mass of emissions naming no gas, above the series read as carbon and as CO2."""
    return (f"{_disagrees(decision, claim)}; the text names no gas, and above the series read as tonnes of carbon "
            f"and of CO2 alike, {_claimed_words(claim)!r} may be all greenhouse gases in CO2-equivalent, the "
            f"total news most often reports, which no series here holds: a person should decide.")


def _gas_scope_unsaid(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    """'Carbon emissions' in a text on greenhouse gases, between the series read as carbon and as all gases."""
    return (f"{_disagrees(decision, claim)}; the text says 'carbon' where the text around it speaks of greenhouse "
            f"gases, so {_claimed_words(claim)!r} may count carbon, CO2 or all greenhouse gases in CO2-equivalent, "
            f"which no series here holds: a person should check which the source counts.")


def _part_unnamed(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    """A part of a country named by its noun alone, where the data lists the country's parts."""
    assert decision.not_covered is not None
    metric, missing = decision.not_covered
    part = _and_list(sorted(missing.named))
    return (f"{_claimed_words(claim)!r} is about {part}, not all of {_and_list(missing.has)}, whose {metric} row cannot "
            f"judge it; the reference data lists the country's regions and cities, but the text names no one of "
            f"them: a person should decide which row it is.")


def _place_in_other_table(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    """A place the series read lacks, whose rows another table counting the same holds."""
    assert decision.not_covered is not None
    metric, missing = decision.not_covered
    place = min(missing.named, key=lambda n: (n.isupper(), n))  # one spelling: 'Aktau', not 'AKTAU'
    return (f"The reference data has {metric} figures but none for {place}; {decision.series} counts the same for "
            f"{place}, but the text's words do not name that table: a person should decide whether a row of it "
            f"judges {_claimed_words(claim)!r}.")


def _place_in_measure_before(decision: Decision, claim: Claim, ctx: ClaimContext) -> str:
    """A place the series the sentence's words pick lacks, whose rows the measure named just before holds."""
    assert decision.not_covered is not None
    metric, missing = decision.not_covered
    place = min(missing.named, key=lambda n: (n.isupper(), n))  # one spelling: 'Nepal', not 'NEPAL'
    said = f" ({_says(decision.lead[0], claim)})" if decision.lead else ""
    return (f"The reference data has {metric} figures but none for {place}; the text just before names "
            f"{decision.series}, which has {place}'s figures{said}: {_claimed_words(claim)!r} may be of that "
            f"measure, told in other words, so a person should decide what it measures.")


_SENTENCES: dict[Reason, Callable[[Decision, Claim, ClaimContext], str]] = {
    Reason.GAS_UNNAMED: _gas_unnamed,
    Reason.GAS_SCOPE_UNSAID: _gas_scope_unsaid,
    Reason.PART_UNNAMED: _part_unnamed,
    Reason.PLACE_IN_OTHER_TABLE: _place_in_other_table,
    Reason.PLACE_IN_MEASURE_BEFORE: _place_in_measure_before,
    Reason.NO_MATCH: _no_match,
    Reason.PLACE_NOT_COVERED: _place_not_covered,
    Reason.PLACE_UNNAMED: _place_unnamed,
    Reason.NO_FIGURE: _no_figure,
    Reason.DIFFERENT_PERIOD: _different_period,
    Reason.SUPPORTED_WITHIN_TOLERANCE: _supported,
    Reason.WEAK_MATCH: _weak_match,
    Reason.AMBIGUOUS: _ambiguous,
    Reason.STALE: _stale,
    Reason.UNDECIDABLE: _undecidable,
    Reason.ONLY_OLDER_PERIOD: _only_older_period,
    Reason.DIMENSION_UNNAMED: _dimension_unnamed,
    Reason.UNCERTAIN_CONTRADICTION: _uncertain_contradiction,
    Reason.CONTRADICTED: _contradicted,
    Reason.RUN_BROKEN: _run_broken,
    Reason.NEAREST_OTHER_PERIOD: _nearest_other_period,
    Reason.YEAR_MIXUP: _year_mixup,
    Reason.SCALE_SLIP: _scale_slip,
    Reason.SEPARATOR_READING: _separator_reading,
    Reason.WRONG_MEASURE: _wrong_measure,
    Reason.SUPPORTED_BY_LATER_DATA: _supported_by_later_data,
    Reason.POINTS_NOT_PERCENT: _points_not_percent,
    Reason.AVERAGE_UNCLEAR: _average_unclear,
    Reason.PERCENT_NOT_POINTS: _percent_not_points,
    Reason.POSTDATED_EVIDENCE: _postdated_evidence,
    Reason.OTHER_SERIES: _other_series,
    Reason.MONTH_ON_MONTH: _month_on_month,
    Reason.MEASURE_UNNAMED: _measure_unnamed,
    Reason.WIDER_SERIES: _wider_series,
    Reason.MONTHLY_AVERAGE: _monthly_average,
    Reason.PROJECTION: _projection,
    Reason.POLICY_TARGET: _policy_target,
    Reason.STANDING_MEASURE: _standing_measure,
    Reason.UNDATED_SUPPORT: _undated_support,
    Reason.UNDATED_BOUND: _undated_bound,
    Reason.WRITING_TIME_READING: _writing_time_reading,
    Reason.APPROX_OTHER_PERIOD: _approx_other_period,
    Reason.UNDATED_CONTRADICTION: _undated_contradiction,
    Reason.YEAR_NOT_OVER: _year_not_over,
    Reason.RATE_BASIS: _rate_basis,
    Reason.DAY_PRICE: _day_price,
    Reason.DAY_PRICE_OUTSIDE_MONTH: _day_price_outside_month,
    Reason.DAY_QUOTE_UNMATCHED: _day_quote_unmatched,
    Reason.CROSS_QUOTE_UNMATCHED: _cross_quote_unmatched,
    Reason.MEASURE_IMPLIED: _measure_implied,
    Reason.PUBLICATION_YEAR: _publication_year,
    Reason.RATE_MOVE: _rate_move,
    Reason.CURRENCY_UNNAMED: _currency_unnamed,
    Reason.CURRENCY_UNSURE: _currency_unsure,
    Reason.CURRENCY_NOT_HELD: _currency_not_held,
    Reason.UNIT_NOT_HELD: _unit_not_held,
    Reason.PLACE_RATIO: _place_ratio,
    Reason.CENSUS_COUNT: _census_count,
    Reason.COUNT_DAYS: _count_days,
    Reason.ROW_DAY_COUNT: _row_day_count,
    Reason.GROUP_PLACE_UNCOVERED: _group_place_uncovered,
    Reason.OTHER_COVERAGE: _other_coverage,
    Reason.NET_EMISSIONS: _net_emissions,
    Reason.THRESHOLD_PASSED_EARLIER: _threshold_passed_earlier,
    Reason.FORECAST_PERIOD: _forecast_period,
    Reason.SPAN_START_UNKNOWN: _span_start_unknown,
    Reason.SPAN_BEFORE_RECORDS: _span_before_records,
    Reason.SPAN_END_UNKNOWN: _span_end_unknown,
    Reason.SPAN_AT_DATA_END: _span_at_data_end,
    Reason.SUBSTANCE_SLIP: _substance_slip,
    Reason.SUBSTANCE_UNSAID: _substance_unsaid,
    Reason.RATE_UNSAID: _rate_unsaid,
    Reason.CONVERSION: _conversion,
    Reason.AVERAGING_SPAN: _averaging_span,
    Reason.RUN_UNSAID: _run_unsaid,
}


# ------------------------------------------------------------------------------------- figures and periods

def _scale_word(value: float) -> str:
    """'billion' for 28.2e9, '' below a million: the word a slip of scale changes."""
    v = abs(value)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if v >= scale:
            return word
    return ""


def _period_words(period: Period) -> str:
    """A period as it is said aloud: '2014', '1 January 2014', 'August 2023', 'January–August 2023'."""
    start, end = period.start, period.end
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]  # never past 9999-12-31
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if whole_months and start.month == 1 and end.month == 12:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if whole_months and (start.year, start.month) == (end.year, end.month):
        return f"{start:%B %Y}"
    if whole_months:
        return f"{start:%B}–{end:%B %Y}" if start.year == end.year else f"{start:%B %Y}–{end:%B %Y}"
    return period.text.replace("/", "–")


def _how_far(claimed: float, observed: float) -> str:
    if observed == 0 or claimed == 0 or (claimed < 0) != (observed < 0):
        return "a different figure"
    ratio = claimed / float(observed)  # a Python float: a quotient past the float range is inf or 0, not a warning
    if ratio >= 10 or ratio <= 0.1:
        times = ratio if ratio >= 1 else (1 / ratio if ratio else math.inf)
        if not math.isfinite(times):  # 1e-300 against 5: no float holds how many times
            return "a different figure"
        return f"{spoken_digits(times)} times {'as much' if ratio >= 1 else 'less'}"
    pct = (ratio - 1) * 100
    return f"{abs(pct):.0f} % {'more' if pct > 0 else 'less'}"


def _converted(o: Observation, claim: Claim) -> str:
    """' (9.63 billion t CO2 at 3.664 t of CO2 per t of carbon)' when the figure was converted to the
    claim's substance: a reader checks the conversion, so the explanation names it."""
    ref_tag = substances.split(o.evidence.unit or "")[1]
    claim_tag = substances.split(claim_unit(claim, o.evidence.unit or ""))[1] or _tag_of_factor(o)
    if ref_tag is None or claim_tag in (None, substances.OTHER, ref_tag) or o.candidate.mode is not MatchMode.DIRECT:
        return ""
    return f" ({spoken_quantity(o.observed, f't {claim_tag}')} {substances.describe(ref_tag, claim_tag)})"


def _tag_of_factor(o: Observation) -> str | None:
    """The substance a candidate was converted to, read from its factor (a substance the claim's
    sentence leaves open came from the text it refers back to)."""
    ref_tag = substances.split(o.evidence.unit or "")[1]
    return next((tag for tag in substances.tags() if tag != ref_tag and (f := substances.factor(ref_tag, tag))
                 and math.isclose(f, o.candidate.factor, rel_tol=1e-9)), None)


def _agreement(o: Observation) -> str:
    return "agrees" if o.status == SUPPORTS else "does not agree"


def _agreeing(o: Observation, claim: Claim) -> str:
    """'Source X gives 28.2 billion USD for 2022, which agrees with '28.2 billion'' (or does not)."""
    return f"{_capital(_says(o, claim))}, which {_agreement(o)} with {_claimed_words(claim)!r}"


def _nearest(o: Observation, claim: Claim, described: str = "") -> str:
    """'The nearest figure: Source X gives 3.3 % for 2024{described}, which agrees with '3.5 %'' (or does not)."""
    return f"The nearest figure: {_says(o, claim)}{described}, which {_agreement(o)} with {_claimed_words(claim)!r}"


def _says(o: Observation, claim: Claim) -> str:
    """'Source X gives 28.2 billion USD for 2022'."""
    rate = o.evidence.formula is not None and o.candidate.mode in (MatchMode.GROWTH, MatchMode.SHARE)
    unit = "%" if rate and claim.unit != "x" else o.evidence.unit
    # a multiple ('grew 14 times') is computed as the ratio of the two years, and read as one
    figure = (f"{spoken_digits(o.evidence.value)} times" if claim.unit == "x"
              else spoken_quantity(o.evidence.value, unit) + _converted(o, claim))
    if o.evidence.formula and (len(o.cells) != 2 or o.candidate.mode is MatchMode.DIRECT):
        # several years read from their yearly rows: an average, the lowest and highest, a compound rate
        return f"computed as {o.evidence.formula} ({o.source}), the figure for {_period_words(o.period)} is {figure}"
    if o.evidence.formula and o.candidate.mode in (MatchMode.GROWTH, MatchMode.DIFFERENCE):
        c0, c1 = o.cells
        return (f"computed from {c0.period} and {c1.period} figures of {o.candidate.resource.metric} "
                f"({o.source}), the change is {figure}")
    if o.evidence.formula and o.candidate.mode == MatchMode.PER_CAPITA:
        return f"computed as {o.evidence.formula} ({o.source}), the figure per person is {figure}"
    if o.evidence.formula and o.candidate.mode == MatchMode.SHARE:
        return f"computed as {o.evidence.formula.replace(' × 100', '')} ({o.source}), the share is {figure}"
    if o.candidate.listed:  # one figure of a list of places: say which place the row is about
        when = "on" if o.period.start == o.period.end else "in"
        return f"{o.source} gives {figure} for {_and_list(o.candidate.listed)} {when} {_period_words(o.period)}"
    return f"{o.source} gives {figure} for {_period_words(o.period)}"


def _claimed_words(claim: Claim) -> str:
    return claim.text.strip()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]



def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]



def _about(claim: Claim) -> str:
    return f" about {claim.subject}" if claim.subject else ""


def _period_or_latest(claim: Claim) -> str:
    if not claim.period:
        return "the latest period"
    period = try_parse_period(claim.period)
    return _period_words(period) if period else claim.period.replace("/", "–")

