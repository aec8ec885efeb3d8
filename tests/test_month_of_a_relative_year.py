"""A month that opens its phrase with a year counted from the draft's date ('February this year was …', 'March
of last year saw …', as Spanish 'febrero de este año fue …' reads glossed): that month of that year. Before, the
month was lost and the figure was read against the whole year.

Sentences and figures invented; drafts dated 15 March 2031."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from package_support import claim_results, module_package, monthly_rates_package

from workbench.extraction.periods import PeriodReader

AS_OF = dt.date(2031, 3, 15)


def _periods(text: str) -> list[str | None]:
    return [p[2] for p in PeriodReader(text, text[::-1], AS_OF).periods_in(0, len(text))]


@pytest.mark.parametrize(("text", "period"), [
    ("February this year was the wettest month on record.", "2031-02"),
    ("February of this year was the wettest month on record.", "2031-02"),
    ("March of last year was the wettest month on record.", "2030-03"),
    ("The reservoirs filled in June.", "2030-06"),  # a month alone: the latest June by the draft's date
])
def test_a_month_of_a_year_counted_from_the_draft(text: str, period: str) -> None:
    assert _periods(text) == [period]


def test_a_month_of_a_relative_year_after_a_comparison_word_is_a_baseline() -> None:
    assert "2030-12" not in _periods("Compared with December last year, the reservoirs hold more water.")


_MONTHS = {f"2031-{m:02d}": 20.0 for m in (1, 2)} | {f"2030-{m:02d}": 17.0 for m in range(1, 13)}
rates = module_package(monthly_rates_package, "Mexico", _MONTHS)


def test_a_figure_whose_sentence_opens_with_the_month_is_dated_by_it(rates: Path) -> None:
    text = "February this year saw the Mexican peso average 20.01 per US dollar."
    result = claim_results(text, [rates], date=AS_OF.isoformat())["20.01"]
    assert result.claim.period == "2031-02", result.claim
