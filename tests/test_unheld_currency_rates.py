"""A figure of the exchange rate of a currency no rate series holds (``verify/fx/unheld.py``) is ``unsupported``
with the reason ``currency_not_held``, its explanation naming the currency — in any language, whatever words of its
sentence the checker leaves unread, whatever place the text names or leaves unnamed, and whatever other currency it is
quoted against. A currency the rate series hold is judged as before, and a figure its sentence gives another measure
keeps that measure's verdict.

The rate package is shaped like the Federal Reserve's yearly file (units per US dollar, invented figures) and holds
the euro, the yen, the Mexican peso and the Canadian dollar only; the consumer-price package holds Turkey. Sentences
are written as news copy writes them; 'zorbnat' and 'quelvim' are words no glossary reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package, module_package, rates_package

from workbench import units
from workbench.models import ClaimResult, Verdict

_HELD = {"Euro": 0.85, "Japan": 110.0, "Mexico": 20.3, "Canada": 1.25}


def _rates(folder: Path) -> Path:
    return rates_package(folder, {(place, year): rate * (1 + (year - 2020) / 10) for year in (2019, 2020, 2021)
                                  for place, rate in _HELD.items()})


def _turkish_prices(folder: Path) -> Path:
    return cpi_package(folder, {("Turkey", 2020): 12.3, ("Turkey", 2021): 19.6})


rates = module_package(_rates)
prices = module_package(_turkish_prices)


def _result(text: str, figure: str, packages: list[Path], date: str | None = "2022-03-01") -> ClaimResult:
    return claim_starting(claim_results(text, packages, date), figure)


@pytest.mark.parametrize("text, figure, currency", [
    # the currency's move, its verb unread: the exchange rate and the hryvnia are named, nothing else
    ("У 2021 році курс гривні zorbnat на 2,3%.", "2,3%", "Ukrainian hryvnia (UAH)"),
    # … a level of a percent in a verb-last sentence: the lira's share of its value, quoted against the dollar
    ("Geçen yıl Türk lirası dolar karşısında yüzde 18 değer zorbnat.", "yüzde 18", "Turkish lira (TRY)"),
    # the price of the euro in dirhams: the euro is held, the dirham is not, and only its rows could give the price
    ("Le cours de l'euro a atteint 10,85 dirhams marocains à la vente.", "10,85", "Moroccan dirham (MAD)"),
    # a bare figure after a pair whose other currency is held
    ("Bu sabah euro/TL kuru 19,45 seviyesinde zorbnat.", "19,45", "Turkish lira (TRY)"),
    # a day's close of a currency not held: no row of any day, so no 'another period' for a person either
    ("The naira closed at 461.5 to the dollar on Friday.", "461.5", "Nigerian naira (NGN)"),
    # the country's own currency, named by the country though another territory tenders it too
    ("The Moroccan currency depreciated by 0.4% against the euro and the dollar last week.", "0.4%",
     "Moroccan dirham (MAD)"),
    # a list of currencies' moves: each figure is the move of the currency named right before it
    ("In 2021 the Mexican peso gained 1.2%, while the Peruvian sol lost 5.16% against the dollar.", "5.16%",
     "Peruvian sol (PEN)"),
])
def test_a_rate_or_move_of_a_currency_no_series_holds_is_declined_naming_it(rates: Path, text: str, figure: str,
                                                                             currency: str) -> None:
    result = _result(text, figure, [rates])
    assert (result.verdict, result.reason) == (Verdict.unsupported, "currency_not_held"), result.explanation
    assert currency in result.explanation


@pytest.mark.parametrize("text, figure", [
    # the price of the dollar in a currency no rate series holds, the United States the one place named: its GDP rows
    # lacking the United States are no reason, the gourde's missing rates are
    ("Hier zorbnat le dollar américain quelvim à 131,42 gourdes en moyenne.", "131,42"),
    # … and in Spanish, the currency's own plural
    ("El dólar estadounidense zorbnat quelvim a 548,20 colones en promedio.", "548,20"),
    # the rouble's own move, quoted against no currency named
    ("Курс рубля zorbnat за полгода снизился на 14,6% quelvim.", "14,6%"),
    ("Over the half-year the rouble's exchange rate zorbnat fell 14.6% quelvim.", "14.6%"),
    # the dollar's move against a currency not held, named in the sentence itself
    ("Le dollar américain zorbnat 131,42 gourdes, une hausse de 1,35 % quelvim sur la veille.", "1,35 %"),
    # … or in the paragraph before, the move's sentence naming the dollar alone
    ("El dólar estadounidense zorbnat a 548,20 colones en promedio.\n\n"
     "En la semana, el dólar estadounidense quelvim zorbnat una subida del 1,72% quelvim.", "1,72%"),
])
def test_a_rate_of_a_currency_no_series_holds_is_declined_whatever_place_is_named(rates: Path,
                                                                                 kaz_rus_packages: list[Path],
                                                                                 text: str, figure: str) -> None:
    result = _result(text, figure, [*kaz_rus_packages, rates], "2022-09-01")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "currency_not_held"), result.explanation


def test_an_exchange_rate_naming_no_currency_is_its_language_s_home_currency(rates: Path) -> None:
    # 'the national currency's rate': Ukrainian copy names no currency, and every territory writing Ukrainian
    # tenders the hryvnia alone (languages.json home_currency)
    result = _result("За 2021 рік курс нацвалюти zorbnat на 4%.", "4%", [rates])
    assert (result.verdict, result.reason) == (Verdict.unsupported, "currency_not_held"), result.explanation
    assert "UAH" in result.explanation


def test_the_declined_rate_of_an_undated_draft_stays_declined_whatever_last_year_was(rates: Path) -> None:
    # no row of the lira in any year: 'last year' counted from the day of the check changes nothing
    result = _result("Geçen yıl TL dolar karşısında değerinin yüzde 44'ünü zorbnat.", "yüzde 44", [rates], date=None)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "currency_not_held"), result.explanation


@pytest.mark.parametrize("text, figure", [
    # the yen is held: its move is read from its rows (for a person, as a move of averages)
    ("In 2021 the yen's exchange rate zorbnat fell 9.1% quelvim.", "9.1%"),
    ("The Japanese currency fell 9.1% against the dollar in 2021.", "9.1%"),
    # a cross rate of two held currencies
    ("The euro weakened 9.1% against the yen in 2021.", "9.1%"),
    # the dollar's move against the peso, which the rate series hold
    ("El dólar estadounidense zorbnat a 20,15 pesos mexicanos, una subida del 1,72% quelvim en 2021.", "1,72%"),
])
def test_a_rate_of_a_held_currency_is_judged_by_its_rows(rates: Path, text: str, figure: str) -> None:
    result = _result(text, figure, [rates])
    assert result.reason != "currency_not_held", result.explanation
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_figure_its_sentence_gives_another_measure_keeps_that_measure_s_verdict(rates: Path, prices: Path) -> None:
    results = claim_results("Turkey's inflation reached 19.6% in 2021, and the lira lost 44% of its value against "
                            "the dollar.", [rates, prices], "2022-03-01")
    assert claim_starting(results, "19.6%").verdict is Verdict.supported
    lira = claim_starting(results, "44%")
    assert (lira.verdict, lira.reason) == (Verdict.unsupported, "currency_not_held"), lira.explanation


def test_a_sum_in_a_currency_no_rate_series_holds_is_no_rate(rates: Path) -> None:
    # a budget written with a scale word is no price of a currency: whatever declines it, not a missing rate
    result = _result("The Nigerian government's budget for 2022 is 17.13 trillion naira, or about $41 billion.",
                     "17.13", [rates])
    assert result.reason != "currency_not_held", result.explanation


def test_a_country_names_its_own_national_currency() -> None:
    # a country's own money is named by the country ('the Moroccan currency'); money several countries share as
    # their own (the euro) is no one country's
    assert "Moroccan currency" in units.country_currency_names()["MAD"]
    assert units.national_currencies()["IND"] == "INR"
    assert "DEU" not in units.national_currencies()
