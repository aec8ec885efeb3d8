"""A change whose own words open with a span between two months in a row ('From November to December, consumer
prices fell 0.1 %', Swedish copy glossed so too) is one month's change, which no annual row shows: unsupported
(month_on_month). In an undated draft, a month's figure of a named variant ('CPIF') or of a seasonally adjusted
change stays unsupported whatever year the month is counted from; a basis that speaks of the period in the
figure's own clause ('annualised', 'the previous month's rate') leaves the guessed year to a person.

Packages are publisher-shaped (World Bank layout), sentences and figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Finland", 2021): 2.2, ("Sweden", 2021): 2.2, ("Sweden", 2022): 8.4, ("Sweden", 2023): 8.5,
        ("Lesotho", 2023): 6.3, ("United States", 2023): 4.1}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), ROWS)


@pytest.mark.parametrize(("text", "figure"), [
    ("From November to December 2021, consumer prices in Finland fell by 0.2 per cent.", "0.2 per cent"),
    ("From May to June 2021, the consumer price index of Sweden rose by 0.3%.", "0.3%"),
    ("Från november 2021 till december 2021 steg KPI i Sverige med 0,4 procent.", "0,4 procent"),
])
def test_a_change_opening_on_two_months_in_a_row_is_one_months(cpi: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi])[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), (text, result.explanation)


@pytest.mark.parametrize("text", [
    # a span of months not in a row, or the 12-month rate its words name, is no month's change
    "From January to December 2021, consumer prices in Finland rose by 2.2 per cent.",
    "From November to December 2021, consumer prices in Finland rose by 2.2 per cent year on year.",
])
def test_a_longer_span_or_a_twelve_month_wording_is_no_months_change(cpi: Path, text: str) -> None:
    result = claim_results(text, [cpi])["2.2 per cent"]
    assert result.reason != "month_on_month", (text, result.explanation)


@pytest.mark.parametrize(("text", "figure"), [
    # the month-on-month basis is the other figure's clause: this one is the variant's 12-month rate
    ("CPIF was up 0.4 percent in December month on month according to the office, and rose 1.7 percent "
     "compared with the same month a year earlier.", "1.7 percent"),
    ("The Consumer Price Index for All Urban Consumers in the United States increased 0.5 percent in December on a "
     "seasonally adjusted basis after rising 0.8 percent in November, the bureau reported.", "0.5 percent"),
])
def test_an_undated_months_variant_stays_unsupported(cpi: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi], date=None)[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), (text, result.explanation)


def test_a_basis_of_the_period_in_the_figures_clause_leaves_the_year_to_a_person(cpi: Path) -> None:
    text = "Lesotho's annual inflation rate rose to 6.9 percent in April, up from the previous month's rate of 6.3 percent."
    result = claim_results(text, [cpi], date=None)["6.3 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
