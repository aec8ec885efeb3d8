"""Two readings that keep a figure the data cannot judge from being called contradicted.

- A rate whose own words name its month ('7.4% in December') is that month's 12-month rate, even when
  its sentence calls a sibling figure the year's average: another period than the annual row.
- A central bank's projection in Spanish, Portuguese, Italian or French ('proyectó que … cerrará',
  'projetou que … fechará') is a projection, as in English: the outturn row neither confirms nor refutes it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi")]


def test_a_figure_dated_by_its_own_month_beside_the_years_average(cpi: list[Path]) -> None:
    text = ("Norway's consumer prices rose 5.8% on an annual average in 2022, and the statistics office "
            "added that they rose 7.4% in December, against December 2021.")
    results = claim_results(text, cpi, date=None)
    assert results["5.8%"].verdict is Verdict.supported
    assert results["7.4%"].verdict is Verdict.needs_review
    assert "December" in results["7.4%"].explanation


def test_an_average_said_of_every_figure_keeps_decembers_figure_the_years(cpi: list[Path]) -> None:
    # the basis is named before all the rates: December's figure on an annual-average basis is the year's
    text = ("Norway's consumer price index, measured on an annual average basis, went from 5.5% in November "
            "2022 to 5.8% in December 2022.")
    assert claim_results(text, cpi, date=None)["5.8%"].verdict is Verdict.supported


def test_a_year_figure_with_no_month_is_still_judged(cpi: list[Path]) -> None:
    # the control: no month after the figure, an average word in its sentence — 9.4 % is wrong for 2022
    text = "Norway's consumer prices rose 9.4% on an annual average in 2022, the statistics office said."
    assert claim_results(text, cpi, date=None)["9.4%"].verdict is Verdict.contradicted


@pytest.mark.parametrize("text, figure", [
    ("El banco central de Chile proyectó una inflación de 6,1 por ciento para 2022.", "6,1 por ciento"),
    ("O banco central do Chile projetou inflação anual em 6,1 por cento para 2022.", "6,1 por cento"),
    ("La banca centrale del Cile proietta che l'inflazione chiuderà il 2022 al 6,1 per cento.",
     "6,1 per cento"),
])
def test_a_central_banks_projection_in_other_languages(cpi: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, cpi, date=None)[figure]  # undated: no unpublished year decides first
    assert result.verdict is Verdict.needs_review
    assert result.reason == "projection"


def test_a_past_outturn_in_spanish_is_still_judged(cpi: list[Path]) -> None:
    # the control: 'cerró' reports the year that ended, and 6.1 % is not Chile's 11.6 %
    text = "La inflación de Chile cerró 2022 con un promedio anual de 6,1 por ciento."
    assert claim_results(text, cpi, date=None)["6,1 por ciento"].verdict is Verdict.contradicted
