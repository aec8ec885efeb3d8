"""A region named in another language ('in Europa', 'Avrupa', 'Zentralasien') is that region, not a word
the checker cannot read; with Italian 'rispettivamente del 3,5% e del 2,5%' each figure pairs with its own
place, so the region's figure is not judged by the country's rows. Sentences and figures written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

CO2_WORDS = "Carbon dioxide emissions from the burning of fossil fuels (kt)"
EMISSIONS = {("Italy", 2018): 340_000, ("Italy", 2019): 330_000}


@pytest.fixture()
def co2(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "co2", "co2", "CO2 emissions", "Emissions", EMISSIONS, description=CO2_WORDS)]


def test_each_figure_of_a_respectively_pair_keeps_its_own_place(co2: list[Path]) -> None:
    text = ("Nel 2019 le emissioni di CO2 da combustibili fossili in Italia e in Europa sono diminuite "
            "rispettivamente del 2,9% e del 1,4% rispetto al 2018.")
    results = claim_results(text, co2, date="2020-05-01")
    assert results["2,9%"].verdict is Verdict.supported  # 330,000 / 340,000 − 1 = −2.94 %
    assert results["1,4%"].verdict is Verdict.unsupported  # Europe: no rows, Italy's must not judge it
