"""'Kenya leads the region in consumption-based emissions. The average Kenyan emits about 0.6 tonnes of CO2 a
year': emissions counted where the goods are consumed are another series than the territorial count a fossil-CO2
package keeps, so its row neither confirms nor refutes them (unsupported, ``other_series``), whether the basis is
named in the figure's sentence or in the sentences before it in its paragraph. A figure its own sentence calls
territorial, or says nothing of, is judged by the rows.

Invented CDIAC-shaped rows (thousand tonnes and tonnes per person of carbon); the sentences are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import ClaimResult, Verdict

# 0.112 t of carbon per person = 0.41 t of CO2
TOTALS = {("KENYA", 2020): 5_800.0, ("UNITED KINGDOM", 2020): 90_000.0}
PER_HEAD = {("KENYA", 2020): 0.112, ("UNITED KINGDOM", 2020): 1.37}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_package(tmp_path_factory.mktemp("co2") / "carbon", TOTALS, PER_HEAD)]


def result_for(text: str, packages: list[Path], figure: str) -> ClaimResult:
    [result] = [r for surface, r in claim_results(text, packages, "2022-11-02").items() if figure in surface]
    return result


def test_a_basis_named_in_the_paragraph_before_makes_the_figure_another_series(package: list[Path]) -> None:
    text = ("Kenya now leads East Africa in consumption-based carbon emissions per person. "
            "The average Kenyan household accounts for about 0.6 tonnes of carbon dioxide per person each year.")
    result = result_for(text, package, "0.6")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation
    assert "consumption-based emissions" in result.explanation


def test_a_basis_named_in_the_figures_own_sentence(package: list[Path]) -> None:
    text = "Measured on a consumption basis, Britons emitted 8.1 tonnes of CO2 per person in 2020."
    result = result_for(text, package, "8.1")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation


def test_the_same_figure_with_no_basis_named_is_judged_by_the_row(package: list[Path]) -> None:
    text = ("Kenya now leads East Africa in carbon emissions per person. "
            "The average Kenyan household accounts for about 0.6 tonnes of carbon dioxide per person each year.")
    result = result_for(text, package, "0.6")
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_figure_its_sentence_calls_territorial_keeps_the_rows(package: list[Path]) -> None:
    text = ("Kenya ranks high in consumption-based emissions. "
            "Its territorial emissions were 0.41 tonnes of CO2 per person in 2020.")
    result = result_for(text, package, "0.41")
    assert result.verdict is Verdict.supported, result.explanation


def test_each_figure_of_a_sentence_takes_the_basis_of_its_own_segment(package: list[Path]) -> None:
    text = ("Kenya's territorial emissions were 0.41 tonnes of CO2 per person in 2020, "
            "while its consumption-based footprint was 0.6 tonnes.")
    results = claim_results(text, package, "2022-11-02")
    territorial = next(r for surface, r in results.items() if "0.41" in surface)
    consumed = next(r for surface, r in results.items() if "0.6" in surface)
    assert territorial.verdict is Verdict.supported, territorial.explanation
    assert (consumed.verdict, consumed.reason) == (Verdict.unsupported, "other_series"), consumed.explanation


def test_fuel_consumption_names_no_basis(package: list[Path]) -> None:
    text = ("Emissions from fossil fuel consumption keep rising in the region. "
            "The average Kenyan accounts for about 0.6 tonnes of carbon dioxide per person each year.")
    result = result_for(text, package, "0.6")
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_figure_whose_own_words_after_it_call_it_territorial_keeps_the_rows(package: list[Path]) -> None:
    text = ("Kenya's consumption-based emissions were 0.6 tonnes of CO2 per person in 2020, "
            "against 0.41 tonnes of CO2 per person emitted within its territorial borders.")
    results = claim_results(text, package, "2022-11-02")
    territorial = next(r for surface, r in results.items() if "0.41" in surface)
    consumed = next(r for surface, r in results.items() if "0.6" in surface)
    assert territorial.verdict is Verdict.supported, territorial.explanation
    assert (consumed.verdict, consumed.reason) == (Verdict.unsupported, "other_series"), consumed.explanation
