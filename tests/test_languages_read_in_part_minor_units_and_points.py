"""Sentences of Kyrgyz, Georgian, Armenian, Tajik, Russian and Arabic copy the glossary read only in part, read
whole once their words are glossed: a som or lari quote in its minor unit ('87 сом 45 тыйын', '2.7 თეთრით') is one
amount of a currency no rate series holds, an index level in points ('112.4 نقطة') a level no package holds, a
month's change on the month named before it ('մարտի համեմատ', compared with March) a month-on-month change — each
`unsupported`, not left for review as unread words — and a Georgian rate written in words (vigesimal: 'ორმოცდაათი',
fifty) is a figure. Sentences written here; the packages hold invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, rates_package

from workbench.languages import detect, unknown_words
from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("minor_units_and_points")
    cpi = {(country, year): 4.0 + year - 2040 for country in ("Jordan", "Armenia", "Georgia", "Kyrgyz Republic")
           for year in (2040, 2041)}
    return [cpi_package(folder / "cpi", cpi),
            rates_package(folder / "fx_folder", {("Euro Area", 2041): 0.91, ("Japan", 2041): 131.0})]


@pytest.mark.parametrize(("text", "code", "claim"), [
    # a som's quote in som and tyiyn: one amount, of a currency no rate series holds
    ("Улуттук банктын маалыматка караганда, кечээки курс 87 сом 45 тыйын болчу.", "ky", "87 сом 45 тыйын"),
    # the lari's move in tetri, its hundredth
    ("ლარი დოლართან 2.7 თეთრით გაუფასურდა.", "ka", "2.7 თეთრით"),
    # a consumer-price index's level in points: the packages hold its yearly change, never its level
    ("سجل الرقم القياسي لأسعار المستهلكين في الأردن 112.4 نقطة في عام 2041.", "ar", "112.4 نقطة"),
])
def test_a_figure_beyond_every_package_read_whole_is_unsupported(packages: list[Path], text: str, code: str,
                                                                  claim: str) -> None:
    assert detect(text) == code
    result = claim_results(text, packages, "2042-03-01")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_som_quote_in_som_and_tyiyn_is_one_amount(packages: list[Path]) -> None:
    result = claim_results("Улуттук банктын маалыматка караганда, кечээки курс 87 сом 45 тыйын болчу.", packages,
                           "2042-03-01")["87 сом 45 тыйын"]
    assert (result.claim.value, result.claim.unit) == (87.45, "KGS")


def test_a_month_compared_with_the_month_named_before_it_is_a_month_on_month_change(packages: list[Path]) -> None:
    text = "2041թ. ապրիլին մարտի համեմատ Հայաստանում արձանագրվել է 0.3% գնաճ:"
    result = claim_results(text, packages, "2042-03-01")["0.3%"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


@pytest.mark.parametrize(("words", "value"), [
    ("შვიდი პროცენტი", 7.0),
    ("ოცდაცამეტი პროცენტი", 33.0),  # a score and thirteen
    ("ორმოცდაათი პროცენტი", 50.0),  # two scores and ten
    ("ოთხმოცდათექვსმეტი პროცენტი", 96.0),  # four scores and sixteen
])
def test_a_georgian_rate_in_words_is_a_figure(packages: list[Path], words: str, value: float) -> None:
    results = claim_results(f"საქართველოში წლიური ინფლაცია ისევ {words}ა.", packages, "2042-03-01")
    assert [r.claim.value for r in results.values()] == [value], list(results)


@pytest.mark.parametrize(("text", "code"), [
    ("Ба иттилои БМТ, дар давоми соли ҷорӣ қурби доллар ба андозаи 4% боло рафт.", "tg"),
    ("Наибольшее снижение цен зафиксировано в столице.", "ru"),
    ("Մայիսին սպառողական շուկայում արձանագրվել է գնանկում, հիմնականում պարենային ապրանքների գնանկման արդյունքում:",
     "hy"),
    ("وزارة التخطيط تكشف اليوم الخميس بأن الأرقام القياسية الصادرة عن مصلحة الإحصاء والتعداد ارتفعت 3 نقاط.", "ar"),
])
def test_news_words_of_a_language_are_read(text: str, code: str) -> None:
    assert detect(text) == code
    assert unknown_words(text, code) == []
