"""A baseline year that a few words describe and a comma then opens a clause ('since 2009 at the end of the
financial crisis, when …') keeps its value for that clause, as 'since 2009, when …' does: the clause's figure
is that year's; the figure before the baseline keeps its own year. A year with no such clause stays a
baseline only.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import claims_in
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("South Africa", 2009): 7.2, ("South Africa", 2022): 6.9, ("South Africa", 2023): 6.0}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("clause") / "cpi", ROWS)


def test_the_described_years_clause_is_that_years(cpi: Path) -> None:
    found = claim_results("Inflation in South Africa averaged 6.9% in 2022, the fastest since 2009 at the height of "
                          "the financial crisis, when it averaged 7.2%.", [cpi], "2024-03-01")
    assert found["6.9%"].verdict is Verdict.supported and found["6.9%"].evidence[0].period == "2022", found["6.9%"]
    assert found["7.2%"].verdict is Verdict.supported and found["7.2%"].evidence[0].period == "2009", found["7.2%"]


def test_a_described_baseline_without_a_clause_dates_nothing_after_it(cpi: Path) -> None:
    found = claim_results("Inflation in South Africa averaged 6.0% in 2023, down from the peak since 2009 at the "
                          "height of the financial crisis.", [cpi], "2024-03-01")
    assert found["6.0%"].verdict is Verdict.supported and found["6.0%"].evidence[0].period == "2023", found["6.0%"]


@pytest.mark.parametrize("sentence, figure", [
    ("Prices in South Africa rose 6.0% in 2023, the slowest since 2009 in the mining provinces, which also "
     "reported wages up 4.4%.", 4.4),
    ("Prices in South Africa rose 6.0% in 2023, the slowest since 2009 for the country as a whole, where "
     "3.7 million people found new jobs.", 3.7e6),
])
def test_which_or_where_after_described_words_is_not_the_years(sentence: str, figure: float) -> None:
    # 'which'/'where' after a few words refer to the nearer noun, not to the year: the figure is not 2009's
    claim = next(c for c in claims_in(sentence) if c.value == pytest.approx(figure))
    assert claim.period == "2023"
