"""Counts of people against yearly population rows: what a counted noun names, and which day a
count speaks of (its own date, the draft's date when it states none, or the year it names)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dated_draft
from test_context_places import PACKAGE
from test_matching import check_text, write_package

from workbench.models import Verdict
from workbench.verify import Reason


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("counts") / "reference", PACKAGE)


def _result(body: str, package: Path, claim: str, date: str = "2017-09-01"):
    return check_text(dated_draft(body, date), package)[0][claim]


def test_people_counted_in_a_sentence_about_the_population(package: Path) -> None:
    result = _result("The population of Peru rose by 460,000 in 2016 to 30.93 million people.", package,
                     "30.93 million")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].dimensions["country"] == "Peru" and result.evidence[0].period == "2016"


def test_people_alone_do_not_make_a_population(package: Path) -> None:
    # displaced people are no population: nothing in the package speaks of them
    result = _result("Floods displaced 17.9 million people in Chile in 2016.", package, "17.9 million")
    assert result.verdict is Verdict.unsupported and result.evidence == []


def test_a_count_said_to_be_current_speaks_of_the_draft_date_not_last_year(package: Path) -> None:
    # 18.08 million is Chile's 2016 row; the draft speaks from September 2017: another day's figure
    result = _result("Chile's population now stands at 18.08 million, the statistics office said.", package,
                     "18.08 million")
    assert result.verdict is Verdict.needs_review
    assert result.reason == Reason.DIFFERENT_PERIOD
    assert result.evidence[0].period == "2016"
    assert "the draft's date" in result.explanation
    change = _result("Chile's population has grown by 210,000 people, the latest estimate shows.", package,
                     "210,000")
    assert change.verdict is Verdict.needs_review and change.reason == Reason.DIFFERENT_PERIOD


def test_a_count_with_no_year_and_no_word_of_the_present_is_the_latest_complete_year(package: Path) -> None:
    result = _result("Chile's population is 18.08 million.", package, "18.08 million")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2016"


def test_a_count_that_names_its_year_is_read_for_that_year(package: Path) -> None:
    result = _result("Chile's population was 18.08 million in 2016.", package, "18.08 million")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2016"


def test_a_count_on_a_day_is_no_contradiction_by_a_yearly_estimate(package: Path) -> None:
    result = _result("Chile's population stood at 18.3 million on 1 January 2017.", package, "18.3 million")
    assert result.verdict is Verdict.needs_review and result.reason == Reason.DIFFERENT_PERIOD


def test_a_change_with_no_year_is_not_read_from_the_year_in_progress(package: Path) -> None:
    # GDP is no stock: a change with no year is the latest complete year's, 2015→2016 (+2.88 %),
    # not 2016→2017 (no 2017 row) and never a year still in progress at the draft's date
    result = _result("Chile's GDP grew 2.9 % in US dollar terms.", package, "2.9 %", date="2017-03-01")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2016"
    early = _result("Chile's GDP grew 2.9 % in US dollar terms.", package, "2.9 %", date="2016-06-01")
    assert not early.evidence or early.evidence[0].period != "2016"


def test_a_sentence_that_refers_back_to_this_indicator_reads_the_metric_named_before(package: Path) -> None:
    body = ("The value for population in Peru was 30.47 million in 2015.\n\n"
            "Over the decade this indicator reached a maximum value of 30.93 million in 2016.")
    result = _result(body, package, "30.93 million")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].dimensions["country"] == "Peru" and result.evidence[0].period == "2016"


def test_without_referring_back_a_count_of_something_else_is_no_population(package: Path) -> None:
    body = ("The value for population in Peru was 30.47 million in 2015.\n\n"
            "Over the decade 30.93 million tourists visited the country in 2016.")
    result = _result(body, package, "30.93 million")
    assert result.verdict is not Verdict.supported


def test_a_count_for_the_month_that_holds_the_rows_day_is_that_year_s(package: Path) -> None:
    # yearly populations are mid-year (1 July) estimates: 'July 2016' holds that day, its own or carried
    # from the sentence before; another month does not
    own = _result("Chile's population was estimated at 18.08 million in July 2016.", package, "18.08 million")
    assert own.verdict is Verdict.supported and own.evidence[0].period == "2016", own.explanation
    carried = _result("Chile's population was last estimated in July 2016. At that point Chile's population "
                      "was 18.08 million.", package, "18.08 million")
    assert carried.verdict is Verdict.supported and carried.evidence[0].period == "2016", carried.explanation
    march = _result("Chile's population was estimated at 18.08 million in March 2016.", package, "18.08 million")
    assert march.verdict is Verdict.needs_review and march.reason == Reason.DIFFERENT_PERIOD, march.explanation


def test_a_current_count_that_no_row_agrees_with_after_the_data_ends_is_unsupported(package: Path) -> None:
    # the draft's year is past Chile's last row, and 18.6 million is not that row: the data lacks the day
    result = _result("Chile's population now stands at 18.6 million, the statistics office said.", package,
                     "18.6 million")
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == Reason.NEAREST_OTHER_PERIOD
    assert result.evidence[0].period == "2016"
    # within the row's own year the same count is only another day's figure: for review
    same_year = _result("Chile's population now stands at 18.6 million, the statistics office said.", package,
                        "18.6 million", date="2016-10-05")
    assert same_year.verdict is Verdict.needs_review and same_year.reason == Reason.DIFFERENT_PERIOD
