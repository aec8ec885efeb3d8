"""Inflation and price wordings of Balkan, Central European and Malay copy, read through their English glosses
(workbench/data/languages.json), so a figure is judged as its English twin is rather than sent to review as
words the checker could not read:

- Serbian, Croatian and Bosnian 'prosječan/prosečan nivo cijena … bio je viši … u odnosu na prosjek' (the average
  price level was higher than the average of the year before): the year's average inflation the row holds;
- Albanian 'duke arritur në' (reaching) and Macedonian 'објави дека' (announced that), 'регистрираниот месечен раст'
  (the registered monthly growth): every word read, a year the data does not hold is ``unsupported``, a month's
  change ``month_on_month``;
- Slovak 'podľa európskej harmonizovanej metodiky' (by the European harmonised methodology) and 'harmonizované indexy
  spotrebiteľských cien' (the harmonised indices): the HICP, a series no package holds (``other_series``);
  'v medzimesačnom porovnaní' (in a month-on-month comparison): a month's change;
- Slovenian months in the locative ('v oktobru', 'v marcu', 'v januarju'), read as the month;
- Malay 'susut nilai', 'penyusutan' (depreciation), 'mengalami' (experienced): words the glossary knows.
The package is shaped like the World Bank's consumer-price file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from package_support import claim_results, cpi_package

from workbench.languages import glossed_in, unknown_words
from workbench.models import ClaimResult, Verdict

_ROWS = {("Serbia", 2018): 2.0, ("Serbia", 2019): 1.9, ("Bosnia and Herzegovina", 2019): 0.6,
         ("Albania", 2019): 1.4, ("North Macedonia", 2019): 0.8, ("Slovak Republic", 2019): 2.7,
         ("Slovenia", 2019): 1.6}


def _result(text: str, figure: str, date: str, tmp_path: Path) -> ClaimResult:
    results = claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date=date)
    return next(result for claim, result in results.items() if claim.startswith(figure))


@pytest.mark.parametrize("text", [
    "Prosečan nivo cena u Srbiji u 2019. godini bio je viši za 1,9% u odnosu na prosek iz 2018. godine.",
    "Prosječan nivo cijena u Srbiji u 2019. godini bio je viši za 1,9% u odnosu na prosjek iz 2018. godine.",
])
def test_the_average_price_level_against_the_year_before_is_the_years_inflation(tmp_path: Path, text: str) -> None:
    result = _result(text, "1,9%", "2020-02-14", tmp_path)
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].period, result.evidence[0].value) == ("2019", 1.9), result.explanation


@pytest.mark.parametrize(("text", "figure", "date"), [
    ("Inflacioni në Shqipëri u rrit gjatë muajit mars, duke arritur në 2.1%.", "2.1%", "2021-04-09"),
    ("Државниот завод за статистика објави дека годишната инфлација во Македонија во 2020 година изнесува 1,2%.",
     "1,2%", "2021-01-15"),
])
def test_a_year_the_data_does_not_hold_is_unsupported_once_every_word_is_read(tmp_path: Path, text: str, figure: str,
                                                                             date: str) -> None:
    result = _result(text, figure, date, tmp_path)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason != "unknown_language_words", result.explanation


@pytest.mark.parametrize(("text", "figure", "date"), [
    ("Во Македонија во јули 2019 година регистрираниот месечен раст на цените од 0,3 отсто е поради скокот на "
     "цените на превозот.", "0,3 отсто", "2019-08-09"),
    ("V medzimesačnom porovnaní v októbri 2019 ceny na Slovensku vzrástli o 0,2 %.", "0,2 %", "2019-11-14"),
])
def test_a_registered_monthly_growth_or_a_month_on_month_comparison_is_a_months_change(
        tmp_path: Path, text: str, figure: str, date: str) -> None:
    result = _result(text, figure, date, tmp_path)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "month_on_month", result.explanation


@pytest.mark.parametrize("text", [
    "Spotrebiteľské ceny na Slovensku v októbri 2019 podľa európskej harmonizovanej metodiky medziročne vzrástli "
    "o 3,1 %.",
    "Harmonizované indexy spotrebiteľských cien na Slovensku v októbri 2019 medziročne vzrástli o 3,1 %.",
])
def test_the_european_harmonised_methodology_is_the_hicp_no_package_holds(tmp_path: Path, text: str) -> None:
    result = _result(text, "3,1 %", "2019-11-14", tmp_path)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series", result.explanation


@pytest.mark.parametrize(("slovenian", "month"), [
    ("v oktobru", "October"), ("v decembru", "December"), ("v marcu", "March"), ("v januarju", "January"),
    ("v aprilu", "April"),
])
def test_a_slovenian_month_in_the_locative_is_the_month(slovenian: str, month: str) -> None:
    assert f"in {month}" in glossed_in(f"Cene so se {slovenian} 2019 zvišale.", "sl")


def test_malay_words_of_a_currencys_depreciation_are_known() -> None:
    sentence = "Pada 2019, ringgit mengalami susut nilai yang kecil, kurang ketara berbanding penyusutan tahun lalu."
    assert unknown_words(sentence, "id") == []


def test_the_national_methodology_beside_the_harmonised_one_is_the_national_index(tmp_path: Path) -> None:
    # 'podľa národnej metodiky' names Slovakia's own CPI, the series the row holds: the harmonised index of the
    # sentence before is not carried onto it
    text = ("Spotrebiteľské ceny na Slovensku v roku 2019 podľa európskej harmonizovanej metodiky vzrástli o 2,8 %. "
            "Podľa národnej metodiky ceny v roku 2019 rástli o 2,7 %.")
    result = _result(text, "2,7 %", "2020-01-15", tmp_path)
    assert result.verdict is Verdict.supported, result.explanation
