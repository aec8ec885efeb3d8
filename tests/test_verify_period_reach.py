"""Which period a figure speaks of when the text counts it from another ('im Vorjahr', 'last year'),
calls it a forecast, or names a period the data does not reach. A year counted from the day the
checker runs is a guess: nothing is contradicted or unsupported on a guess. A forecast is no
outturn of the last complete year. Packages are publisher-shaped, figures invented; sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict


@pytest.mark.parametrize("date", [None, "2022-01-20", "2022-01"])
def test_a_glossed_previous_year_counts_from_the_year_its_sentence_names(cpi: Path, date: str | None) -> None:
    # the sentence names its year after the phrase: dated or not, 'im Vorjahr' is the year before it
    found = claim_results("Von 1,3 Prozent im Vorjahr stieg die Inflationsrate in Norwegen im Jahr 2021 "
                          "auf 3,5 Prozent.", [cpi], date)
    earlier = found["1,3 Prozent"]
    assert earlier.verdict is Verdict.supported, earlier.explanation
    assert earlier.evidence[0].period == "2020"
    found = claim_results("Von 2,2 Prozent im Vorjahr stieg die Inflationsrate in Norwegen im Jahr 2021 "
                          "auf 3,5 Prozent.", [cpi], None)
    assert found["2,2 Prozent"].verdict is Verdict.contradicted  # the same year judged, and wrong


def test_the_previous_year_before_a_later_named_year_counts_from_it(cpi: Path) -> None:
    # in a draft of June 2023 'the previous year' is not 2022: the sentence's own year comes after it
    found = claim_results("From 1.3% the previous year, Norway's inflation climbed to 3.5% in 2021.", [cpi], "2023-06-01")
    assert found["1.3%"].verdict is Verdict.supported, found["1.3%"].explanation
    assert found["1.3%"].evidence[0].period == "2020"


@pytest.mark.parametrize("text, claim", [
    ("Chilean inflation averaged 7.7% last year.", "7.7%"),
    ("Consumer prices in Norway were up 9.9 per cent on average last year, the bureau said.", "9.9 per cent"),
    ("L'inflation au Chili a atteint 9,9 % l'an dernier.", "9,9 %"),
])
def test_last_year_in_an_undated_draft_that_names_no_year_is_for_review(cpi: Path, text: str, claim: str) -> None:
    result = claim_results(text, [cpi], None)[claim]
    assert result.verdict is Verdict.needs_review
    assert "counted from the day of the check" in result.explanation


def test_last_year_in_a_dated_draft_is_judged(cpi: Path) -> None:
    result = claim_results("Chilean inflation averaged 9.6% last year.", [cpi], "2023-03-01")["9.6%"]
    assert result.verdict is Verdict.contradicted
    assert result.evidence[0].period == "2022"


@pytest.mark.parametrize("text, claim", [
    ("Norway's inflation will exceed 5.1%, analysts at a Nordic bank predicted.", "5.1%"),
    ("In its latest outlook, the Norwegian central bank forecasts inflation of 5.8%.", "5.8%"),
    ("Chile's consumer price inflation, at 11.6%, will top that of its neighbours, the finance ministry says.", "11.6%"),
    ("Economists in Santiago reckon Chilean inflation is likely to settle near 11.6 percent.", "11.6 percent"),
])
def test_a_forecast_naming_no_year_is_not_judged_by_the_last_complete_year(cpi: Path, text: str, claim: str) -> None:
    # the data ends in 2022, before the draft's date: nothing can judge a forecast of a later period
    result = claim_results(text, [cpi], "2023-08-01")[claim]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "forecast_period")
    assert "a forecast" in result.explanation and "names no year" in result.explanation
    assert result.evidence[0].period == "2022"  # the nearest row is still shown


def test_a_forecast_naming_no_year_is_for_review_when_the_data_reaches_past_the_draft(cpi: Path) -> None:
    result = claim_results("The central bank expects Norwegian inflation of 1.3%.", [cpi], "2021-06-15")["1.3%"]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "forecast_period")  # 2020's 1.3 is no outcome
    undated = claim_results("The central bank expects Norwegian inflation of 9.0%.", [cpi], None)["9.0%"]
    assert undated.verdict is Verdict.needs_review


def test_an_outturn_beside_a_forecast_is_still_judged(cpi: Path) -> None:
    found = claim_results("Norwegian inflation was 9.9% in 2022 and will ease next year.", [cpi], "2023-08-01")
    assert found["9.9%"].verdict is Verdict.contradicted
    found = claim_results("Norway's inflation of 9.9 per cent will be revised, the bureau said.", [cpi], "2023-08-01")
    assert found["9.9 per cent"].verdict is Verdict.contradicted  # 'will be' makes no forecast


@pytest.mark.parametrize("text, claim", [
    ("Norway's inflation is expected to reach 4.1% next year.", "4.1%"),
    ("Chilean inflation will surpass 7.5% this year, according to the finance ministry.", "7.5%"),
    ("Die Inflation in Chile dürfte 2024 auf 4,0 Prozent sinken.", "4,0 Prozent"),
])
def test_a_forecast_for_a_year_the_data_does_not_reach_is_unsupported_saying_so(cpi: Path, text: str, claim: str) -> None:
    result = claim_results(text, [cpi], "2023-08-01")[claim]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "forecast_period")
    assert "a period the data does not reach" in result.explanation


def test_forecast_modals_are_the_newsrooms(cpi: Path) -> None:
    from workbench.config import Tolerances
    text = "Norway's inflation will exceed 5.1%, analysts say."
    plain = claim_results(text, [cpi], "2023-08-01", Tolerances(projection_modals=[]))["5.1%"]
    assert plain.verdict is Verdict.supported  # read as an outturn without the modal rule


def test_a_first_release_naming_no_year_is_of_the_latest_year_which_the_data_does_not_reach(cpi: Path) -> None:
    text = "According to the statistics bureau's flash estimate, Chilean inflation came to 10.9%."
    result = claim_results(text, [cpi], "2025-03-01")["10.9%"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "nearest_other_period")
    assert "'flash estimate': a release of the latest period" in result.explanation
    assert result.evidence[0].period == "2022"


@pytest.mark.parametrize("text, claim", [
    ("In Norwegen lag die Teuerung 2021 nach dem harmonisierten Verbraucherpreisindex bei 3,5 Prozent.", "3,5 Prozent"),
    ("In Chili steeg de geharmoniseerde consumentenprijsindex in 2021 met 4,5 procent.", "4,5 procent"),
])
def test_a_harmonised_index_named_in_another_language_is_another_series(cpi: Path, text: str, claim: str) -> None:
    result = claim_results(text, [cpi], "2022-06-01")[claim]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series")  # agreeing or not


@pytest.fixture()
def gdp(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "gdp", "gdp", "GDP (current US$)", "GDP (current US$)",
                             {("Norway", 2021): 490.3e9, ("Chile", 2021): 316.6e9, ("Chile", 2022): 301.0e9},
                             description="GDP at purchaser's prices, current U.S. dollars")


@pytest.mark.parametrize("text, claim", [
    ("Norway's gross national income reached $490.3 billion in 2021.", "$490.3 billion"),
    ("In 2022 Chile's GNI (Atlas method) was $301 billion, the World Bank says.", "$301 billion"),
])
def test_another_aggregate_than_gdp_is_another_series_agreeing_or_not(gdp: Path, text: str, claim: str) -> None:
    result = claim_results(text, [gdp], "2023-09-01")[claim]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series")
    same = claim_results("Norway's GDP reached $490.3 billion in 2021.", [gdp], "2023-09-01")["$490.3 billion"]
    assert same.verdict is Verdict.supported


def test_last_year_counts_from_the_year_the_paragraph_above_names(cpi: Path) -> None:
    text = "Chile's copper exports slowed sharply in 2022.\n\nLast year, Chilean inflation averaged {}."
    result = claim_results(text.format("11.6%"), [cpi], None)["11.6%"]
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2022"
    assert "the paragraph before" in result.explanation
    assert claim_results(text.format("9.9%"), [cpi], None)["9.9%"].verdict is Verdict.contradicted


def test_last_year_in_an_undated_draft_stays_unsupported_for_a_place_the_measure_never_covers(cpi: Path) -> None:
    # the package has consumer prices for Chile and Norway only: no year 'last year' could mean has a row for Kenya
    result = claim_results("Consumer prices in Kenya rose 7.7% last year, the statistics office said.", [cpi], None)["7.7%"]
    assert result.verdict is Verdict.unsupported and "Kenya" in result.explanation, result.explanation
    assert "counted from the day of the check" not in result.explanation
