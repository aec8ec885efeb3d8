"""A city after a reporting verb and 'in', closing the sentence ('…, the ministry said on Monday in Berlin'), is
where the figure was announced, not the place it is about: the figure keeps the country its paragraph names. A city
the sentence goes on about after the verb ('said prices in Berlin rose …') stays the figure's place. German
'teilte … mit' (announced) is read as one verb. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_starting, claim_results

from workbench.models import Verdict


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # thousand tonnes of carbon: 218,341 kt C is 800 million tonnes of CO2
    return carbon_package(tmp_path_factory.mktemp("carbon") / "carbon", {("GERMANY", 2041): 218341.0})


@pytest.mark.parametrize("text", [
    "Germany cut its emissions again.\n\nCarbon dioxide emissions came to 800 million tonnes in 2041, the "
    "environment ministry said on Monday in Berlin.",
    "Die deutschen Emissionen sanken erneut.\n\nDie Emissionen von Kohlendioxid lagen 2041 bei 800 Millionen "
    "Tonnen, teilte das Umweltministerium am Montag in Berlin mit.",
])
def test_the_city_it_was_said_in_is_not_the_figures_place(carbon: Path, text: str) -> None:
    result = claim_starting(claim_results(text, [carbon], date="2042-05-01"), "800")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == "GERMANY"


def test_a_city_the_sentence_goes_on_about_stays_its_place(carbon: Path) -> None:
    text = ("Germany cut its emissions again.\n\nThe ministry said in Berlin carbon dioxide emissions came to 800 "
            "million tonnes in 2041.")
    result = claim_starting(claim_results(text, [carbon], date="2042-05-01"), "800")
    assert result.verdict is not Verdict.supported, result.explanation
