"""A percent change measured from a base year named right after it ('consumer prices rose 9.4 % compared
with 2020'), against a series of yearly rates: the change from the base year to the claim's year, the
rates after the base compounded — never the mean of the yearly rates, though another clause of the
sentence speaks of an average ('the annual average index was up 5.8 % on 2021'). A rise 'compared with'
a year may also be the year after its own rate, its year dropped (a 2022 text repeating the office's
'2021 compared with 2020'); 'since' a year is no such comparison. Invented figures in a
World Bank-shaped package; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import publisher_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import ClaimResult, Verdict
from workbench.reference.loader import load_reference

# Yearly consumer-price inflation, %: compounded over 2021–2022 it is (1.0248 × 1.0576 − 1) = 8.38 %,
# the mean of those two years' rates 4.12 %, of the three from 2020 3.18 %.
RATES = {("Norway", 2020): 1.29, ("Norway", 2021): 2.48, ("Norway", 2022): 5.76}


@pytest.fixture()
def package(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "prices", "prices", "Inflation, consumer prices (annual %)",
                             "Inflation", RATES)


def result_for(text: str, figure: str, package: Path) -> ClaimResult:
    draft = parse_draft(f"---\ndate: 2023-03-01\n---\n\n{text}\n".encode(), "draft.md")
    report = check_draft(draft, load_reference([package]), Config(root=package.parent, reference=[package]))
    [found] = [r for r in report.results if r.claim.text == figure]
    return found


SENTENCE = ("In Norway the annual average consumer price index in 2022 was up by 5.8% on 2021, while consumer "
            "prices increased by {figure} compared with 2020.")


def test_a_rise_compared_with_a_base_year_is_the_compounded_change_not_a_mean_of_rates(package: Path) -> None:
    result = result_for(SENTENCE.format(figure="8.4%"), "8.4%", package)
    assert result.verdict is Verdict.supported, result.explanation
    assert "mean" not in (result.evidence[0].formula or ""), result.evidence[0].formula


@pytest.mark.parametrize("figure", ["4.1%", "3.2%"])  # the means of the yearly rates, with and without 2020
def test_the_mean_of_the_yearly_rates_supports_no_rise_compared_with_a_year(package: Path, figure: str) -> None:
    result = result_for(SENTENCE.format(figure=figure), figure, package)
    assert result.verdict is not Verdict.supported, result.explanation


def test_an_average_said_in_the_figures_own_clause_is_still_a_mean_of_rates(package: Path) -> None:
    text = "In 2022 Norway's consumer prices rose on average by 4.1% compared with 2020, the office said."
    result = result_for(text, "4.1%", package)
    assert result.verdict is Verdict.supported, result.explanation


def test_the_rate_of_the_year_after_a_compared_base_is_the_rise_compared_with_it(package: Path) -> None:
    result = result_for(SENTENCE.format(figure="2.5%"), "2.5%", package)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021" and result.evidence[0].value == pytest.approx(2.48)


def test_a_rise_since_a_year_is_not_the_rate_of_the_year_after_it(package: Path) -> None:
    text = "In Norway consumer prices in 2022 have risen by 2.5% since 2020, the office said."
    result = result_for(text, "2.5%", package)
    assert result.verdict is not Verdict.supported, result.explanation
