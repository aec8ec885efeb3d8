"""An exchange rate quoted as one moment's price — a day's close or open, an intraday level
('closed at NT$28.51', 'in early trade'; ``day_price_words``), or in an undated draft a weekday's
('on Thursday'), which no date places — is no monthly or yearly average: rows of those periods
neither confirm nor refute it, whatever the year (``needs_review``, reason ``day_price``). So is a
rate with no period, or a month with no year ('in July'), in a draft with no date: its day is
unknown, not today's or this year's."""

from __future__ import annotations

import dataclasses
import re

import numpy as np

from ...config import Tolerances
from ...matching import ClaimContext, ReferenceIndex
from ...models import Claim, Verdict
from ...units import written_with_decimals
from ...extraction.periods import YEAR_WRITTEN
from ...extraction.vocabulary import MONTHS
from ...numbers import alternation, data_json, lexicon
from ...periods import DAY, MONTH, granularity, try_parse_period
from ..decision import Decision, Reason
from .cross_rate import cross_currency
from .rate_clues import rate_near
from .rates import currencies_named, currency_quoted_against, is_rate_claim, rate_rows
from ..periods.carried_span import sentence_before
from ...text import clause_break_between, clause_span, surface_at
from ..wording import draft_day_words, find_any, find_any_in_place, holds_any, normalized


# 'past the Ksh 110 mark': a round level the figure names, not 'the Deutsche mark'
_MARK_AFTER = re.compile(r"\s+mark\b", re.IGNORECASE)


def day_price_words(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """The words that make a rate claim one moment's price, as they stand in its sentence; else None."""
    if not is_rate_claim(claim, tol, rate_near(ctx)):
        return None
    found = [m for m in find_any(claim.sentence, _moment_words(claim.sentence, tol)) if not _averaged(claim.sentence, m.start(), m.end(), tol)]
    if found and not _own_clause_averages(claim, tol):
        return found[0].group()
    governing = _range_words_before(claim, ctx, tol) or _end_of_a_move_in_one_period(claim, ctx, tol)
    if governing:
        return governing
    if ctx.sentence_text and _MARK_AFTER.match(ctx.sentence_text, ctx.claim_end):
        return "mark"
    before = _days_price_before_a_month(claim, ctx, tol)
    if before:
        return before
    if not ctx.dated:
        weekday = find_any(claim.sentence, lexicon()["weekdays"])
        return weekday[0].group() if weekday else None
    return None


_FIGURE = re.compile(r"\d")  # a sentence quoting a rate holds a figure


def _days_price_before_a_month(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """'The rate hit a high of 1.3654 on Tuesday. In January, the rate was 1.3175.': a month's rate its sentence
    calls no average, right after a sentence of its paragraph quoting a rate at one moment (``day_price_words``,
    a day's words, a record), is the other moment that price is set against — a day of that month, not its
    mean. The words of the sentence before, as they stand there; else None."""
    period = try_parse_period(claim.period) if claim.period else None
    if period is None or granularity(period) != MONTH \
            or holds_any(claim.sentence, [*tol.annual_average_words, *tol.average_words]):
        return None
    before = sentence_before(ctx)
    if not _FIGURE.search(before):
        return None
    found = [m for m in find_any(before, _moment_words(before, tol)) if not _averaged(before, m.start(), m.end(), tol)]
    return found[0].group() if found else None


def day_price(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A rate at one moment judged against a longer row's average: for review, saying so. A rate with
    no period in a draft with no date — a cross rate too ('£1: €1.43 yesterday') — is a price on a day nobody gave:
    not 'no figure for today'."""
    undated = decision.reason is Reason.NO_FIGURE and not claim.period \
        or decision.reason in (Reason.NO_FIGURE, Reason.NEAREST_OTHER_PERIOD) and bool(claim.period) \
        and not YEAR_WRITTEN.search(claim.sentence)  # 'in July' with no year, in a draft with no date: a July nobody dated
    if (undated or _carried_year_quote(decision, claim, ctx, tol)) and not ctx.dated \
            and (is_rate_claim(claim, tol, rate_near(ctx)) or cross_currency(claim, tol, ctx.claim_offset, ctx.paragraph)):
        words = find_any(claim.sentence, _moment_words(claim.sentence, tol))
        return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.DAY_PRICE, lead=[],
                                   flags=decision.review_flags, series=words[0].group() if words else None)
    # a day's rate already sent to a person as another period than its month's mean ('today', in a dated draft)
    other_period = decision.verdict is Verdict.needs_review and decision.reason is Reason.DIFFERENT_PERIOD
    if decision.verdict not in (Verdict.supported, Verdict.contradicted) and not other_period or not decision.lead:
        return decision
    if granularity(decision.lead[0].period) == DAY:
        return decision
    words = day_price_words(claim, ctx, tol)
    if words is None:
        return decision
    if decision.verdict is not Verdict.supported and _beyond_any_day_of(claim, ctx, decision):
        return decision.judged(Verdict.contradicted, Reason.DAY_PRICE_OUTSIDE_MONTH, lead=decision.lead[:1], series=words)
    return decision if other_period else decision.for_review(Reason.DAY_PRICE, series=words)


def _carried_year_quote(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> bool:
    """'The dollar gained in 2022. … A euro now buys only 1.0611 dollars.': a rate whose sentence names no
    period and calls it no average, contradicted by the mean of a year or month carried from another sentence,
    in a draft with no date. It quotes the rate on some day of that span, which the text does not give: the
    span's mean neither confirms nor refutes it (a day's rate lies anywhere in the span's range)."""
    return decision.verdict is Verdict.contradicted and decision.reason is Reason.CONTRADICTED \
        and ctx.carried_period is not None and bool(decision.lead) and granularity(decision.lead[0].period) != DAY \
        and not holds_any(claim.sentence, [*tol.annual_average_words, *tol.average_words])


def day_rate_band() -> float:
    """How far a day's rate may stand from its month's mean, as a ratio either way (currencies.json
    ``day_rate_band``; its note says where the figure comes from)."""
    return float(data_json("currencies.json")["exchange_rates"]["day_rate_band"]["ratio"])


def _beyond_any_day_of(claim: Claim, ctx: ClaimContext, decision: Decision) -> bool:
    """The claimed rate of a day lies outside its month's mean times or divided by ``day_rate_band``: no day
    of that month, however the month swung, could have been priced so — a contradiction, not another period.
    The lead row must be the day's own month: the claim's month or day, or with no period of its own the draft's."""
    lead = decision.lead[0]
    if granularity(lead.period) != MONTH or claim.value is None or claim.value <= 0 or lead.observed <= 0:
        return False
    own = try_parse_period(claim.period) if claim.period else None
    day = own.start if own is not None and granularity(own) in (DAY, MONTH) else ctx.as_of if ctx.dated and not claim.period else None
    if day is None or not lead.period.start <= day <= lead.period.end:
        return False
    band = day_rate_band()
    return not lead.observed / band <= claim.value <= lead.observed * band


def _own_clause_averages(claim: Claim, tol: Tolerances) -> bool:
    """'…, ending the month at R16.97; it averaged R17.49 in November': the figure's own clause calls it an
    average and names no moment of its own — the moments the sentence quotes elsewhere are other figures'."""
    at = surface_at(claim.sentence, claim.text)
    if at < 0:
        return False
    start, end = clause_span(claim.sentence, at)
    clause = claim.sentence[start:end]
    return holds_any(clause, tol.annual_average_words) and not holds_any(clause, _moment_words(clause, tol))


# not text.clause_span: an average's phrase goes on past a comma ('the annual average rate, based on the weekly
# closing price'); a figure between, or a clause joined by a contrast, ends it
_FIGURE_OR_CLAUSE_MARK = re.compile(r"\d|[;:.!?]\s|,\s+(?:while|but|whereas)\b")


def _averaged(sentence: str, at: int, end: int, tol: Tolerances) -> bool:
    """The moment's words at ``at``…``end`` qualify an average named before them in the same phrase ('the
    annual average exchange rate based on the weekly closing price'), or right after them, as languages that
    put the noun first write it (Korean '종가 연평균', glossed 'closing price annual average'), with no figure or
    clause between: an average of closes, which yearly averages judge, not one moment's price."""
    text = normalized(sentence)  # where find_any's matches stand
    before = find_any(text[:at], tol.annual_average_words)
    if before and not _FIGURE_OR_CLAUSE_MARK.search(text, before[-1].end(), at):
        return True
    after = find_any(text[end:], tol.annual_average_words)
    return bool(after) and not _FIGURE_OR_CLAUSE_MARK.search(text[:end + after[0].start()], end)


# a dash between two figures, each with at most a short sign or unit ('R16.89/$ – R18.52/$', '17.20-18.90'): a range's link
_DASH_BETWEEN_FIGURES = re.compile(r"(\d[^\s\d]{0,4})(\s*[\u2013\u2014]\s*|\s+-\s+)([^\s\d]{0,4}\d)")


def _range_words_before(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """The range words (``range_end_words``) that govern the figure: before it in its own clause ('traded
    between 17.20 and 18.90'). An average the sentence states apart from the range ('averaged 18.30,
    having traded between …') is no range's end."""
    sentence = ctx.sentence_text or claim.sentence
    at = ctx.claim_offset if ctx.sentence_text else max(surface_at(claim.sentence, claim.text), 0)
    # the dash of 'a range of R16.89/$ – R18.52/$' links the range's ends, it breaks no clause
    linked = _DASH_BETWEEN_FIGURES.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), sentence)
    for start, end in find_any_in_place(sentence, tol.range_end_words):
        # ('traded between 17.20 and 18.90' is one figure whose text starts at 'between')
        if start < at and not clause_break_between(linked, min(end, at), at):
            return sentence[start:end]
    return None


def _move_ends() -> re.Pattern[str]:
    """'from R5.10/$ to R5.80/$': two figures, each with at most a short sign or unit, linked as a move's ends
    (currencies.json ``move_end_links``)."""
    links = data_json("currencies.json")["exchange_rates"]["move_end_links"]
    figure = r"[^\s\d]{0,4}\d[\d.,]*(?:[^\s\d]{0,4}(?=\s|$|[.,;:]))"
    return re.compile(rf"(?<!\w)(?i:{alternation(links['from'])})\s+(?P<low>{figure})\s+(?i:{alternation(links['to'])})\s+"
                      rf"(?P<high>{figure})")


_MOVE_ENDS = _move_ends()
_MONTH_WRITTEN = re.compile(rf"\b(?:{MONTHS})\b")


def _end_of_a_move_in_one_period(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """'1998 East Asia Crisis: Rand falls from R5.10/$ to R5.80/$': the figure is one end of a move whose ends
    write no year or month of their own, both of the one period the text gives it. That period has one mean, so
    neither end is it: the rate at two moments of the period, as a day's price is; the words linking them, else
    None. 'From 10.5 in 2015 to 14.7 in 2016' gives each end its own period, and 'the average rate rose from 10.5
    to 14.7' calls its ends means of periods it leaves unsaid: both are judged as written."""
    sentence = ctx.sentence_text or claim.sentence
    if holds_any(claim.sentence, [*tol.annual_average_words, *tol.average_words]):
        return None
    at = ctx.claim_offset if ctx.sentence_text else max(surface_at(claim.sentence, claim.text), 0)
    for m in _MOVE_ENDS.finditer(sentence):
        if m.start("low") <= at < m.end("low") or m.start("high") <= at < m.end("high"):
            span = sentence[m.start():m.end()]
            if YEAR_WRITTEN.search(span) or _MONTH_WRITTEN.search(span):
                return None
            return span
    return None


def _moment_words(sentence: str, tol: Tolerances) -> list[str]:
    """``day_price_words`` and the words of a day (currencies.json ``day_words``: 'today', 'right now', 'this
    morning', a weekday; other languages' through their glosses), and the record words unless the sentence calls
    the figure an average."""
    days = draft_day_words()
    if holds_any(sentence, tol.annual_average_words):
        return [*tol.day_price_words, *days]
    return [*tol.day_price_words, *days, *tol.record_level_words]


def unmatched_day_quote(decision: Decision, claim: Claim, ctx: ClaimContext, index: ReferenceIndex,
                        tol: Tolerances) -> Decision:
    """'At yesterday's close, the pair was trading at 149.82' after 'The yen touched 150.05 against the euro':
    a bare figure with decimals (or an amount of the base, the price of one of ``dollar_quoted_currencies``) that
    matched nothing, which its sentence quotes at one moment (``day_price_words``,
    a day's words, or the level a move of its clause left the rate at) beside a currency other than the base that it, or the sentence before it, names — and that lies
    within ``named_rate_range`` of what that currency's rate series have shown — is a rate whose pair was not told
    apart: the data holds the currency's rates, so a person decides (``day_quote_unmatched``), not 'nothing matches'.
    So is a bare one its own clause quotes against a currency the series hold ('eased against the Singapore dollar
    to 3.4838 at the close', ``currency_quoted_against``) in a currency no text names: a cross rate through the
    dollar once a person knows the other currency (``cross_quote_unmatched``)."""
    if decision.reason is not Reason.NO_MATCH or not written_with_decimals(claim.text) \
            or claim.unit and claim.unit != tol.exchange_rate_base:
        return decision
    moment = find_any(claim.sentence, [*tol.day_price_words, *draft_day_words()])
    said = moment[0].group() if moment else _level_after_move(claim, ctx)
    if said is None:
        return decision
    named = currencies_named(claim.sentence, tol) or currencies_named(sentence_before(ctx), tol)
    if claim.unit:  # '$ 1.1155' after 'sterling touched …': the base's price of a currency news quotes so
        named &= set(tol.dollar_quoted_currencies)
    quoted = 1.0 / claim.value if claim.unit and claim.value else claim.value
    for code in sorted(named):
        for res, positions in rate_rows(index, tol, code):
            values = res.values[positions]
            values = values[np.isfinite(values) & (values > 0)]
            if values.size and values.min() / tol.named_rate_range <= quoted <= values.max() * tol.named_rate_range:
                return decision.for_review(Reason.DAY_QUOTE_UNMATCHED, series=said)
    at = max(surface_at(claim.sentence, claim.text), 0)
    against = None if claim.unit else currency_quoted_against(claim.sentence, at, tol)
    if against is not None and any(True for _ in rate_rows(index, tol, against)):
        return decision.for_review(Reason.CROSS_QUOTE_UNMATCHED, series=said)
    return decision


# 'was down around 1.63% against the yen at 130.860': a percent, then in the same clause 'at' right before the figure
_MOVE_THEN_AT = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent|percent)[^;:.!?\d]*?\bat\s*$", re.IGNORECASE)


def _level_after_move(claim: Claim, ctx: ClaimContext) -> str | None:
    """'The US dollar was down 1.63% against the yen at 130.860': the level a move of its own clause left the rate
    at is a market's quote of one moment (a close), as day's words would make it; the words from the move on, else None."""
    if not ctx.sentence_text:
        return None
    before = ctx.sentence_text[:ctx.claim_offset]
    found = _MOVE_THEN_AT.search(before)
    if found is None:
        return None
    # the words as written: the context's sentence has its place names blanked, at the same offsets
    shown = claim.sentence if len(claim.sentence) == len(ctx.sentence_text) else ctx.sentence_text
    return shown[found.start():ctx.claim_end].strip()
