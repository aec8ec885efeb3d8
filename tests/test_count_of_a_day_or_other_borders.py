"""A stock's count that is not the mid-year estimate a yearly row holds: the level reached over a stretch
its sentence dates from a year's start is a count of a day (count_days), and a count its sentence says
covers borders that moved (an annexation) is a count within its source's borders (other_coverage). A row
that disagrees neither refutes nor confirms either; a count with neither reading is judged as usual."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, population_package

MID_YEAR = {("Norway", 2015): 5_190_000, ("Norway", 2016): 5_234_000, ("Norway", 2021): 5_391_000}


def test_a_level_reached_since_the_start_of_a_year_is_a_count_of_a_day(tmp_path: Path) -> None:
    text = ("Since the beginning of 2016, the number of Norwegian residents has grown by 31,000, "
            "reaching about 5,221,870.")
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2018-03-01")["5,221,870"]
    assert (result.verdict.value, result.reason) == ("needs_review", "count_days"), result.explanation
    assert "from the start of a year to a day it does not name" in result.explanation


def test_a_level_of_a_named_year_without_year_start_words_is_still_judged(tmp_path: Path) -> None:
    text = "In 2016 the number of Norwegian residents reached 5,234,000."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2017-09-01")["5,234,000"]
    assert result.verdict.value == "supported", result.explanation


def test_a_count_within_borders_an_annexation_moved_is_for_review(tmp_path: Path) -> None:
    text = "Norway's population rose to 5.6 million in 2021 following the annexation of a neighbouring island."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2022-09-01")["5.6 million"]
    assert (result.verdict.value, result.reason) == ("needs_review", "other_coverage"), result.explanation
    assert "borders changed" in result.explanation


def test_a_count_that_names_no_change_of_borders_is_contradicted(tmp_path: Path) -> None:
    text = "Norway's population rose to 5.6 million in 2021 following a wave of immigration."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2022-09-01")["5.6 million"]
    assert result.verdict.value == "contradicted", result.explanation


def test_an_annexation_does_not_undo_a_row_that_agrees(tmp_path: Path) -> None:
    text = "Norway's population rose to 5.39 million in 2021 following the annexation of a neighbouring island."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2022-09-01")["5.39 million"]
    assert result.verdict.value == "supported", result.explanation


def test_a_change_across_borders_that_moved_is_for_review(tmp_path: Path) -> None:
    # a rise counted with the territory taken in against rows counted without it: the gap is the territory
    text = "Norway's population grew by more than 300,000 in 2016, when it seized a neighbouring island."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2017-09-01")["300,000"]
    assert (result.verdict.value, result.reason) == ("needs_review", "other_coverage"), result.explanation


def test_a_change_that_names_no_change_of_borders_is_contradicted(tmp_path: Path) -> None:
    text = "Norway's population grew by more than 300,000 in 2016, when immigration surged."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2017-09-01")["300,000"]
    assert result.verdict.value == "contradicted", result.explanation


def test_a_count_news_says_was_reached_is_of_the_draft_date(tmp_path: Path) -> None:
    # the latest complete year's row agrees, but the text reports the count when it was reached, in 2022
    text = "Norway's population rose to 5.4 million, the statistics office said."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2022-06-01")["5.4 million"]
    assert (result.verdict.value, result.reason) == ("needs_review", "different_period"), result.explanation


def test_a_count_stated_plainly_without_a_year_is_the_latest_complete_years(tmp_path: Path) -> None:
    text = "Norway's population was 5.4 million, the statistics office said."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2022-06-01")["5.4 million"]
    assert result.verdict.value == "supported", result.explanation


def test_the_ends_of_a_years_move_are_counts_of_its_start_and_end(tmp_path: Path) -> None:
    # the mid-year rows (5,190,000 and 5,234,000) refute both ends by about 1 %: counts of 1 January, for a person
    text = "Statistics Norway said the number of residents rose in 2016 from 5,136,000 to 5,290,000."
    found = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2017-09-01")
    for figure, day in (("5,136,000", "1 January 2016"), ("5,290,000", "1 January 2017")):
        result = found[figure]
        assert (result.verdict.value, result.reason) == ("needs_review", "count_days"), result.explanation
        assert day in result.explanation, result.explanation


def test_ends_that_name_their_own_years_are_judged_as_those_years(tmp_path: Path) -> None:
    text = "The number of Norwegian residents rose from 5,190,000 in 2015 to 5,100,000 in 2016."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2017-09-01")["5,100,000"]
    assert result.verdict.value == "contradicted", result.explanation
