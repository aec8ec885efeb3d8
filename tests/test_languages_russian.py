"""Drafts in Russian get the verdicts an English draft gets: population and GDP sentences read through
the Russian glossary (``workbench/data/languages.json``), and a figure whose Russian words name nothing
the checker knows is for review, never flagged as unsupported. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_support import extracted_claims
from package_support import carbon_package, claim_results, population_and_gdp

from workbench.languages import detect
from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2021): 19_010_000, ("Kazakhstan", 2022): 19_300_000,
              ("Russian Federation", 2020): 146_000_000, ("Russian Federation", 2021): 145_500_000,
              ("Russian Federation", 2022): 145_000_000}
GDP = {("Kazakhstan", 2022): 220_000_000_000, ("Russian Federation", 2022): 2_200_000_000_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


def test_a_russian_paragraph_is_told_from_english() -> None:
    assert detect("По данным Росстата, численность населения России на начало года составила 146 млн человек.") == "ru"
    assert detect("Russia's population was 146 million at the start of the year, Rosstat said.") == "en"


@pytest.mark.parametrize(("sentence", "claim", "verdict", "period"), [
    ("По данным бюро, численность населения Казахстана в 2022 году составила 19,3 миллиона человек.",
     "19,3 миллиона", Verdict.supported, "2022"),
    ("Население России в 2021 году составило 147,9 млн человек, сообщили в ведомстве.",
     "147,9 млн", Verdict.contradicted, "2021"),
    ("ВВП Казахстана по итогам 2022 года составил 220 млрд долларов.", "220 млрд долларов", Verdict.supported, "2022"),
])
def test_population_and_gdp_in_russian(packages: list[Path], sentence: str, claim: str, verdict: Verdict,
                                       period: str) -> None:
    results = claim_results(sentence, packages)
    [result] = [r for t, r in results.items() if claim in t]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == period


def test_a_count_on_the_first_of_january_is_not_the_mid_year_row(packages: list[Path]) -> None:
    results = claim_results("Численность населения Казахстана на 1 января 2022 года составила 19 миллионов "
                            "300 тысяч человек.", packages)
    [result] = results.values()
    assert result.verdict is Verdict.needs_review, result.explanation


def test_russian_words_the_checker_does_not_know_are_for_review(packages: list[Path]) -> None:
    results = claim_results("Число зарегистрированных браков в Казахстане в 2022 году составило 95 тысяч.", packages)
    [result] = results.values()
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize(("sentence", "claim", "verdict", "period"), [
    # 'тыс.' with its dot inside a sentence that goes on: '$9,99 thousand in Kazakhstan', per capita
    ("ВВП Казахстана на душу населения в 2022 году составил около 11,4 тыс. долларов, сообщили в бюро.",
     "11,4 тыс. долларов", Verdict.supported, "2022"),
    # 'сократилось на' is 'fell by': the change over the year, not the level
    ("В 2021 году население России сократилось на 500 тысяч человек.", "500 тысяч", Verdict.supported, "2021"),
    # 'с … до' before figures is 'from … to': the first figure is the earlier year's, and judged by its row
    ("Население Казахстана выросло с 18 млн в 2021 году до 19,3 млн в 2022 году.", "18 млн", Verdict.contradicted,
     "2021"),
])
def test_russian_scale_change_and_span_words(packages: list[Path], sentence: str, claim: str, verdict: Verdict,
                                              period: str) -> None:
    results = claim_results(sentence, packages)
    [result] = [r for t, r in results.items() if t.startswith(claim)]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == period, result.evidence[0]


def test_a_measure_in_the_heading_and_a_dropped_year_word(packages: list[Path]) -> None:
    """'в 2022 году (…)': 'году' is dropped with one of its spaces, so the bracketed figures read as the
    English '… in 2022 (…)' does, per capita from the heading."""
    text = ("# Казахстан и Россия: ВВП на душу населения\n\n"
            "Казахстан по этому показателю отставал от России в 2022 году ($11,4 тыс. у Казахстана против $15,2 тыс. у РФ).")
    results = claim_results(text, packages)
    for claim in ("$11,4 тыс.", "$15,2 тыс."):
        [result] = [r for t, r in results.items() if t.startswith(claim)]
        assert result.verdict is Verdict.supported, result.explanation
        assert "population" in result.explanation.lower(), result.explanation  # GDP ÷ population


def test_a_russian_city_is_its_own_place(packages: list[Path]) -> None:
    """'Москвы' is Moscow, a city: Russia's row (the place of the heading) neither confirms nor refutes it."""
    text = "# Население России\n\nЧисленность населения Москвы в 2021 году составила 13,1 млн человек."
    [result] = claim_results(text, packages).values()
    assert result.verdict is Verdict.unsupported and result.reason == "place_not_covered", result.explanation
    assert "Moscow" in result.explanation


def test_people_living_somewhere_imply_the_population_as_in_english(packages: list[Path]) -> None:
    """'В Казахстане проживали 19,3 млн человек' reads as '19.3 million people lived in Kazakhstan': the
    population is implied, not named — supported where it agrees with the year's row, as in English, else
    for a person to confirm, never flagged as matching nothing."""
    [result] = claim_results("В Казахстане в 2022 году проживали 19,3 млн человек.", packages).values()
    assert result.verdict is Verdict.supported, result.explanation
    [result] = claim_results("В Казахстане в 2022 году проживали 21,7 млн человек.", packages).values()
    assert result.verdict is Verdict.needs_review and result.reason == "measure_implied", result.explanation


def test_a_count_said_of_today_is_not_last_year_s_row(packages: list[Path]) -> None:
    """'На сегодняшний день … почти 19 млн' is today's count, as 'today nearly 19 million' is: not judged by
    the last complete year's row."""
    results = claim_results("На сегодняшний день в Казахстане живут почти 19 млн человек, сообщает бюро.", packages,
                            date="2022-12-20")
    [result] = results.values()
    assert result.verdict is Verdict.needs_review, result.explanation


def test_times_in_russian_is_a_multiple(packages: list[Path]) -> None:
    """'в семь раз больше, чем …' is 'seven times more than …': a multiple comparing two places, for a person."""
    results = claim_results("Население России в 2022 году было примерно в семь раз больше, чем население Казахстана.",
                            packages)
    [result] = results.values()
    assert result.verdict is Verdict.needs_review and result.reason == "place_ratio", result.explanation


CPI_KZ = {("Kazakhstan", 2021): 8.0, ("Kazakhstan", 2022): 15.0}


@pytest.fixture()
def cpi(tmp_path: Path) -> list[Path]:
    from package_support import publisher_package
    return [publisher_package(tmp_path / "cpi", "cpi", "Inflation, consumer prices (annual %)", "Inflation", CPI_KZ)]


@pytest.mark.parametrize(("sentence", "claim"), [
    ("В Казахстане годовая инфляция в октябре 2022 года ускорилась до 18,2%.", "18,2%"),
    ("Годовая инфляция в Казахстане в мае 2022 года замедлилась, составив 13,5% (в апреле – 13,9%).", "13,9%"),
    ("В Казахстане в декабре 2021 года годовая инфляция составила 8,4%.", "8,4%"),
])
def test_a_month_in_the_prepositional_case_dates_a_monthly_rate(cpi: list[Path], sentence: str, claim: str) -> None:
    """'в октябре' (in October) is a month: its 12-month rate is no annual average to flag."""
    [result] = [r for t, r in claim_results(sentence, cpi).items() if t == claim]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period", result.explanation


def test_a_word_of_a_known_phrase_is_not_called_unknown() -> None:
    """'по итогам' (for, as a result of) is in the glossary: 'итогам' is no word the reviewer must read."""
    from workbench.languages import unknown_words
    words = unknown_words("По итогам 2023 года ВВП страны составил 250 млрд долларов, сообщил министр.", "ru")
    assert "итогам" not in words
    assert unknown_words("Прогноз на уровне 80 рублей озвучил губернатор.", "ru") == ["озвучил", "губернатор"]


@pytest.mark.parametrize(("sentence", "claim", "verdict"), [
    ("За 2022 год потребительские цены в Казахстане выросли на 15 %.", "15 %", Verdict.supported),
    # a figure no December-on-December basis explains (beyond the year's and the next year's averages)
    ("В 2021 году потребительские цены в Казахстане выросли на 20 %.", "20 %", Verdict.contradicted),
    # 'по итогам года' is how CIS copy gives the year's December-on-December rate: another period
    ("По итогам 2021 года потребительские цены в Казахстане выросли на 11 %.", "11 %", Verdict.needs_review),
])
def test_consumer_prices_in_russian_are_the_cpi(cpi: list[Path], sentence: str, claim: str, verdict: Verdict) -> None:
    """'потребительские цены' (consumer prices) names the CPI: a year's rise is judged, not left unread."""
    [result] = [r for t, r in claim_results(sentence, cpi).items() if t == claim]
    assert result.verdict is verdict, result.explanation



def test_russian_ranking_words_and_a_hyphenated_rank_are_read(packages: list[Path], tmp_path: Path) -> None:
    # other countries' growth once the ranking's words are read: a package holds Mexico and Turkey (for carbon), none
    # their growth; '12-е' (12th) is a rank, no figure of its own
    with_carbon = [*packages, carbon_package(tmp_path / "co2", {("MEXICO", 2022): 120_000, ("TURKEY", 2022): 110_000})]
    text = ("В результате в рейтинге размера экономик Россия опустилась с восьмого места на 12-е, пропустив вперед "
            "Мексику и Турцию, хотя они в прошлом году росли медленнее: 3,2% и 4,5% соответственно.")
    results = claim_results(text, with_carbon, date="2024-03-01")
    assert sorted(results) == ["3,2%", "4,5%"]
    for result in results.values():
        assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation


def test_a_share_of_world_gdp_in_russian_is_read_whatever_the_year_ending(packages: list[Path]) -> None:
    # no package holds a world total, whichever year's ending ('2022-го') is written
    text = ("По итогам 2023 года доля российского ВВП в общемировом ВВП опустится до 1,8% по сравнению с 1,9% по "
            "итогам 2022-го.")
    for figure in ("1,8%", "1,9%"):
        [result] = [r for t, r in claim_results(text, packages).items() if t.startswith(figure)]
        assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation


@pytest.mark.parametrize(("text", "surface", "value"), [
    # Russian and Ukrainian write no article: a scale word with no count before it is one of it
    ("За 2041 год население выросло почти на миллион человек.", "миллион", 1e6),
    ("На ремонт дорог ушло более миллиарда рублей.", "миллиарда", 1e9),
    ("За рік населення зменшилося на мільйон осіб.", "мільйон", 1e6),
    # a count before it, in figures or words, is the count it scales
    ("Население выросло на 1,5 миллиона человек.", "1,5 миллиона", 1.5e6),
    ("Население выросло на два с половиной миллиона человек.", "два с половиной миллиона", 2.5e6),
    ("Население выросло на полтора миллиона человек.", "полтора миллиона", 1.5e6),
])
def test_a_scale_word_with_no_count_before_it_is_one_of_it(tmp_path: Path, text: str, surface: str, value: float) -> None:
    claims = extracted_claims(tmp_path, text)
    found = {s: v for s, (v, _, _) in claims.items() if surface in s or s in surface}
    assert found and all(v == pytest.approx(value) for v in found.values()), claims
