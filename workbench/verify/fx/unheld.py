"""A figure of the exchange rate of a currency no rate series holds: 'the hryvnia strengthened by 1.4 %', '10,11
dirhams' for a euro, 'euro/TL 18,62'. No row can confirm or refute it, whatever place the text names and whatever
words of its sentence the checker left unread: ``unsupported`` (``currency_not_held``), naming the currency — not
'nothing matches' (which a sentence with unread words sends to a person), nor a place left unnamed (the figure's
place is the currency's, and no place would give it rows), nor a reading against the rows of another currency it is
quoted against.

Which currency a figure is the rate or the move of is read as the rate readers read it:

- a move in percent (``moved_currency``: a currency's move words, its value's share, a bracket after its name, the
  base it is quoted against); an amount of a currency written in its own name, code or sign that its sentence calls
  an exchange rate or quotes against another currency ('10.11 dirhams' for the euro): whatever else was read;
- where nothing else judged the figure (nothing matched, no place named, a rate series' rows of another order): a
  percent of a currency's level, as verb-last languages write the move ('… 1.8 percent increased'); the base's move
  against currencies named, none held; a percent or a bare figure with decimals in a sentence that speaks of
  exchange rates (their words, a currency's move, the base currency named) or names a currency and no other measure,
  when the currencies its clause (else its sentence, else the nearest earlier text) names are held by no rate
  series; or only the pair it is quoted in holds one ('euros/Lira 18.62': the lira's price of the euro); or, naming
  none in a language every territory writing it tenders one currency in, that home currency ('the exchange rate of
  the national currency weakened 3 %' in Ukrainian copy).

A currency several countries tender names no place, yet is still a currency: the CFA franc's rate is no row of the
data either. A currency the rate series hold keeps every other reading; a figure some series judged as another
measure (its lead row not a rate's) keeps that judgement, and a supported figure is never declined.
"""

from __future__ import annotations

import re

from ...config import Tolerances
from ...matching import ClaimContext, ReferenceIndex
from ...models import Claim, Kind, Verdict
from ...numbers import data_json
from ...text import clause_around, surface_at
from ...units import currencies, is_money, written_with_decimals
from ..decision import Decision, Reason
from ..observations import names_any
from ..periods.carried_span import sentence_before
from ..wording import find_any_in_place, holds_any, normalized
from .rate_clues import base_currency_words, names_base, rate_earlier, rate_near
from .rate_move import bracketed_move, figure_clause, moved_currency, value_share_as_move
from .rates import currencies_named, currency_mentions, is_rate_claim, rates_held, written_in_full

# what a decision that judged nothing says: only then do the readings from a rate sentence's words alone decide
_UNDECIDED = frozenset({Reason.NO_MATCH, Reason.PLACE_UNNAMED, Reason.PLACE_NOT_COVERED, Reason.NO_FIGURE,
                        Reason.NEAREST_OTHER_PERIOD, Reason.WRONG_MEASURE})
_EXCHANGE_RATES = data_json("currencies.json")["exchange_rates"]
_PAIR_JOINTS = frozenset(_EXCHANGE_RATES["cross_pair_joints"])
_VALUE_SHARE = tuple(_EXCHANGE_RATES["value_share_words"])
_QUOTED_AGAINST = tuple(words for w in _EXCHANGE_RATES["quoted_against_words"] if (words := normalized(w).split()))
_BRACKETS = re.compile(r"[()\[\]]")
_DETERMINERS = frozenset(w for d in _EXCHANGE_RATES["determiners"] for w in normalized(d).split())


def currency_not_held(decision: Decision, claim: Claim, index: ReferenceIndex, ctx: ClaimContext,
                      tol: Tolerances) -> Decision:
    """``decision`` declined (unsupported, ``currency_not_held``) when ``claim`` states the exchange rate or the
    move of a currency no rate series holds; else ``decision`` as it is."""
    if decision.verdict is Verdict.supported:
        return decision
    if not _judged_as_rates_or_not_at_all(decision, index, ctx, tol) and _names_other_measure(index, ctx, tol):
        return decision  # 'inflation rose 5 % as the lira fell': read as the measure its sentence names
    undecided = decision.reason in _UNDECIDED
    code = _unheld_move(claim, index, ctx, tol, undecided) or _unheld_rate_amount(claim, index, ctx, tol)
    if code is None and undecided:
        code = _unheld_base_move(claim, index, ctx, tol) or _unheld_in_rate_sentence(claim, index, ctx, tol)
    if code is None:
        return decision
    return Decision(Verdict.unsupported, Reason.CURRENCY_NOT_HELD, series=code)


def _judged_as_rates_or_not_at_all(decision: Decision, index: ReferenceIndex, ctx: ClaimContext,
                                   tol: Tolerances) -> bool:
    """The rows ``decision`` read the figure against are a rate series', or there are none; another measure's
    rows ('inflation' carried from the sentence before 'the Liberian dollar depreciated by 0.59 percent') judge
    the figure only as that measure, which its own sentence may not name."""
    if decision.lead:
        return names_any(decision.lead[0].candidate.resource, tol.exchange_rate_metrics)
    if decision.reason is Reason.PLACE_UNNAMED:
        return bool(ctx.unplaced) and all(holds_any(metric, tol.exchange_rate_metrics) for metric in ctx.unplaced)
    if decision.not_covered is not None:
        res = index.resources.get(decision.not_covered[1].resource or "")
        return res is not None and names_any(res, tol.exchange_rate_metrics)
    return True


def _unheld_move(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances,
                 undecided: bool) -> str | None:
    """The currency no rate series holds whose move in percent the claim states (``moved_currency``): a change,
    a share of its value, a bracket after its name; a level read as one only where nothing else judged it."""
    moved = value_share_as_move(claim, tol)
    if moved.unit != "%" or moved.kind is not Kind.change and bracketed_move(moved, tol) is None and not undecided:
        return None
    code = moved_currency(moved, tol, sentence_before(ctx), unmatched=undecided, clause=figure_clause(ctx),
                          earlier=rate_earlier(ctx))
    return code if code is not None and _unheld(code, index, tol) else None


def _unheld_rate_amount(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """The currency of an amount ('10.11 dirhams', '460.5' to the dollar beside the naira) that no rate series holds,
    when the amount is a rate: written in full, its sentence calls it one or it prices the base or another currency
    its sentence names beside the figure's own words. (A '$' read as the base, which a country writes its own
    currency with, is no amount of a currency not held.)"""
    code = claim.unit
    if not is_money(code) or code == tol.exchange_rate_base or not _unheld(code, index, tol) or not written_in_full(claim):
        return None
    if is_rate_claim(claim, tol, rate_near(ctx)):
        return code
    at = surface_at(claim.sentence, claim.text)
    rest = claim.sentence if at < 0 else claim.sentence[:at] + " " + claim.sentence[at + len(claim.text):]
    quoted = currencies_named(rest, tol) - {code} or ({tol.exchange_rate_base} if names_base(rest, tol.exchange_rate_base) else set())
    return code if quoted and written_with_decimals(claim.text) else None


def _named(text: str, tol: Tolerances, skip_quoted_against: bool = False) -> set[str]:
    """The currencies other than the base ``text`` names (``currencies_named``), a name inside a longer one read as
    the longer one's ('dirham' of 'Moroccan dirham' is no UAE dirham); with ``skip_quoted_against``, not those it
    quotes a price against ('depreciated 0.2 % against the euro': the euro is what the dirham is priced in)."""
    mentions = currency_mentions(text, tol, shortest=1)
    kept = [m for m in mentions if not any(o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0] for o in mentions)]
    if skip_quoted_against:
        kept = [m for m in kept if not _quoted_against_before(text, m[0])]
    signed = currencies_named(text, tol) - {code for _start, _end, code in mentions}
    return {code for _start, _end, code in kept} | signed


def _quoted_against_before(text: str, start: int) -> bool:
    """A word of ``quoted_against_words`` ('against', 'versus', 'vis-à-vis') stands right before ``start``, a
    determiner or two between ('against the Japanese …')."""
    lead = normalized(text[:start]).split()
    while lead and lead[-1] in _DETERMINERS:
        lead.pop()
    return any(lead[-len(words):] == words for words in _QUOTED_AGAINST)


def _unheld_base_move(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """'the US dollar rose 2.44 %' after a paragraph pricing it in colóns: a change of the base currency whose
    counterpart — the currencies its sentence names, else those of the nearest text before it naming any — no rate
    series holds."""
    if claim.unit != "%" or claim.kind is not Kind.change or not names_base(claim.sentence, tol.exchange_rate_base):
        return None
    for text in (claim.sentence, *rate_earlier(ctx)):
        named = currencies_named(text, tol)
        if named:
            unheld = sorted(code for code in named if _unheld(code, index, tol))
            return unheld[0] if len(unheld) == len(named) else None
    return None


def _unheld_in_rate_sentence(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """The currency no rate series holds that a percent or a bare figure with decimals is the rate or move of, read
    from its sentence's words alone: the currencies its clause names, else its sentence's, else the nearest earlier
    text's (or, naming none, the home currency of its language), when the sentence speaks of exchange rates or names
    a currency and no other measure, and none of them is held — or only a pair it is quoted in holds one."""
    if claim.unit != "%" and (claim.unit or not written_with_decimals(claim.text)) or claim.kind is Kind.share \
            and not holds_any(claim.sentence, _VALUE_SHARE):
        return None
    sentence = claim.sentence
    at = max(surface_at(sentence, claim.text), 0)
    speaks_of_rates = _speaks_of_rates(sentence, tol)
    if _names_other_measure(index, ctx, tol):
        return None
    # the nearest text naming the currency: the figure's clause (brackets read through: 'forints (―19.68%)'), the
    # stretch since the figure before it ('…, and by the Peruvian soles, that reached 5.16%'); a clause speaking of
    # rates but naming none ('It depreciated against the US dollar by 38 percent') speaks of the one the text before
    # it names; else the whole sentence, and, for a sentence speaking of rates, the text before it
    clause = clause_around(_BRACKETS.sub(" ", sentence), at)
    texts: list[tuple[str, int]] = [(clause, at), (sentence[_after_figure_before(sentence, at):at], at)]
    if _speaks_of_rates(clause, tol):
        texts += [(text, len(text)) for text in rate_earlier(ctx)]
    texts.append((sentence, at))
    if speaks_of_rates:
        texts += [(text, len(text)) for text in rate_earlier(ctx)]
    for text, end in texts:
        named = _named(text, tol, skip_quoted_against=True)
        if named:
            pair = _pair_with_unheld(text, index, tol)
            if pair is not None:
                return pair
            unheld = [code for code in named if _unheld(code, index, tol)]
            return _nearest_before(text, end, unheld, tol) if len(unheld) == len(named) else None
    home = ctx.home_currency
    return home if speaks_of_rates and home is not None and _unheld(home, index, tol) else None


def _after_figure_before(sentence: str, at: int) -> int:
    """Where the stretch after the last digit before ``at`` starts (0 for none): in a list of currencies' moves,
    the stretch the figure's own currency is named in."""
    i = at - 1
    while i >= 0 and not sentence[i].isdigit():
        i -= 1
    return i + 1


def _speaks_of_rates(text: str, tol: Tolerances) -> bool:
    """``text`` names an exchange rate, a currency's move or its value's share, or the base currency."""
    return holds_any(text, [*tol.exchange_rate_words, *tol.currency_move_words, *_VALUE_SHARE]) \
        or names_base(text, tol.exchange_rate_base)


def _names_other_measure(index: ReferenceIndex, ctx: ClaimContext, tol: Tolerances) -> bool:
    """The sentence's own words name a measure of a series that is no exchange rate ('inflation', 'GDP'): its
    figure may be that measure's, whatever currency it names."""
    from ...matching.measure import specific_words

    words = ctx.sentence - ctx.entities - ctx.place_words
    rates = {res.name for res in index.resources.values() if names_any(res, tol.exchange_rate_metrics)}
    return any(not index.metric_index[word] <= rates for word in specific_words(index, words))


def _pair_with_unheld(text: str, index: ReferenceIndex, tol: Tolerances) -> str | None:
    """The currency no rate series holds of the last pair ``text`` names ('euros/Lira', 'USD/TRY': two currencies'
    names joined by one of ``cross_pair_joints``), when the other is held or the base: the pair's rate is the price
    of one in the other, which only the unheld one's rows could give."""
    mentions = sorted([*currency_mentions(text, tol),
                       *((m[0], m[1], tol.exchange_rate_base)
                         for m in find_any_in_place(text, base_currency_words(tol.exchange_rate_base)))])
    pairs = [(first[2], second[2]) for first, second in zip(mentions, mentions[1:])
             if text[first[1]:second[0]] in _PAIR_JOINTS and first[2] != second[2]]
    if not pairs:
        return None
    unheld = [code for code in pairs[-1] if code != tol.exchange_rate_base and _unheld(code, index, tol)]
    return unheld[0] if len(unheld) == 1 else None


def _nearest_before(text: str, at: int, codes: list[str], tol: Tolerances) -> str | None:
    """Of ``codes``, the currency ``text`` names last before ``at`` (else first after it); None for none."""
    if not codes:
        return None
    spans = sorted((start, code) for start, _end, code in currency_mentions(text, tol, shortest=1) if code in codes)
    before = [code for start, code in spans if start < at]
    return before[-1] if before else spans[0][1] if spans else sorted(codes)[0]


def _unheld(code: str, index: ReferenceIndex, tol: Tolerances) -> bool:
    """A currency other than the base that no exchange-rate series of the packages holds rows for."""
    return code != tol.exchange_rate_base and not rates_held(index, tol, code)
