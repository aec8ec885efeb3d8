"""A sentence that calls its levels means over whole years ('(averaged over the year)') is read against the annual
series though its subject says 'monthly': the monthly file's December row is another period, the annual mean the
figure's own. A change between such means is no mean, and is read as before; a multiple over two years, re-read as
their change only after the context is read, compares the two years' means. Invented figures; sentences written
here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def ppm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    months = [(f"{year}-{month:02d}-01", base + month * 0.2) for year, base in ((2031, 430.0), (2032, 432.5))
              for month in range(1, 13)]
    return ppm_package(tmp_path_factory.mktemp("year_mean") / "gas", {
        "co2-mm-gl": ("Date", "date", "Average", months),
        "co2-annmean-gl": ("Year", "year", "Mean", [(2031, 431.3), (2032, 433.8)])})


@pytest.mark.parametrize(("text", "period"), [
    ("Global monthly average concentrations of carbon dioxide reached 431.3 parts per million in 2031 (averaged over "
     "the year).", "2031"),
    ("Global monthly concentrations of carbon dioxide, averaged over the whole year, reached 431.3 ppm in 2031.", "2031"),
    # re-read as the change of two years only after the context is read: the year-mean words still make it the
    # annual means' ratio
    ("In 2032, worldwide monthly average concentrations of carbon dioxide (averaged over the year) stood 1.006 times "
     "as high as in 2031.", "2031/2032"),
])
def test_levels_averaged_over_the_year_are_read_against_the_annual_series(ppm: Path, text: str, period: str) -> None:
    [result] = claim_results(text, [ppm], "2033-03-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annmean-gl" and result.evidence[0].period == period


@pytest.mark.parametrize("text", [
    "Global monthly average concentrations of carbon dioxide reached 431.3 parts per million in 2031.",
    "In 2032, worldwide monthly average concentrations of carbon dioxide stood 1.006 times as high as in 2031.",
])
def test_a_monthly_figure_without_those_words_stays_a_month_s(ppm: Path, text: str) -> None:
    [result] = claim_results(text, [ppm], "2033-03-01").values()
    assert result.evidence[0].resource == "co2-mm-gl"
