"""Year's rates listed after the sentence that named inflation: 'Consumer price inflation rose in many economies in
2022, Chile's most of all. Norway closed the list with 5.5%.' The list's sentence names no measure, but the reader
carries the headline prices from the sentence just before, as surely as if it said them: a rate of the named place
and year that its row misses by no more than another vintage does is contradicted, one that agrees is supported —
neither left for a person because the sentence repeats no word of the series' name. Package World Bank-shaped
(CPI rows invented); sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

LEAD = "Consumer price inflation rose in many economies in 2022, Chile's most of all."


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("listed") / "cpi")  # Norway 2022: 5.8


@pytest.mark.parametrize(("figure", "verdict"), [("5.8%", Verdict.supported), ("5.5%", Verdict.contradicted)])
def test_a_rate_listed_after_the_sentence_naming_inflation_is_judged_by_its_row(cpi: Path, figure: str,
                                                                               verdict: Verdict) -> None:
    found = claim_results(f"{LEAD} Norway closed the list with {figure}.", [cpi], "2023-06-01")[figure]
    assert found.verdict is verdict, found.explanation


def test_a_rate_far_off_the_row_stays_for_a_person(cpi: Path) -> None:
    # 4.1 against 5.8: as likely another measure or basis the sentence does not name as a wrong figure
    found = claim_results(f"{LEAD} Norway closed the list with 4.1%.", [cpi], "2023-06-01")["4.1%"]
    assert found.verdict is Verdict.needs_review, found.explanation


RUNNING = "Consumer price inflation rose in many economies this year, Chile's most of all."


def test_a_rate_of_a_year_not_over_at_the_drafts_date_stays_for_a_person(cpi: Path) -> None:
    # written in November: the year's rate is an estimate or part of the year, not the outturn the row records later
    body = f"{RUNNING} Norway closed the list with 5.8% for 2022 and 3.1% for 2023."
    found = claim_results(body, [cpi], "2022-11-15")["5.8%"]
    assert found.verdict is Verdict.needs_review, found.explanation
    # the same list read once the year is over is judged by the row
    assert claim_results(body, [cpi], "2023-06-01")["5.8%"].verdict is Verdict.supported
