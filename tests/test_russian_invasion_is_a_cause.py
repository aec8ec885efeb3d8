"""A place named as the side of a war or an invasion is an event the sentence gives, not the place its
figure is about: Russian copy writes them 'вторжение', 'война' (glossed 'invasion', 'war'), so 'the
invasion of Ukraine' in a sentence about Norway's prices leaves the figure Norway's. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Norway", 2021): 3.5, ("Norway", 2022): 5.8, ("Ukraine", 2021): 9.4, ("Ukraine", 2022): 20.2}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), ROWS)


@pytest.mark.parametrize("event", ["вторжение в Украину", "война в Украине"])
def test_the_side_of_an_invasion_is_not_the_figures_place(cpi: Path, event: str) -> None:
    text = f"Рост потребительских цен в Норвегии в 2022 году, когда началось {event}, составил 5,8%."
    result = claim_results(text, [cpi], date="2023-03-01")["5,8%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "Norway" in str(result.evidence[0].dimensions), result.explanation
