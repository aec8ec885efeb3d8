"""'Last year' in a draft with no date, its text naming no year to count from: the year is counted from the day
of the check, a guess. A row of that guessed year that agrees with the figure is as much a guess as one that
disagrees, so the figure is for a person (needs_review, saying so), never 'supported' — which would pass a
figure nobody checked against the writer's year. A dated draft counts 'last year' from its date and judges it.
The rate is the same in every year here, so whichever day the test runs on, the guessed year's row agrees.
Sentences and figures invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, module_package, rates_package

from workbench.models import Verdict

TEXT = "Last year the Korean won averaged 1,288.4 per US dollar, the weakest in a decade."


rates = module_package(rates_package, {("South Korea", year): 1288.4 for year in range(2000, 2101)})


def test_an_agreeing_row_of_a_year_counted_from_the_run_date_is_for_a_person(rates: Path) -> None:
    result = claim_results(TEXT, [rates], date=None)["1,288.4"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "no date" in result.explanation


def test_a_dated_draft_counts_last_year_from_its_date(rates: Path) -> None:
    result = claim_results(TEXT, [rates], date="2024-02-10")["1,288.4"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2023"
