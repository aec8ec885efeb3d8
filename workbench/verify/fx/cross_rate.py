"""A rate between two currencies, neither the base one: 'a euro was worth 1.03 Swiss francs', 'the
euro bought 1.60 francs'. The claim is an amount of one currency priced per unit of another the
sentence names before it (``cross_rate_words`` beside them), or right after it behind one of those
words ('R16.17 to the euro'); a rate series quoted against the base currency holds both, so the
cross rate of a period is the ratio of their rows for that period — the claim's currency per base
unit over the priced currency's. Read so, the figure is judged as any
rate: a period's average confirms or refutes a period's average, a day's rate goes to a person."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

import numpy as np

from ...config import Tolerances
from ...matching import Candidate, MatchMode, ReferenceIndex, ResourceIndex
from ...models import Claim, Kind
from ...numbers import alternation, data_json, lexicon
from ...units import currencies, written_with_decimals
from ...extraction.exchange_rates import base_quoted_after, without_quoted_bases
from .rates import (
    RATE_SCORE,
    currencies_named,
    currency_quoted_against,
    in_table_row,
    rate_rows,
    restamped,
    row_label_currency,
    within_named_range,
    written_in_full,
)
from .rate_clues import names_base
from ..wording import find_any_in_place, holds_any, normalized


def cross_currency(claim: Claim, tol: Tolerances, at: int, before_in_paragraph: str = "") -> str | None:
    """The currency ``claim`` (an amount of another non-base currency, with decimals) is the price
    of: the one other currency its sentence names before it (``at``: where the claim stands), when it
    names none after it; when it names none before, the one named right after it behind a cross-rate word.
    A currency quoted right after the figure ('83.39 per pound', or after the figure it is compared with:
    '83.65 from 83.39 per pound') is what it is priced in, whatever the rest of the sentence names.
    A sentence that names no other currency and no base ('The yearly average was R19.83') prices the one
    its paragraph has priced the figure's currency in so far (``before_in_paragraph``: 'Against the euro,
    the rand gained 3.3 %. It began the year at R20.24 per euro.')."""
    if claim.kind is Kind.change or not claim.unit or len(claim.unit) != 3 or not claim.unit.isupper() \
            or claim.unit == tol.exchange_rate_base or not written_in_full(claim):
        return None
    quoted = _one_unit_quoted_right_before(claim.sentence[:at])
    if quoted is not None and quoted not in (claim.unit, tol.exchange_rate_base):
        return quoted  # '£1: €1.43', '€1 = 70p': the one unit joined to the amount is what it prices
    if not written_with_decimals(claim.text):
        # 'S$1 is now worth more than 100 yen': a whole amount is a rate only as the price of one unit named before it
        one = _one_unit_named(claim.sentence[:at], tol) - {claim.unit}
        return one.pop() if len(one) == 1 else None
    end = at + len(claim.text)
    quoted_in = base_quoted_after(claim.sentence, end)
    if quoted_in == tol.exchange_rate_base:
        return None  # '18.45 rands per dollar': the figure names what it is priced in: the base
    paired = pair_named(claim.sentence[:at], claim.unit, tol)
    if paired is not None:
        # 'the average won-yen rate was 923.7 won': the pair's other currency is priced; 'won-dollar' is the base's
        return paired if paired != tol.exchange_rate_base else None
    one = _one_unit_named(claim.sentence[:at], tol) - {claim.unit}
    if len(one) == 1:
        return one.pop()  # 'one Australian dollar was 0.57 US dollars, 0.38 pounds and 70.29 yen'
    headed = _table_subject_currency(claim, tol)
    if headed is not None:
        return headed  # '| European euro | 1.5586 |' in Canadian dollars: the row's (or column's) currency is priced
    if not quoted_in and not currencies_named(claim.sentence, tol) - {claim.unit}:
        return _priced_in_paragraph(claim, tol, before_in_paragraph)
    labelled = row_label_currency(claim, tol)
    if labelled is not None:
        return labelled  # 'Gjennomsnitt Euro 9,60 9,33' in kroner: each row's figures price its label's currency
    if not holds_any(claim.sentence, tol.cross_rate_words):
        return None
    if quoted_in and quoted_in != claim.unit:
        return quoted_in  # '83.39 per pound and … against the euro': the figure names what it is priced in
    against = currency_quoted_against(claim.sentence, at, tol)
    if against is not None and against != claim.unit:
        return against  # 'rose versus the euro to 5.0729' after the yen's quote: its own clause's currency
    before = currencies_named(claim.sentence[:at], tol) - {claim.unit}
    after = currencies_named(claim.sentence[end:], tol) - {claim.unit}
    if not before:
        return _priced_right_after(claim, tol, at)
    against = before - currencies_named(without_quoted_bases(claim.sentence[:at]), tol)
    if len(against) == 1 and not after:
        return against.pop()  # 'the ringgit firmed against the Singapore dollar to 3.4746': quoted against it
    if _named_as_subject(claim.sentence[:at], claim.unit):
        return None  # '…, while the pound slid to 0.78 pounds': the figure's own currency moved, no other priced it
    return before.pop() if len(before) == 1 and not after else None


_EXCHANGE_RATES = data_json("currencies.json")["exchange_rates"]
_PAIR_JOINTS = frozenset(_EXCHANGE_RATES["cross_pair_joints"])
_QUOTE_UNITS: dict[str, int] = {k: int(v) for k, v in _EXCHANGE_RATES["cross_quote_units"].items()}


def pair_named(text: str, currency: str, tol: Tolerances) -> str | None:
    """The other currency of the last pair ``text`` names with ``currency`` ('won-yen', '원·엔', 'EUR/CHF';
    ``cross_pair_joints``): what an amount of ``currency`` after it is the price of. The base currency when
    the last such pair is quoted against it ('won-dollar'); None when ``text`` names ``currency`` in no pair."""
    spec = currencies().get(currency)
    if spec is None:
        return None
    own = find_any_in_place(text, [*spec["words"], *spec["codes"]])
    if not own:
        return None
    others = currencies_named(text, tol) - {currency}
    if names_base(text, tol.exchange_rate_base):
        others.add(tol.exchange_rate_base)
    last: tuple[int, str] | None = None
    for other in others:
        for start, end in find_any_in_place(text, [*currencies()[other]["words"], *currencies()[other]["codes"]]):
            for own_start, own_end in own:
                joint = text[own_end:start] if own_end <= start else text[end:own_start]
                at = max(start, own_start)
                if len(joint) == 1 and joint in _PAIR_JOINTS and (last is None or at > last[0]):
                    last = (at, other)
    return last[1] if last is not None else None


def _table_subject_currency(claim: Claim, tol: Tolerances) -> str | None:
    """The one currency other than the claim's own that a table cell's subject — its row's label or its column's
    header — names, when the cell is an amount of a currency the table's caption prices every row or column in
    ('various currencies against the Canadian dollar' over 'European euro | 1.5586', '(₹ per unit of foreign
    currency)' over a 'Pound Sterling' column): what the figure is the price of. None outside a table's row, or
    when the subject names the base currency, which the rate series quote directly."""
    if not claim.subject or not in_table_row(claim.sentence):
        return None
    named = currencies_named(claim.subject, tol) - {claim.unit}
    if len(named) != 1 or names_base(claim.subject, tol.exchange_rate_base):
        return None
    return named.pop()


def _priced_in_paragraph(claim: Claim, tol: Tolerances, before: str) -> str | None:
    """The one other currency the paragraph before the claim's sentence prices the claim's currency in:
    it names both, behind a cross-rate word ('against the euro', 'R20.24 per euro'), and no base currency
    nor third one that the figure could be priced in."""
    # the base named by a word of its own ('US dollar'), or by 'dollar' outside another currency's name: 'against the
    # Australian dollar' names no US dollar
    if not before or not holds_any(before, tol.cross_rate_words) or claim.unit not in currencies_named(before, tol) \
            or names_base(before, tol.exchange_rate_base):
        return None
    others = currencies_named(before, tol) - {claim.unit}
    return others.pop() if len(others) == 1 else None


def _named_as_subject(text: str, currency: str) -> bool:
    """``text`` names ``currency`` on its own, not as the unit of an amount ('the pound slid', not '0.88 pounds')."""
    words = [*currencies()[currency]["words"], *currencies()[currency]["codes"]]
    return any(not _AMOUNT_BEFORE.search(text[:start]) for start, _end in find_any_in_place(text, words))


def _priced_right_after(claim: Claim, tol: Tolerances, at: int) -> str | None:
    """'R16.17 to the euro', '4.3 dirhams per euro': the one currency named between the figure, behind a
    cross-rate word, and the next figure."""
    rest = claim.sentence[at + len(claim.text):]
    segment = _NEXT_FIGURE.split(rest, 1)[0]
    words = segment.lstrip().casefold()
    if not any(words.startswith(w.casefold() + " ") for w in tol.cross_rate_words):
        return None
    named = currencies_named(segment, tol) - {claim.unit}
    return named.pop() if len(named) == 1 else None


_NEXT_FIGURE = re.compile(r"\d")
# a figure right before a currency's name, or before the place names qualifying it: the name is that amount's
# unit ('0.57 US dollars', '0.38 United Kingdom pounds'), no subject of a clause of its own
_AMOUNT_BEFORE = re.compile(r"\d(?:[ \t\u00a0]+[A-Z][\w.]*){0,2}[ \t\u00a0]*$")
_ONE_UNIT = data_json("currencies.json")["exchange_rates"]["one_unit_words"]
_ONE_UNIT_WORDS = (*_ONE_UNIT["numerals"], *_ONE_UNIT["words"])


@lru_cache(maxsize=1)
def _signed_one() -> tuple[re.Pattern[str], dict[str, str]]:
    """One unit written with a sign of two characters or more that one currency alone is written with ('S$1', 'A$ 1';
    no more digits nor decimals after it, nor a scale: 'S$1 billion', 'S$1bn' are sums), and the currency of each sign."""
    owners: dict[str, set[str]] = {}
    for code, spec in currencies().items():
        for sign in spec["symbols"]:
            if len(sign) > 1:
                owners.setdefault(sign, set()).add(code)
    signs = {sign: codes.pop() for sign, codes in owners.items() if len(codes) == 1}
    written_signs = "|".join(re.escape(sign) for sign in sorted(signs, key=len, reverse=True))
    scales = alternation([*lexicon()["scale_words_after_number"], *lexicon()["scale_abbreviations_after_number"]])
    return re.compile(rf"(?<![\w$])({written_signs})\s?1(?![\d.,]?\d)(?!\s?(?i:{scales}|[kmb])(?![^\W\d_]))"), signs


@lru_cache(maxsize=1)
def _one_unit_quote() -> tuple[re.Pattern[str], dict[str, str]]:
    """One unit written with a sign or code that one currency alone is written with ('£1', '€ 1', 'EUR 1'), then one of
    ``one_unit_quote_joints`` ('£1: ', 'EUR 1 = ') ending the text; and the currency of each sign and code."""
    owners: dict[str, set[str]] = {}
    for code, spec in currencies().items():
        for mark in (*spec["symbols"], *spec["codes"]):
            owners.setdefault(mark, set()).add(code)
    marks = {mark: codes.pop() for mark, codes in owners.items() if len(codes) == 1}
    written = "|".join(re.escape(mark) for mark in sorted(marks, key=len, reverse=True))
    joints = alternation(_EXCHANGE_RATES["one_unit_quote_joints"])
    return re.compile(rf"(?<![\w$])({written})[ \t\u00a0]?1[ \t\u00a0]*(?:{joints})[ \t\u00a0]*\Z"), marks


def _one_unit_quoted_right_before(text: str) -> str | None:
    """The currency of one unit ``text`` ends with, joined to what follows by a quote's joint ('… new highs of £1: ',
    '(€1: '): the amount right after is that unit's price. None when ``text`` does not end so."""
    pattern, marks = _one_unit_quote()
    found = pattern.search(text, max(0, len(text) - _QUOTE_REACH))
    return marks[found.group(1)] if found else None


# how far before a figure its one unit and joint may start ('EUR 1 = ', 'S$ 1 : ')
_QUOTE_REACH = 16


def _one_unit_signed(text: str) -> set[str]:
    """The currencies ``text`` writes one unit of by their signs ('S$1 is now worth more than 100 yen')."""
    pattern, signs = _signed_one()
    return {signs[m.group(1)] for m in pattern.finditer(text)}


def _one_unit_named(text: str, tol: Tolerances) -> set[str]:
    """The non-base currencies ``text`` names as one unit ('of one Australian dollar', 'a single euro'):
    what the amounts of other currencies after it, up to the end of ``text``, are the price of. A
    currency named on its own in between ('one euro bought 1.08 dollars and the rand fell to …') starts
    a clause of its own, which the one unit does not price."""
    named = currencies_named(text, tol)
    # positions in ``text`` itself: the amount before a name is told by its capitals, which the lower-cased text has lost
    mentions = [(code, span) for code in named
                for span in find_any_in_place(text, [*currencies()[code]["words"], *currencies()[code]["codes"]])]
    found = {code for code in _one_unit_signed(text) if code != tol.exchange_rate_base}  # 'S$1 is worth …'
    for code, (start, end) in mentions:
        before = text[:start]
        if not before[-1:].isspace():
            continue
        before = f" {normalized(before)}"
        if not any(before.endswith(f" {w}") for w in _ONE_UNIT_WORDS):
            continue
        if not any(other >= end and not _AMOUNT_BEFORE.search(text[:other]) for _, (other, _end) in mentions):
            found.add(code)
    return found


def cross_rate_candidates(claim: Claim, index: ReferenceIndex, tol: Tolerances, at: int,
                          before_in_paragraph: str = "") -> list[Candidate]:
    """Candidates for a cross rate: per series holding both currencies, the claim's currency's rows
    divided by the priced currency's rows of the same period."""
    priced = cross_currency(claim, tol, at, before_in_paragraph)
    if priced is None:
        return []
    divisors = {res.name: positions for res, positions in rate_rows(index, tol, priced)}
    monthly = _monthly_cross_means(index, tol, claim.unit, priced)
    out: list[Candidate] = []
    for res, positions in rate_rows(index, tol, claim.unit):
        if res.name in divisors:
            crosses = [_cross(restamped(res, index), positions, divisors[res.name], claim.unit, priced, index)]
            # a year's average cross rate is also the mean of its months' cross rates, which the ratio of the two
            # yearly averages misses by up to a percent: both readings stand, and where they part a person decides
            averaged = _cross_of_monthly_means(restamped(res, index), positions, monthly, claim.unit, priced, index)
            crosses += [averaged] if averaged is not None else []
        else:
            # the priced currency has no rows in this series (no yearly pound rows): the year's mean of its
            # monthly rows in another series of the package stands in for the missing yearly row
            cross = _cross_by_monthly_mean(restamped(res, index), positions, priced, claim.unit, index, tol)
            if cross is None:
                continue
            crosses = [cross]
        for cross in crosses:
            kept = positions[np.isfinite(cross.values[positions])]
            if not len(kept):
                continue
            low, high = float(cross.values[kept].min()), float(cross.values[kept].max())
            # '923.7 won' beside 'won-yen' is the price of 100 yen, as that pair is quoted; '9.2 won' of one yen
            units = next((n for n in (1, _QUOTE_UNITS.get(priced, 1)) if within_named_range(claim.value, low * n, high * n, tol)), None)
            if units is None:
                continue
            if units != 1:
                cross = _per_units(cross, units, index)
            dims = {d: sorted({res.dim_values[d][c] for c in np.unique(res.dim_codes[d][kept])}) for d in res.place_dims}
            out.append(Candidate(cross, MatchMode.DIRECT, 1.0, RATE_SCORE, RATE_SCORE, kept, dims))
    return out


def cross_change_candidates(claim: Claim, index: ReferenceIndex, tol: Tolerances, at: int) -> list[Candidate]:
    """'The average won-yen rate was 996.6 won per 100 yen, 127.7 won lower than the year before': a change in units
    of a currency the sentence names before it in a pair with another non-base currency (``pair_named``), the rates
    called averages (``annual_average_words``), is a change of their cross rate — the difference of its rows, per as
    many units of the priced currency as the sentence quotes it in ('100엔당', 'per 100 yen'; ``cross_quote_units``),
    never the difference of the currency's own rate against the base."""
    if claim.kind is not Kind.change or not claim.unit or len(claim.unit) != 3 or not claim.unit.isupper() \
            or claim.unit == tol.exchange_rate_base or not written_in_full(claim) \
            or not holds_any(claim.sentence, tol.annual_average_words):
        return []
    before = claim.sentence[:max(at, 0)]
    priced = pair_named(before, claim.unit, tol)
    if priced is None or priced == tol.exchange_rate_base:
        return []
    units = _quote_units_written(before, priced)
    if units is None:
        return []  # per one unit or per a hundred: a change alone does not tell
    divisors = {res.name: positions for res, positions in rate_rows(index, tol, priced)}
    monthly = _monthly_cross_means(index, tol, claim.unit, priced)
    out: list[Candidate] = []
    for res, positions in rate_rows(index, tol, claim.unit):
        if res.name not in divisors:
            continue
        crosses = [_cross(restamped(res, index), positions, divisors[res.name], claim.unit, priced, index)]
        averaged = _cross_of_monthly_means(restamped(res, index), positions, monthly, claim.unit, priced, index)
        crosses += [averaged] if averaged is not None else []
        for cross in crosses:
            kept = positions[np.isfinite(cross.values[positions])]
            if not len(kept):
                continue
            cross = _per_units(cross, units, index) if units != 1 else cross
            dims = {d: sorted({res.dim_values[d][c] for c in np.unique(res.dim_codes[d][kept])}) for d in res.place_dims}
            out.append(Candidate(cross, MatchMode.DIFFERENCE, 1.0, RATE_SCORE, RATE_SCORE, kept, dims))
    return out


def _quote_units_written(text: str, priced: str) -> int | None:
    """How many units of ``priced`` ``text`` quotes a rate per: the ``cross_quote_units`` amount written as a figure
    right before one of the currency's words or codes ('100엔당', 'per 100 yen'), else one unit when the currency
    has no such quote; None when it has one that ``text`` does not write."""
    units = _QUOTE_UNITS.get(priced)
    if units is None:
        return 1
    spec = currencies()[priced]
    names = alternation([*spec["words"], *spec["codes"]])
    return units if re.search(rf"(?<![\d.,]){units}\s?(?i:{names})", text) else None


def _cross_of_monthly_means(res: ResourceIndex, positions: np.ndarray, means: dict[int, float], currency: str,
                            priced: str, index: ReferenceIndex) -> ResourceIndex | None:
    """``res`` (a yearly series) with each year's row of ``positions`` replaced by the mean of that year's monthly
    cross rates (``means``), the published divisor the one that gives it; None when no row is a year's or no
    year has its twelve months."""
    key = ("cross of monthly means", res.name, currency, priced)
    if key in index.mention_cache:
        return index.mention_cache[key]
    values = np.full(len(res.values), np.nan)
    divisors = np.full(len(res.values), np.nan)
    for p in positions:
        period = res.periods[int(res.period_codes[p])]
        mean = means.get(period.start.year) if period is not None and period.months == 12 and period.start.month == 1 else None
        if mean and np.isfinite(res.values[p]):
            values[p], divisors[p] = mean, res.values[p] / mean
    found = dataclasses.replace(
        res, values=values, published_values=res.values, published_divisors=divisors,
        metric=f"{res.metric} ({currency} per {priced}, the ratio of their rows month by month, over the year)") \
        if np.isfinite(values).any() else None
    index.mention_cache[key] = found
    return found


def _per_units(res: ResourceIndex, units: int, index: ReferenceIndex) -> ResourceIndex:
    """A cross rate's rows as the price of ``units`` units of the priced currency ('per 100 yen')."""
    key = ("cross per units", res.name, res.metric, units)
    if key not in index.mention_cache:
        divisors = res.published_divisors / units if res.published_divisors is not None else None
        index.mention_cache[key] = dataclasses.replace(
            res, values=res.values * units, published_divisors=divisors, metric=res.metric.replace(" per ", f" per {units} ", 1))
    return index.mention_cache[key]


def _monthly_cross_means(index: ReferenceIndex, tol: Tolerances, currency: str, priced: str) -> dict[int, float]:
    """Year → the mean over its twelve months of the monthly cross rates (``currency``'s monthly row over
    ``priced``'s), from the first monthly series holding both for every month of the year: a year's average
    cross rate, as a central bank averages its days, which the ratio of the two yearly averages misses by up
    to a percent."""
    key = ("monthly cross means", currency, priced)
    if key in index.mention_cache:
        return index.mention_cache[key]
    means: dict[int, float] = {}
    divisors = {res.name: positions for res, positions in rate_rows(index, tol, priced)}
    for res, positions in rate_rows(index, tol, currency):
        if res.name not in divisors:
            continue
        stamped = restamped(res, index)
        own, other = _by_month(stamped, positions), _by_month(stamped, divisors[res.name])
        if not own or not other:
            continue
        years = {year for year, _ in own}
        means = {year: sum(own[(year, m)] / other[(year, m)] for m in range(1, 13)) / 12 for year in years
                 if all((year, m) in own and (year, m) in other for m in range(1, 13))}
        if means:
            break
    index.mention_cache[key] = means
    return means


def _by_month(res: ResourceIndex, positions: np.ndarray) -> dict[tuple[int, int], float]:
    """(year, month) → the positive row of each month among ``positions`` of a monthly series."""
    found: dict[tuple[int, int], float] = {}
    for p in positions:
        period = res.periods[int(res.period_codes[p])]
        if period is not None and period.months == 1 and np.isfinite(res.values[p]) and res.values[p] > 0:
            found[(period.start.year, period.start.month)] = float(res.values[p])
    return found


def _cross(res: ResourceIndex, positions: np.ndarray, divisor_positions: np.ndarray, currency: str, priced: str,
           index: ReferenceIndex) -> ResourceIndex:
    """``res`` with the rows of ``positions`` divided by the rows of ``divisor_positions`` for the
    same period (the rest empty), built once per reference index."""
    key = ("cross", res.name, currency, priced)
    if key not in index.mention_cache:
        by_period = {int(res.period_codes[p]): float(res.values[p]) for p in divisor_positions}
        values = np.full(len(res.values), np.nan)
        divisors = np.full(len(res.values), np.nan)
        for p in positions:
            d = by_period.get(int(res.period_codes[p]))
            if d and np.isfinite(d) and d > 0 and np.isfinite(res.values[p]):
                values[p], divisors[p] = res.values[p] / d, d
        index.mention_cache[key] = dataclasses.replace(
            res, values=values, published_values=res.values, published_divisors=divisors,
            metric=f"{res.metric} ({currency} per {priced}, the ratio of their rows)")
    return index.mention_cache[key]


def _cross_by_monthly_mean(res: ResourceIndex, positions: np.ndarray, priced: str, currency: str,
                           index: ReferenceIndex, tol: Tolerances) -> ResourceIndex | None:
    """``res`` (a yearly series) with each row of ``positions`` divided by the mean of the priced currency's
    twelve monthly rows of its year in another series, when that series holds all twelve: the cross rate of a
    year for a currency whose yearly row the package lacks. None when ``res`` is no yearly series, or no series
    holds a whole year of the priced currency's months."""
    key = ("cross by monthly mean", res.name, currency, priced)
    if key in index.mention_cache:
        return index.mention_cache[key]
    found: ResourceIndex | None = None
    years = {int(res.period_codes[p]): res.periods[int(res.period_codes[p])] for p in positions}
    if years and all(period is not None and period.months == 12 and period.start.month == 1 for period in years.values()):
        means = _yearly_means(rate_rows(index, tol, priced), index)
        values = np.full(len(res.values), np.nan)
        divisors = np.full(len(res.values), np.nan)
        for p in positions:
            period = res.periods[int(res.period_codes[p])]
            mean = means.get(period.start.year) if period is not None else None
            if mean and np.isfinite(res.values[p]):
                values[p], divisors[p] = res.values[p] / mean, mean
        if np.isfinite(values).any():
            found = dataclasses.replace(
                res, values=values, published_values=res.values, published_divisors=divisors,
                metric=f"{res.metric} ({currency} per {priced}, the ratio of the row and the mean of the year's monthly rows)")
    index.mention_cache[key] = found
    return found


def _yearly_means(series: object, index: ReferenceIndex) -> dict[int, float]:
    """Year → the mean of a currency's twelve monthly rows of that year, from the first of ``series`` (rate
    series and their rows of the currency) that is monthly; a year short of a month has no mean."""
    for res, positions in series:  # type: ignore[attr-defined]
        stamped = restamped(res, index)
        by_month: dict[tuple[int, int], float] = {}
        for p in positions:
            period = stamped.periods[int(stamped.period_codes[p])]
            if period is None or period.months != 1 or not np.isfinite(stamped.values[p]) or stamped.values[p] <= 0:
                continue
            by_month[(period.start.year, period.start.month)] = float(stamped.values[p])
        if not by_month:
            continue
        years = {year for year, _ in by_month}
        return {year: sum(by_month[(year, m)] for m in range(1, 13)) / 12 for year in years
                if all((year, m) in by_month for m in range(1, 13))}
    return {}
