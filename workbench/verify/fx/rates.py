"""Exchange rates quoted as an amount of money: '¥150 per dollar', '6.79 CNY against the US dollar'.

Such a figure names no metric a matcher can find — its currency is the whole clue. When the sentence
says the amount is a rate (``exchange_rate_words``), the rows of every resource whose metric names
an exchange rate (``exchange_rate_metrics``) about the countries that use that currency are the
candidates, read as they stand: a publisher that quotes the rate the other way round (US dollars
per pound) gives a figure that is no reading of the claim, and is left out.

A rate is a price at a moment: a figure on a day (or, with no period, on the draft's day) is not a
monthly or yearly average, so only a row of that day is the claim's own period.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Iterator
from functools import cache, lru_cache

import numpy as np

from ...config import Tolerances
from ...extraction.periods import YEAR_WRITTEN
from ...extraction.exchange_rates import base_quoted_after, currency_priced_before, rates_caption_in_english, without_quoted_bases
from ...matching import Candidate, ClaimContext, MatchMode, ReferenceIndex, ResourceIndex
from ...models import Claim, Kind
from ...numbers import DIGITS_POINT_TAIL, data_json
from ...periods import DAY, Period, granularity, parse_period, try_parse_period
from ...places import Places
from ...structure import is_plain_row, plain_row_cells, table_cells
from ... import units
from ...text import surface_at
from ...units import currencies, currency_names, place_currency, place_tender, territory_tenders, \
    point_decimals, written_with_decimals
from ..observations import FISCAL_YEAR_MEAN, SAME_LENGTH_DAYS, Observation, names_any
from ..tolerance import SUPPORTS, log_ratio, stated_scale
from .rate_clues import base_currency_words, base_priced_currencies, local_currency_words, names_base, prices_base, rate_named_near
from ..wording import draft_day_words, find_any, find_any_in_place, holds_any, normalized

# A rate series read for a currency is a strong structural match, but not a named one.
RATE_SCORE = 0.8


def is_rate_claim(claim: Claim, tol: Tolerances, near: tuple[str, ...] = ()) -> bool:
    """An amount of a currency other than the base one that the sentence calls an exchange rate, or
    that prices the base currency; or, quoted with decimals, one whose paragraph before it or heading
    (``near``) calls that currency's amounts exchange rates."""
    if claim.kind is Kind.change or not claim.unit or len(claim.unit) != 3 or not claim.unit.isupper() or claim.unit == tol.exchange_rate_base:
        return False
    if not written_in_full(claim):
        return False  # '2.8 trillion yen' is a sum of money, never a rate
    return holds_any(claim.sentence, tol.exchange_rate_words) or _priced_currency(claim) \
        or prices_base(claim, tol) or rate_named_near(claim, tol, near) or _dollar_quoted(claim, tol) or _base_written_quote(claim, tol) \
        or _table_heading_currency(claim, tol, near) == claim.unit or base_amount_per_unit_of(claim, tol) == claim.unit \
        or _rates_table_cell(claim, near)


def rate_change_candidates(claim: Claim, index: ReferenceIndex, tol: Tolerances, near: tuple[str, ...] = ()
                           ) -> list[Candidate]:
    """'The annual average exchange rate was 1,131.5 won, up 78.4 won': a change written in units of a currency
    other than the base, that the sentence (or the paragraph before it or heading, ``near``) calls an exchange
    rate's, is the difference of that currency's rate rows (its units per base unit, as the change is written),
    when the sentence calls the rates averages (``annual_average_words``), as the rows are. A move it does not
    call so is quoted close to close, which no average row gives: left as before, matching nothing."""
    if claim.kind is not Kind.change or not claim.unit or len(claim.unit) != 3 or not claim.unit.isupper() \
            or claim.unit == tol.exchange_rate_base or not written_in_full(claim):
        return []
    if not (holds_any(claim.sentence, tol.exchange_rate_words) or rate_named_near(claim, tol, near)) \
            or not holds_any(claim.sentence, tol.annual_average_words) or _later_year_written(claim):
        return []
    return rate_candidates(claim, index, tol, mode=MatchMode.DIFFERENCE)


def _later_year_written(claim: Claim) -> bool:
    """The sentence writes a year after the change's own ('1,306 won in 2023, up 15 won from 2022's 1,292'): the
    period read may be the change's base rather than its year, so no year's difference is sure to be the one."""
    period = try_parse_period(claim.period or "")
    return period is not None and any(int(m.group()) > period.end.year for m in YEAR_WRITTEN.finditer(claim.sentence))


def _rates_table_cell(claim: Claim, near: tuple[str, ...]) -> bool:
    """'| Dinamarca (Corona) | 6,70 |' under 'TIPOS DE CAMBIO … (Unidades Monetarias por Dólar)': a bare figure with
    decimals in a Markdown table's row, under a caption (``near``) that calls the table exchange rates in any language
    extraction reads captions in; extraction gives such a cell its row's currency only there."""
    if "|" not in claim.sentence or not in_table_row(claim.sentence) or _BARE_FIGURE.fullmatch(claim.text) is None \
            or not written_with_decimals(claim.text):
        return False
    return any(rates_caption_in_english(text) is not None for text in near)


def in_table_row(sentence: str) -> bool:
    """A Markdown table's row ('European euro | 1.5586 | 1.5484 |', with or without its first pipe) or a plain one."""
    return len(table_cells(sentence.strip())) >= 2 if "|" in sentence else is_plain_row(sentence.strip())


def _dollar_quoted(claim: Claim, tol: Tolerances) -> bool:
    """'with a rate of 1.08', 'one euro could buy 1.12': a bare figure with decimals read for a currency
    news prices in base units, beside words about its price (``dollar_quote_words``). An amount written
    in the currency ('0.85 euros') is its own price of the dollar, read by the other rules."""
    return claim.unit in tol.dollar_quoted_currencies and _BARE_DECIMAL.fullmatch(claim.text.strip()) is not None \
        and holds_any(claim.sentence, tol.dollar_quote_words)


_BARE_DECIMAL = re.compile(r"\d[\d,]*\.\d+")


def _base_written_quote(claim: Claim, tol: Tolerances) -> bool:
    """'The euro was last flat at $1.1330', 'the kiwi touched 70.25 US cents': a figure written in base units
    that ``with_dollar_quote`` read as the price of a currency news quotes in them (its unit is that
    currency, its text the base's sign or words) is that price, whatever the subject read before it."""
    if claim.unit not in tol.dollar_quoted_currencies:
        return False
    found = _DIGITS.search(claim.text)
    if found is None:
        return False
    before, after = claim.text[:found.start()].strip(), claim.text[found.end():].strip()
    form = (units.lookup_prefix(before) if before else None) or (units.lookup_suffix(after) if after else None)
    return form is not None and form.unit == tol.exchange_rate_base


def _priced_currency(claim: Claim) -> bool:
    """'the rupee averaged Rs 73.90': an amount of a currency whose subject is that currency (or the place's
    own money, 'the local currency') is its price in the base currency. A rate is quoted with decimals; 'the rupee bond paid Rs 500' is a sum."""
    spec = currencies().get(claim.unit)
    if not (spec and claim.subject and written_with_decimals(claim.text)):
        return False
    # 'MEXICO PESO 19.2469': a row of a rates table names the currency by its place and its word; a
    # place in prose ('Australia paid A$12.50 per hour') is whose money it is, not what it prices
    # 'the local currency was trading at 70.32 US cents': a place's own money, named once before, as its subject
    return holds_any(claim.subject, [*spec["words"], *local_currency_words()]) or _rates_table_row(claim) \
        and claim.unit in (place_currency(claim.subject), place_tender(claim.subject)) \
        or row_label_currency(claim, tol=None) is not None


def _rates_table_row(claim: Claim) -> bool:
    """A bare figure in a plain-text table's row: the one place extraction gives such a figure the
    currency of the row's place (under exchange-rate words, ``extraction.exchange_rates``)."""
    return _BARE_FIGURE.fullmatch(claim.text) is not None and is_plain_row(claim.sentence.strip())


_BARE_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


@lru_cache(maxsize=256)  # each cell of a row asks of its label
def _label_currencies(label: str) -> frozenset[str]:
    """The currencies a table row's label names by a word or a code."""
    return frozenset(code for code, spec in currencies().items() if holds_any(label, [*spec["words"], *spec["codes"]]))


def row_label_currency(claim: Claim, tol: Tolerances | None) -> str | None:
    """The one currency other than the claim's own that its plain-text table row's label names
    ('Gjennomsnitt Euro 9,60 9,33', a figure of kroner: EUR), which the row's figures are the price of;
    None when the label names none or several, or (given ``tol``) only the base currency, which a rate
    series quotes directly."""
    row = claim.sentence.strip()
    if _TABLE_ROW.match(row) and _BARE_FIGURE.fullmatch(claim.text) is not None:
        label = table_cells(row)[0]  # '| Gjennomsnitt Euro | 9,60 | 9,33 |'
    elif _rates_table_row(claim) and (cells := plain_row_cells(row)):
        label = row[:cells[0][0]]
    else:
        return None
    named = set(_label_currencies(label.strip()))
    named.discard(claim.unit)
    found = named.pop() if len(named) == 1 else None
    return None if found is None or tol is not None and found == tol.exchange_rate_base else found


def with_named_currency(claim: Claim, tol: Tolerances, earlier: tuple[str, ...] = ()) -> Claim:
    """A bare figure ('strengthened to 6.7522 against the U.S. dollar') read as an amount of the one
    other currency its sentence names ('the yuan'), when the sentence calls it an exchange rate. A
    sentence that names none ('closed at 16.95 units per dollar, the currency's best year') speaks
    of the currency the nearest earlier text (``earlier``, nearest first) names, when it names one."""
    if claim.unit or claim.kind is Kind.change or not written_in_full(claim) or not written_with_decimals(claim.text):
        return claim  # a rate is quoted with decimals; '7 ships' beside 'the exchange rate' is a count
    if not holds_any(claim.sentence, tol.exchange_rate_words):
        # 'The rupee made an all-time low at 71.3725 … per unit US dollar': the currency is the
        # figure's subject, the sentence names the base currency and speaks of a price's level or
        # average ('a rupee fund returned 6.85 as the US dollar fell' is no rate)
        subject = currencies_named(claim.subject or "", tol)
        if not subject:
            # 'The rupee ended weak at 72.45 due to …': the subject read stops short; the words before the
            # figure name the currency the price is of (the ones it is quoted against left out)
            subject = currencies_named(without_quoted_bases(claim.sentence[:max(surface_at(claim.sentence, claim.text), 0)]), tol)
        if len(subject) == 1 and names_base(claim.sentence, tol.exchange_rate_base) \
                and holds_any(claim.sentence, [*tol.day_price_words, *tol.range_end_words, *tol.record_level_words, *tol.average_words]):
            return claim.model_copy(update={"unit": subject.pop()})
        cross = _cross_quoted_currency(claim, tol, earlier)
        if cross:
            return claim.model_copy(update={"unit": cross})
        quoted = _table_heading_currency(claim, tol, earlier)
        return claim.model_copy(update={"unit": quoted}) if quoted else claim
    named = currencies_named(claim.sentence, tol)
    if len(named) > 1:
        # 'now around 13.63 to the dollar, 18.09 to the pound and 16.01 to the euro': the pound and the euro
        # are what other figures are quoted against; a figure quoted against the base speaks of the currency
        # the sentence names otherwise, or the earlier text does ('the rand weakening …')
        at = max(surface_at(claim.sentence, claim.text), 0) + len(claim.text)
        if base_quoted_after(claim.sentence, at) != tol.exchange_rate_base:
            return claim  # '18.09 to the pound': a cross rate, which the series against the base do not hold
        named = currencies_named(without_quoted_bases(claim.sentence), tol)
    for text in earlier if not named else ():
        named = currencies_named(text, tol)
        if named:
            break
    return claim.model_copy(update={"unit": named.pop()}) if len(named) == 1 else claim


def _cross_quoted_currency(claim: Claim, tol: Tolerances, earlier: tuple[str, ...]) -> str:
    """'The ringgit firmed against the Singapore dollar to 3.4746 at yesterday's close': a bare figure after
    one currency quoted against another, neither the base, at one moment's price (a day's close, a record),
    is the first currency's price of the second — an amount of the first, which ``cross_rate`` reads. A
    sentence naming no first currency ('It firmed against …') speaks of the one the nearest earlier text names.
    The base as the first ('the US dollar … against the Singdollar … from its current level of 1.40') makes the
    figure the second's price of the base, as the rate series quote it: an amount of the second."""
    at = max(surface_at(claim.sentence, claim.text), 0)
    before = claim.sentence[:at]
    own = currencies_named(without_quoted_bases(before), tol)
    # 'against the yen to 3.2356 …, versus the euro to 5.0729': the one the figure's own clause quotes it against
    against = currency_quoted_against(claim.sentence, at, tol)
    quoted = {against} if against else currencies_named(before, tol) - own
    own -= quoted
    if len(quoted) != 1 or not holds_any(claim.sentence, [*tol.day_price_words, *tol.range_end_words,
                                                          *tol.record_level_words, *draft_day_words()]):
        return ""
    if not own and against and names_base(without_quoted_bases(before), tol.exchange_rate_base):
        return against
    for text in earlier if not own else ():
        own = currencies_named(text, tol) - quoted
        if own:
            break
    return own.pop() if len(own) == 1 else ""


_QUOTED_AGAINST = tuple(data_json("currencies.json")["exchange_rates"]["quoted_against_words"])
# what may stand between the currency quoted against and its figure: 'to', 'from 3.2723/2776', never a clause's end
_CLAUSE_END = re.compile(r"[;:!?]|\.\s")


def currency_quoted_against(sentence: str, at: int, tol: Tolerances) -> str | None:
    """'It appreciated against the Japanese yen to 3.2356/2415 from 3.2723/2776 on Thursday': the currency other
    than the base named last before ``at`` (a figure's start) behind one of ``quoted_against_words``, with no other
    currency nor clause's end between: the figure prices one unit (or the pair's quote unit) of it in another
    currency, a cross rate. None when the nearest currency before the figure is quoted otherwise."""
    before = sentence[:at]
    mentions = [(start, end, code) for code, spec in currencies().items() if code != tol.exchange_rate_base
                for start, end in find_any_in_place(before, [*spec["words"], *spec["codes"]])]
    # a name within a longer one ('dollar' in 'Singapore dollar') is the longer one's
    mentions = [m for m in mentions if not any(o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0] for o in mentions)]
    if not mentions or names_base(before[max(m[1] for m in mentions):], tol.exchange_rate_base):
        return None
    start, end, code = max(mentions)
    if _CLAUSE_END.search(before, end) or any(m[2] != code for m in mentions if m[0] == start):
        return None
    lead = normalized(before[:start]).split()
    # 'against the yen', 'versus a single euro': a determiner of one word or more between
    while found := next((words for words in _DETERMINER_TOKENS if lead[-len(words):] == words), None):
        del lead[-len(found):]
    return code if any(lead[-len(words):] == words for words in _QUOTED_AGAINST_TOKENS) else None


_QUOTED_AGAINST_TOKENS = tuple(normalized(w).split() for w in _QUOTED_AGAINST)
_DETERMINER_TOKENS = tuple(words for w in data_json("currencies.json")["exchange_rates"]["determiners"]
                           if (words := normalized(w).split()))


def _table_heading_currency(claim: Claim, tol: Tolerances, earlier: tuple[str, ...]) -> str:
    """'| December 30, 2022 | 0.9232 |' under 'US Dollar to Swiss Franc exchange rates': a table row's bare
    figure is the price of one unit of the base currency in the one other currency the nearest text calling
    the table exchange rates names after the base ('X to Y': Y per X), as the rate series quote it. Named
    the other way round ('Swiss Franc to US Dollar') it prices the other currency: left as it is."""
    if not _TABLE_ROW.match(claim.sentence) and not is_plain_row(claim.sentence.strip()):
        return ""
    text = next((t for t in earlier if holds_any(t, [*tol.exchange_rate_words, *tol.rate_context_words])), "")
    named = currencies_named(text, tol)
    if len(named) != 1:
        return ""
    code = next(iter(named))
    base = find_any(text, base_currency_words(tol.exchange_rate_base))
    other = find_any(text, [*currencies()[code]["words"], *currencies()[code]["codes"]])
    return code if base and other and base[0].start() < other[0].start() else ""


_TABLE_ROW = re.compile(r"\s*\|")


def with_dollar_quote(claim: Claim, tol: Tolerances, earlier: tuple[str, ...] = (),
                      places: frozenset[str] = frozenset()) -> Claim:
    """A price of a currency news quotes in base units (``dollar_quoted_currencies``): 'The euro had
    weakened to $1.1227', 'one euro could buy 1.12', or 'Average exchange rate in 2019: 0.7538 USD'
    under a heading about the Canadian dollar, read as an amount of that currency — ``rate_candidates``
    judges it by the reciprocal rows. The figure is quoted with decimals (or in whole cents: '70 US cents') and
    written in full; a base amount's sentence names the currency before it, a bare figure's sentence speaks of its price
    (``dollar_quote_words``); a sentence that names no currency but speaks of exchange rates takes the
    one the nearest earlier text (``earlier``, nearest first) names, else the one whose country the
    paragraph or a heading names (``places``: 'the average Canadian exchange rate'). A second currency named beside it
    ('against the euro sterling fell to 1.1625') makes a cross rate: left as it is."""
    base = claim.unit == tol.exchange_rate_base
    if claim.kind is Kind.change or not (base or not claim.unit) or not written_in_full(claim):
        return claim
    priced = base_amount_per_unit_of(claim, tol) if base else ""
    if priced:  # '16.3 cents for each krone' (whole cents are a rate too): its last digit is a thousandth of a dollar
        found = _DIGITS.search(point_decimals(claim.text))
        scale = _subunit_scale(point_decimals(claim.text), found.end()) if found else 1.0
        return claim.model_copy(update={"unit": priced, "decimals": claim.decimals + round(-math.log10(scale))})
    if not written_with_decimals(claim.text) and not _in_hundredths(claim.text):
        return claim  # '70 US cents' is 0.70 dollars: a price quoted to the cent, as '0.70' is
    # 'the NOK to USD rate … 0.1130': the pair names the currency and that the figure prices it in base units
    paired = paired_currencies(claim.sentence, earlier, tol)
    if len(paired) == 1:
        return claim.model_copy(update={"unit": paired.pop()})
    at = max(surface_at(claim.sentence, claim.text), 0)
    named = currencies_named(claim.sentence, tol)
    # 'The local currency was trading at 70.32 US cents' after a paragraph on the New Zealand dollar: wire copy
    # names the currency once, then prices 'the local unit' in base units
    local = base and holds_any(claim.sentence[:at], local_currency_words())
    if not named and (local or holds_any(claim.sentence, [*tol.exchange_rate_words, *tol.rate_context_words])):
        for text in earlier:
            named = currencies_named(text, tol)
            if named:
                break
        else:
            # a country named around makes a currency only of a figure its own sentence calls an exchange
            # rate: 'Germany … the average rate of pass-through was 0.85' quotes no euro
            if holds_any(claim.sentence, tol.exchange_rate_words):
                named = {code for code in tol.dollar_quoted_currencies if _countries_using(code) & places}
    elif base and currencies_named(claim.sentence[:at], tol) != named:
        return claim  # '$125.85 per barrel' after the rupee's rate prices something else
    elif not base and not holds_any(claim.sentence, tol.dollar_quote_words):
        return claim
    quoted = named & set(tol.dollar_quoted_currencies)
    return claim.model_copy(update={"unit": quoted.pop()}) if len(named) == 1 and quoted else claim


def subject_is_exchange_rate(claim: Claim, tol: Tolerances) -> bool:
    """The claim's subject is an exchange rate itself: it ends with the rate's words ('Australia's exchange
    rate', 'the Australian exchange rate') or with a place after them ('the exchange rate in Australia');
    'the exchange rate pass-through' is something else measured of the rate."""
    subject = normalized(claim.subject or "")
    found = find_any(subject, tol.exchange_rate_words)
    if not found:
        return False
    rest = subject[found[-1].end():].split(maxsplit=1)
    return not rest or len(rest) == 2 and Places.default().resolve(rest[1]) is not None


def base_amount_per_unit_of(claim: Claim, tol: Tolerances) -> str:
    """The currency an amount of the base one is the price of one unit of, as the sentence says so: quoted
    per one unit right after it ('16.3 cents for each Norwegian krone') or after the one unit named before
    it ('a Norwegian krone costs 13 cents'); else ""."""
    at = max(surface_at(claim.sentence, claim.text), 0)
    quoted = base_quoted_after(claim.sentence, at + len(claim.text)) or currency_priced_before(claim.sentence, at)
    return quoted if quoted != tol.exchange_rate_base else ""


def paired_currencies(sentence: str, earlier: tuple[str, ...], tol: Tolerances) -> set[str]:
    """The currencies a pair prices in base units ('the NOK to USD rate … 0.1130'): named in the figure's
    sentence, or in the text before it (``earlier``) when the sentence speaks of a rate."""
    return base_priced_currencies((sentence,), tol) or (
        base_priced_currencies(earlier, tol)
        if holds_any(sentence, [*tol.exchange_rate_words, *tol.rate_context_words, *tol.dollar_quote_words]) else set())


def currencies_named(text: str, tol: Tolerances) -> set[str]:
    """The non-base currencies ``text`` names: by a word (its own or its country's: 'the Kenyan currency'), a code,
    or a sign of its own ('against the £')."""
    named = {code for _, _, code in currency_mentions(text, tol, shortest=1)}
    return named | {code for code in currencies() if code != tol.exchange_rate_base and code not in named
                    and any(sign in text for sign in _signs(code))}


def currency_mentions(text: str, tol: Tolerances, shortest: int = 2) -> list[tuple[int, int, str]]:
    """Where ``text`` names a currency other than the base (start, end, code), by a word of its own or of its
    country's ('the Kenyan currency') or a code, no word of the base's among them. A name of one character ('円')
    counts only with ``shortest`` 1: it says which currencies a text names, but is too short to place a name. A name
    inside a longer one is the longer one's: 'franc' of 'the CFA franc' names no Swiss franc, 'dirham' of 'Moroccan
    dirham' no UAE dirham (the longer names are data: currencies.json ``extra_words`` beside CLDR's)."""
    found = [(start, end, code) for code in currencies() if code != tol.exchange_rate_base
             for start, end in find_any_in_place(text, _name_words(code, tol.exchange_rate_base, shortest))]
    return _outside_longer_names(found)


def _outside_longer_names(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` without the mentions that lie inside a longer one (one sweep in order of start, longest first; the
    same stretch named by two currencies stays both's)."""
    kept: list[tuple[int, int, str]] = []
    reach = -1  # the farthest end of a stretch begun before the one at hand
    last_span: tuple[int, int] | None = None
    for start, end, code in sorted(found, key=lambda m: (m[0], -m[1])):
        if (start, end) != last_span:
            if end <= reach:
                continue  # inside a longer name begun before it, or at the same place and longer
            last_span = (start, end)
        kept.append((start, end, code))
        reach = max(reach, end)
    return kept


@cache
def _name_words(code: str, base_code: str, shortest: int) -> tuple[str, ...]:
    base = set(base_currency_words(base_code))
    return tuple(w for w in (*currency_names(code), *currencies()[code]["codes"]) if w not in base and len(w) >= shortest)


@cache
def _signs(code: str) -> tuple[str, ...]:
    """The currency's symbols that hold no letter or digit ('£', '€', '₩'): never part of a word."""
    return tuple(s for s in currencies()[code]["symbols"] if not any(ch.isalnum() for ch in s))


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def written_in_full(claim: Claim) -> bool:
    """The figure is written as its digits, with no scale word ('¥15,000', not '¥15 thousand'), or said as
    a broadcast says a rate, its decimals after a spoken point and no scale word ('sixteen point four rand',
    not 'two point eight trillion yen')."""
    found = _DIGITS.search(point_decimals(claim.text))
    if found is None:
        return DIGITS_POINT_TAIL.search(claim.text) is not None and stated_scale(claim.value, claim.decimals) == 1.0
    try:
        written = float(found.group().replace(",", ""))
    except ValueError:
        return False
    # a currency's hundredths ('16.3 cents' is 0.163 dollars) are written in full, unlike '2.8 trillion yen'
    return math.isclose(written * _subunit_scale(claim.text, found.end()), abs(claim.value), rel_tol=1e-9)


def _in_hundredths(text: str) -> bool:
    """The figure of ``text`` is written in a currency's hundredths ('70 US cents', '75 cents', '70p')."""
    found = _DIGITS.search(point_decimals(text))
    return found is not None and _subunit_scale(point_decimals(text), found.end()) < 1.0


def _subunit_scale(text: str, end: int) -> float:
    """What one of the unit written after the figure ending at ``end`` is worth: 0.01 for a currency's
    hundredths ('cents', 'pence', 'US cents', 'U.S. cents'), else 1. The two words after the figure are
    tried before the one, so a hundredth named with its country ('70.25 US cents') reads as one."""
    words = _WORDS_AFTER.match(text, end)
    if words is None:
        return 1.0
    first, second = words.group(1), words.group(2)
    if words.start(1) == end and first in _GLUED_MINOR_LETTERS:
        return 0.01  # '70p': a minor unit's letter glued to the figure, its hundredths (currencies.json glued_minor_units)
    for surface in ([f"{first} {second.rstrip(_TRAILING)}"] if second else []) + [first.rstrip(_TRAILING), first]:
        form = units.lookup_suffix(surface)
        if form is not None:
            return form.scale if 0 < form.scale < 1 else 1.0
    return 1.0


# the one or two words after a figure ('cents', 'US cents', 'U.S. cents,'), punctuation after them read off
_WORDS_AFTER = re.compile(r"\s*([^\W\d_][\w.]*)(?:\s+([^\W\d_][\w.]*[,;:)]?))?")
_TRAILING = ",;:)."
_GLUED_MINOR_LETTERS = frozenset(data_json("currencies.json")["glued_minor_units"]["units"])


@cache
def _countries_using(currency: str) -> frozenset[str]:
    """ISO 3166 alpha-3 keys of the territories whose legal tender today is ``currency`` (CLDR)."""
    places = Places.default()
    found = (places.exact(key) for key, tenders in territory_tenders().items() if currency in tenders)
    return frozenset(place.key for place in found if place is not None)


def rate_series(index: ReferenceIndex, tol: Tolerances) -> Iterator[ResourceIndex]:
    """Each exchange-rate series of the packages (a level or ratio its title calls one), in name order."""
    for _name, res in sorted(index.resources.items()):
        if res.kind in (Kind.ratio, Kind.level) and names_any(res, tol.exchange_rate_metrics):
            yield res


def rate_rows(index: ReferenceIndex, tol: Tolerances, currency: str) -> Iterator[tuple[ResourceIndex, np.ndarray]]:
    """Each exchange-rate series with rows about the countries that use ``currency``, and those rows."""
    keys = _countries_using(currency)
    spec = currencies().get(currency)
    for res in rate_series(index, tol):
        positions = _rows_named(res, [*spec["words"], *spec["codes"]]) if spec else None
        if positions is None:
            positions = _rows_about(res, keys)
        if positions is not None and len(positions):
            yield res, positions


def rates_held(index: ReferenceIndex, tol: Tolerances, currency: str) -> bool:
    """Whether some exchange-rate series holds rows for ``currency`` (``rate_rows`` yields any)."""
    return next(rate_rows(index, tol, currency), None) is not None


def rate_candidates(claim: Claim, index: ReferenceIndex, tol: Tolerances, currency: str | None = None,
                    mode: MatchMode = MatchMode.DIRECT, near: tuple[str, ...] = (),
                    as_of: dt.date | None = None) -> list[Candidate]:
    """Candidates for an exchange-rate claim: the rows of rate series about the countries of
    ``currency`` (the claim's unit unless given), when the publisher quotes them as units of that
    currency per base unit — a move in percent (``MatchMode.GROWTH``) reads the same whichever way
    the pair is quoted, so only a level is checked against the quote. Which way round a figure is quoted
    is told by the rows of its period, or of the draft's date (``as_of``) when it names none: a rate near
    parity ('0.8245 per dollar', the Swiss franc of 2025) lies nearer the reciprocal of its history's
    typical value than that value."""
    out: list[Candidate] = []
    code = currency or claim.unit
    # '0.91 Canadian dollars to $1' is written in the currency: its units per base unit, never turned round
    in_own_units = code in currencies_named(claim.text, tol)
    # 'AUD/USD', 'the NOK to USD rate' (in the sentence or the text before it): base units per unit of the currency
    base_priced = code in tol.dollar_quoted_currencies or code in paired_currencies(claim.sentence, near, tol) \
        or base_amount_per_unit_of(claim, tol) == code  # 'paid 16.3 cents for each krone'
    for res, positions in rate_rows(index, tol, code):
        reciprocal = mode is MatchMode.DIRECT and not in_own_units \
            and not _quoted_per_base(res, _rows_of_period(res, positions, claim.period or (as_of.isoformat() if as_of else None)),
                                     claim.value)
        if reciprocal and not (base_priced and _reciprocal_reading(res, positions, claim.value, tol)):
            continue
        dims = {d: sorted({res.dim_values[d][c] for c in np.unique(res.dim_codes[d][positions])})
                for d in res.place_dims}
        res = restamped(res, index)
        if reciprocal:  # 'the euro at $1.08': the base currency's units per unit of the currency
            res = _reciprocal(res, index, tol)
        out.append(Candidate(res, mode, 1.0, RATE_SCORE, RATE_SCORE, positions, dims))
    return out


def restamped(res: ResourceIndex, index: ReferenceIndex) -> ResourceIndex:
    """``res`` read by the periods its dates stand for (see ``_stamped_periods``), built once per
    reference index and shared by every claim."""
    key = ("restamped", res.name)
    if key not in index.mention_cache:
        index.mention_cache[key] = _stamped_periods(res)
    return index.mention_cache[key]


def _reciprocal(res: ResourceIndex, index: ReferenceIndex, tol: Tolerances) -> ResourceIndex:
    """``res`` with each rate turned round (base units per unit of the currency), built once per
    reference index; its metric says so, for the explanation."""
    key = ("reciprocal", res.name)
    if key not in index.mention_cache:
        values = np.full_like(res.values, np.nan, dtype=float)
        np.divide(1.0, res.values, out=values, where=np.isfinite(res.values) & (res.values > 0))
        index.mention_cache[key] = dataclasses.replace(
            res, values=values, published_values=res.values, metric=f"{res.metric} ({tol.exchange_rate_base} per unit, the reciprocal of the rows)")
    return index.mention_cache[key]


def _stamped_periods(res: ResourceIndex) -> ResourceIndex:
    """A series stamped by the first day of each period ('2022-10-01' for October's average) read as
    the months or years it stands for, when every row is the first day of a month (or of a year) and
    the rows come a month (a year) apart (``step_days``); otherwise as it is."""
    days = [p for p in res.periods if p is not None]
    if not days or any(p.start != p.end or p.start.day != 1 for p in days):
        return res
    gap = res.step_days + 1  # step_days counts the days between two dates, not the gap
    yearly = 360 <= gap <= 370 and all(p.start.month == 1 for p in days)
    if not (yearly or 27 <= gap <= 32):
        return res
    periods = [None if p is None else parse_period(f"{p.start.year:04d}" if yearly else f"{p.start.year:04d}-{p.start.month:02d}")
               for p in res.periods]
    return dataclasses.replace(
        res, periods=periods,
        period_start=np.array([p.start.toordinal() if p else 0 for p in periods], dtype=res.period_start.dtype),
        period_end=np.array([p.end.toordinal() if p else 0 for p in periods], dtype=res.period_end.dtype),
        period_point=np.array([p is not None and p.months <= 1 for p in periods], dtype=bool))


def _rows_named(res: ResourceIndex, names: list[str]) -> np.ndarray | None:
    """The rows a series files under the currency's own name ('Euro'), not under a country: a
    currency union's rate. Its members' rows of the years before it are their old currencies'.
    The whole cell is the name: 'Egyptian Pound' or 'CFA Franc' is another currency's row."""
    wanted = {name.casefold() for name in names}
    for d in res.place_dims:
        values = [v for v in res.dim_values[d] if v not in res.place_values and " ".join(v.split()).casefold() in wanted]
        if values:
            return np.sort(np.concatenate([res.dim_positions[d][v] for v in values]))
    return None


def _rows_about(res: ResourceIndex, keys: frozenset[str]) -> np.ndarray | None:
    for d in res.place_dims:
        values = [v for v in res.dim_values[d] if res.place_values.get(v) in keys]
        if values:
            return np.sort(np.concatenate([res.dim_positions[d][v] for v in values]))
    return None


def _reciprocal_reading(res: ResourceIndex, positions: np.ndarray, claimed: float, tol: Tolerances) -> bool:
    """A figure of a currency priced in base units (``dollar_quoted_currencies``, or a pair that says so)
    that lies within ``named_rate_range`` of the reciprocals of its rows: 'the pound at $1.14' — not '€1,361', a sum."""
    values = res.values[positions]
    values = values[np.isfinite(values) & (values > 0)]
    if not len(values):
        return False
    return within_named_range(claimed, 1.0 / float(values.max()), 1.0 / float(values.min()), tol)


def within_named_range(claimed: float, low: float, high: float, tol: Tolerances) -> bool:
    """A price lies within ``named_rate_range`` of what a rate has been (``low`` to ``high``): a sum of
    money beside a currency's name ('a fare of 15,000 won') lies far outside."""
    return low / tol.named_rate_range <= claimed <= high * tol.named_rate_range


def _rows_of_period(res: ResourceIndex, positions: np.ndarray, period_text: str | None) -> np.ndarray:
    """The rows among ``positions`` that fall in the claim's period, when it has one and the rows
    cover it; else all of them. A rate near parity (the Swiss franc's 0.94 per dollar) lies nearer the
    reciprocal of its history's typical value (1.4) than that value: only its own years tell which way
    round the figure is quoted."""
    period = try_parse_period(period_text) if period_text else None
    if period is None:
        return positions
    starts = res.period_start[res.period_codes[positions]]
    kept = positions[(starts >= period.start.toordinal()) & (starts <= period.end.toordinal())]
    if not len(kept):  # a day's rate ('December 30, 2022') that no row starts on: the rows of its year
        first, last = dt.date(period.start.year, 1, 1).toordinal(), dt.date(period.end.year, 12, 31).toordinal()
        kept = positions[(starts >= first) & (starts <= last)]
    return kept if len(kept) else positions


def _quoted_per_base(res: ResourceIndex, positions: np.ndarray, claimed: float) -> bool:
    """The rows are units of the currency per base unit, not the inverse: the claim is nearer the
    rows' typical value than its reciprocal (a tenfold error is still read; a reciprocal is not)."""
    values = res.values[positions]
    values = values[np.isfinite(values) & (values > 0)]
    if not len(values) or claimed <= 0:
        return False
    typical = float(np.median(values))
    return abs(log_ratio(claimed, typical)) <= abs(math.log(claimed) + math.log(typical))


def rate_period(claim_period: Period | None, ctx: ClaimContext) -> Period:
    """The period a rate speaks of: its own, or with none the draft's day."""
    if claim_period is not None:
        return claim_period
    day = ctx.as_of.isoformat()
    return Period(ctx.as_of, ctx.as_of, day)


def year_average_at_its_close(claim_period: Period, claim: Claim) -> Period | None:
    """'As of 31 December 2023, the average annual exchange rate of the dollar was 1.05': a rate dated by a year's
    last day and called the year's average (currencies.json ``year_average_words``, in its sentence) is the
    average over that year, which ended that day; else None."""
    if granularity(claim_period) != DAY or (claim_period.start.month, claim_period.start.day) != (12, 31) \
            or not holds_any(claim.sentence, _YEAR_AVERAGE_WORDS):
        return None
    return parse_period(str(claim_period.start.year))


_YEAR_AVERAGE_WORDS = tuple(data_json("currencies.json")["exchange_rates"].get("year_average_words", []))


def only_same_period(observations: list[Observation], period: Period, as_of: dt.date | None = None) -> list[Observation]:
    """A rate is a price at a moment or an average over a period: a monthly average does not answer
    a yearly one, nor either a rate on a day. Rows of the claim's own period are kept; without
    any, the overlapping rows are kept as a different period; history is kept only at the same length.
    An average over a period not over by the draft date ('the rupee has averaged 73.9 this year')
    is one to date: the whole period's row, published later, cannot confirm it (one that disagrees
    is still shown as postdated evidence)."""
    def unfinished(o: Observation) -> bool:
        # a fiscal year's mean ends with its last month, before the second of the calendar years that name it
        read = try_parse_period(o.evidence.period) if o.reading == FISCAL_YEAR_MEAN else None
        return as_of is not None and (read or period).end > as_of

    def same(o: Observation) -> bool:
        return (o.period.start, o.period.end) == (period.start, period.end) \
            and not (o.status == SUPPORTS and unfinished(o))
    current = [o for o in observations if o.current]
    if any(same(o) for o in current):
        current = [o for o in current if same(o)]
    else:
        current = [dataclasses.replace(o, exact_period=False) for o in current]
    length = period.end.toordinal() - period.start.toordinal()
    history = [o for o in observations if not o.current
               and abs(o.period.end.toordinal() - o.period.start.toordinal() - length) <= SAME_LENGTH_DAYS]
    return current + history
