"""A city or region the text marks as one ('the city of Kerema', 'Kerema city', Indonesian
'kota Kerema') is a place of its own though the place list does not know its name: its figure is never
judged by its country's row."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.mark.parametrize("text", [
    "Consumer price inflation in the city of Kerema reached 4.5 % in 2030, Indonesia's statistics office said.",
    "In Indonesia, consumer price inflation in Kerema city reached 4.5 % in 2030, the statistics office said.",
    "Consumer price inflation in Kerema City, Indonesia, reached 4.5 % in 2030, the statistics office said.",
    "Inflasi harga konsumen di kota Kerema, Indonesia, mencapai 4,5 persen pada tahun 2030, menurut badan statistik.",
])
def test_the_marked_citys_figure_is_not_the_nations(tmp_path: Path, text: str) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Indonesia", 2030): 4.5})
    (result,) = claim_results(text, [cpi], date="2031-03-20").values()
    assert result.verdict is not Verdict.supported, result.explanation
    assert "Kerema" in result.explanation


def test_the_nations_figure_is_still_the_nations(tmp_path: Path) -> None:
    # the control: no city marked, the national row judges the national figure
    cpi = cpi_package(tmp_path / "cpi", {("Indonesia", 2030): 4.5})
    (result,) = claim_results("In Indonesia, consumer price inflation reached 4.5 % in 2030, the statistics office "
                              "said in a city statement.", [cpi], date="2031-03-20").values()
    assert result.verdict is Verdict.supported, result.explanation
