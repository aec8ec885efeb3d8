"""A sum of money with its conversion in brackets right after it ('300 trillion won ($228 billion)',
'$225 million (304.2 billion won)'): the pair states the exchange rate the writer converted at, on a
day the text does not name. Rate series hold monthly or yearly averages: they neither confirm nor
refute a conversion made at one day's rate, and nothing else holds the figure — so a conversion
between the base currency and one the rate series cover goes to a person, with the rate the pair
implies beside the draft month's average (``conversion``), rather than 'no data'."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ...config import Tolerances
from ...extraction.vocabulary import QUALIFIER_OF
from ...matching import ClaimContext, ReferenceIndex
from ...models import Claim, Verdict
from ...numbers import alternation
from .rates import rate_rows, rates_held, restamped

if TYPE_CHECKING:
    from ..decision import Decision

# the conversion opens a bracket right after the sum it converts, maybe hedged ('(about $9 billion)')
_OPENS = re.compile(rf"\(\s*(?:(?:{alternation(QUALIFIER_OF)})\s*)?$", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Conversion:
    """What the explanation names: the sum converted, the implied rate, the month's average and the base."""

    sum_text: str
    currency: str
    implied: float
    average: float | None
    period: str | None
    base: str  # the currency the rates are quoted against (``exchange_rate_base``)


def converted_pair(claim: Claim, tol: Tolerances, at: int) -> Claim | None:
    """The sum ``claim`` (standing at ``at`` in its sentence) converts: the amount right before the
    bracket that opens before it, in another currency, one of the two being the base currency; else None."""
    if not claim.unit or len(claim.unit) != 3 or not claim.unit.isupper() or claim.value <= 0:
        return None
    before = claim.sentence[:at]
    opened = _OPENS.search(before) if at > 0 else None
    if opened is None:
        return None
    from ...drafts import parse_draft
    from ...errors import DraftError
    from ...extraction import extract

    head = before[:opened.start()].rstrip()
    if not head:  # the bracket opens the sentence ('(151.5 trillion roubles)'): no sum before it
        return None
    try:
        draft = parse_draft(f"{head}\n".encode(), "conversion.md")
    except DraftError:  # text the draft reader refuses (blank once decoded, opening like an archive) holds no sum
        return None
    found = [c for c in extract(draft) if c.unit and len(c.unit) == 3 and c.unit.isupper() and c.value > 0]
    if not found or not head.endswith(found[-1].text):
        return None
    other = found[-1]
    if other.unit == claim.unit or tol.exchange_rate_base not in (other.unit, claim.unit):
        return None
    return other


def conversion_review(decision: Decision, claim: Claim, ctx: ClaimContext, index: ReferenceIndex,
                      tol: Tolerances) -> Decision:
    """An unsupported conversion between the base currency and one the rate series cover: for a
    person (``conversion``), with the implied rate and the draft month's average."""
    from ..decision import Reason

    if decision.verdict is not Verdict.unsupported:
        return decision
    other = converted_pair(claim, tol, ctx.claim_offset)
    if other is None:
        return decision
    local, base = (other, claim) if claim.unit == tol.exchange_rate_base else (claim, other)
    implied = local.value / base.value
    average = period = None
    day = ctx.as_of.toordinal()
    for res, positions in rate_rows(index, tol, local.unit):
        res = restamped(res, index)
        fitting = [(int(res.period_end[res.period_codes[p]] - res.period_start[res.period_codes[p]]), int(p))
                   for p in positions if res.period_start[res.period_codes[p]] <= day <= res.period_end[res.period_codes[p]]]
        if fitting:
            _, pos = min(fitting)
            average, period = float(res.values[pos]), res.periods[res.period_codes[pos]].text  # type: ignore[union-attr]
            break
    else:
        if not rates_held(index, tol, local.unit):
            return decision  # no rate series for the currency: nothing to weigh the pair against
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.CONVERSION,
                               flags=decision.review_flags,
                               conversion=Conversion(other.text, local.unit, implied, average, period, tol.exchange_rate_base))


def explain_conversion(conversion: Conversion, claimed: str) -> str:
    """The sentence ``explain`` gives a ``conversion`` review."""
    month = (f"; the average for {conversion.period} is {conversion.average:,.4g}" if conversion.average is not None
             else "")
    from babel.numbers import get_currency_name

    base = get_currency_name(conversion.base, 1, "en")
    return (f"{claimed!r} converts {conversion.sum_text!r} at {conversion.implied:,.4g} {conversion.currency} per "
            f"{base}, a rate on a day the text does not name{month}. The rate series hold averages, which "
            f"neither confirm nor refute one day's conversion: a person should decide.")
