"""A change over one month is a series no package holds for any place, so which place is meant cannot change
its verdict: with no place named (or one the engine cannot read) it is unsupported with the reason
``month_on_month``, not sent to a person for its place. Its words, in the languages the engine reads: a month
against the month before it ('in June compared with May', Russian 'по сравнению с маем', Croatian 'u odnosu na
veljaču', Polish 'w stosunku do maja'), French 'variation mensuelle', and a pair of wordings before a pair of
figures ('monthly and annual changes of 0.5 % and 7 %': the first figure is the month's). Invented figures
and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

_ANNUAL = {("Norway", 2023): 5.5, ("Chile", 2023): 7.6, ("Peru", 2023): 6.3}


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), _ANNUAL)


def _verdict(annual: Path, text: str, figure: str) -> tuple[Verdict, str]:
    result = claim_results(text, [annual], date=None)[figure]
    return result.verdict, result.reason


@pytest.mark.parametrize(("text", "figure"), [
    # no place anywhere in the draft
    ("On a month-on-month basis, the consumer price index went up by 0.8 percent in June 2023.", "0.8 percent"),
    ("La variation mensuelle de l'indice des prix à la consommation s'établit à 0,4 % en juin 2023.", "0,4 %"),
    # bare prices, a month against the month before it
    ("Prices climbed once more, in June 2023 compared with May 0.9 percent.", "0.9 percent"),
    ("Цены снова выросли на 0,9% в июне 2023 года по сравнению с маем.", "0,9%"),
    ("Cijene su opet porasle, u ožujku 2023 u odnosu na veljaču 0,9 posto.", "0,9 posto"),
    ("Ceny znowu wzrosły o 0,9 proc. w czerwcu 2023 w stosunku do maja.", "0,9 proc."),
    ("Ceny v červnu 2023 znovu vzrostly ve srovnání s květnem o 0,9 %.", "0,9 %"),
    ("Hinnad tõusid 2023. aasta juunis võrreldes maiga 0,9 protsenti.", "0,9 protsenti"),
    # two wordings, two figures, in order
    ("Consumer prices recorded monthly and annual changes of 0.5 % and 7 % in June 2023.", "0.5 %"),
    ("Consumer prices recorded annual and monthly changes of 7 % and 0.5 % in June 2023.", "0.5 %"),
    ("L'indice des prix affiche des variations mensuelle et annuelle de 0,5 % et de 7 % en juin 2023.", "0,5 %"),
])
def test_a_months_change_is_unsupported_whatever_place(annual: Path, text: str, figure: str) -> None:
    assert _verdict(annual, text, figure) == (Verdict.unsupported, "month_on_month")


@pytest.mark.parametrize(("text", "figure"), [
    # the 12-month figure of a pair keeps its basis: which place it is of is for a person
    ("Consumer prices recorded monthly and annual changes of 0.5 % and 7 % in June 2023.", "7 %"),
    ("Consumer prices recorded annual and monthly changes of 7 % and 0.5 % in June 2023.", "7 %"),
    # compared with the same period a year before: a 12-month rate, not the index's change in its month
    ("Compared with the same period of the previous year, the consumer price index rose 2 % in December 2023.",
     "2 %"),
    # no month's wording: the place is still what is missing
    ("Inflation stood at 7 percent in 2023.", "7 percent"),
])
def test_a_twelve_month_rate_with_no_place_is_for_review(annual: Path, text: str, figure: str) -> None:
    assert _verdict(annual, text, figure) == (Verdict.needs_review, "place_unnamed")


def test_a_months_change_of_a_named_place_is_still_a_months_change(annual: Path) -> None:
    text = "In Peru, consumer prices rose 0.4 percent in June 2023 compared with May 2023."
    assert _verdict(annual, text, "0.4 percent") == (Verdict.unsupported, "month_on_month")


def test_a_months_wording_carried_on_by_and_is_the_figure_befores(annual: Path) -> None:
    # '… 8 percent and edged up month on month,' goes on with the 8 percent up to the comma: the 7.9 percent after
    # it is last month's 12-month rate, no change over one month
    text = "Annual inflation reached 8 percent and edged up month on month, yet last month it stood at 7.9 percent."
    verdict, reason = _verdict(annual, text, "7.9 percent")
    assert verdict is Verdict.needs_review and reason != "month_on_month", reason
    # words after 'and' that lead into a bracketed figure are that figure's own: its change on the month before
    bracketed = ("Consumer prices rose 3.6 percent in June 2023 and with a change on the previous month "
                 "(0.2 percent), stayed close to May's level.")
    assert _verdict(annual, bracketed, "0.2 percent") == (Verdict.unsupported, "month_on_month")


@pytest.mark.parametrize(("text", "figure"), [
    # the measure named only in the paragraph before, the figure's own sentence naming neither it nor a place
    ("Higher rents and fuel prices pushed consumer inflation up again in June 2023.\n\n"
     "Measured on a month on month basis, this amounts to a rise of 0.7 percent.", "0.7 percent"),
    # Russian 'при месячном показателе' ('with a monthly figure of') beside a year's rate
    ("Годовая инфляция в июне 2023 года составила 7% (при месячном показателе 0,6%).", "0,6%"),
])
def test_a_months_change_of_a_measure_named_before_or_in_brackets_is_unsupported(annual: Path, text: str,
                                                                                  figure: str) -> None:
    assert _verdict(annual, text, figure) == (Verdict.unsupported, "month_on_month")


@pytest.mark.parametrize(("text", "figure"), [
    # the index's own rise in a named month, no place and no year anywhere: the month's change in any year
    ("The consumer price index rose 0.6% in May.", "0.6%"),
    ("מדד המחירים לצרכן עלה ב-0.4% בחודש יוני.", "0.4%"),
    # a year, still no place: no place's rows to weigh it against, and the size of a month's change
    ("The consumer price index rose 0.6% in May 2023.", "0.6%"),
])
def test_the_index_rise_in_a_named_month_with_nothing_to_weigh_it_is_a_months_change(annual: Path, text: str,
                                                                                   figure: str) -> None:
    assert _verdict(annual, text, figure) == (Verdict.unsupported, "month_on_month")


@pytest.mark.parametrize(("text", "figure"), [
    # larger than a month's change commonly is (periods.json unweighed_month_change): maybe its 12-month rate
    ("The consumer price index rose 3.4% in May.", "3.4%"),
    # a month's rate, not the index's own rise: read as its 12-month rate, whose place is for a person
    ("Inflation was 0.6% in May.", "0.6%"),
])
def test_a_months_figure_with_nothing_to_weigh_it_that_may_be_its_rate_is_for_review(annual: Path, text: str,
                                                                                   figure: str) -> None:
    verdict, reason = _verdict(annual, text, figure)
    assert verdict is Verdict.needs_review and reason != "month_on_month", reason
