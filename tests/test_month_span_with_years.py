"""A span of months each end of which names its year ('from June 2029 to June 2030', 'between March 2027 and
February 2028') is the figure's period as a whole, not its last month: a span that reaches into the last year a
series holds is another period than that year's row (needs_review), never a month past the data
(unsupported), and one wholly past the data is unsupported. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

# invented annual CPI rows of Norway, ending in 2029
_ANNUAL = {("Norway", year): value for year, value in ((2027, 6.4), (2028, 7.5), (2029, 8.8))}


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), _ANNUAL)


@pytest.mark.parametrize(("text", "date"), [
    ("Inflation in Norway has stayed above 8 per cent from June 2029 to June 2030, the statistics office said.", None),
    ("Inflation in Norway stayed above 8 per cent between June 2029 and June 2030.", "2030-08-01"),
])
def test_a_span_reaching_into_the_last_row_is_another_period(annual: Path, text: str, date: str | None) -> None:
    result = claim_starting(claim_results(text, [annual], date=date), "8 per cent")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), result.explanation
    assert "June 2029–June 2030" in result.explanation


def test_a_span_inside_the_rows_is_another_period_than_either_year(annual: Path) -> None:
    result = claim_starting(claim_results("Inflation in Norway averaged 3 per cent from March 2027 to February "
                                          "2028.", [annual], date="2030-08-01"), "3 per cent")
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_span_wholly_past_the_rows_is_unsupported(annual: Path) -> None:
    result = claim_starting(claim_results("Inflation in Norway stayed above 8 per cent from June 2031 to June 2032.",
                                          [annual], date="2032-08-01"), "8 per cent")
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_change_between_two_dated_months_keeps_each_figure_its_month(annual: Path) -> None:
    # each figure has its own month before the 'to': no span of months
    results = claim_results("Inflation in Norway rose from 5.1 per cent in June 2029 to 8.1 per cent in May 2030.",
                            [annual], date="2030-08-01")
    assert "May 2030" in claim_starting(results, "8.1 per cent").explanation
