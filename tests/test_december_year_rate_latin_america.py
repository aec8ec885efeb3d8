"""Latin America's statistics offices and Indonesia's BPS announce a year's inflation December on December
(places.json ``year_rate_basis``: ``december_on_december``), and their news quotes that rate as the year's: a plain year
figure the annual average misses, even narrowly, is another period for a person (rate_basis), not a
contradiction. A figure called the average, or one far off any basis, is still flagged.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Colombia", 2019): 3.5, ("Brazil", 2011): 6.6, ("Mexico", 2022): 7.9, ("Indonesia", 2017): 3.8,
        ("Norway", 2019): 2.2}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("december") / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    ("Colombia's consumer prices rose 3.7% in 2019, the national statistics department said.", "3.7%"),
    ("Segundo o instituto de estatística, a inflação no Brasil em 2011 ficou em 6,4%.", "6,4%"),
    ("Según el instituto, la inflación de México en 2022 fue de 7,8%.", "7,8%"),
    ("Indonesia's inflation in 2017 was 3.6%, the statistics bureau said.", "3.6%"),
])
def test_a_plain_year_figure_of_a_december_place_is_for_a_person(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2024-03-01")
    assert (found[figure].verdict, found[figure].reason) == (Verdict.needs_review, "rate_basis"), \
        found[figure].explanation


def test_the_average_or_a_figure_far_off_is_still_flagged(cpi: Path) -> None:
    average = claim_results("Colombia's consumer prices rose 3.7% on average in 2019.", [cpi], "2024-03-01")
    assert average["3.7%"].verdict is Verdict.contradicted, average["3.7%"].explanation
    far = claim_results("Colombia's consumer prices rose 9.7% in 2019.", [cpi], "2024-03-01")
    assert far["9.7%"].verdict is Verdict.contradicted, far["9.7%"].explanation
    elsewhere = claim_results("Norway's consumer prices rose 2.3% in 2019.", [cpi], "2024-03-01")
    assert elsewhere["2.3%"].verdict is Verdict.contradicted, elsewhere["2.3%"].explanation
