"""'A population of about 19.70 million': an approximate figure naming no year, in a draft with no date,
that the latest row passes only through the band 'about' allows while an earlier year's row meets the
figure's own digits, is that year's figure as likely as the latest's: for a person
(``approx_other_period``), not supported. A figure the latest row meets to its digits stays supported;
a round one whose digits several years' rows meet is for a person too (``undated_bound``).

Invented figures, a World Bank-shaped population package."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Chile", 2021): 19_490_000, ("Chile", 2022): 19_580_000, ("Chile", 2023): 19_700_000,
              ("Chile", 2024): 19_950_000}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("pop"), POPULATION, {("Chile", 2024): 3.3e11})


def _result(text: str, figure: str, packages: list[Path], date: str | None = None):
    [result] = [r for surface, r in claim_results(text, packages, date=date).items() if figure in surface]
    return result


def test_about_with_an_earlier_years_digits_goes_to_a_person(packages: list[Path]) -> None:
    text = "Chile, with a population of about 19.70 million, has voted on a new constitution twice."
    result = _result(text, "19.70", packages)
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "approx_other_period", result.reason
    assert "2023" in result.explanation and "a person" in result.explanation, result.explanation


def test_about_with_the_latest_rows_digits_stays_supported(packages: list[Path]) -> None:
    text = "Chile, with a population of about 19.95 million, has voted on a new constitution twice."
    assert _result(text, "19.95", packages).verdict is Verdict.supported


def test_a_round_figure_several_years_round_to_goes_to_a_person(packages: list[Path]) -> None:
    """'about 20 million' holds 2022's, 2023's and 2024's rows to its digits: no evidence of the latest year's
    (verdicts.md, 'What the item does not carry': some recent years fit, so needs_review)."""
    text = "Chile, with a population of about 20 million, has voted on a new constitution twice."
    result = _result(text, "20 million", packages)
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "undated_bound", result.reason
