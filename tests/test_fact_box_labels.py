"""Country profiles and fact boxes write a figure after its label and a currency after a scale's
abbreviation: 'Bruttoinlandsprodukt 2021: 316,6 Mrd. US-$', 'the unemployment rate: 2021 7.9 %'.

- A currency's sign or ISO code after an abbreviated scale ('Mrd. US-$', 'Mio. USD') is the figure's
  unit: the abbreviation's dot does not end the sentence there, as it does before a capitalised word.
- A rate named before a colon labels the clause the colon opens: 'the unemployment rate: 2021 7.9 %'
  speaks of unemployment (a series the data does not hold: unsupported), never of the inflation the
  sentence names before it.

Invented figures in World Bank-shaped packages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, publisher_package

from workbench.models import Verdict


def gdp(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "output", "output", "GDP (current US$)", "Value",
                             {("Chile", 2021): 316.6e9, ("Kenya", 2021): 110.3e9},
                             description="GDP (current US$)")


@pytest.mark.parametrize("sign", ["US-$", "USD", "US$"])
def test_a_currency_after_an_abbreviated_scale_is_the_figures_unit(tmp_path: Path, sign: str) -> None:
    text = f"Das Bruttoinlandsprodukt Chiles lag 2021 bei 316,6 Mrd. {sign}."
    result = next(r for t, r in claim_results(text, [gdp(tmp_path)]).items() if t.startswith("316,6"))
    assert result.verdict is Verdict.supported, result.explanation
    assert result.claim.unit == "USD"


def test_a_wrong_figure_with_the_abbreviated_scale_is_contradicted(tmp_path: Path) -> None:
    text = "Bruttoinlandsprodukt Kenias 2021: 98,0 Mrd. US-$"
    result = next(r for t, r in claim_results(text, [gdp(tmp_path)]).items() if t.startswith("98,0"))
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].value == pytest.approx(110.3e9)


def test_a_capitalised_word_after_the_abbreviation_still_opens_a_sentence(tmp_path: Path) -> None:
    # 'Mrd. Die …': the article opens the next sentence; its figure keeps no unit from it
    text = "Die Schulden Kenias wuchsen 2021 um 12 Mrd. Die Regierung plant neue Anleihen."
    results = claim_results(text, [gdp(tmp_path)])
    assert all(r.claim.unit != "USD" for r in results.values())


ROWS = {("Chile", 2020): 3.0, ("Chile", 2021): 4.5}


@pytest.mark.parametrize("text, figure", [
    ("In Chile the inflation rate was 4.5 percent in 2021, the unemployment rate: 2021 8.9 percent.", "8.9 percent"),
    ("Chile's unemployment rate: 10.8 percent in 2020.", "10.8 percent"),
    ("In Chile betrug die Inflationsrate 2021 4,5 Prozent, die Arbeitslosenquote: 2020 10,8 Prozent.", "10,8 Prozent"),
])
def test_a_rate_labelling_the_clause_after_a_colon_is_the_figures(tmp_path: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2022-03-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series"


def test_the_inflation_figure_before_the_label_keeps_its_series(tmp_path: Path) -> None:
    text = "In Chile the inflation rate was 4.5 percent in 2021, the unemployment rate: 2021 8.9 percent."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2022-03-01")["4.5 percent"]
    assert result.verdict is Verdict.supported, result.explanation
