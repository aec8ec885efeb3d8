"""In an undated draft, 'last year' counts from the one year its own sentence writes ('2021 had the
highest rate in a decade, an average of 4.6 % last year'); another relative period of the sentence
('figures released earlier this month') is counted from the run date itself and writes no year, so it
does not stop the written year from anchoring the phrase.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Norway", 2021): 4.6, ("Norway", 2022): 6.1}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("anchor") / "cpi", ROWS)


@pytest.mark.parametrize("text", [
    "Norwegian figures released earlier this month showed 2021 had the highest inflation in a decade, "
    "at an average of 4.6% last year.",
    "Norwegian figures showed 2021 had the highest inflation in a decade, at an average of 4.6% last year.",
])
def test_last_year_counts_from_the_year_the_sentence_writes(cpi: Path, text: str) -> None:
    result = claim_results(text, [cpi], None)["4.6%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021", result.evidence[0]
