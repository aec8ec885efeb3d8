"""Exchange rates the sentence does not call one in so many words.

- 'The U.S. dollar rose to close at NT$28.508 against the Taiwan dollar': an amount of another
  currency, with the base currency named as what it prices, is the base currency's price in it.
  The base currency is named by a word of its own ('US dollar', 'USD'), or by a word it shares with
  other currencies ('dollar') where no other currency's name ('Taiwan dollar') holds it; both read
  from the currency table, not listed here.
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
from .wording import find_any, holds_any


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


def names_base(text: str, base: str) -> bool:
    """``text`` names the base currency: by a word of its own ('US dollar', 'USD'), or by a word it
    shares ('dollar') standing outside every other currency's name ('the dollar bought 140.5 yen', not
    'the Australian dollar')."""
    if holds_any(text, base_currency_words(base)):
        return True
    shared = [w for w in currencies().get(base, {}).get("words", []) if w not in base_currency_words(base)]
    spans = [m.span() for m in find_any(text, shared)]
    if not spans:
        return False
    others = [m.span() for m in find_any(text, _other_words(base))]
    return any(not any(lo <= a and b <= hi for lo, hi in others) for a, b in spans)


@cache
def _other_words(base: str) -> tuple[str, ...]:
    return tuple(w for code, spec in currencies().items() if code != base for w in spec["words"])


def prices_base(claim: Claim, tol: Tolerances) -> bool:
    """An amount of another currency quoted with decimals in a sentence that names the base currency
    (``names_base``): what one unit of the base currency costs."""
    return "." in claim.text and names_base(claim.sentence, tol.exchange_rate_base)


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
