"""A table of currencies in a layout the checker does not read: 'Currency unit | Central parity rate in yuan' over
'U.S. dollar 100 646.55' (yuan per 100 units of the row's currency). A bare figure in a row whose label names a
currency, under a line that heads the labels as currencies (``currency_column_words``), quotes that currency in
some unit the rows do not hold; nothing matching it says nothing of the figure, so it is for a person, never
unsupported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...config import Tolerances
from ...models import Claim, ClaimResult, Verdict
from ...rules import rule_for
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
    from ...extraction.exchange_rates import labels_are_currencies
    from ..decision import Reason

    if result.verdict is not Verdict.unsupported or result.reason != Reason.NO_MATCH.value or claim.unit:
        return result
    base = currencies().get(tol.exchange_rate_base, {})
    names_currency = bool(currencies_named(claim.sentence, tol)) \
        or holds_any(claim.sentence, [*base.get("words", []), *base.get("codes", [])])
    above = [text for layer, text in ctx.basis_texts if layer in _ABOVE]
    above += [text for layer, _, text in ctx.measure_layers if layer in _ABOVE]
    if not names_currency or not any(labels_are_currencies(line) for text in above for line in text.splitlines()):
        return result
    said = (" The row names a currency under a line heading its rows as currencies: the figure may quote it in a "
            "layout the checker does not read (per 100 units, in another currency), so a person should decide.")
    verdict = Verdict.needs_review
    return result.model_copy(update={"verdict": verdict, "auto_verdict": verdict, "rule": rule_for(verdict, result.flags),
                                     "explanation": result.explanation.rstrip() + said})
