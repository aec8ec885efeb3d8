"""A Portuguese or Spanish change written 'de X … para Y' / 'de X … a Y' with the figure's unit or year between
the figures ('de 6,4% em 2039 para 3,1% em 2040', 'de 11,2 millones de habitantes en 2030 a 13,9 millones') is a
span from X to Y, as English 'from … to …' is: the change said beside it is judged between the two years, and a
year after a percentage is no amount ('de 6,5% à 7,1 milliards' stays a percent and the amount it came to).
Invented figures of an invented-data package throughout."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("bolivia")
    return [*population_and_gdp(folder, {("Bolivia", 2030): 11.2e6, ("Bolivia", 2040): 13.9e6},
                                {("Bolivia", 2030): 41.0e9, ("Bolivia", 2040): 68.5e9}),
            cpi_package(folder / "cpi", {("Bolivia", 2039): 6.4, ("Bolivia", 2040): 3.1})]


@pytest.mark.parametrize(("text", "change"), [
    ("Na Bolívia, a inflação caiu 3,3 pontos percentuais, de 6,4% em 2039 para 3,1% em 2040.", "3,3 pontos percentuais"),
    ("En Bolivia, la inflación bajó 3,3 puntos porcentuales, de 6,4 % en 2039 a 3,1 % en 2040.", "3,3 puntos porcentuales"),
])
def test_a_change_between_two_dated_rates_is_judged_between_their_years(packages: list[Path], text: str,
                                                                         change: str) -> None:
    results = claim_results(text, packages, "2041-05-01")
    assert results[change].verdict is Verdict.supported, results[change].explanation
    assert results[change].evidence[0].period == "2040"
    for figure, year in (("6,4", "2039"), ("3,1", "2040")):
        found = next(r for surface, r in results.items() if surface.startswith(figure))
        assert found.verdict is Verdict.supported, found.explanation
        assert found.evidence[0].period == year


@pytest.mark.parametrize("text", [
    "En Bolivia, la población pasó de 11,2 millones de habitantes en 2030 a 13,9 millones de habitantes en 2040.",
    "Na Bolívia, a população passou de 11,2 milhões de habitantes em 2030 para 13,9 milhões de habitantes em 2040.",
    "En Bolivia, el PIB pasó de 41.000 millones de dólares en el año 2030 a 68.500 millones de dólares en el año 2040.",
])
def test_each_end_of_a_span_with_its_unit_between_is_its_own_years(packages: list[Path], text: str) -> None:
    results = list(claim_results(text, packages, "2041-05-01").values())
    assert [r.verdict for r in results] == [Verdict.supported, Verdict.supported], [r.explanation for r in results]
    assert [r.evidence[0].period for r in results] == ["2030", "2040"]
