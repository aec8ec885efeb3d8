"""Two readings of a 12-month rate in an undated draft (``matching.relative.reanchor_relative``):

- 'an accumulated 4.8% over the last 12 months' counts its twelve months from the day of the check, which is no
  date of the text: no row for them is no ground for 'unsupported', and the figure goes to a person;
- 'stood at 3.8%, higher than the 3.4% of the same month of 2022' is the 12-month rate of a month of the year
  after 2022, whatever the latest row says: never supported by 2022's average.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Chile", 2020): 3.0, ("Chile", 2021): 4.5, ("Chile", 2022): 3.8}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("undated_months") / "cpi", ROWS)


def test_the_last_twelve_months_of_an_undated_draft_are_for_a_person(cpi: Path) -> None:
    text = "La inflación en Chile fue de 0,8% en junio, con un acumulado de 4,8% en los últimos 12 meses, informó el instituto."
    found = claim_results(text, [cpi], None)
    assert found["4,8%"].verdict is Verdict.needs_review, found["4,8%"].explanation


@pytest.mark.parametrize("text, figure", [
    ("In Chile the year-on-year inflation stood at 3.8%, higher than the 3.4% recorded in the same month of 2022.", "3.8%"),
    ("En Chile la inflación interanual se ubicó en 3,8%, superior a la tasa del 3,4% verificada en el mismo mes del 2022.",
     "3,8%"),
])
def test_a_rate_set_against_the_same_month_of_a_year_is_of_the_year_after(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], None)
    assert found[figure].claim.period == "2023", found[figure].explanation
    assert found[figure].verdict is not Verdict.supported, found[figure].explanation


@pytest.mark.parametrize("text, figure", [
    ("Les prix ont progressé de 16,4% au Chili sur les 5 dernières années, a noté l'institut.", "16,4%"),
    ("Prices in Chile rose 16.4% over the past 5 years, the institute said.", "16.4%"),
])
def test_the_last_years_of_an_undated_draft_are_for_a_person(cpi: Path, text: str, figure: str) -> None:
    # the span ends at the day of the check, no date of the text, in either order a language writes it ('les 5
    # dernières années' glossed 'the 5 last years'): no row for it is no ground for 'unsupported'
    found = claim_results(text, [cpi], None)
    assert found[figure].verdict is Verdict.needs_review, found[figure].explanation
    assert "counted from the day of the check" in found[figure].explanation
