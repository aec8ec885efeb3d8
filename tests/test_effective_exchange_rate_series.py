"""A currency's trade-weighted (effective) exchange rate is an index against a basket of its trading
partners' currencies, another series than its rate per US dollar that a rates package holds
(``series_variant_names``): a percent change of it is unsupported, while the currency's own rate per dollar
beside it is judged as usual.

Packages Federal Reserve- and World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, rates_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("effective")
    rates = rates_package(folder / "rates", {("Norway", 2020): 9.4, ("Norway", 2021): 8.6})
    return [rates, cpi_package(folder / "cpi")]


@pytest.mark.parametrize("text, figure", [
    ("In 2021 the trade-weighted exchange rate of the krone strengthened by 6.4 percent.", "6.4 percent"),
    ("The krone's nominal effective exchange rate rose 6.4 percent over 2021, the central bank said.", "6.4 percent"),
    ("For the whole of 2021 the weighted average exchange rate of the krone gained 6.4 per cent.", "6.4 per cent"),
])
def test_an_effective_rate_change_is_another_series(packages: list[Path], text: str, figure: str) -> None:
    found = claim_results(text, packages, "2022-03-01")[figure]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "other_series"), found.explanation


def test_the_rate_per_dollar_is_still_judged(packages: list[Path]) -> None:
    found = claim_results("The Norwegian krone averaged 8.60 per dollar in 2021.", packages, "2022-03-01")
    [result] = [r for surface, r in found.items() if surface.startswith("8.60")]
    assert result.verdict is Verdict.supported, result.explanation
