"""'Annualized inflation' (Latin American copy's 'inflación anualizada') is the 12-month rate of consumer
prices, the series the reference data holds on another basis: a figure the annual average misses is a
different period for a person, never 'another series' (unsupported); one it agrees with is supported. An
annualized rate of a quarter's growth stays another series. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"))


@pytest.mark.parametrize(("sentence", "figure"), [
    ("In Chile, annualized inflation climbed to 13.1% in 2022.", "13.1%"),
    ("Chile's annualised inflation rate stood at 13.1 percent in 2022.", "13.1 percent"),
    ("En 2022, la inflación anualizada de Chile llegó a 13,1%.", "13,1%"),
    ("Em 2022, a inflação anualizada do Chile chegou a 13,1%.", "13,1%"),
])
def test_annualized_inflation_is_the_twelve_month_rate(cpi: Path, sentence: str, figure: str) -> None:
    result = claim_results(sentence, [cpi], date="2023-06-01")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].period == "2022", result.explanation


def test_annualized_inflation_the_average_agrees_with_is_supported(cpi: Path) -> None:
    result = claim_results("In Chile, annualized inflation reached 11.6% in 2022.", [cpi], date="2023-06-01")["11.6%"]
    assert result.verdict is Verdict.supported, result.explanation


def test_an_annualized_rate_of_another_measure_stays_another_series(cpi: Path) -> None:
    result = claim_results("Chile's consumer prices rose at an annualized rate of 13.1% in the second half of 2022.",
                           [cpi], date="2023-06-01")["13.1%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert "'annualized'" in result.explanation, result.explanation
