"""'India's CO2 amounted to 2.6 billion tonnes, as much as China had recorded in 1990': a year after 'as much
as' (Italian 'tante quante') dates the other side of the comparison, not the figure, which takes the year
its text gives elsewhere (the paragraph before). Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("equal"), {("INDIA", 2030): 700_000, ("INDIA", 2010): 300_000,
                                                             ("CHINA (MAINLAND)", 2010): 700_000})


@pytest.mark.parametrize("text, figure", [
    ("In 2030 the world's emissions rose again.\n\nIndia's CO2 amounted to 2.56 billion tonnes, as much as China "
     "had recorded in 2010.", "2.56 billion tonnes"),
    ("Nel 2030 le emissioni mondiali sono cresciute.\n\nLa CO2 indiana è ammontata a 2,56 miliardi di tonnellate, "
     "tante quante ne aveva registrate la Cina nel 2010.", "2,56 miliardi di tonnellate"),
])
def test_the_year_after_as_much_as_is_the_other_sides(carbon: Path, text: str, figure: str) -> None:
    result = claim_results(text, [carbon], "2031-06-01")[figure]
    assert result.evidence and result.evidence[0].period == "2030", result.explanation
    assert result.verdict is Verdict.supported, result.explanation
