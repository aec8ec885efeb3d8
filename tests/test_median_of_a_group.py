"""A group's figure its clause calls a median ('median global inflation reached 8.3 %') is the middle of
the members' own figures: the group's row (a weighted aggregate) holds no such figure, so it is
unsupported — not a period or a place for a person to pick — while the same figure stated as the world's
rate is judged by the row. A median of one country's series is left as it is. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI_WORDS, claim_results, publisher_package

from workbench.models import Verdict

ROWS = {("World", 2021): 3.5, ("World", 2022): 8.0, ("Chile", 2021): 4.5, ("Chile", 2022): 11.6}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("cpi"), "cpi", "Consumer prices", "Inflation", ROWS,
                             description=CPI_WORDS)


@pytest.mark.parametrize(("text", "verdict"), [
    ("In 2022 median global consumer price inflation reached 8.3%, the bank said.", Verdict.unsupported),
    ("In 2022 global consumer price inflation reached 8.3%, the bank said.", Verdict.contradicted),
    ("In 2022 consumer price inflation in Chile reached 11.6%, above the median of its neighbours.",
     Verdict.supported),
])
def test_a_groups_median_is_no_row(cpi: Path, text: str, verdict: Verdict) -> None:
    figure = "8.3%" if "8.3%" in text else "11.6%"
    result = claim_results(text, [cpi], date="2023-09-01")[figure]
    assert result.verdict is verdict, result.explanation
