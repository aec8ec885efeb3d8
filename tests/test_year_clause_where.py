"""A baseline year that opens a clause with 'where' (French 'où', Spanish 'donde', Portuguese 'onde', Italian 'dove', as glossed) keeps its value for that clause:
'down from 2021, where prices had risen 4.0 %' is 2021's 4.0 %, not a figure with no year judged by the latest
row; the figure before the baseline year still takes its own year.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("France", 2020): 0.5, ("France", 2021): 4.0, ("France", 2022): 2.1, ("France", 2023): 1.3}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("where") / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    ("L'inflation en France a ralenti en 2022 par rapport à 2021, où elle avait atteint 4,0%.", "4,0%"),
    ("Inflation in France slowed in 2022 compared with 2021, where it had reached 4.0%.", "4.0%"),
    ("La inflación en Francia bajó en 2022 frente a 2021, donde había llegado a 4,0%.", "4,0%"),
    ("A inflação na França caiu em 2022 em relação a 2021, onde tinha chegado a 4,0%.", "4,0%"),
])
def test_a_where_clause_after_a_baseline_year_is_that_years(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2024-03-01")[figure]
    assert found.verdict is Verdict.supported, found.explanation
    assert found.evidence[0].period == "2021", found.evidence


def test_the_figure_before_the_baseline_keeps_its_own_year(cpi: Path) -> None:
    found = claim_results("Inflation in France was 2.1% in 2022, down from 2021, where it had reached 4.0%.",
                          [cpi], "2024-03-01")
    assert found["2.1%"].verdict is Verdict.supported and found["2.1%"].evidence[0].period == "2022", found["2.1%"]
    assert found["4.0%"].verdict is Verdict.supported and found["4.0%"].evidence[0].period == "2021", found["4.0%"]
