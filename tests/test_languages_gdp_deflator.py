"""The GDP deflator named in other languages ('déflateur du PIB', 'deflactor del PIB', 'дефлятор ВВП')
is the deflator, so the figure is judged by the deflator's row and not by consumer-price inflation's.
Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, publisher_package

from workbench.models import Verdict

DEFLATOR_WORDS = "Inflation as measured by the annual growth rate of the GDP implicit deflator (annual %)"


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "dfl", "deflator", "Inflation, GDP deflator", "Inflation",
                              {("Morocco", 2022): 2.7, ("Peru", 2022): 6.1, ("Ukraine", 2022): 30.8}, description=DEFLATOR_WORDS),
            cpi_package(tmp_path / "cpi", {("Morocco", 2022): 6.6, ("Peru", 2022): 7.9, ("Ukraine", 2022): 20.2})]


@pytest.mark.parametrize(("text", "claim"), [
    ("Au Maroc, le déflateur du PIB a progressé de 2,7% en 2022, selon le HCP.", "2,7%"),
    ("En Perú, el deflactor del PIB creció 6,1% en 2022, según el banco central.", "6,1%"),
    ("В Украине дефлятор ВВП в 2022 году составил 30,8%, сообщила служба статистики.", "30,8%"),
])
def test_the_deflator_is_judged_by_the_deflators_row(packages: list[Path], text: str, claim: str) -> None:
    found = claim_results(text, packages, "2023-06-01")
    # supported only by the deflator's row: consumer prices give another figure for each year
    assert found[claim].verdict is Verdict.supported, found[claim].explanation
