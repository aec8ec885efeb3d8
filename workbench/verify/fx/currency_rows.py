"""A table of currencies in a layout the checker does not read: 'Currency unit | Central parity rate in yuan' over
'U.S. dollar 100 646.55' (yuan per 100 units of the row's currency). A bare figure in a row whose label names a
currency, under a line that heads the labels as currencies (``currency_column_words``), quotes that currency in
some unit the rows do not hold; and a percent in a row of a table its header or introduction calls exchange rates
('the amount of local currency units that can be exchanged for one USD' over 'Australia 1.4567 Jul / 2022 7.18 %
8.11 %') is a move of the row's rate over a span the rows may not hold. Nothing matching either says nothing of the
figure, so it is for a person, never unsupported. So is a figure quoted per many units of another currency ('20.20
USD/100 NOK', '0.71 euros per 100 yen'): the rows price one unit, and the checker does not scale them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...config import Tolerances
from ...models import Claim, ClaimResult, Verdict
from ...rules import rule_for
from ...text import surface_at
from ...units import currencies
from ..wording import holds_any
from .rates import currencies_named

if TYPE_CHECKING:
    from ...matching import ClaimContext

# the layers right above a table's row: its header line and the paragraph that introduces it
_ABOVE = ("paragraph", "heading", "previous paragraph")


def unread_currency_row(result: ClaimResult, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> ClaimResult:
    """``result`` (unsupported, nothing matched) for review when ``claim`` is a bare figure in a row naming a
    currency under a line heading the rows as currencies; else ``result`` as it is."""
    from ...extraction.exchange_rates import labels_are_currencies, names_rates_table
    from ..decision import Reason

    if result.verdict is not Verdict.unsupported or result.reason != Reason.NO_MATCH.value:
        return result
    above = [text for layer, text in ctx.basis_texts if layer in _ABOVE]
    above += [text for layer, _, text in ctx.measure_layers if layer in _ABOVE]
    if claim.unit == "%" and ctx.table_row and any(names_rates_table(text) for text in above):
        said = (" The table is one of exchange rates: a percent in its row may be a move of the row's rate over a span "
                "the rows do not hold, so a person should decide.")
    elif _quoted_per_many_units(claim, tol):
        said = (" The figure is quoted per many units of another currency, a layout the checker does not read (its rows "
                "price one unit), so a person should decide.")
    elif not claim.unit and _names_currency(claim.sentence, tol) \
            and any(_header_line(line) and labels_are_currencies(line) for text in above for line in text.splitlines()):
        said = (" The row names a currency under a line heading its rows as currencies: the figure may quote it in a "
                "layout the checker does not read (per 100 units, in another currency), so a person should decide.")
    else:
        return result
    verdict = Verdict.needs_review
    return result.model_copy(update={"verdict": verdict, "auto_verdict": verdict, "rule": rule_for(verdict, result.flags),
                                     "explanation": result.explanation.rstrip() + said})


# right after a figure: '/' or 'per', then a count of units of more than one ('/100 NOK', 'per 1,000 yen'), then the
# currency's code or word, read by currencies_named
_PER_MANY_UNITS = re.compile(r"[ \t\u00a0]*(?:/|\bper\b)[ \t\u00a0]*(?P<count>[1-9]\d{1,2}(?:[ ,.\u00a0]?000)*)[ \t\u00a0]*"
                             r"(?P<currency>[^\W\d_]+(?:[ \t\u00a0][^\W\d_]+)?)")


def _quoted_per_many_units(claim: Claim, tol: Tolerances) -> bool:
    """Whether ``claim``'s figure is written as a price of many units of another currency ('20.20 USD/100 NOK')."""
    at = surface_at(claim.sentence, claim.text)
    if at < 0:
        return False
    found = _PER_MANY_UNITS.match(claim.sentence, at + len(claim.text))
    return found is not None and bool(currencies_named(found.group("currency"), tol))


def _names_currency(sentence: str, tol: Tolerances) -> bool:
    """The row names a currency: one of the rate series' or the base one ('U.S. dollar')."""
    base = currencies().get(tol.exchange_rate_base, {})
    return bool(currencies_named(sentence, tol)) or holds_any(sentence, [*base.get("words", []), *base.get("codes", [])])


# a table's header line: a few words, none of a sentence's punctuation ('Currency unit  Central parity rate in yuan');
# not prose that happens to say 'currency' ('the local currency opened at 74.96.')
_HEADER_WORDS = 10


def _header_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _HEADER_WORDS and not any(mark in line for mark in ".,;:!?")
