"""A change of consumer prices compared with the month just before is a month-on-month change, however the
sentence words it: 'in May compared to April 2030' (the month takes its year from the month it is compared
with, whatever the draft's date), 'by 0.4 % against February 2030' after a 12-month rate of March, and the
month-on-month wordings of the languages the engine reads, through their glosses (Czech 'meziměsíčně',
Swedish 'jämfört med föregående månad', Bosnian 'u odnosu na prethodni mjesec', …). Against annual rates
alone such a change is unsupported (reason ``month_on_month``), never a different period of the year's
average. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

_PLACES = ("Czechia", "Sweden", "Bosnia and Herzegovina", "Ukraine", "Bulgaria", "Israel", "Hungary", "Greece",
           "Romania", "Norway", "Denmark", "Finland", "Slovak Republic", "Lithuania", "Armenia", "Pakistan")
_ANNUAL = {(place, year): value for place in _PLACES for year, value in ((2028, 6.4), (2029, 5.1), (2030, 4.2))}


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), _ANNUAL)


def _month_on_month(text: str, figure: str, annual: Path, date: str | None) -> None:
    result = claim_starting(claim_results(text, [annual], date=date), figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


@pytest.mark.parametrize(("text", "figure", "date"), [
    # the month takes the year of the month it is compared with, in an undated draft too
    ("Prices in Armenia's consumer market rose 1.3% in May compared to April 2030.", "1.3%", None),
    ("Consumer prices in Norway went up by 0.9% in January, compared with December 2029.", "0.9%", "2031-03-01"),
    # the 12-month wording is the clause before's figure; 'this year' dates the month the sentence named
    ("In Armenia the consumer price index rose 4.1% year on year in March this year and by 0.4% against "
     "February 2030.", "0.4%", "2030-04-10"),
])
def test_compared_with_the_month_before_in_english(annual: Path, text: str, figure: str, date: str | None) -> None:
    _month_on_month(text, figure, annual, date)


@pytest.mark.parametrize(("text", "figure"), [
    ("Spotřebitelské ceny v Česku v březnu 2030 meziměsíčně vzrostly o 0,7 %.", "0,7"),
    ("Konsumentpriserna i Sverige steg med 0,8 procent i mars 2030 jämfört med föregående månad.", "0,8"),
    ("Potrošačke cijene u Bosni i Hercegovini su u martu 2030. u odnosu na prethodni mjesec porasle za 0,6%.", "0,6"),
    ("Споживчі ціни в Україні у березні 2030 року порівняно з попереднім місяцем зросли на 1,1%.", "1,1"),
    ("מדד המחירים לצרכן בישראל עלה במרץ 2030 ב-0.5% לעומת החודש הקודם.", "0.5"),
    # 'compared with the month of February' (בהשוואה לחודש פברואר): the month before, named
    ("מחירי הצרכן בישראל עלו במרץ 2030 ב-0.5% בהשוואה לחודש פברואר 2030.", "0.5"),
    ("A fogyasztói árak Magyarországon 2030 márciusában az előző hónaphoz képest 0,9 százalékkal nőttek.", "0,9"),
    ("Τον Μάρτιο του 2030 οι τιμές καταναλωτή στην Ελλάδα αυξήθηκαν κατά 0,4% σε μηνιαία βάση.", "0,4"),
    # 'in one month' (Hungarian 'egy hónap alatt'): the change over the month, with no month named
    ("Magyarországon a fogyasztói árak egy hónap alatt átlagosan 0,8 százalékkal nőttek.", "0,8"),
    # Urdu 'in the past one month … an increase of 0.9 percent' ('فیصد کا اضافہ', the percent before 'of increase')
    ("پاکستان میں گزشتہ ایک ماہ میں مہنگائی میں 0.9 فیصد کا اضافہ ہوا۔", "0.9"),
])
def test_month_on_month_wordings_of_other_languages(annual: Path, text: str, figure: str) -> None:
    _month_on_month(text, figure, annual, "2030-04-12")


@pytest.mark.parametrize("text", ["Consumer prices in Denmark rose 0.6% in one month, the statistics office said.",
                                  "In a single month Danish consumer prices climbed 0.6%."])
def test_a_rise_in_one_month_is_the_month_s_change(annual: Path, text: str) -> None:
    _month_on_month(text, "0.6%", annual, "2030-04-12")


@pytest.mark.parametrize(("text", "figure"), [
    # the link word 'compared with' opens the figure's own month-on-month wording, not the next clause
    ("Consumer prices in Norway rose 0.6% compared with the previous month.", "0.6%"),
    ("Danish consumer prices climbed 0.7% in March compared to the preceding month, the statistics office said.",
     "0.7%"),
])
def test_compared_with_the_previous_month_right_after_the_figure(annual: Path, text: str, figure: str) -> None:
    _month_on_month(text, figure, annual, "2030-04-12")


@pytest.mark.parametrize(("text", "figure"), [
    # French 'en rythme mensuel' (at a monthly pace), as 'en rythme annuel' is year on year
    ("En mars 2030, les prix à la consommation en Roumanie ont augmenté de 0,5 % en rythme mensuel.", "0,5"),
    ("Les prix à la consommation en Roumanie ont progressé en rythme mensuel de 0,5 % en mars 2030.", "0,5"),
    # Urdu 'گزشتہ ایک ماہ میں' (in the past one month)
    ("پاکستان میں گزشتہ ایک ماہ میں مہنگائی 1.2 فیصد بڑھ گئی۔", "1.2"),
])
def test_monthly_pace_wordings_glossed(annual: Path, text: str, figure: str) -> None:
    _month_on_month(text, figure, annual, "2030-04-12")


def test_compared_with_the_same_month_a_year_earlier_right_after_the_figure_stays_a_rate(annual: Path) -> None:
    result = claim_starting(claim_results("Consumer prices in Norway rose 4.6% compared with the same month a year "
                                          "earlier.", [annual], date="2030-04-12"), "4.6%")
    assert result.reason != "month_on_month", result.explanation


def test_a_twelve_month_rate_beside_a_month_compared_with_the_same_month_stays_a_rate(annual: Path) -> None:
    # compared with the same month a year before, the figure is a 12-month rate, not one month's change
    result = claim_starting(claim_results("Consumer prices in Norway rose 4.4% in March compared to March 2029.",
                                          [annual], date="2030-04-12"), "4.4%")
    assert result.reason != "month_on_month", result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("The consumer price index of Norway increased by 0.5 per cent for March 2030, the statistics office said.",
     "0.5 per cent"),
    ("Romania's CPI rose 0.3% in March 2030.", "0.3%"),
])
def test_the_price_index_rise_in_a_named_month_is_the_months_change(annual: Path, text: str, figure: str) -> None:
    _month_on_month(text, figure, annual, "2030-04-12")


@pytest.mark.parametrize("text", [
    "The consumer price index of Norway rose 0.5% in March 2030 compared with the same month a year earlier.",
    "I marts 2030 steg forbrugerprisindekset i Danmark med 0,5 procent i forhold til samme måned året før.",
])
def test_an_index_rise_against_the_same_month_a_year_before_stays_a_twelve_month_rate(annual: Path, text: str) -> None:
    result = claim_starting(claim_results(text, [annual], date="2030-04-12"), "0,5" if "procent" in text else "0.5%")
    assert result.verdict is Verdict.needs_review, result.explanation


def test_an_index_rise_as_large_as_the_years_rate_stays_a_twelve_month_rate(annual: Path) -> None:
    # 4.0 % in one month beside a year's 4.2 %: the month's 12-month rate, a different period of the average
    result = claim_starting(claim_results("The consumer price index of Norway rose 4.0% in March 2030.", [annual],
                                          date="2030-04-12"), "4.0%")
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_rate_compared_with_the_previous_year_after_a_months_change_stays_a_twelve_month_rate(annual: Path) -> None:
    # the month's change (0,2 %) has its own words in brackets; the 12-month rate's are 'rispetto all'anno
    # precedente' (compared with the previous year)
    text = ("Se a marzo i prezzi in Norvegia crescessero con lo stesso ritmo mensile di febbraio (+0,2% rispetto a "
            "gennaio), la variazione rispetto all'anno precedente scenderebbe: dal 4,4% al 3,9%.")
    result = claim_starting(claim_results(text, [annual], date=None), "4,4%")
    assert result.reason != "month_on_month", result.explanation


@pytest.mark.parametrize(("text", "figure", "date"), [
    ("D’un mois à l’autre, l’IPC de la Norvège recule de 0,6 %, après avoir progressé de 0,1 %.", "0,6 %", "2030-04-12"),
    ("Vísitala neysluverðs í Noregi hefur hækkað um 0,4 prósent frá síðasta mánuði.", "0,4 prósent", "2030-04-12"),
    ("وارتفع التضخم الشهري في النرويج بنسبة 0.4% في مارس 2030.", "0.4%", "2030-04-12"),
    ("Sementara itu, inflasi Norway pada asas bulanan ialah 0.3%.", "0.3%", "2030-04-12"),
    ("On a seasonally adjusted quarterly basis, consumer prices in Norway climbed 1.8 percent.", "1.8 percent",
     "2030-04-20"),
])
def test_month_and_quarter_changes_worded_around_the_figure(annual: Path, text: str, figure: str, date: str) -> None:
    _month_on_month(text, figure, annual, date)


@pytest.mark.parametrize(("text", "figure", "date"), [
    ("Consumer prices in Norway rose 0.3% in December, so that inflation closed 2030 with a rate of 4.2%.", "0.3%",
     "2031-01-10"),
    ("La inflación de diciembre en Noruega subió un 0,3 %, por lo que cerró 2030 con una tasa del 4,2 %.", "0,3 %",
     "2031-01-10"),
    # no date: the December is the one of the year the sentence closes
    ("La inflación de diciembre en Noruega subió un 0,3 %, por lo que cerró 2030 con una tasa del 4,2 %.", "0,3 %",
     None),
])
def test_a_months_change_before_the_close_of_its_year(annual: Path, text: str, figure: str, date: str | None) -> None:
    _month_on_month(text, figure, annual, date)


@pytest.mark.parametrize("text", [
    # as large as the year's rate: the month's 12-month rate
    "Consumer prices in Norway rose 4.0% in December, so that inflation closed 2030 with a rate of 4.2%.",
    # a base a year before, ahead of the close
    "Prices in Norway rose 0.3% compared to December 2029, and inflation closed 2030 with a rate of 4.2%.",
])
def test_a_figure_before_a_years_close_that_is_no_months_change(annual: Path, text: str) -> None:
    result = claim_starting(claim_results(text, [annual], date="2031-01-10"), "4.0%" if "4.0%" in text else "0.3%")
    assert result.reason != "month_on_month", result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    # the comparison is a clause of its own after the figure's comma, with no figure of its own
    ("Consumer prices in Norway fell 1.0% in December 2030, compared with the previous month, after eight months "
     "of increases.", "1.0%"),
    # French sets the month before against 'ceux du mois précédent' (glossed 'those of the previous month')
    ("Selon l'institut, les prix à la consommation en Norvège du mois de décembre 2030 se sont repliés de 1,0%, "
     "comparés à ceux du mois précédent, après huit mois de hausse.", "1,0%"),
])
def test_a_comparison_with_the_month_before_in_the_clause_after_the_comma(annual: Path, text: str, figure: str) -> None:
    _month_on_month(text, figure, annual, "2031-01-15")


@pytest.mark.parametrize("text", [
    "Consumer prices in Norway rose 4.2% in 2030, compared with the previous month's 0.3% rise.",
    # verb-last languages set the basis before its figure: Turkish '…, aylık bazda yüzde 0,3' as glossed
    "Consumer prices in Norway rose 4.2% in 2030, month on month 0.3% in December.",
])
def test_a_comparison_clause_holding_its_own_figure_is_that_figure_s(annual: Path, text: str) -> None:
    result = claim_starting(claim_results(text, [annual], date="2031-03-01"), "4.2%")
    assert result.verdict is Verdict.supported, result.explanation
