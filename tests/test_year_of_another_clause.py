"""Which clause a year dates. A year in a clause about a place, opened after the figure by a comma and 'where'
('…, its capital Montevideo, where the first World Cup was played in 1930'; German 'wo', glossed 'where'), dates what happened there, not the
figure before it: the figure takes no period from it and is read against the latest row. A figure inside such a
clause keeps the year written after it. A baseline year named again as 'the year in which' (Portuguese 'ano em que',
Spanish 'año en que', glossed) opens that year's clause: its figure is the year's. Invented figures; sentences
written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_package

from workbench.models import Verdict

URUGUAY = {("Uruguay", 1930): 1_700_000, ("Uruguay", 2022): 3_420_000, ("Uruguay", 2023): 3_423_000}


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return population_package(tmp_path_factory.mktemp("place_clause") / "population", URUGUAY)


@pytest.mark.parametrize(("text", "figure"), [
    ("With about 3.4 million inhabitants, Uruguay is a small country on the Atlantic, its capital Montevideo, "
     "where the first football World Cup was played in 1930.", "3.4 million"),
    ("---\nlang: de\n---\n\nMit rund 3,4 Millionen Einwohnern ist Uruguay ein kleines Land am Atlantik, die "
     "Hauptstadt Montevideo, wo 1930 die erste Fußball-Weltmeisterschaft ausgetragen wurde.", "3,4 Millionen"),
])
def test_a_year_of_a_clause_about_a_place_does_not_date_the_figure(population: Path, text: str,
                                                                     figure: str) -> None:
    date: str | None = "2024-03-01"
    if text.startswith("---"):  # the draft's own front matter: its date goes in it
        text, date = text.replace("---\nlang", "---\ndate: 2024-03-01\nlang", 1), None
    results = claim_results(text, [population], date)
    [result] = [r for key, r in results.items() if figure in key]
    assert result.claim.period != "1930"
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2023"


def test_a_figure_inside_the_place_clause_keeps_its_year(tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "cpi")
    results = claim_results("Prices climbed across the Andes, above all in Chile, where inflation reached 11.6 % "
                            "in 2022.", [package], "2023-03-01")
    result = results["11.6 %"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


@pytest.mark.parametrize(("text", "figure"), [
    ("Inflation in Norway reached 5.8 % in 2022, far above 2021, the year in which prices had risen 3.5 %.",
     "3.5 %"),
    ("---\nlang: pt\n---\n\nNa Noruega, a inflação chegou a 5,8% em 2022, um salto em comparação com 2021, ano em que "
     "os preços subiram 3,5%.", "3,5%"),
    ("---\nlang: es\n---\n\nEn Noruega la inflación llegó al 5,8% en 2022, un salto en comparación con 2021, año en "
     "que los precios subieron un 3,5%.", "3,5%"),
])
def test_a_baseline_year_named_again_as_the_year_in_which_dates_its_clause(tmp_path: Path, text: str,
                                                                            figure: str) -> None:
    date: str | None = "2023-03-01"
    if text.startswith("---"):
        text, date = text.replace("---\nlang", "---\ndate: 2023-03-01\nlang", 1), None
    results = claim_results(text, [cpi_package(tmp_path / "cpi")], date)
    [result] = [r for key, r in results.items() if figure in key]
    assert result.claim.period == "2021"
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021"
