"""A figure its clause calls an average over a span of years ('the average rate rose 0.4 points to 5.1 percent')
is the span's mean even when it ends a change of a stated size: only a level (fix for 'rose by 12 percent to
40 million tonnes') is the span's last year's. Invented rows; own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

# 2019–2021 mean: (4.0 + 5.0 + 6.4) / 3 = 5.13; the 2021 row alone is 6.4
RATES = {("Denmark", 2018): 3.0, ("Denmark", 2019): 4.0, ("Denmark", 2020): 5.0, ("Denmark", 2021): 6.4}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("spanmean") / "cpi", RATES)]


@pytest.mark.parametrize("sentence", [
    "From 2019 to 2021, the average consumer price inflation in Denmark climbed 0.4 points to 5.1 percent.",
    "Denmark's mean rate of consumer price inflation went up 0.4 percentage points to 5.1 % over 2019-2021.",
])
def test_an_average_ending_a_change_is_the_spans_mean(packages: list[Path], sentence: str) -> None:
    result = claim_results(sentence, packages, date="2022-06-01")
    found = next(r for text, r in result.items() if text.startswith("5.1"))
    assert found.verdict is Verdict.supported, found.explanation
    assert found.evidence[0].period == "2019/2021", found.explanation
