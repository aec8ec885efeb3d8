"""An undated text's 'last year' is counted from the year the text above names, but not from the year a plan or a
forecast aims at ('the plan is to raise it to 8 % by 2030'): that year is no present of the text, and the figure
is for a person (which year 'last year' is stays unknown), not declined for a year the data does not reach."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results
from workbench.models import Verdict

# the kaz_rus_packages fixture: Kazakhstan's GDP 197 billion US$, population 19 million in 2021 (10,368 US$ a head)


def _result(text: str, figure: str, packages: list[Path]):
    results = claim_results(text, packages, date=None)
    [key] = [k for k in results if k.startswith(figure)]
    return results[key]


def test_plans_year_is_not_the_present(kaz_rus_packages: list[Path]) -> None:
    text = ("Mining is only 3% of exports today, but the government plans to raise it to 9% by 2030. "
            "Last year Kazakhstan's GDP per capita was $9,900.")
    result = _result(text, "$9,900", kaz_rus_packages)
    assert result.verdict is Verdict.needs_review
    assert "2030" not in (result.claim.period or "")


def test_forecasts_year_is_not_the_present(kaz_rus_packages: list[Path]) -> None:
    text = ("Growth is forecast to reach 6% in 2031. Last year Kazakhstan's GDP per capita was $9,900.")
    assert _result(text, "$9,900", kaz_rus_packages).verdict is Verdict.needs_review


def test_a_year_the_text_reports_still_counts(kaz_rus_packages: list[Path]) -> None:
    # a year the text reports on (no plan, no forecast) stays the year 'last year' is read as
    text = "The economy recovered in 2021. Last year Kazakhstan's GDP per capita was $10,400."
    result = _result(text, "$10,400", kaz_rus_packages)
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2021"
