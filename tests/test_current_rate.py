"""A rate stated in the present tense with no year ('inflation in Chile is at 5.1 %') in a dated
story is the latest 12-month rate at the story's date: an annual average of an earlier year does not
contradict it. Invented CPI figures (package_support.CPI); the sentences are written here.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict


def test_a_present_rate_with_no_year_is_not_contradicted_by_an_earlier_years_average(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi")  # Chile 2022: 11.6 %, published by mid-2023
    result = claim_results("Consumer price inflation in Chile is at 5.1 %, the central bank said.", [cpi],
                           date="2023-06-20")["5.1 %"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period" and result.evidence[0].period == "2022"
    assert "12-month" in result.explanation and "annual average" in result.explanation
    ranked = claim_results("Chile has the region's highest inflation, with 5.1 %.", [cpi], date="2023-06-20")["5.1 %"]
    assert ranked.verdict is Verdict.needs_review, ranked.explanation


def test_a_past_tense_or_a_named_year_keep_the_contradiction_an_undated_story_is_for_review(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi")
    past = claim_results("Consumer price inflation in Chile was 5.1 %, the central bank said.", [cpi],
                         date="2023-06-20")["5.1 %"]
    assert past.verdict is Verdict.contradicted, past.explanation
    aside = claim_results("The bank, which is independent, said inflation in Chile was 5.1 %.", [cpi],
                          date="2023-06-20")["5.1 %"]
    assert aside.verdict is Verdict.contradicted, aside.explanation  # 'is' of an aside; the figure's clause is past
    named = claim_results("Consumer price inflation in Chile is 5.1 % in 2022, the bank says.", [cpi],
                          date="2023-06-20")["5.1 %"]
    assert named.verdict is Verdict.contradicted, named.explanation
    undated = claim_results("Consumer price inflation in Chile is at 5.1 %.", [cpi], date=None)["5.1 %"]
    # no date: 'is' names no period the rule could read, so the latest row's other period is for a person
    assert undated.verdict is Verdict.needs_review, undated.explanation
    assert undated.reason == "nearest_other_period" and undated.evidence[0].period == "2022"
    agreeing = claim_results("Consumer price inflation in Chile is at 11.6 %.", [cpi], date="2023-06-20")["11.6 %"]
    assert agreeing.verdict is Verdict.supported, agreeing.explanation


def test_a_present_bound_that_an_older_year_fits_is_not_called_out_of_date(tmp_path: Path) -> None:
    """'Running at less than 8 %': 2021's 4.5 % fits the bound, but so would many a year; the row says
    nothing of which year the writer meant, and a 12-month rate a few months on may well be under 8 %."""
    cpi = cpi_package(tmp_path / "cpi")
    bound = claim_results("Inflation in Chile is running at less than 8 %, the central bank said.", [cpi],
                          date="2023-06-20")["8 %"]
    assert bound.verdict is Verdict.needs_review, bound.explanation
    assert bound.reason != "stale" and "out of date" not in bound.explanation
    exact = claim_results("Inflation in Chile is running at 4.5 %, the central bank said.", [cpi],
                          date="2023-06-20")["4.5 %"]
    assert exact.verdict is Verdict.contradicted and exact.reason == "stale", exact.explanation



def test_a_bound_since_the_start_of_an_event_is_of_the_present(tmp_path: Path) -> None:
    """'Since the start of the drought' runs to the story's date, as 'is at' does: the bound is a 12-month
    rate's, not an out-of-date figure because an older year's average fits it."""
    cpi = cpi_package(tmp_path / "cpi", {("Peru", 2020): 2.0, ("Peru", 2021): 9.0, ("Peru", 2022): 6.0})
    found = claim_results("Since the start of the drought, Peru's inflation rate shot up from 5 % to more than 8 %, "
                          "official figures show.", [cpi], date="2023-06-20")
    assert found["8 %"].verdict is Verdict.needs_review, found["8 %"].explanation
    assert "12-month" in found["8 %"].explanation


def test_a_present_rate_a_few_points_above_a_small_average_is_not_contradicted(tmp_path: Path) -> None:
    """'Currently 1.6 %' a few weeks after a year that averaged 0.6 %: 2.7 times it, yet a point away, as a
    12-month rate may move within months; far off in points too, it stays contradicted."""
    cpi = cpi_package(tmp_path / "cpi", {("Norway", 2020): 0.9, ("Norway", 2021): 0.6})
    near = claim_results("Inflation in Norway is currently at an annual rate of 1.6 percent.", [cpi],
                         date="2022-02-10")["1.6 percent"]
    assert near.verdict is Verdict.needs_review and near.reason == "different_period", near.explanation
    far = claim_results("Inflation in Norway is currently at an annual rate of 4.6 percent.", [cpi],
                        date="2022-02-10")["4.6 percent"]
    assert far.verdict is Verdict.contradicted, far.explanation


def test_a_present_rate_of_coarse_digits_that_an_older_year_fits_is_not_called_out_of_date(tmp_path: Path) -> None:
    """'A seven percent high' covers 6.5 to 7.5: one older year's average inside it is as likely a coincidence
    of rounding as an old figure; the rate is the current 12-month one, another period than the annual row.
    Two digits ('a 12 percent high') are fine enough to keep the stale reading."""
    cpi = cpi_package(tmp_path / "cpi", {("Peru", 2015): 6.9, ("Peru", 2016): 12.1, ("Peru", 2021): 9.3,
                                         ("Peru", 2022): 8.2})
    coarse = claim_results("A weaker sol in recent months has pushed inflation in Peru to a seven percent high.",
                           [cpi], date="2023-06-20")["seven percent"]
    assert coarse.verdict is Verdict.needs_review and coarse.reason == "different_period", coarse.explanation
    assert coarse.evidence[0].period == "2022" and "out of date" not in coarse.explanation
    fine = claim_results("A weaker sol in recent months has pushed inflation in Peru to a 12.1 percent high.",
                         [cpi], date="2023-06-20")["12.1 percent"]
    assert fine.verdict is Verdict.contradicted and fine.reason == "stale", fine.explanation


def test_a_rate_its_clause_calls_the_presents_is_not_supported_by_an_earlier_years_average(tmp_path: Path) -> None:
    """'Inflation in Chile is now 11.6 %' in June 2023 is the latest month's 12-month rate: 2022's average agreeing
    with it is another period, for a person, in English and in a glossed language ('kwa sasa', Swahili's 'currently')."""
    cpi = cpi_package(tmp_path / "cpi")  # Chile 2022: 11.6 %
    for sentence, figure in (("Consumer price inflation in Chile is now 11.6 %, the central bank said.", "11.6 %"),
                             ("Consumer price inflation in Chile currently stands at 11.6 %.", "11.6 %"),
                             ("Mfumuko wa bei nchini Chile kwa sasa umefikia asilimia 11.6.", "asilimia 11.6")):
        result = claim_results(sentence, [cpi], date="2023-06-20")[figure]
        assert result.verdict is Verdict.needs_review, (sentence, result.explanation)
        assert result.reason == "different_period" and result.evidence[0].period == "2022", sentence
    # no 'now' word: the present tense alone keeps the agreeing row (test above); a named year is that year's
    named = claim_results("Consumer price inflation in Chile is now put at 11.6 % for 2022.", [cpi],
                          date="2023-06-20")["11.6 %"]
    assert named.verdict is Verdict.supported, named.explanation
    undated = claim_results("Consumer price inflation in Chile is now 11.6 %.", [cpi], date=None)["11.6 %"]
    assert undated.verdict is not Verdict.contradicted, undated.explanation
