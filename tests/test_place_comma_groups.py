"""One figure said of a list of places, 'A, B and C with 5.8 %': every place of the list is the
figure's, the ones before the comma too, so a listed place whose row disagrees is not passed over.
Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI_WORDS, claim_results, publisher_package

from workbench.models import Verdict

INFLATION = {("Norway", 2022): 5.8, ("Peru", 2022): 5.8, ("Portugal", 2022): 5.8, ("Chile", 2022): 11.6}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "cpi", "inflation", "Inflation, consumer prices (annual %)",
                              "Inflation", INFLATION, description=CPI_WORDS)]


@pytest.mark.parametrize("places", ["Chile, Norway and Peru", "Chile, Norway, and Peru"])
def test_a_listed_place_that_disagrees_keeps_the_figure_from_passing(packages: list[Path], places: str) -> None:
    text = f"{places} all saw consumer prices rise 5.8% in 2022, the statistics offices reported."
    [result] = claim_results(text, packages).values()
    assert result.verdict is not Verdict.supported, result.explanation


def test_a_list_whose_places_all_agree_is_supported(packages: list[Path]) -> None:
    text = "Portugal, Norway and Peru all saw consumer prices rise 5.8% in 2022."
    [result] = claim_results(text, packages).values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Portugal"
