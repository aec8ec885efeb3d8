"""Which period an inflation figure of world news speaks of, when its words say it another way than
'in December' or 'the annual average': a year's close in Spanish ('al cierre de 2023', 'cerrando el
2023 … cerró con'), a month after 'for' ('the annual rate for January'), the first months of the
year ('in the first eleven months of the year'), the year to a month ('in the year to October'), a span
of months with no year ('from January to October', 'de enero a octubre'). Against annual averages each is a different period:
for review, never contradicted. A figure its own words call an average stays judged by the average,
even in a sentence that also gives the year's close. A year the sentence before names only for a
figure it is compared with ('8 % in 2022 compared with 4 % in 2021') leaves that sentence's own year to
carry to the next figure.

Packages are publisher-shaped (World Bank layout, no ``workbench`` block), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Guatemala", 2022): 6.9, ("Guatemala", 2023): 6.2,
        ("Uruguay", 2022): 9.1, ("Uruguay", 2023): 5.9,
        ("Kenya", 2022): 7.7, ("Kenya", 2023): 7.7,
        ("Portugal", 2021): 1.3, ("Portugal", 2022): 7.8,
        ("Zambia", 2022): 11.0, ("Zambia", 2023): 10.9,
        ("Peru", 2021): 4.3, ("Peru", 2022): 7.9,
        ("Chile", 2020): 3.0, ("Chile", 2021): 4.5, ("Chile", 2022): 11.6}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


def test_a_rate_at_the_close_of_a_year_in_spanish_is_the_years_last_month(cpi: Path) -> None:
    found = claim_results("La inflación de Guatemala se ubicó en un 4,3% al cierre de 2023, frente al 9,4% "
                          "con que cerró en 2022.", [cpi], "2024-01-12")
    assert found["4,3%"].verdict is Verdict.needs_review
    assert "December 2023" in found["4,3%"].explanation


def test_closing_the_year_in_a_leading_clause_dates_every_rate_of_the_sentence(cpi: Path) -> None:
    found = claim_results("Cerrando el 2023 con una inflación del 5,1%, Guatemala se sitúa detrás de Uruguay, "
                          "que cerró con un 5,3%.", [cpi], "2024-01-12")
    assert found["5,1%"].verdict is Verdict.needs_review
    assert found["5,3%"].verdict is Verdict.needs_review
    assert "Uruguay" in found["5,3%"].explanation or "5.9" in found["5,3%"].explanation


def test_the_average_its_own_words_name_beside_a_years_close_is_the_annual_average(cpi: Path) -> None:
    found = claim_results("Kenya closed the year 2023 with 12-month inflation of 6.6% and a one-year average "
                          "of 7.7%, the statistics office said.", [cpi], "2024-01-15")
    assert found["6.6%"].verdict is Verdict.needs_review
    assert found["7.7%"].verdict is Verdict.supported


def test_a_year_closed_with_an_annual_average_in_portuguese_is_judged_by_the_average(cpi: Path) -> None:
    found = claim_results("Portugal fechou 2022 com uma inflação média anual de 7,8%, segundo o instituto "
                          "de estatística.", [cpi], "2023-01-20")
    assert found["7,8%"].verdict is Verdict.supported


def test_the_annual_rate_for_a_month_is_that_months_not_the_last_years(cpi: Path) -> None:
    found = claim_results("Zambia's annual inflation rate for January rose to 9.4 percent, the statistics "
                          "agency said.", [cpi], "2023-02-16")
    assert found["9.4 percent"].verdict is Verdict.needs_review
    assert "January 2023" in found["9.4 percent"].explanation


def test_the_first_months_of_the_year_are_a_year_to_date_span(cpi: Path) -> None:
    found = claim_results("In the first eleven months of the year, Peru posted inflation of 7.2%.", [cpi],
                          "2022-12-12")
    assert found["7.2%"].verdict is Verdict.needs_review
    assert "January–November 2022" in found["7.2%"].explanation



def test_a_year_compared_with_in_the_sentence_before_does_not_hide_its_own_year(cpi: Path) -> None:
    found = claim_results("Across the region, consumer prices rose 8.0% in 2022 compared with 4.0% in 2021. "
                          "Uruguay recorded an inflation rate of 9.1%.", [cpi], "2024-02-07")
    assert found["9.1%"].verdict is Verdict.supported
    assert "2022" in found["9.1%"].explanation


def test_the_year_to_a_month_is_the_twelve_months_ending_then(cpi: Path) -> None:
    found = claim_results("Chile's inflation eased to 5.0% in the year to October, the statistics office said.",
                          [cpi], "2022-11-10")
    assert found["5.0%"].verdict is Verdict.needs_review
    assert "November 2021–October 2022" in found["5.0%"].explanation


def test_a_span_of_months_without_a_year_is_this_years_to_date(cpi: Path) -> None:
    english = claim_results("Peru's inflation from January to October was 6.1%.", [cpi], "2022-11-10")
    spanish = claim_results("En Perú, la inflación acumulada de enero a octubre fue de 6,1%.", [cpi], "2022-11-10")
    assert english["6.1%"].verdict is Verdict.needs_review
    assert spanish["6,1%"].verdict is Verdict.needs_review
    assert "January–October 2022" in spanish["6,1%"].explanation


def test_a_span_of_months_after_a_year_the_sentence_named_is_in_that_year(cpi: Path) -> None:
    """'In 2021, ... from January to October' in a draft of 2022 was read as January–October 2022."""
    results = claim_results("In 2021, Chile's inflation from January to October was 5.3%.", [cpi], "2022-11-10")
    assert "January–October 2021" in results["5.3%"].explanation


def test_a_change_since_the_start_of_the_year_is_the_year_to_date(cpi: Path) -> None:
    """'Compared to the beginning of the year', 'from the end of last year': the months of this year so far."""
    since_start = claim_results("Compared to the beginning of the year, Chile's consumer prices rose 9.9%.",
                                [cpi], "2022-10-10")
    since_end = claim_results("Chile's consumer prices rose 9.9% from the end of last year.", [cpi], "2022-10-10")
    assert since_start["9.9%"].verdict is Verdict.needs_review
    assert since_end["9.9%"].verdict is Verdict.needs_review
    assert "January–October 2022" in since_end["9.9%"].explanation


def test_a_span_of_months_then_the_year_after_a_preposition_is_those_months_of_that_year(cpi: Path) -> None:
    """'between January and November in 2022' was left to its year and judged against the annual average."""
    found = claim_results("Kenya's inflation averaged 7.9% between January and November in 2022, while "
                          "Zambia's reached 11.8% from January to October of the year 2022.", [cpi], "2022-12-20")
    assert found["7.9%"].verdict is Verdict.needs_review
    assert "January–November 2022" in found["7.9%"].explanation
    assert found["11.8%"].verdict is Verdict.needs_review
    assert "January–October 2022" in found["11.8%"].explanation


def test_a_span_of_months_in_arabic_is_those_months_not_the_year(cpi: Path) -> None:
    """'ما بين شهري يناير ونوفمبر لعام 2022' (between the months January and November of 2022), with the
    Egyptian spelling of 'شهري' too: a year-to-date rate, not the annual average."""
    found = claim_results("أعلن جهاز الإحصاء أن معدل التضخم في كينيا بلغ 7.9% ما بين شهرى يناير ونوفمبر لعام 2022، "
                          "وأن معدله في زامبيا بلغ 11.8% بين شهري يناير وأكتوبر لعام 2022.", [cpi], "2022-12-20")
    assert found["7.9%"].verdict is Verdict.needs_review
    assert "January–November 2022" in found["7.9%"].explanation
    assert found["11.8%"].verdict is Verdict.needs_review
    assert "January–October 2022" in found["11.8%"].explanation


def test_a_spanish_rate_at_a_monthly_pace_and_a_core_index_are_not_the_years_rate(cpi: Path) -> None:
    """'a tasa mensual' is month on month, 'a tasa anual' year on year, 'subyacente' the core index:
    neither is in an annual headline package."""
    found = claim_results("En diciembre de 2022, el índice de precios subyacente de Guatemala subió 0,71% a tasa "
                          "mensual y 7,05% a tasa anual.", [cpi], "2023-01-10")
    assert found["0,71%"].verdict is Verdict.unsupported
    assert "month" in found["0,71%"].explanation
    assert found["7,05%"].verdict is Verdict.unsupported
    assert "core" in found["7,05%"].explanation


def test_a_hebrew_months_rise_beside_the_years_rate_is_a_change_over_one_month(cpi: Path) -> None:
    """'עלה בדצמבר ב-0.4% בהתאם לתחזיות והביא …' (rose in December by 0.4 % in line with forecasts and
    brought …): the month's change, not the year's rate."""
    found = claim_results("מדד המחירים לצרכן בפרו עלה בדצמבר ב-0.4% בהתאם לתחזיות והביא את האינפלציה "
                          "ב-2022 ל-7.9%.", [cpi], "2023-01-16")
    assert found["0.4%"].verdict is Verdict.unsupported


@pytest.mark.parametrize(("text", "figure"), [
    ("La inflación de Guatemala promedió 7,4% entre los meses de enero y noviembre del año 2022.", "7,4%"),
    ("L'inflation au Guatemala a atteint 7,4 % en moyenne entre les mois de janvier et novembre 2022.", "7,4 %"),
    ("بلغ متوسط معدل التضخم في غواتيمالا 7.4% في الفترة من يناير حتى نوفمبر 2022.", "7.4%"),
])
def test_a_span_of_months_said_between_the_months_or_until_is_those_months(cpi: Path, text: str, figure: str) -> None:
    """'between the months of January and November', 'from January until November': the months, not the first
    month alone nor the year."""
    found = claim_results(text, [cpi], "2022-12-20")
    assert found[figure].verdict is Verdict.needs_review
    assert "January–November 2022" in found[figure].explanation


def test_an_arabic_same_period_of_the_year_before_is_that_years_span(cpi: Path) -> None:
    """'خلال الفترة ذاتها من عام 2021' (during the same period of 2021) dates the base figure to 2021, not the
    span of the year the sentence named first."""
    found = claim_results("بلغ معدل التضخم في بيرو 7.9% بين شهري يناير ونوفمبر لعام 2022، مقابل 6.2% خلال الفترة "
                          "ذاتها من عام 2021.", [cpi], "2022-12-20")
    assert found["6.2%"].verdict is Verdict.needs_review
    assert "for 2021" in found["6.2%"].explanation


@pytest.mark.parametrize("text", [
    "Chile's inflation averaged 9.4% from December 2021 to November 2022, the central bank said.",
    "Chile's average inflation over December 2021 - November 2022 was 9.4%.",
])
def test_a_span_of_months_each_with_its_year_is_the_span_not_its_last_month(cpi: Path, text: str) -> None:
    """'from December 2021 to November 2022' was read as November 2022 alone: a twelve months' average is another
    period than the calendar year's, and the explanation names the span."""
    found = claim_results(text, [cpi], "2022-12-20")
    assert found["9.4%"].verdict is Verdict.needs_review, found["9.4%"].explanation
    assert "December 2021–November 2022" in found["9.4%"].explanation


def test_a_span_opened_by_from_before_a_when_clause_still_dates_its_figure(cpi: Path) -> None:
    """'from June 2021 to June 2022, when …': the span its 'from' opens is no baseline that dates the clause after it."""
    found = claim_results("Chile's consumer prices rose 12.5% from June 2021 to June 2022, when fuel prices peaked.",
                          [cpi], "2022-12-20")
    assert found["12.5%"].verdict is Verdict.needs_review, found["12.5%"].explanation
    assert "June 2022" in found["12.5%"].explanation
