"""A superlative ranking in Spanish or Portuguese ('una de las más altas del mundo', 'uma das mais altas do mundo')
names the world as what the figure is ranked against, not as its place, as 'one of the highest in the world'
does in English: the gloss reads the superlative ('of the highest'). A superlative after its noun ('las
emisiones más altas del mundo (27,6 % del volumen total)') is left to the words around it: there the world
may be the whole a share is taken of. Invented inflation figures, World Bank layout; the sentences
are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Bolivia", 2021): 0.7, ("Bolivia", 2022): 1.7, ("World", 2021): 3.5, ("World", 2022): 8.0,
        ("Angola", 2021): 25.8, ("Angola", 2022): 21.4}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    # the country is named in the sentence before; the ranking's 'del mundo' is no place of the figure
    ("El instituto de estadística de Angola publicó sus cifras el viernes. En 2022, el país petrolero registró "
     "una inflación de 21,4 por ciento, una de las más altas del mundo.", "21,4 por ciento"),
    ("O instituto de estatística de Angola publicou os dados na sexta-feira. Em 2022, o país registou uma inflação "
     "de 21,4%, uma das mais altas do mundo.", "21,4%"),
])
def test_a_superlative_ranked_in_the_world_keeps_the_countrys_row(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2023-09-01")
    assert found[figure].verdict is Verdict.supported, found[figure].explanation


@pytest.mark.parametrize("text, figure", [
    # 'con más inflación del mundo' is 'with the most inflation in the world': the world is the ranking's field
    ("En 2022 Angola estuvo entre los países con más inflación del mundo, al cerrar el año con un índice de precios "
     "al consumidor del 21,4%.", "21,4%"),
    ("Em 2022, Angola ficou entre os países com mais inflação do mundo, ao fechar o ano com uma inflação de 21,4%.",
     "21,4%"),
])
def test_a_country_among_those_with_the_most_inflation_in_the_world_keeps_its_row(cpi: Path, text: str,
                                                                                 figure: str) -> None:
    found = claim_results(text, [cpi], "2023-09-01")
    assert found[figure].verdict is Verdict.supported, found[figure].explanation
