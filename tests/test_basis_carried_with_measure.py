"""A figure whose own sentence names no measure takes it from the text before ('GDP (PPP), 2011 estimate' as an
infobox's heading over '- Total $540 billion'; 'The bank ranks economies by purchasing power parity. In 2021
Kazakhstan's total came to $540 billion.'), and with it the valuation basis that text gives the measure: a series the
packages do not hold (unsupported: other_series), not the current-dollar row contradicting it. A sentence naming
its own measure, or text naming a nominal basis beside, keeps the row. Invented figures, several languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("wb"), {("Kazakhstan", 2021): 19.0e6},
                              {("Kazakhstan", 2021): 197.1e9})


@pytest.mark.parametrize(("text", "figure"), [
    # an infobox's row heading names the measure and its basis; the line under it only the figure
    ("# Kazakhstan's GDP (PPP), 2021 estimate\n\n- Total $540 billion", "$540 billion"),
    ("# ВВП Казахстану (ПКС), 2021 р., оцінка\n\n- Повний $540 млрд", "$540 млрд"),
    ("# ВВП Казахстана по паритету покупательной способности, 2021 год\n\n- Всего $540 млрд", "$540 млрд"),
    # the paragraph's sentence before names the ranking's basis, the claim's sentence a year but no measure
    ("The bank ranks each country's GDP by purchasing power parity. In 2021 Kazakhstan's total came to "
     "$540 billion.", "$540 billion"),
    ("El banco clasifica el PIB de cada país por paridad de poder adquisitivo. En 2021 Kazajistán sumó "
     "540.000 millones de dólares.", "540.000 millones de dólares"),
])
def test_the_basis_of_a_measure_carried_from_the_text_before_comes_with_it(packages: list[Path], text: str,
                                                                            figure: str) -> None:
    result = claim_results(text, packages, date="2023-03-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series", result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    # no basis before: the current-dollar row speaks to the figure
    ("# Kazakhstan's GDP, 2021\n\n- Total $540 billion", "$540 billion"),
    # the text before names both bases: which one the figure is in, it does not say
    ("The bank gives each country's GDP by purchasing power parity and in current US dollars. In 2021 "
     "Kazakhstan's total came to $540 billion.", "$540 billion"),
])
def test_without_a_basis_of_its_own_the_row_judges_the_figure(packages: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, packages, date="2023-03-01")[figure]
    # 2.7 times the row: flagged against it (for a person, so far from it), never set aside as another series
    assert result.verdict in (Verdict.contradicted, Verdict.needs_review), result.explanation
    assert result.reason != "other_series", result.explanation
