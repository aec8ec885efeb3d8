"""An average named by its length only ('the 3-year average of 7.0 %'): the mean of that many years
ending in the year the figure speaks of. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict

# Chile: 2018 2.0, 2019 3.0, 2020 4.0, 2021 6.0, 2022 11.0 → three years to 2022: 7.0; to 2021: 4.33
RATES = {("Chile", 2018): 2.0, ("Chile", 2019): 3.0, ("Chile", 2020): 4.0, ("Chile", 2021): 6.0,
         ("Chile", 2022): 11.0}


def _package(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", RATES)


def test_an_n_year_average_is_the_mean_of_the_n_years_to_the_year_carried_from_the_heading(tmp_path: Path) -> None:
    text = "# Inflation in Chile, 2022\n\nConsumer price inflation ran above its three-year average of 7.0%."
    result = claim_results(text, [_package(tmp_path)])["7.0%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2020/2022" and result.evidence[0].formula
    wrong = claim_results(text.replace("7.0%", "8.0%"), [_package(tmp_path)])["8.0%"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    assert wrong.evidence[0].period == "2020/2022"  # not the 2022 row: 11 % is no average of three years


def test_the_years_own_figure_ends_the_span_and_a_figure_before_the_phrase_is_not_the_average(
        tmp_path: Path) -> None:
    text = "In 2021, Chilean inflation of 6.0% was above its 3-year mean of 4.3%."
    results = claim_results(text, [_package(tmp_path)])
    assert results["4.3%"].verdict is Verdict.supported, results["4.3%"].explanation  # 2019–2021: 4.33
    assert results["6.0%"].verdict is Verdict.supported and results["6.0%"].evidence[0].period == "2021"


def test_an_average_with_no_year_to_end_it_is_not_given_a_span(tmp_path: Path) -> None:
    text = "Chilean inflation ran above the five-year average of 5.2%."
    result = claim_results(text, [_package(tmp_path)], date=None)["5.2%"]
    assert result.verdict is Verdict.needs_review, result.explanation  # no year: a person picks the period
    assert result.evidence and all("/" not in e.period for e in result.evidence)  # yearly rows, no span
