"""A month's rate whose year no row of its series reaches is unsupported (verdicts.md: a period outside the data),
not a different period of the last year's average — when the text gives the year: written in its sentence, counted
from a year the text writes ('a year earlier' under '… in October 2025'), or the figure's own span, not the span of
the base it is compared with ('compared with the previous 12 months (…)')."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.models import Verdict

from package_support import claim_results, cpi_package

# Chile's yearly averages (invented), the last row 2023.
ROWS = {("Chile", 2021): 4.5, ("Chile", 2022): 11.6, ("Chile", 2023): 7.6}


@pytest.fixture()
def cpi(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi", ROWS)]


def test_a_year_counted_from_the_year_the_text_writes_past_the_rows_is_unsupported(cpi: list[Path]) -> None:
    # an undated draft: 'a year earlier' counts from the October the sentence before dates
    text = ("Consumer prices in Chile kept easing in October {year}. Inflation slowed to 3.9 percent, "
            "down from 6.3 percent a year earlier, the central bank said.")
    past = claim_results(text.format(year=2025), cpi, date=None)["6.3 percent"]
    assert past.claim.period == "2024-10"
    assert past.verdict is Verdict.unsupported
    assert "October 2024" in past.explanation
    # … and a year the rows hold is another period of that year's average, for a person to weigh
    held = claim_results(text.format(year=2024), cpi, date=None)["6.3 percent"]
    assert held.claim.period == "2023-10"
    assert held.verdict is Verdict.needs_review


def test_a_bracketed_base_span_is_not_the_figures_period(cpi: list[Path]) -> None:
    text = ("The average change in Chile's consumer prices over the last 12 months ({own}) compared with "
            "the previous 12 months ({base}) was 5.2 percent.")
    result = claim_results(text.format(own="October 2023 – September 2024", base="October 2022 – September 2023"),
                           cpi, date="2024-10-14")["5.2 percent"]
    # the figure's own twelve months, which end in 2024, past the rows: not the base's span to September 2023
    assert result.claim.period == "2023-10/2024-09"
    assert result.verdict is Verdict.unsupported


def test_a_period_right_after_a_compared_figure_leaves_the_sentence_the_month_before_it(cpi: list[Path]) -> None:
    # 'down from 6.3 percent a year earlier' dates the figure compared with, not the sentence: the 3.9 percent is
    # the month the sentence before names
    text = ("Consumer prices in Chile kept easing in October {year}. Inflation slowed to 3.9 percent, "
            "down from 6.3 percent a year earlier, the central bank said.")
    past = claim_results(text.format(year=2025), cpi, date=None)["3.9 percent"]
    assert past.verdict is Verdict.unsupported
    assert "no figure for October 2025" in past.explanation  # the period the data lacks, named
    held = claim_results(text.format(year=2023), cpi, date=None)["3.9 percent"]
    assert held.verdict is Verdict.needs_review
