"""A figure whose sentence names no year, read for a year an earlier sentence named ('… emissions in 2019.
Norway's came to 7.9 tonnes per person'), that matches the year before instead: releases count the year
before the one they come out in, so the carried year is the reader's guess, not the figure's — for review,
not an out-of-date figure. A year the sentence names itself, or a match two years back, stays a stale
contradiction; so does a carried year that dates an earlier figure of the same unit (a ranking's first line):
that is the data's year. Package publisher-shaped, figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package, publisher_package

from workbench.models import Verdict

PER_CAPITA = {("Norway", 2017): 8.8, ("Norway", 2018): 7.9, ("Norway", 2019): 7.2,
              ("Sweden", 2017): 4.9, ("Sweden", 2018): 4.4, ("Sweden", 2019): 4.1}


@pytest.fixture()
def per_capita(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "co2pc", "co2-per-capita", "CO2 emissions (metric tons per capita)",
                              "CO2 emissions per capita", PER_CAPITA,
                              description="Carbon dioxide emissions per capita, metric tons")]


LEAD = "Nordic carbon dioxide emissions fell again in 2019, the agency said. "


@pytest.mark.parametrize("text, figure, verdict", [
    # the year before the carried one: which year the figure counts is for a person
    (LEAD + "Norway emitted 7.9 tonnes of CO2 per person, Sweden far less.", "7.9 tonnes", Verdict.needs_review),
    # the carried year's own figure still supports
    (LEAD + "Norway emitted 7.2 tonnes of CO2 per person, Sweden far less.", "7.2 tonnes", Verdict.supported),
    # two years back is no edition's lag: out of date
    (LEAD + "Norway emitted 8.8 tonnes of CO2 per person, Sweden far less.", "8.8 tonnes", Verdict.contradicted),
    # the sentence names its year: the older figure is out of date
    ("In 2019 Norway emitted 7.9 tonnes of CO2 per person, the agency said.", "7.9 tonnes", Verdict.contradicted),
])
def test_the_year_before_a_carried_year_is_for_review(per_capita: list[Path], text: str, figure: str,
                                                      verdict: Verdict) -> None:
    results = claim_results(text, per_capita, "2020-09-01")
    result = claim_starting(results, figure)
    assert result.verdict is verdict, result.explanation


RANKING = "Denmark emitted 5.1 tonnes of CO2 per person in 2019, the agency said. "


@pytest.mark.parametrize("text, figure, verdict", [
    # the carried year dates an earlier figure of the same unit: the data's year, so the year before is out of date
    (RANKING + "Norway emitted 7.9 tonnes of CO2 per person, Sweden far less.", "7.9 tonnes", Verdict.contradicted),
    # the year dates a figure of another unit: no sign which year the tonnes count, still for a person
    ("Nordic carbon dioxide emissions fell 4.1% in 2019, the agency said. "
     "Norway emitted 7.9 tonnes of CO2 per person, Sweden far less.", "7.9 tonnes", Verdict.needs_review),
    # the year dates a change of the unit, not a level: no sign which year the level counts
    ("Denmark's emissions fell by 0.4 tonnes of CO2 per person in 2019, the agency said. "
     "Norway emitted 7.9 tonnes of CO2 per person, Sweden far less.", "7.9 tonnes", Verdict.needs_review),
    # the figure's own sentence writes another year: which one it counts is for a person
    (RANKING + "Compared with 2015, Norway emitted 7.9 tonnes of CO2 per person.", "7.9 tonnes", Verdict.needs_review),
])
def test_a_year_that_dates_an_earlier_figure_of_the_unit_is_the_data_s(per_capita: list[Path], text: str, figure: str,
                                                                       verdict: Verdict) -> None:
    results = claim_results(text, per_capita, "2020-09-01")
    [result] = [r for surface, r in results.items() if surface.startswith(figure)]
    assert result.verdict is verdict, result.explanation


# Norway 2020: 1.3, 2021: 3.5, 2022: 5.8 (package_support.CPI)
@pytest.mark.parametrize(("text", "figure"), [
    ("In the same period last year, consumer prices in Norway rose 3.5 % on average.", "3.5 %"),
    ("Two years ago, inflation in Norway averaged 1.3 %.", "1.3 %"),
])
def test_a_year_counted_from_the_text_s_present_that_its_neighbour_matches_is_for_review(
        tmp_path: Path, text: str, figure: str) -> None:
    """Years counted back from the text's present may count from the year it speaks of, not the page's date,
    and 'the same period last year' is a part of that year: the neighbour's row meeting the figure shows
    no figure gone out of date."""
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], "2023-02-10")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_calendar_year_a_plain_last_year_or_a_counted_year_two_off_stays_a_stale_contradiction(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi")
    last = claim_results("Last year, consumer prices in Norway rose 3.5 % on average.", [cpi], "2023-02-10")["3.5 %"]
    assert last.verdict is Verdict.contradicted, last.explanation
    named = claim_results("In 2022, consumer prices in Norway rose 3.5 % on average.", [cpi], "2023-02-10")["3.5 %"]
    assert named.verdict is Verdict.contradicted, named.explanation
    far = claim_results("Last year, consumer prices in Norway rose 1.3 % on average.", [cpi], "2023-02-10")["1.3 %"]
    assert far.verdict is Verdict.contradicted, far.explanation
