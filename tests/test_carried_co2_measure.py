"""A sentence that leaves its measure to the sentence before it ('In Italy they fell by 2.9%' after 'CO2
emissions in Germany fell …') takes that measure, whether the series is named by the publisher's word
('carbon emissions', in tonnes of carbon) and the text by the substance's ('CO2 emissions'); in English
and through a glossary alike. Package publisher-shaped, figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

CARBON_WORDS = "Total carbon emissions from fossil-fuel consumption and cement production (thousand metric tons of C)"
EMISSIONS = {("Italy", 2018): 90_000, ("Italy", 2019): 87_300, ("Germany", 2018): 200_000, ("Germany", 2019): 190_000}


@pytest.fixture()
def carbon(tmp_path: Path) -> list[Path]:
    return [publisher_package(tmp_path / "carbon", "fossil-carbon", "Carbon emissions", "Total", EMISSIONS,
                              description=CARBON_WORDS)]


@pytest.mark.parametrize("text, figure, verdict", [
    ("In 2019 CO2 emissions in Germany fell by 5%. In Italy they fell by 3%.", "3%", Verdict.supported),
    ("In 2019 CO2 emissions in Germany fell by 5%. In Italy they fell by 6%.", "6%", Verdict.contradicted),
    ("Nel 2019 le emissioni di CO2 in Germania sono diminuite del 5%. In Italia sono calate del 3%.", "3%",
     Verdict.supported),
])
def test_a_co2_measure_of_the_sentence_before_names_the_carbon_series(
        carbon: list[Path], text: str, figure: str, verdict: Verdict) -> None:
    assert claim_results(text, carbon, "2020-06-01")[figure].verdict is verdict
