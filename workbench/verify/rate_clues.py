"""Exchange rates the sentence does not call one in so many words.

- 'The U.S. dollar rose to close at NT$28.508 against the Taiwan dollar': an amount of another
  currency, with the base currency named as what it prices, is the base currency's price in it.
  The base currency's own words are those no other currency's name holds ('US dollar', 'greenback',
  not 'dollar', which 'Taiwan dollar' holds), read from the currency table, not listed here.
- 'The average won-dollar exchange rate reached 1,412 won. It surpasses the 1998 average of
  1,394.97 won': a figure quoted with decimals in a currency whose amounts the sentences before it in
  its paragraph, or its heading, call exchange rates (``exchange_rate_words``) is one too.
"""

from __future__ import annotations

from functools import cache

from ..config import Tolerances
from ..matching import ClaimContext
from ..models import Claim
from ..units import currencies
from .wording import holds_any


@cache
def base_currency_words(base: str) -> tuple[str, ...]:
    """The words and codes of ``base`` that no other currency's words hold ('US dollar', 'USD')."""
    table = currencies()
    spec = table.get(base)
    if spec is None:
        return ()
    others = [w.lower() for code, s in table.items() if code != base for w in s["words"]]
    own = [w for w in spec["words"] if not any(w.lower() in other for other in others)]
    return tuple(own + list(spec["codes"]))


def prices_base(claim: Claim, tol: Tolerances) -> bool:
    """An amount of another currency quoted with decimals in a sentence that names the base currency
    by its own words: what one unit of the base currency costs."""
    return "." in claim.text and holds_any(claim.sentence, base_currency_words(tol.exchange_rate_base))


def rate_named_near(claim: Claim, tol: Tolerances, near: tuple[str, ...]) -> bool:
    """An amount quoted with decimals whose paragraph before it, or heading, names both an exchange rate
    and the amount's currency (by a word, its head noun, a code or a sign)."""
    spec = currencies().get(claim.unit or "")
    if spec is None or "." not in claim.text:
        return False
    # 'the shilling's exchange rate' names the Kenyan shilling's: a word's head noun, in either number
    heads = {w.split()[-1].lower().rstrip("s") for w in spec["words"] if w.split()[-1].isalpha()}
    names = [*spec["words"], *spec["codes"], *spec["symbols"], *heads, *(h + "s" for h in heads)]
    return any(holds_any(text, tol.exchange_rate_words) and holds_any(text, names) for text in near)


def rate_near(ctx: ClaimContext) -> tuple[str, ...]:
    """The texts ``rate_named_near`` reads: the sentences before the claim's in its paragraph, and the
    heading above it."""
    return tuple(text for layer, text in ctx.basis_texts if layer in ("paragraph", "heading"))
