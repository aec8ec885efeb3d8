"""Year-end wording in French, Spanish, Portuguese and Italian ('à l'issue de l'année', 'al término del
año', 'ao final do ano', 'al termine dell'anno') makes a rate the year's last month's, a different
period from the annual-average row: sent to review, never called a contradiction of the average.
('Au terme de l'année 2022' is left unglossed: statistics offices close a year's annual average with it.)

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Gabon", 2021): 1.1, ("Gabon", 2022): 4.3, ("Chile", 2022): 11.6, ("Brazil", 2022): 9.3,
        ("Italy", 2022): 8.2}  # each year-end figure below is a few per cent off its year's average


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    ("À l'issue de l'année 2022, l'inflation au Gabon s'établit à 4,1%.", "4,1%"),
    ("En Chile, al término del año 2022 la inflación llegó a 12,1%.", "12,1%"),
    ("No Brasil, ao final do ano de 2022 a inflação ficou em 9,0%.", "9,0%"),
    ("In Italia, al termine dell'anno 2022 l'inflazione era all'8,5%.", "8,5%"),
])
def test_year_end_wording_is_a_different_period_not_a_contradiction(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2023-02-01")
    assert found[figure].verdict is Verdict.needs_review


def test_the_years_average_in_the_same_words_is_still_judged(cpi: Path) -> None:
    # no year-end wording: the annual rate is the row's, and a wrong one is still called out
    found = claim_results("Au Gabon, le taux d'inflation moyen de l'année 2022 est de 6,9%.", [cpi], "2023-02-01")
    assert found["6,9%"].verdict is Verdict.contradicted


@pytest.mark.parametrize("text, figure", [
    ("Au Gabon, le taux d'inflation annuelle était de 4,3% fin 2022.", "4,3%"),
    ("Gabon's annual inflation rate stood at 4.3% at end-2022, the central bank said.", "4.3%"),
])
def test_the_end_of_a_named_year_is_not_the_years_average_even_when_it_agrees(cpi: Path, text: str, figure: str) -> None:
    # 'fin 2022' (glossed 'end 2022'), 'end-2022': December's rate; the average agreeing passes nothing
    result = claim_results(text, [cpi], "2023-06-01")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2022", result.evidence


def test_the_end_of_the_year_before_does_not_date_this_years_rate(cpi: Path) -> None:
    text = "Gabon's inflation averaged 4.3% in 2022, up from 1.1% at end-2021."
    result = claim_results(text, [cpi], "2023-06-01")["4.3%"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_months_end_is_not_the_years_end(cpi: Path) -> None:
    # 'April-end 2022' is April's last day: the year's average that agrees is not set aside for December's
    text = "Gabon's inflation rate was 4.3% in the year to April-end 2022."
    result = claim_results(text, [cpi], "2023-06-01")["4.3%"]
    assert "end of 2022" not in result.explanation and "December" not in result.explanation, result.explanation
