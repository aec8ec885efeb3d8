"""A figure of the exchange rate of a currency no rate series holds: 'the hryvnia strengthened by 1.4 %', '10,11
dirhams' for a euro, 'euro/TL 18,62'. No row can confirm or refute it, whatever place the text names and whatever
words of its sentence the checker left unread: ``unsupported`` (``currency_not_held``), naming the currency — not
'nothing matches' (which a sentence with unread words sends to a person), nor a place left unnamed (the figure's
place is the currency's, and no place would give it rows), nor a reading against the rows of another currency it is
quoted against.

Which currency a figure is the rate or the move of is read as the rate readers read it:

- a move in percent (``moved_currency``: a currency's move words, its value's share, a bracket after its name, the
  base it is quoted against); an amount of a currency, written in full, that its sentence calls an exchange rate or
  quotes against the base or another currency ('10.11 dirhams' for the euro): whatever else was read;
- where nothing else judged the figure (nothing matched, no place named, a rate series' rows of another order): a
  percent of a currency's level, as verb-last languages write the move ('… 1.8 percent increased'); the base's move
  against currencies named, none held; a percent or a bare figure with decimals in a sentence that speaks of
  exchange rates (their words, a currency's move, the base currency named) or names a currency (not as an amount's
  unit) and no other measure, when the currencies its clause (else its stretch of a list, its sentence, the nearest
  earlier text) names, those it is quoted against left out, are held by no rate series; or only the pair it is
  quoted in holds one ('euros/Lira 18.62': the lira's price of the euro); or, naming none in a language every
  territory writing it tenders one currency in, that home currency ('the exchange rate of the national currency
  weakened 3 %' in Ukrainian copy).

A currency several countries tender names no place, yet is still a currency: the CFA franc's rate is no row of the
data either. A currency the rate series hold keeps every other reading; a figure whose sentence names another
measure ('inflation', 'exports') keeps that measure's judgement unless its own words are a currency's, a figure some
series judged as another measure is read so only from its move or amount, and a supported figure is never declined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...config import Tolerances
from ...extraction.exchange_rates import base_quoted_after
from ...matching import ClaimContext, ReferenceIndex
from ...matching.measure import names_own_measure
from ...models import Claim, Kind, Verdict
from ...numbers import data_json, scale_of
from ...text import clause_span, surface_at
from ...units import currencies_named_as_words, hundredths_words, is_money, written_with_decimals
from ..decision import Decision, Reason
from ..observations import names_any
from ..periods.carried_span import sentence_before
from ..wording import find_any_in_place, holds_any, normalized
from .rate_clues import base_currency_words, names_base, rate_earlier, rate_near
from .rate_move import bracketed_move, figure_clause, moved_currency, shares_its_value, value_share_as_move
from .rates import currencies_named, currency_mentions, is_rate_claim, rates_held, written_in_full

# what a decision that judged nothing says: only then do the readings from a rate sentence's words alone decide
_UNDECIDED = frozenset({Reason.NO_MATCH, Reason.PLACE_UNNAMED, Reason.PLACE_NOT_COVERED, Reason.NO_FIGURE,
                        Reason.NEAREST_OTHER_PERIOD, Reason.WRONG_MEASURE})
_EXCHANGE_RATES = data_json("currencies.json")["exchange_rates"]
_PAIR_JOINTS = frozenset(_EXCHANGE_RATES["cross_pair_joints"])
_VALUE_SHARE = tuple(_EXCHANGE_RATES["value_share_words"])
_QUOTED_AGAINST = tuple(words for w in _EXCHANGE_RATES["quoted_against_words"] if (words := normalized(w).split()))
_BRACKETS = re.compile(r"[()\[\]]")
# how far before a currency's name the words that make it an amount's unit or a quoted-against currency are read
_LOOK_BACK = 60
_DETERMINERS = frozenset(w for d in _EXCHANGE_RATES["determiners"] for w in normalized(d).split())
# '172 rupees 10 paise': a whole amount and its hundredths after it ('cents', 'tyiyn'; 'paise', whose currency the
# text tells: units.hundredths_words), up to the end of the word
_HUNDREDTHS_AFTER = re.compile(r"[ \t\u00a0]+(?:and[ \t\u00a0]+)?\d{1,2}[ \t\u00a0]+(?:%s)(?!\w)"
                               % "|".join(re.escape(w) for w in hundredths_words()), re.IGNORECASE)


def currency_not_held(decision: Decision, claim: Claim, index: ReferenceIndex, ctx: ClaimContext,
                      tol: Tolerances) -> Decision:
    """``decision`` declined (unsupported, ``currency_not_held``) when ``claim`` states the exchange rate or the
    move of a currency no rate series holds; else ``decision`` as it is."""
    if decision.verdict is Verdict.supported:
        return decision
    if _names_other_measure(index, ctx, tol) and not _own_stretch_of_currencies(claim, tol):
        return decision  # 'inflation rose 5 % as the lira fell': the measure its sentence names, for it to judge
    undecided = decision.reason in _UNDECIDED and _judged_as_rates_or_not_at_all(decision, index, ctx, tol)
    code = _unheld_move(claim, index, ctx, tol, undecided) or _unheld_rate_amount(claim, index, ctx, tol)
    if code is None and undecided:
        code = _unheld_base_move(claim, index, ctx, tol) or _unheld_in_rate_sentence(claim, index, ctx, tol)
    if code is None:
        return decision
    return Decision(Verdict.unsupported, Reason.CURRENCY_NOT_HELD, series=code)


def names_a_currency_move(subject: Iterable[str], sentence: Iterable[str], index: ReferenceIndex,
                          tol: Tolerances) -> bool:
    """Whether a percent figure's words name the currency whose move it is, a measure of its own: a currency its
    subject names as a word, when every one it names (the base aside) is held by no rate series ('Hungarian forint
    (―19.68 %)' in a list of currencies' moves, 'the taka's depreciation was 30 %'), else any currency its sentence
    names ('an average depreciation of 10.9 % against the dollar'). A currency its subject names that the series hold
    ('the Japanese yen (―17.92 %)') names a measure the data has: there, 'nothing matches' is a reading that missed the
    move, not the sentence's own answer."""
    named = currencies_named_as_words(subject)
    if named:
        return all(_unheld(code, index, tol) for code in named if code != tol.exchange_rate_base)
    return bool(currencies_named_as_words(sentence))


def _own_stretch_of_currencies(claim: Claim, tol: Tolerances) -> bool:
    """The words from the figure before the claim's up to it name a currency or speak of rates ('…, and the lira
    lost 44 %'), or the words right after it make it a share of a currency's value or quote it against the base
    ('… made the currency lose 56 % of its value against the dollar'): the figure is a currency's, whatever measure
    the sentence names for another figure."""
    at = max(surface_at(claim.sentence, claim.text), 0)
    own = claim.sentence[_after_figure_before(claim.sentence, at):at]
    return _speaks_of_rates(own, tol) or bool(currencies_named(own, tol)) or shares_its_value(claim) \
        or base_quoted_after(claim.sentence, at + len(claim.text)) == tol.exchange_rate_base


def _judged_as_rates_or_not_at_all(decision: Decision, index: ReferenceIndex, ctx: ClaimContext,
                                   tol: Tolerances) -> bool:
    """The rows ``decision`` read the figure against are a rate series', or there are none: only then does a
    sentence's naming of a currency tell what a figure nothing judged is ('inflation' carried from the sentence
    before judged it otherwise)."""
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
    return code if quoted and (written_with_decimals(claim.text) or _hundredths_after(claim.sentence, at, claim.text)) else None


def _hundredths_after(sentence: str, at: int, text: str) -> bool:
    """The amount at ``at`` is followed by its hundredths ('172 rupees 10 paise', '80 som 70 tyiyn'): quoted
    to the hundredth, as a rate is and a sum rarely is — decimals written as the currency's smaller unit."""
    return at >= 0 and _HUNDREDTHS_AFTER.match(sentence, at + len(text)) is not None


def _mentions(text: str, tol: Tolerances, start: int = 0, end: int | None = None,
              skip_amounts: bool = False) -> list[tuple[int, str]]:
    """Where ``text[start:end]`` names a currency other than the base, and which, in order: a name inside a longer one
    read as the longer one's ('dirham' of 'Moroccan dirham' is no UAE dirham), not those it quotes a price against
    ('depreciated 0.2 % against the euro': the euro is what the dirham is priced in); with ``skip_amounts``, not a
    name written as the unit of an amount ('5.2 million tenge')."""
    end = len(text) if end is None else end
    found = currency_mentions(text, tol, shortest=1)
    kept = [m for m in found if start <= m[0] and m[1] <= end
            and not _quoted_against_before(text, m[0]) and not (skip_amounts and _after_an_amount(text, m[0]))]
    return sorted((m[0], m[2]) for m in kept)


def _after_an_amount(text: str, start: int) -> bool:
    """A figure, with its scale words ('103,765.5 million'), stands right before ``start``: the name there is its
    unit."""
    words = text[max(start - _LOOK_BACK, 0):start].split()
    while words and scale_of(words[-1].strip(".,")) is not None:
        words.pop()
    return bool(words) and words[-1][-1:].isdigit()


def _quoted_against_before(text: str, start: int) -> bool:
    """A word of ``quoted_against_words`` ('against', 'versus', 'vis-à-vis') stands right before ``start``, a
    determiner or two between ('against the Japanese …')."""
    lead = normalized(text[max(start - _LOOK_BACK, 0):start]).split()
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
    # rates but naming no currency ('It depreciated against the US dollar by 38 percent') speaks of the one the text
    # before it names; else the whole sentence, and, for a sentence speaking of rates that names none, the text before
    # it. A currency it is quoted against is named all the same: 'the dollar rose 2 % against the yen' is the yen's
    # pair, whatever the paragraph before named
    lo, hi = clause_span(_BRACKETS.sub(" ", sentence), at)
    spans: list[tuple[str, int, int, int]] = [(sentence, lo, hi, at), (sentence, _after_figure_before(sentence, at), at, at)]
    earlier = [(text, 0, len(text), len(text)) for text in rate_earlier(ctx)]
    if _speaks_of_rates(sentence[lo:hi], tol) and not currencies_named(sentence[lo:hi], tol):
        spans += earlier
    spans.append((sentence, 0, len(sentence), at))
    names_none = not currencies_named(sentence, tol)
    if speaks_of_rates and names_none:
        spans += earlier
    for text, start, end, figure in spans:
        # a sentence not speaking of rates names a currency as its rate's only outside an amount of it ('103,765.5
        # million tenge', the level its percent changes, is money)
        mentions = _mentions(text, tol, start, end, skip_amounts=not speaks_of_rates)
        if mentions:
            pair = _pair_with_unheld(text[start:end], index, tol)
            if pair is not None:
                return pair
            named = {code for _at, code in mentions}
            unheld = [(at_, code) for at_, code in mentions if _unheld(code, index, tol)]
            if len({code for _at, code in unheld}) < len(named):
                return None
            before = [code for at_, code in unheld if at_ < figure]
            return before[-1] if before else unheld[0][1]
    home = ctx.home_currency
    return home if speaks_of_rates and names_none and home is not None and _unheld(home, index, tol) else None


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
    """The sentence's own words name a measure that is no exchange rate: one of a series of the data ('inflation')
    or one news copy names by its own noun, held or not ('exports', 'reserves', 'growth'): its figure may be that
    measure's, whatever currency it names."""
    words = ctx.sentence - ctx.entities - ctx.place_words
    rates = {res.name for res in index.resources.values() if names_any(res, tol.exchange_rate_metrics)}
    # the words of the rate series alone ('exchange', 'rate') name the figure's own measure
    return names_own_measure(index, frozenset(w for w in words if not (w in index.metric_index
                                                                         and index.metric_index[w] <= rates)))


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


def _unheld(code: str, index: ReferenceIndex, tol: Tolerances) -> bool:
    """A currency other than the base that no exchange-rate series of the packages holds rows for."""
    return code != tol.exchange_rate_base and not rates_held(index, tol, code)
