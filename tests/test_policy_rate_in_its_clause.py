"""'The central bank kept its policy rate at 6.5 per cent amid easing inflation': the rate a figure's own
clause names before it ('policy rate', 'repo rate', 'cash rate', lexicon rate_names) is what the figure
is, though the sentence names inflation too. The data holds no such rate: unsupported (another series),
never judged against the inflation rows. A rate named before a measure word that the figure follows
('raised its key rate as inflation hit 7 %') leaves the figure that measure's."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Chile", 2030): 7.0, ("Chile", 2031): 6.5, ("Australia", 2030): 1.5, ("Australia", 2031): 3.0}


@pytest.mark.parametrize("text, figure", [
    ("Chile's central bank kept its policy rate at 6.5 per cent in 2031, as inflation eased.", "6.5 per cent"),
    ("The Reserve Bank of Australia left the cash rate at 1.5 per cent in 2030, with inflation near its target.", "1.5 per cent"),
    ("In Chile, the monetary policy committee held the benchmark interest rate at 7.0 per cent in 2030 amid high inflation.", "7.0 per cent"),
    # a central bank's own name for its rate, in capitals that read like the bank's name
    ("Chile's Central Bank's board held the Central Bank Rate at 6.5 per cent in 2031, to keep inflation in check.", "6.5 per cent"),
])
def test_a_rate_named_before_the_figure_is_the_figures(tmp_path: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2032-01-10")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series"


def test_a_measure_named_after_the_rate_is_the_figures(tmp_path: Path) -> None:
    text = "Chile's central bank raised its key rate again as inflation hit 7.0 per cent in 2030."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2032-01-10")["7.0 per cent"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("text, figure", [
    ("El Banco Central de Chile mantuvo la tasa de interés de referencia en 6,5% en 2031, pese a la inflación.", "6,5%"),
    ("O Banco Central do Chile manteve a taxa básica de juros em 6,5% em 2031.", "6,5%"),
    ("Bank sentral Chile menahan suku bunga acuan di level 6,5% pada 2031.", "6,5%"),
])
def test_policy_rates_glossed_from_other_languages(tmp_path: Path, text: str, figure: str) -> None:
    """Spanish 'tasa de interés', Portuguese 'taxa (básica) de juros', Indonesian 'suku bunga (acuan)' are
    glossed as the interest rates they are (languages.json), so the same rule reads them."""
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2032-01-10")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series"


@pytest.mark.parametrize("text, figure", [
    ("Chile's central bank raised its key rate by 75 basis points in 2031.", "75 basis points"),
    ("Chile's central bank cut the policy rate by 0.5 percentage points in 2030.", "0.5 percentage points"),
    # a clause of link words alone ('by …') set off by a comma is the clause before it's
    ("Chile's central bank had raised its key interest rate at the end of 2030, by 75 basis points.", "75 basis points"),
    ("وكان البنك المركزي في تشيلي قد رفع سعر الفائدة الرئيسي في نهاية 2030، بمقدار 75 نقطة أساس.", "75 نقطة أساس"),
])
def test_a_rate_s_move_in_points_is_the_rate_s(tmp_path: Path, text: str, figure: str) -> None:
    """A move of the rate in points: no series is in points, but the rate's is what the figure is, so it is
    another series (unsupported), not a figure nothing matches."""
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2032-01-10")[figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation


def test_last_year_s_move_of_the_rate_in_an_undated_draft_is_still_another_series(tmp_path: Path) -> None:
    """Which year 'last year' is does not matter: no year holds a row of the rate."""
    text = "Chile's central bank had raised its key interest rate at the end of last year, by 75 basis points."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date=None)["75 basis points"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation
