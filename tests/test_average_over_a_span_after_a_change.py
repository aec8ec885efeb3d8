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


# yearly rates whose mean is 1.2; compounding the rates themselves gives 2.05 a year, their mean growth 4.2
RISING = {("Norway", year): rate for year, rate in zip(range(2011, 2021), [1.0, 1.2, 1.4, 1.1, 1.3, 1.0, 1.2, 1.5, 1.1, 1.2])}


def test_prices_rising_on_average_over_a_span_are_the_mean_of_the_yearly_rates(tmp_path: Path) -> None:
    # the growth of the inflation rates themselves is no reading of the prices' rise: no doubt between two averages
    cpi = cpi_package(tmp_path / "cpi", RISING)
    result = claim_results("Between 2011 and 2020, consumer prices in Norway rose 3.0% on annual average.", [cpi],
                           date="2022-06-01")["3.0%"]
    assert result.verdict is Verdict.contradicted and result.reason != "average_unclear", result.explanation
    assert str(result.evidence[0].period) == "2011/2020", result.evidence
