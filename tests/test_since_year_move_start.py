"""'Guyana shows a 67 % surge in emissions per person since 2015, climbing from 2.73 to 4.56 tonnes': the 'from'
of a move in a sentence whose one 'since' year stands before it is that year's level — the move runs from it to
the present — and is judged by that year's row, not by the present's nor a year carried from the paragraph before.
A record's base ('the highest since 2015') dates no move.

Invented CDIAC-shaped rows (tonnes of carbon per person); the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# 2015: 0.745 t C = 2.73 t CO2; 2020: 0.915 t C = 3.35 t CO2
PER_HEAD = {("GUYANA", 2015): 0.745, ("GUYANA", 2020): 0.915}
TOTALS = {key: 600.0 for key in PER_HEAD}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_package(tmp_path_factory.mktemp("co2") / "carbon", TOTALS, PER_HEAD)]


@pytest.mark.parametrize(("figure", "verdict"), [("2.73", Verdict.supported), ("2.95", Verdict.contradicted)])
def test_the_start_of_a_move_since_a_year_is_that_years_level(package: list[Path], figure: str,
                                                              verdict: Verdict) -> None:
    text = (f"Emissions data for 2020 came out in the spring.\n\nGuyana shows the sharpest upward trend, with a surge "
            f"in emissions of CO2 per person since 2015, climbing from {figure} to 3.35 tonnes.")
    result = claim_results(text, package, "2021-06-01")[figure]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2015"
    assert "2020 from" not in result.explanation  # the paragraph's year dates nothing here


def test_a_records_base_dates_no_move(package: list[Path]) -> None:
    text = "Guyana's emissions per person, the highest since 2015, climbed from 2.73 to 3.35 tonnes of CO2."
    result = claim_results(text, package, "2021-06-01")["2.73"]
    assert not (result.evidence and result.evidence[0].period == "2015" and result.verdict is Verdict.supported), \
        result.explanation
