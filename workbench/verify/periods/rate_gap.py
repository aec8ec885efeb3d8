"""A year's rate that the series' annual average misses by more than a revision or a rounding does.

Inflation and unemployment are published each month as 12-month rates and once a year as an
average. A newsroom's 'inflation was 5.3 % in 2022' is as often the December-on-December rate as the
average, and the two differ by tenths of the rate — while another agency's or an older vintage's
average of the same year misses the row by a few percent of it. So when the text does not call the
figure an average (``annual_average_words``) and the annual row misses it by more than
``rate_basis_gap`` of the row, the row is no firm ground for 'contradicted': a person decides which
rate the text gives. A near miss stays contradicted: that is the disagreement a linter must flag; so
does a figure ``rate_basis_ratio`` times the row or more, which no basis explains — unless the rate
moved that much within the year: a year whose average falls from 11.9 % to 2.5 % ends with a
December rate far below 2.5 %, so a figure off the row the way the average moved into its year, by
no more than half that move (the whole move where the office states the year December on December: a
move that starts in January ends December a whole step off the average), is a basis the data cannot rule out, whatever the ratio of two small
rates (of the row's sign: deflation against an average of inflation is no such basis). Where the year's
rate is announced December on December, a figure between the year's average and the next year's, once that
row is published, is as likely that December's rate: December stands half a year past the middle of its
year's average and half a year before the middle of the next's. Where the year's rate is announced as the
annual average (Destatis, the Swiss BFS, China's NBS), a plain year's figure is that average: a miss is a
disagreement of sources or vintages, and stays contradicted. Where the year's rate is announced December on
December, a figure its own year's average misses while a later year's meets it is read on that basis before
the year mix-up is (the series' values recur; a bound keeps the mix-up), and 'prices rose by an average of'
averages the basket, not the year's months (periods.json ``basket_average_words``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from ...config import Tolerances
from ...models import Claim, Qualifier, Verdict
from ...numbers import data_json
from .basis import annual_rate, months_of_the_whole_year, year_row_value
from ..decision import Decision, Reason
from ..observations import Observation, last_published_year, names_any, row_places, signed_value
from ..wording import holds_any


def unsaid_rate_basis(decision: Decision, claim: Claim, tol: Tolerances, as_of: dt.date) -> Decision:
    """A plain contradiction of a rate by a monthly-published series' annual row, by a gap wider than
    ``rate_basis_gap``, of a figure its sentence does not call an average → needs_review. So is a stale
    price rate whose own words name its year ('in 2019 topped 15.2 %', an older year's average 15.2): the
    writer dated the figure, so an older average that happens to match it says less than the basis
    the text leaves unsaid (``_stale_of_a_named_year``)."""
    if decision.verdict is not Verdict.contradicted or not decision.lead or claim.unit != "%" \
            or not tol.rate_basis_gap:
        return decision
    lead = decision.lead[0]
    prices = names_any(lead.candidate.resource, tol.price_measure_words)
    bases = _year_rate_bases(lead) if prices else set()
    # December on December is how those places state prices, not unemployment
    december = "december_on_december" in bases
    # where the year's rate is December's, its own year's row missing a figure it states comes first: a later
    # year's average that happens to meet it is no sign of a slipped year (the series' values recur); a bound
    # ('exceeded 1,700 %') states no office's figure, so a later year's passing it keeps the mix-up
    mixup = december and decision.reason is Reason.YEAR_MIXUP and claim.qualifier in _STATED
    if decision.reason is not Reason.CONTRADICTED and not (prices and _stale_of_a_named_year(decision, claim)) \
            and not mixup:
        return decision
    # where the annual average is how the place states a year's prices, no other basis explains the gap
    if "annual_average" in bases:
        return decision
    gap = 0.0 if december else tol.rate_basis_gap
    # a table's figure is called an average by its column's header, which its subject carries ('Inflation, average')
    # months January to December name the year's average where the office states that; where it states the
    # year December on December, they are as often its name for that (BPS's 'inflasi tahun kalender Januari
    # hingga Desember'): for a person
    if not annual_rate(lead, tol) or _called_average(claim, tol, december) \
            or (months_of_the_whole_year(claim) and not december) \
            or abs(lead.deviation) <= gap:
        return decision
    claimed = signed_value(claim)
    if not _same_order(claimed, lead.observed, tol, december) and not _within_yearly_swing(claimed, lead, december) \
            and not (december and (_toward_next_year(claimed, lead, as_of, tol)
                                   or _points_off_the_way_it_moved(claimed, lead, as_of, tol))):
        return decision
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.RATE_BASIS,
                               flags=decision.review_flags)


# a figure stated as the office's, not a bound of it
_STATED = frozenset({None, Qualifier.exact, Qualifier.approx, Qualifier.nearly})


def basis_explains(claimed: float, lead: Observation, as_of: dt.date, tol: Tolerances) -> bool:
    """Some basis of the lead row's year other than its annual average may give ``claimed``: of the row's order
    (``_same_order``), off it the way the average moved into its year (``_within_yearly_swing``) or, where the
    office states the year December on December, between it and the next year's published average."""
    december = "december_on_december" in _year_rate_bases(lead)
    return _same_order(claimed, lead.observed, tol, december) or _within_yearly_swing(claimed, lead, december) \
        or (december and (_toward_next_year(claimed, lead, as_of, tol)
                          or _points_off_the_way_it_moved(claimed, lead, as_of, tol)))


def _called_average(claim: Claim, tol: Tolerances, december: bool) -> bool:
    """The sentence, or the subject read for the figure (a table's 'Inflation, average' header), calls
    the figure an average (``annual_average_words``). Where the office states the year December on
    December, an average over the basket ('prices rose by an average of 9.98 %', periods.json
    ``basket_average_words``) is that office's year rate, not the average of its months: neither the
    sentence's phrase nor the subject 'average' read from it count."""
    sentence = claim.sentence
    basket = december and holds_any(sentence, _basket_average_words())
    if basket:
        sentence = _without(sentence, _basket_average_words())
    return holds_any(sentence, tol.annual_average_words) \
        or (not basket and holds_any(claim.subject or "", tol.annual_average_words))


def _without(text: str, phrases: tuple[str, ...]) -> str:
    """``text`` with every one of ``phrases`` (as whole words, any case) cut out."""
    pattern = _phrases_pattern(phrases)
    return text if pattern is None else pattern.sub(" ", text)


@functools.lru_cache(maxsize=8)  # one pattern per word list, not one per sentence read
def _phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """``phrases`` as whole words in any case, the longest first (then by spelling: the same pattern in every
    process); None for no phrase."""
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _basket_average_words() -> tuple[str, ...]:
    return tuple(data_json("periods.json").get("basket_average_words", []))


def _stale_of_a_named_year(decision: Decision, claim: Claim) -> bool:
    """A stale reading (the year's row misses, an older year's agrees) of a figure whose own sentence
    names its year (the caller holds it to prices, whose year's rate news gives on two bases: December
    on December and the annual average; other rates keep their stale reading). A rate series wanders
    back and forth, so some older year's average lies near most figures: that match is no sign the
    writer quoted an old figure when the writer gave the figure's year, while a December-on-December or
    12-month rate of that very year explains the gap. A figure naming no year keeps its stale reading:
    the older row is then the likeliest year it speaks of."""
    return decision.reason is Reason.STALE and bool(claim.period)


def _year_rate_bases(lead: Observation) -> set[str]:
    """How the statistics offices of the places the row names state a year's inflation (places.json
    ``year_rate_basis``, by ISO code): ``december_on_december`` (a near miss there is as likely that rate
    as another vintage), ``annual_average`` (a miss is a disagreement); empty for places on no row."""
    table = _year_rate_table()
    return {table[key] for key in row_places(lead) if key in table}


@functools.lru_cache(maxsize=1)
def _year_rate_table() -> dict[str, str]:
    return dict(data_json("places.json").get("year_rate_basis", {}))


def _within_yearly_swing(claimed: float, lead: Observation, december: bool = False) -> bool:
    """The claim is of the row's sign (prices falling where the average says rising is no basis) and
    stands off the row the way the average moved into the row's year from the year before, by at most
    half that step: a rate moving steadily is at its average mid-year and half a year's move farther
    on in December (an average falling from 11.9 % to 2.5 % leaves December below 2.5 %). Where the
    office states the year December on December (``december``), by at most the whole step: a rate flat
    through the year before that starts to move in January ends December a whole step off its average
    (12-month rates rising from 13 % to 25 % through a year average 19 %, a step of 6 from the year
    before's 13 %), and the plain year figure there is that December's rate. Only the year before: a later
    year's average says nothing a reader of the draft's day could know."""
    step = _step_into_year(lead)
    off = claimed - lead.observed
    reach = 1.0 if december else 0.5
    return claimed * lead.observed > 0 and step is not None and off * step > 0 and abs(off) <= abs(step) * reach


def _toward_next_year(claimed: float, lead: Observation, as_of: dt.date, tol: Tolerances) -> bool:
    """The claim, of the row's sign, lies between the row's annual average and the next year's, a row
    published by ``as_of``: where a December rate of a year whose rate moved stands."""
    year = lead.period.start.year + 1
    after = year_row_value(lead, year) if year <= last_published_year(as_of, tol) else None
    return after is not None and claimed * lead.observed > 0 \
        and min(lead.observed, after) <= claimed <= max(lead.observed, after)


def _points_off_the_way_it_moved(claimed: float, lead: Observation, as_of: dt.date, tol: Tolerances) -> bool:
    """Where the office states the year December on December (the caller's test): the claim stands within
    ``rate_basis_points_december`` percentage points of the row, off it the way the rate moved — into the row's year
    from the year before, else toward the next year's row published by ``as_of``. At low rates a December rate a
    point or two off its average is a large multiple of it (Bolivia's 3.12 % for 2022 against an average of 1.75,
    up from 0.74), past any ratio; against the way the rate moved, no December rate stands there. Nor further off
    than ``_DECEMBER_LEAD`` times that move: an average sits about midway between two Decembers' rates, so a
    December rate parts from its year's average by about as much as the averages moved, not by several times that."""
    off = claimed - lead.observed
    if not off or abs(off) > tol.rate_basis_points_december:
        return False
    moved = _step_into_year(lead)
    if moved is None:
        year = lead.period.start.year + 1
        after = year_row_value(lead, year) if year <= last_published_year(as_of, tol) else None
        moved = None if after is None else after - lead.observed
    return moved is not None and moved * off > 0 and abs(off) <= _DECEMBER_LEAD * abs(moved)


_DECEMBER_LEAD = 2  # how many times the averages' move a December rate may stand off its year's average


def _step_into_year(lead: Observation) -> float | None:
    """How far the series' annual average moved from the year before the lead's to the lead's year,
    in the rate's own points; None when the series has no row for the year before."""
    pos = lead.candidate.resource.position_of_row(lead.row)
    before = year_row_value(lead, lead.period.start.year - 1)
    return None if pos is None or before is None else float(lead.candidate.resource.values[pos]) - before


def _same_order(claimed: float, observed: float, tol: Tolerances, december: bool = False) -> bool:
    """Within ``rate_basis_ratio`` of each other, sizes compared: the spread between a year's average
    and its December rate; a figure several times the average is wrong on any basis. Where the office states
    the year December on December (``december``), within ``rate_basis_ratio_december``: the year's figure its
    news quotes is that December's, which parts from the average more than a month picked at random does."""
    a, b = abs(claimed), abs(observed)
    ratio = max(tol.rate_basis_ratio, tol.rate_basis_ratio_december) if december else tol.rate_basis_ratio
    return bool(a and b) and max(a / b, b / a) < ratio
