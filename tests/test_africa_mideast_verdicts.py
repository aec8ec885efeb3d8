"""Classes met in African and Middle Eastern newsrooms' copy (explore set fresh_k):

- a rate called the record of a span counted in months ('a seven-month high', 'the lowest in 14
  months') is a month's reading: against annual averages it is another period, not a contradiction,
  even where the text names no year;
- Turkish 'aylık bazda' (month on month), 'yıllık bazda' (year on year) and a month with its locative
  ending ('ağustosta', in August) are read through their glosses;
- Arabic inflation copy (the rate, the consumer price index, its bases, short country names and
  adjectives, 'since the beginning of the year') is read through its glosses;
- French, Portuguese and Spanish verbs of emitting ('a émis', 'emitiu', 'emitió') name emissions.

The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, cpi_package

from workbench.models import Verdict

RATES = {("Norway", 2021): 3.5, ("Norway", 2022): 5.8, ("Turkiye", 2022): 72.3, ("Turkiye", 2023): 53.9}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", RATES)


@pytest.mark.parametrize("record", ["a seven-month high", "the lowest in 14 months", "a 15-month low",
                                    "the highest level in the past nine months", "its fastest pace in twenty-two months"])
@pytest.mark.parametrize("date", [None, "2022-09-12"])
def test_a_record_over_months_is_a_monthly_reading(cpi: Path, record: str, date: str | None) -> None:
    text = f"Consumer prices in Norway rose 4.1 per cent, {record}, the statistics office said."
    result = claim_results(text, [cpi], date)["4.1 per cent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"


def test_a_record_over_years_still_meets_the_years_row(cpi: Path) -> None:
    # a span in years says nothing of a monthly basis: the year's average judges the figure
    text = "Consumer prices in Norway rose 9.9 per cent in 2022, the highest in 30 years."
    result = claim_results(text, [cpi], "2023-03-01")["9.9 per cent"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert (result.evidence[0].period, result.evidence[0].value, result.evidence[0].unit) == ("2022", 5.8, "%")
    agreeing = claim_results(text.replace("9.9", "5.8"), [cpi], "2023-03-01")["5.8 per cent"]
    assert agreeing.verdict is Verdict.supported, agreeing.explanation
    assert (agreeing.evidence[0].period, agreeing.evidence[0].value) == ("2022", 5.8)


@pytest.mark.parametrize("text", [
    "Consumer prices in Norway rose 4.1 per cent, as for months high fuel bills weighed on households.",
    "In Norway, where for months high fuel bills weighed on households, consumer prices rose 4.1 per cent in 2022.",
])
def test_months_without_a_count_name_no_monthly_record(cpi: Path, text: str) -> None:
    # 'for months high …' counts no months: no record over a span, so the year's average judges the figure
    result = claim_results(text, [cpi], "2023-03-01")["4.1 per cent"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert (result.evidence[0].period, result.evidence[0].value, result.evidence[0].unit) == ("2022", 5.8, "%")


def test_turkish_monthly_and_yearly_bases_are_read_as_the_english(cpi: Path) -> None:
    # 'aylık bazda' and 'ağustosta' glossed: the figures are read as the English sentence's are, not
    # judged as the year's average
    turkish = claim_results("Türkiye'de enflasyon ağustosta aylık bazda yüzde 1,46 olurken yıllık bazda yüzde 80,21 oldu.",
                            [cpi], "2022-09-05")
    english = claim_results("Inflation in Turkey in August was 1.46 percent month on month and 80.21 percent year on year.",
                            [cpi], "2022-09-05")
    for tr, en in (("yüzde 1,46", "1.46 percent"), ("yüzde 80,21", "80.21 percent")):
        assert turkish[tr].verdict is not Verdict.contradicted, turkish[tr].explanation
        assert (turkish[tr].verdict, turkish[tr].reason) == (english[en].verdict, english[en].reason), turkish[tr].explanation


def test_turkish_month_with_its_locative_ending_dates_the_rate(cpi: Path) -> None:
    text = "Türkiye'de yıllık enflasyon ağustosta yüzde 80,21 oldu."
    result = claim_results(text, [cpi], "2022-09-05")["yüzde 80,21"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period", result.explanation


ARAB_RATES = {("Jordan", 2022): 4.2, ("Egypt", 2023): 33.9, ("Saudi Arabia", 2022): 2.5}


@pytest.fixture()
def arab_cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "arab_cpi", ARAB_RATES)


def test_arabic_inflation_copy_is_read(arab_cpi: Path) -> None:
    # 'the inflation rate in Jordan in 2022 reached 4.2 %', and the same with a wrong figure
    right = claim_results("بلغ معدل التضخم في الأردن خلال عام 2022 نحو 4.2%، بحسب دائرة الإحصاءات العامة.",
                          [arab_cpi], "2023-01-20")["4.2%"]
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].period == "2022"
    wrong = claim_results("بلغ معدل التضخم في الأردن خلال عام 2022 نحو 8.8%.", [arab_cpi], "2023-01-20")["8.8%"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


@pytest.mark.parametrize("text", ["ارتفع مؤشر أسعار المستهلك في السعودية بنسبة 2.5% في عام 2022.",
                                  "ارتفع مؤشر أسعار المستهلك السعودي بنسبة 2.5% في عام 2022."])
def test_arabic_short_names_and_adjectives_of_countries(arab_cpi: Path, text: str) -> None:
    result = claim_results(text, [arab_cpi], "2023-02-15")["2.5%"]
    assert result.verdict is Verdict.supported, result.explanation


def test_an_arabic_months_rate_is_another_period(arab_cpi: Path) -> None:
    text = "تراجع معدل التضخم السنوي في مصر إلى 32.7% في مايو على أساس سنوي."
    result = claim_results(text, [arab_cpi], "2023-06-12")["32.7%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"


def test_arabic_since_the_beginning_of_the_year_is_the_year_to_date(arab_cpi: Path) -> None:
    # 'the inflation rate in Jordan since the beginning of the year reached 3.9 %' (English copy's 'since the
    # beginning of the year' is as often a change's base: 'the yen has weakened since the beginning of the year')
    text = "بلغ معدل التضخم في الأردن منذ بداية العام 3.9%."
    result = claim_results(text, [arab_cpi], "2022-11-10")["3.9%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"


@pytest.fixture()
def carbon(tmp_path: Path) -> Path:
    return carbon_package(tmp_path / "carbon-by-nation", {("TUNISIA", 2020): 7523, ("MOZAMBIQUE", 2020): 1757})


@pytest.mark.parametrize(("text", "figure", "verdict"), [
    ("La Tunisie a émis 7,5 millions de tonnes de carbone en 2020.", "7,5 millions de tonnes", Verdict.supported),
    ("La Tunisie a émis 9,9 millions de tonnes de carbone en 2020.", "9,9 millions de tonnes", Verdict.contradicted),
    ("Em 2020, Moçambique emitiu 1,8 milhões de toneladas de carbono.", "1,8 milhões de toneladas", Verdict.supported),
    ("En 2020, Túnez emitió 9,9 millones de toneladas de carbono.", "9,9 millones de toneladas", Verdict.contradicted),
])
def test_french_portuguese_and_spanish_verbs_of_emitting(carbon: Path, text: str, figure: str, verdict: Verdict) -> None:
    # 'a émis', 'emitiu', 'emitió' name the emissions as 'emitted' does: no longer an uncertain match
    result = claim_results(text, [carbon], "2022-08-05")[figure]
    assert result.verdict is verdict, result.explanation


def test_turkish_month_named_with_ayinda_dates_the_rate(arab_cpi: Path) -> None:
    # 'in Egypt annual inflation rose to 29.8 % in the month of January' (Turkish copy's 'ocak ayında'):
    # a month's rate, not the latest year's average
    result = claim_results("Mısır'da yıllık enflasyon ocak ayında yüzde 29,8'e yükseldi.", [arab_cpi], "2023-02-12")["yüzde 29,8"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period"


def test_turkish_cpi_with_its_case_ending_names_the_cpi(cpi: Path) -> None:
    text = "Türkiye'de TÜFE'de 2022 yılında ortalama artış yüzde 72,3 oldu."
    result = claim_results(text, [cpi], "2023-02-12")["yüzde 72,3"]
    assert result.verdict is Verdict.supported, result.explanation


BLOC_RATES = {("Gabon", 2022): 4.3, ("Gabon", 2021): 1.1, ("Cameroon", 2022): 6.2, ("Cameroon", 2021): 2.3}


@pytest.fixture()
def bloc_cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "bloc_cpi", BLOC_RATES)


@pytest.mark.parametrize("text", [
    "Le taux d'inflation est ressorti à 4,3% en 2022, au-dessus de la norme CEMAC de 3%.",
    "Inflation came in at 4.3% in 2022, above the CEMAC convergence criterion of 3%.",
])
def test_a_bloc_that_sets_a_norm_is_not_the_place_measured(bloc_cpi: Path, text: str) -> None:
    # no country named: for a person to place, never 'no rows for the CEMAC'
    results = claim_results(text, [bloc_cpi], "2023-03-01")
    rate = next(r for t, r in results.items() if t.startswith("4"))
    assert rate.verdict is Verdict.needs_review, rate.explanation
    assert rate.reason == "place_unnamed"


def test_a_bloc_norm_in_an_earlier_paragraph_does_not_place_a_later_rate(bloc_cpi: Path) -> None:
    text = "L'inflation reste en deçà de la norme CEMAC de 3%.\n\nLe taux d'inflation est de 1,1% en 2021."
    result = claim_results(text, [bloc_cpi], "2022-03-01")["1,1%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "place_unnamed"


def test_the_norm_beside_a_named_countrys_rate_is_a_target(bloc_cpi: Path) -> None:
    results = claim_results("Au Gabon, l'inflation a atteint 4,3% en 2022, au-dessus de la norme CEMAC de 3%.",
                            [bloc_cpi], "2023-03-01")
    assert results["4,3%"].verdict is Verdict.supported, results["4,3%"].explanation
    assert results["3%"].verdict is Verdict.unsupported, results["3%"].explanation
    assert results["3%"].reason == "policy_target"


def test_turkish_month_after_its_year_keeps_the_year(cpi: Path) -> None:
    # '2021 yılının kasım ayında' (in November of the year 2021): of 2021, not of the draft's year
    text = "Türkiye'de yıllık enflasyon 2021 yılının kasım ayında yüzde 21,31 oldu."
    result = claim_results(text, [cpi], "2023-05-02")["yüzde 21,31"]
    assert result.verdict is Verdict.unsupported, result.explanation  # no 2021 row: the rows start in 2022
    assert "2021" in result.explanation and "2023" not in result.explanation, result.explanation
