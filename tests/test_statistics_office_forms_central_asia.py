"""Forms a statistics office and its press write every day in Russian and Central Asia's languages.

- A price index as a percent of its base period with the base in a parenthesis right after it, the months in
  their Kyrgyz cases ('индекси 103,4 пайызды (2021-жылдын июлу өткөн жылдын декабрына карата)': July on the
  December before, 103.4 % of it) is a change of 3.4 % over part of a year, not a rate of 103.4 %: no
  contradiction of the year's average rate.
- A forecast of the year's end in Kyrgyz ('жылдын аягында 7% чейин … болжолдоду') is a projected December rate,
  no contradiction of the year's average.
- The tenge written 'тг' / 'тг.' in Russian prices and rates is the tenge: a currency no rate series of the
  package holds, unsupported rather than sent to review for words the checker cannot read.
- A month's change said in the language's own words (Russian 'за месяц', 'месячная инфляция', Cyrillic Uzbek
  'ойлик инфляция', Kyrgyz 'бир айда') is a change over one month, a series no package holds (unsupported).

The package is World Bank-shaped, figures invented; the sentences are the test's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, rates_package

from workbench.models import Verdict

ROWS = {("Kyrgyz Republic", 2021): 11.9, ("Russian Federation", 2022): 13.8, ("Uzbekistan", 2022): 11.4,
        ("Kazakhstan", 2022): 15.0}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


def test_an_index_with_its_base_in_a_parenthesis_is_the_rise_over_the_base(cpi: Path) -> None:
    found = claim_results("2021-жылы Кыргызстанда керектөөчү баалардын индекси 111,9 пайызды (өткөн жылга "
                          "салыштырмалуу) түзгөн.", [cpi], "2022-02-20")
    assert found["111,9 пайызды"].verdict is Verdict.supported


def test_an_index_of_a_month_on_the_december_before_is_no_rate_of_its_figure(cpi: Path) -> None:
    found = claim_results("Кыргызстанда керектөөчү баалардын индекси 103,4 пайызды (2021-жылдын июлу өткөн жылдын "
                          "декабрына карата) түзгөн.", [cpi], None)
    assert found["103,4 пайызды"].verdict is not Verdict.contradicted


def test_an_english_index_with_its_base_in_a_parenthesis_is_the_rise_over_its_base(cpi: Path) -> None:
    found = claim_results("In 2021 the consumer price index of the Kyrgyz Republic was 111.9 % (compared with the "
                          "same period of the previous year).", [cpi], "2022-02-20")
    assert found["111.9 %"].verdict is Verdict.supported


@pytest.mark.parametrize("text, figure", [
    ("В России в октябре 2022 года цены за месяц выросли на 0,2%, сообщил Росстат.", "0,2%"),
    ("Месячная инфляция в России в октябре 2022 года составила 0,2%.", "0,2%"),
    ("Ўзбекистонда 2022 йил октябрь ойида ойлик инфляция 0,9 фоизни ташкил этди.", "0,9 фоизни"),
    ("Кыргызстанда 2021-жылы октябрда баалар бир айда 1,1% өстү.", "1,1%"),
])
def test_a_months_change_in_the_languages_own_words_is_month_on_month(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2022-11-10")
    assert (found[figure].verdict, found[figure].reason) == (Verdict.unsupported, "month_on_month")


def test_a_forecast_of_the_years_end_in_kyrgyz_is_no_contradiction(cpi: Path) -> None:
    found = claim_results("Кыргызстандын Улуттук банкы 2021-жылдын мартында баалардын өсүшү басаңдайт деп болжолдоп, "
                          "инфляция жылдын аягында 8% чейин төмөндөй турганын билдирген.", [cpi], None)
    assert found["8%"].verdict is not Verdict.contradicted


@pytest.mark.parametrize("text, figure", [
    ("По данным Нацбанка, официальный курс доллара сейчас составляет 471,20 тг.", "471,20 тг"),
    ("В начале года один рубль стоил 5,87 тг.", "5,87 тг"),
])
def test_the_tenge_written_short_in_russian_is_a_currency_no_series_holds(tmp_path: Path, text: str, figure: str) -> None:
    fx = rates_package(tmp_path, {("Japan", 2023): 140.5, ("Euro Area", 2023): 0.92})
    found = claim_results(text, [fx], "2023-06-30")
    assert found[figure].verdict is Verdict.unsupported
