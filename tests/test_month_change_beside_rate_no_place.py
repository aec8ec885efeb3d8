"""A month's change beside its year's rate in one sentence ('the CPI for March rose 1.2 %, 3.9 % since January and
8.8 % over the last 12 months'), with no place named: the series of every place stand in, and their rows (one
place's year near zero) say nothing of the figure's size — its sentence's own 12-month rate does. Unsupported
(month_on_month) in the languages the engine reads; a figure as large as the year's rate beside it stays a 12-month
rate. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

# one place's year near zero: a month's change of 1.2 % is no small part of it, yet that place is no one's here
_ANNUAL = {("Norway", 2021): 3.5, ("Chile", 2021): 4.5, ("Japan", 2021): -0.2}


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), _ANNUAL)


@pytest.mark.parametrize(("text", "figure"), [
    ("The consumer price index for March rose 1.2%, adding up to 3.9% since January and 8.8% over the last "
     "12 months, the statistics office said.", "1.2%"),
    ("El índice de precios al consumo de marzo subió 1,2%, acumulando desde enero 3,9% y en los últimos 12 meses "
     "8,8%, informó el instituto.", "1,2%"),
    ("O índice de preços ao consumidor de março subiu 1,2%, acumulando 3,9% desde janeiro e 8,8% nos últimos "
     "12 meses.", "1,2%"),
])
def test_a_months_change_beside_its_years_rate_is_unsupported_with_no_place(annual: Path, text: str,
                                                                            figure: str) -> None:
    result = claim_results(text, [annual], date="2021-04-10")[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "month_on_month"), result.explanation


def test_a_figure_as_large_as_the_years_rate_beside_it_is_no_months_change(annual: Path) -> None:
    text = ("The consumer price index for March rose 8.5%, after 8.8% over the last 12 months to February, "
            "the statistics office said.")
    result = claim_results(text, [annual], date="2021-04-10")["8.5%"]
    assert result.reason != "month_on_month", result.explanation
