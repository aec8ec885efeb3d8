"""Exchange rates the sentence does not call one in so many words.

- 'The U.S. dollar rose to close at NT$28.508 against the Taiwan dollar': an amount of another
  currency, with the base currency named as what it prices, is the base currency's price in it.
  The base currency is named by a word of its own ('US dollar', 'USD'), or by a word it shares with
  other currencies ('dollar') where no other currency's name ('Taiwan dollar') holds it; both read
  from the currency table, not listed here.
- 'The average won-dollar exchange rate reached 1,412 won. It surpasses the 1998 average of
  1,394.97 won': a figure quoted with decimals in a currency whose amounts the sentences before it in
  its paragraph, or its heading, call exchange rates (``exchange_rate_words``) is one too.
- 'The exchange rate in 2022 was $20.1957' beside Mexico: an exchange rate against the dollar is
  no amount of dollars; a bare '$' is the sign the named place writes its own currency with.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ...config import Tolerances
from ...matching import ADDRESS_LAYER, ClaimContext
from ...models import Claim, Verdict
from ...numbers import data_json
from ...places import is_marker, marker
from ...text import surface_at
from ...units import currencies, written_with_decimals
from ..wording import find_any, holds_any

if TYPE_CHECKING:
    from ..decision import Decision


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
    return written_with_decimals(claim.text) and (names_base(claim.sentence, tol.exchange_rate_base)
                                                  or per_base_sign(claim, tol.exchange_rate_base))


def per_base_sign(claim: Claim, base: str) -> bool:
    """'R15.25/$', 'Rs 300/US$': the amount is written per the base currency's sign, a slash between —
    the price of one unit of the base, though no word names it."""
    at = surface_at(claim.sentence, claim.text)
    if at < 0:
        return False
    after = claim.sentence[at + len(claim.text):]
    signs = sorted(currencies().get(base, {}).get("symbols", []), key=len, reverse=True)
    return any(re.match(rf"\s*/\s*{re.escape(sign)}(?![\w$])", after) for sign in signs)


def rate_named_near(claim: Claim, tol: Tolerances, near: tuple[str, ...]) -> bool:
    """An amount quoted with decimals whose paragraph before it, or heading, names both an exchange rate
    and the amount's currency (by a word, its head noun, a code or a sign)."""
    names = _currency_names(claim.unit or "")
    if not names or not written_with_decimals(claim.text):
        return False
    # 'the local currency's performance against the dollar', then 'closer to R18.30': the words for a
    # place's own money name the currency the amount is written in
    names = (*names, *local_currency_words())
    return any(holds_any(text, tol.exchange_rate_words) and holds_any(text, names) for text in near)


@cache
def local_currency_words() -> tuple[str, ...]:
    """Words for a place's own money ('the local currency', 'the local unit'): currencies.json local_currency_words."""
    return tuple(data_json("currencies.json")["exchange_rates"].get("local_currency_words", []))


@cache  # one entry per currency code
def _currency_names(code: str) -> tuple[str, ...]:
    """Every way a text names the currency ``code``; empty for no currency."""
    spec = currencies().get(code)
    if spec is None:
        return ()
    # 'the shilling's exchange rate' names the Kenyan shilling's: a word's head noun, in either number
    heads = sorted({w.split()[-1].lower().rstrip("s") for w in spec["words"] if w.split()[-1].isalpha()})
    return (*spec["words"], *spec["codes"], *spec["symbols"], *heads, *(h + "s" for h in heads))


def rate_near(ctx: ClaimContext) -> tuple[str, ...]:
    """The texts ``rate_named_near`` reads: the sentences before the claim's in its paragraph, the heading
    above it, and the nearest paragraph before its own — the lead a list of rates opens with ('the exchange
    rate of the dollar and the yen over the years' above '1990 144.8 yen')."""
    own = tuple(text for layer, text in ctx.basis_texts if layer in ("paragraph", "heading"))
    lead = next((text for layer, text in ctx.basis_texts if layer == "previous paragraph"), None)
    return own if lead is None else (*own, lead)


def rate_earlier(ctx: ClaimContext) -> tuple[str, ...]:
    """The text before the claim, nearest first: ``rate_near``'s, then farther text (earlier paragraphs, the
    title), the page's address aside. A currency pair named there ('During 2022, the SEK to USD rate …')
    says what the bare figures of the paragraph after it price, as it does for the reading of their unit."""
    return rate_near(ctx) + tuple(text for layer, _, text in ctx.measure_layers if layer != ADDRESS_LAYER)


_BARE_DOLLAR = re.compile(r"(?<![^\W\d_])\$")  # '$20.19', not 'US$20.19' nor 'NT$20.19'


def local_dollar(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """'The exchange rate in 2022 was $20.1957 MN' after a sentence on Mexico: an amount the sentence
    calls an exchange rate against the base currency cannot be in the base currency itself; written
    with a bare '$', it is in the currency that a place its sentence or paragraph names writes with
    '$' at home (the peso in Mexico, CLDR through babel). The one such currency, else None."""
    if claim.unit != tol.exchange_rate_base or not _BARE_DOLLAR.search(claim.text) \
            or not holds_any(claim.sentence, tol.exchange_rate_words):
        return None
    words = ctx.sentence.union(*(w for layer, w in ctx.layers if layer == "paragraph"))
    named = {w[len(marker("")):] for w in words if is_marker(w)}
    found = {code for key in sorted(named) for code in _home_dollars(key) if code != tol.exchange_rate_base}
    return found.pop() if len(found) == 1 else None


@cache
def _home_dollars(key: str) -> tuple[str, ...]:
    """The legal tenders of the place with ``key`` (ISO alpha-3) that its first official language writes
    with a bare '$' (CLDR through babel); read for the places a text names only."""
    import pycountry
    from babel.core import Locale, UnknownLocaleError, get_global

    country = pycountry.countries.get(alpha_3=key)
    if country is None:
        return ()
    territory = country.alpha_2
    spoken = sorted(get_global("territory_languages").get(territory, {}).items(),
                    key=lambda kv: -kv[1].get("population_percent", 0))
    language = next((lang for lang, info in spoken if info.get("official_status")), None)
    if language is None:
        return ()
    try:
        symbols = Locale.parse(f"{language}_{territory}").currency_symbols
    except (UnknownLocaleError, ValueError):
        return ()
    return tuple(code for code, _start, end, tender in get_global("territory_currencies").get(territory, ())
                 if end is None and tender and symbols.get(code) == "$")


def with_local_dollar(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """The claim read in the local currency ``local_dollar`` finds, else as it is."""
    code = local_dollar(claim, ctx, tol)
    return claim.model_copy(update={"unit": code}) if code else claim


def local_dollar_review(decision: Decision, claim: Claim, judged: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A rate read in a currency the text only signs with '$' is judged on a guess of that currency:
    agreeing or not, for a person (``currency_unsure``). A '$' price of a currency the text names
    ('the euro at $1.08') is no guess."""
    from ..decision import Reason

    if claim.unit != tol.exchange_rate_base or judged.unit == claim.unit or not decision.lead \
            or decision.verdict not in (Verdict.supported, Verdict.contradicted) \
            or local_dollar(claim, ctx, tol) != judged.unit:
        return decision
    return decision.for_review(Reason.CURRENCY_UNSURE, series=judged.unit)


# 'AUD/USD', 'NOK to USD', 'EUR-USD': two ISO 4217 codes, the priced currency first
_PAIR = re.compile(r"(?<![A-Za-z])([A-Z]{3})\s*(?:/|-|\bto\b)\s*([A-Z]{3})(?![A-Za-z])")


def base_priced_currencies(texts: tuple[str, ...], tol: Tolerances) -> set[str]:
    """The currencies a currency pair in ``texts`` prices in the base currency ('AUD/USD traded at
    0.6530', 'the NOK to USD rate': US dollars per unit of the first), read from the ISO 4217 codes
    the currency table knows. A pair the other way round ('USD/THB') prices the base currency, as the
    rate rows do, and names none here."""
    table = currencies()
    found: set[str] = set()
    for text in texts:
        for priced, quote in _PAIR.findall(text):
            if quote == tol.exchange_rate_base and priced != quote and priced in table:
                found.add(priced)
    return found


def unnamed_currency_review(decision: Decision, judged: Claim, tol: Tolerances) -> Decision:
    """'The domestic unit finally settled at 75.10 against the greenback', with no currency named in any
    text the checker reads: a price of some currency in the base one, which no row can be found for
    because nothing says whose — for a person (``currency_unnamed``), not 'nothing matches'. A figure
    with no decimals ('the 2 to the dollar bill') is no quoted rate."""
    from ...extraction.exchange_rates import base_quoted_after, without_quoted_bases
    from ..decision import Reason
    from .rates import currencies_named

    if decision.reason is not Reason.NO_MATCH or judged.unit or not written_with_decimals(judged.text):
        return decision
    if currencies_named(without_quoted_bases(judged.sentence), tol):
        return decision  # 'the yuan and the yen moved to 6.7391 against the dollar': named, but which one
    at = surface_at(judged.sentence, judged.text)
    if at < 0 or base_quoted_after(judged.sentence, at + len(judged.text)) != tol.exchange_rate_base:
        return decision
    return decision.for_review(Reason.CURRENCY_UNNAMED, series=tol.exchange_rate_base)
