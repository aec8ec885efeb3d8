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
