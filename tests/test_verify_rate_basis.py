"""Which basis a rate figure speaks of when its own words do not say: inflation news names the month
or the 12-month basis once for several figures, or in the text before them. Such a figure judged
against annual averages is a different period ('a monthly (or 12-month) rate compared with an annual
average'), never contradicted; one its sentence calls an average stays judged by the average.
A series qualifier ('core', 'food') is scoped the same way, to its own figure's words: 'the headline
CPI rose 1.2 % while the core index rose 0.5 %' judges 1.2 % by the headline series.

Packages are publisher-shaped (World Bank layout, no ``workbench`` block), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from package_support import CPI, claim_results, cpi_package, publisher_package

from workbench.config import Tolerances
from workbench.models import Verdict

MONTHLY_AGAINST_ANNUAL = "a monthly (or 12-month) rate compared with an annual average"


def test_a_figure_beside_a_months_figure_is_a_months_rate_agreeing_or_not(cpi: Path) -> None:
    disagreeing = claim_results("Norwegian consumer price inflation slowed to 7.4%, down from 7.9% in January.", [cpi])
    result = disagreeing["7.4%"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period")
    assert MONTHLY_AGAINST_ANNUAL in result.explanation and "January" in result.explanation
    assert result.evidence[0].period == "2022" and result.evidence[0].value == 5.8
    # the annual average agreeing is a coincidence: a month's rate is never the year's average
    agreeing = claim_results("Norwegian consumer price inflation slowed to 5.8%, down from 7.9% in January.", [cpi])
    assert (agreeing["5.8%"].verdict, agreeing["5.8%"].reason) == (Verdict.needs_review, "different_period")


def test_a_years_rate_beside_a_months_is_judged_only_where_the_average_agrees(cpi: Path) -> None:
    found = claim_results("Chilean consumer prices climbed 12.7% in 2022, after 7.1% in December 2021.", [cpi])
    assert (found["12.7%"].verdict, found["12.7%"].reason) == (Verdict.needs_review, "different_period")
    assert MONTHLY_AGAINST_ANNUAL in found["12.7%"].explanation
    # agreeing with the annual average, the figure is most likely that average
    found = claim_results("Chilean consumer prices climbed 11.6% in 2022, after 7.1% in December 2021.", [cpi])
    assert found["11.6%"].verdict is Verdict.supported


def test_a_basis_word_in_the_sentence_makes_a_disagreement_a_different_period(cpi: Path) -> None:
    result = claim_results("Chile's twelve-month inflation stood at 12.9% in 2022.", [cpi])["12.9%"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period")
    assert "'twelve-month' in its sentence" in result.explanation
    # an average is judged by the average, whatever else the sentence says
    averaged = claim_results("Chile's inflation averaged 12.9% in 2022 on a twelve-month basis.", [cpi])["12.9%"]
    assert averaged.verdict is Verdict.contradicted
    # the word list is the newsroom's: without the word the figure is judged by the average
    plain = claim_results("Chile's twelve-month inflation stood at 12.9% in 2022.", [cpi],
                    tolerances=Tolerances(monthly_basis_words=[], rate_basis_gap=0))["12.9%"]
    assert plain.verdict is Verdict.contradicted


def test_the_basis_is_carried_from_an_earlier_paragraph(cpi: Path) -> None:
    text = ("Consumer prices in Chile rose 0.4% in February and 12.2% in the past twelve months.\n\n"
            "That is the steepest yearly rise since 2020, when the index climbed 3.6%.")
    result = claim_results(text, [cpi])["3.6%"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period")
    assert "an earlier paragraph" in result.explanation and MONTHLY_AGAINST_ANNUAL in result.explanation
    # with no monthly figure or basis word around it, the same sentence is judged by the average
    alone = claim_results("Consumer prices in Chile: the steepest yearly rise was in 2020, when the index climbed 3.6%.",
                    [cpi], tolerances=Tolerances(rate_basis_gap=0))["3.6%"]
    assert alone.verdict is Verdict.contradicted


def test_a_year_not_yet_published_gives_the_story_its_basis(cpi: Path) -> None:
    text = ("Norway's inflation for the year 2022 reached 5.9%, the statistics office said.\n\n"
            "In 2021 consumer prices had increased 5.3%.")
    # ten days after the year ended its annual average was not out: the story's rates are December's
    early = claim_results(text, [cpi], date="2023-01-10")["5.3%"]
    assert (early.verdict, early.reason) == (Verdict.needs_review, "different_period")
    assert "not yet published" in early.explanation
    # months later the same rates may be annual averages: judged as usual
    assert claim_results(text, [cpi], date="2023-06-10")["5.3%"].verdict is Verdict.contradicted


def test_a_yearly_growth_rate_has_no_monthly_basis(tmp_path: Path) -> None:
    growth = publisher_package(tmp_path / "gdp", "gdp", "GDP growth", "GDP growth", CPI,
                               description="Annual percentage growth rate of GDP at market prices (annual %)")
    result = claim_results("Chile's GDP expanded 3.1% year-on-year in 2022.", [growth])["3.1%"]
    assert result.verdict is Verdict.contradicted and result.evidence[0].value == 11.6


# A series qualifier ('core', 'food') belongs to its own figure's words, not to every figure of the sentence.

def test_a_qualifier_after_the_figure_belongs_to_the_next_figure(cpi: Path) -> None:
    found = claim_results("In 2022 Chile's headline consumer price index rose 11.6% whereas the core consumer price index climbed 9.1%.",
                    [cpi])
    assert found["11.6%"].verdict is Verdict.supported and found["11.6%"].evidence[0].value == 11.6
    assert (found["9.1%"].verdict, found["9.1%"].reason) == (Verdict.unsupported, "other_series")


def test_a_qualifier_before_another_figure_is_not_this_ones(cpi: Path) -> None:
    found = claim_results("Core inflation in Norway was 4.4% in 2022 while headline CPI inflation was 5.8%.", [cpi])
    assert found["5.8%"].verdict is Verdict.supported
    assert (found["4.4%"].verdict, found["4.4%"].reason) == (Verdict.unsupported, "other_series")


def test_a_qualifier_said_of_several_figures_stays_with_each(cpi: Path) -> None:
    # the figures equal the headline series': judging them by it would be a silent pass
    found = claim_results("Norway's core inflation was 3.5% in 2021 and 5.8% in 2022.", [cpi])
    assert [(r.verdict, r.reason) for r in found.values()] == [(Verdict.unsupported, "other_series")] * 2


def test_eu_inflation_is_not_refuted_by_the_eu_row_of_a_headline_series(tmp_path: Path) -> None:
    # EU inflation is the harmonised index; a headline series' EU row (national CPIs) is another measure
    folder = tmp_path / "cpi"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "cpi.csv").write_text("Country,Country Code,Year,Inflation\nEuropean Union,EUU,2022,8.8\n"
                                             "Norway,NOR,2022,5.8\n", encoding="utf-8")
    publisher = cpi_package(tmp_path / "model")
    (folder / "datapackage.json").write_text((publisher / "datapackage.json").read_text(encoding="utf-8"),
                                             encoding="utf-8")
    eu = claim_results("In 2022, EU annual inflation reached 9.4 per cent.", [folder])["9.4 per cent"]
    assert (eu.verdict, eu.reason) == (Verdict.unsupported, "other_series") and "harmonised" in eu.explanation
    norway = claim_results("In 2022, Norway's annual inflation reached 9.4 per cent.", [folder])["9.4 per cent"]
    assert norway.verdict is Verdict.contradicted
    # the newsroom's list: without it the EU row judges the figure
    plain = claim_results("In 2022, EU annual inflation reached 9.4 per cent.", [folder],
                    tolerances=Tolerances(place_series_qualifiers={}))["9.4 per cent"]
    assert plain.verdict is Verdict.contradicted and plain.evidence[0].value == 8.8


def test_a_rate_compared_with_a_year_end_rate_is_on_its_basis_not_the_annual_average(cpi: Path) -> None:
    # 'ended 2022 with' makes 11.0 % December's 12-month rate, and the rate it is compared with, in the
    # same sentence, is December 2021's: the 2021 annual average (4.5) does not contradict it
    found = claim_results("Chile ended 2022 with consumer price inflation of 11.0%, up from 7.2% in 2021.", [cpi])
    assert found["7.2%"].verdict is Verdict.needs_review, found["7.2%"].explanation
    assert found["7.2%"].reason == "different_period" and "ended 2022 with" in found["7.2%"].explanation
    # without year-end wording a figure is the year's own and judged by its average: one no December rate
    # explains (below the 2021 average while the rate rose into 2022) is contradicted
    plain = claim_results("Chile's consumer price inflation was 11.0% in 2022, up from 2.5% in 2021.", [cpi])
    assert plain["2.5%"].verdict is Verdict.contradicted, plain["2.5%"].explanation


def test_a_year_closed_in_is_a_year_end_rate_in_either_word_order(cpi: Path) -> None:
    # 'closed in 2020 at', and the Spanish relative clause with the verb before its subject ('en el que cerró
    # la inflación en el 2020'): December's 12-month rate, which the 2020 annual average (3.0) cannot refute
    for text, figure in (("Inflation in Chile closed in 2020 at 1.8%, far below the central bank's target.", "1.8%"),
                         ("En Chile, el dato de 1,8 por ciento en el que cerró la inflación en el 2020 quedó lejos de la meta del banco central.",
                          "1,8 por ciento")):
        found = claim_results(text, [cpi])[figure]
        assert found.verdict is Verdict.needs_review and found.reason == "different_period", found.explanation
    plain = claim_results("Inflation in Chile was 1.8% in 2020, far below the central bank's target.", [cpi])["1.8%"]
    assert plain.verdict is Verdict.contradicted, plain.explanation


def test_a_rate_released_on_the_drafts_day_is_the_latest_months_not_last_years_average(cpi: Path) -> None:
    # a draft of May 2023: 2022's average (5.8) is the latest row, but 'this morning' dates a fresh release,
    # April 2023's 12-month rate — a month past every row, so no row can judge it (not last year's average)
    released = claim_results("This morning, Statistics Norway reported that consumer prices increased by 4.1%.", [cpi],
                             date="2023-05-11")["4.1%"]
    assert (released.verdict, released.reason) == (Verdict.unsupported, "nearest_other_period"), released.explanation
    assert "April 2023" in released.explanation
    weekday = claim_results("Consumer prices increased by 4.1%, Statistics Norway said on Wednesday.", [cpi],
                            date="2023-05-11")["4.1%"]
    assert weekday.verdict is Verdict.unsupported and "April 2023" in weekday.explanation, weekday.explanation
    # with no day of release the figure speaks of the draft's present, read against the latest row
    plain = claim_results("Statistics Norway reported that consumer prices increased by 4.1%.", [cpi],
                          date="2023-05-11")["4.1%"]
    assert plain.verdict is Verdict.contradicted, plain.explanation



def test_a_rate_said_of_the_course_of_its_year_is_not_refuted_by_the_average(cpi: Path) -> None:
    # 'during 2022': the change from the year's start to its end (December on December), not its months' average;
    # 9.9 against 5.8 is past the gap an unsaid basis explains
    during = claim_results("The statistics office said Norway's consumer price index rose by 9.9% during 2022.", [cpi])
    assert (during["9.9%"].verdict, during["9.9%"].reason) == (Verdict.needs_review, "different_period")
    assert "'during 2022'" in during["9.9%"].explanation
    # one that agrees with the average is most likely the average
    agreeing = claim_results("The statistics office said Norway's consumer price index rose by 5.8% during 2022.", [cpi])
    assert agreeing["5.8%"].verdict is Verdict.supported
    # another year's course says nothing of this figure's: 'in 2022' is judged by the average
    plain = claim_results("Norway's consumer price index rose by 9.9% in 2022, after a calm spell during 2021.", [cpi])
    assert plain["9.9%"].verdict is Verdict.contradicted


@pytest.mark.parametrize("text, figure", [
    ("Statistics Norway said the 2022 calendar year inflation came in at 9.9%.", "9.9%"),
    ("Norway's consumer prices rose 9.9% in 2022, the highest calendar-year increase since 1988.", "9.9%"),
    # Indonesian, as BPS words it: 'the calendar year's inflation'
    ("Inflasi tahun kalender 2022 di Norwegia tercatat sebesar 9,9 persen.", "9,9 persen")])
def test_a_rate_called_the_calendar_years_is_not_refuted_by_the_average(cpi: Path, text: str, figure: str) -> None:
    # the calendar year's inflation is the change over it to December, not its months' average (5.8); 9.9 against
    # 5.8 is past the gap an unsaid basis explains
    result = claim_results(text, [cpi])[figure]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
    assert "calendar year" in result.explanation and result.evidence[0].period == "2022"


def test_a_calendar_year_called_an_average_or_of_another_year_is_judged_by_the_average(cpi: Path) -> None:
    agreeing = claim_results("Statistics Norway said the 2022 calendar year inflation came in at 5.8%.", [cpi])["5.8%"]
    assert agreeing.verdict is Verdict.supported, agreeing.explanation
    average = claim_results("Norway's annual average inflation for the calendar year 2022 was 9.9%.", [cpi])["9.9%"]
    assert average.verdict is Verdict.contradicted, average.explanation
    other = claim_results("Norway's inflation was 9.9% in 2022, after 1.3% in calendar year 2020.", [cpi])["9.9%"]
    assert other.verdict is Verdict.contradicted, other.explanation


def test_a_years_rate_released_before_the_year_ended_is_a_months(cpi: Path, tmp_path: Path) -> None:
    # a report out on 28 December 2022 cannot give 2022's average (5.8): its rate for the year is a month's
    result = claim_results("Statistics Norway put the country's inflation for 2022 at 9.9%, in a report released on "
                           "28 December 2022.", [cpi], None)["9.9%"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
    assert "28 December 2022" in result.explanation and result.evidence[0].period == "2022"
    # Haitian Creole, as the IHSI's figures are reported: 'in a report released on 20 December 2021'
    haiti = cpi_package(tmp_path / "haiti", {("Haiti", 2020): 22.8, ("Haiti", 2021): 16.8})
    creole = claim_results("Dapre IHSI, enflasyon nan peyi Dayiti pou ane 2021 an te rive 24.6 %, nan yon rapò ki sòti "
                           "20 desanm 2021.", [haiti], None)["24.6 %"]
    assert (creole.verdict, creole.reason) == (Verdict.needs_review, "different_period"), creole.explanation
    assert "20 December 2021" in creole.explanation


def test_a_years_rate_released_after_the_year_is_judged_by_the_average(cpi: Path) -> None:
    result = claim_results("Statistics Norway put the country's inflation for 2022 at 9.9%, in a report released on "
                           "11 January 2023.", [cpi], None)["9.9%"]
    assert result.verdict is Verdict.contradicted, result.explanation
