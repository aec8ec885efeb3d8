"""'5.1 % in January, against 5.2 % the previous month', a paragraph below '4.8 % in January 2023': the previous
month counts from the January the text already dated (December 2022), as a reader takes it, though the draft has
no date and the sentence writes no year. A month the text never wrote with its year stays undated. Packages are
publisher-shaped; figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Cote d'Ivoire", 2021): 4.2, ("Cote d'Ivoire", 2022): 5.2, ("Cote d'Ivoire", 2023): 4.4}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    ("In Côte d'Ivoire, the inflation rate fell to 4.8% in January 2023.\n\n"
     "The 12-month average inflation rate was 5.1% in January, against 5.2% the previous month.", "5.2%"),
    ("En Côte d'Ivoire, le taux d'inflation s'est replié à 4,8% en janvier 2023.\n\n"
     "L'inflation en moyenne annuelle s'est établie à 5,1% en janvier, contre 5,2% le mois précédent.", "5,2%"),
])
def test_the_previous_month_counts_from_the_january_the_text_dated(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], date=None)
    assert found[figure].verdict is Verdict.supported, found[figure].explanation
    assert found[figure].evidence[0].period == "2022"


def test_a_month_never_dated_leaves_the_previous_month_undated(cpi: Path) -> None:
    text = ("In Côte d'Ivoire, the inflation rate fell to 4.8% in 2023.\n\n"
            "The 12-month average inflation rate was 5.1% in January, against 5.2% the previous month.")
    found = claim_results(text, [cpi], date=None)
    assert found["5.2%"].verdict is not Verdict.supported, found["5.2%"].explanation
