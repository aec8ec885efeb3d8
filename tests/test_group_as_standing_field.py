"""'Guyana emerges as the region's most significant upward trend, climbing from 2.73 to 4.56 tonnes': a group
named as a possessive right before a superlative, in a clause whose subject is a country, is the field of that
country's standing — the country, not the group, is the figures' place. With no country before it ('the region's
most recent figure'), the group stays the place.

Invented CDIAC-shaped rows (tonnes of carbon per person); the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# Guyana 2019: 0.90 t of carbon a person = 3.30 t of CO2
TOTALS = {("GUYANA", 2019): 700.0, ("JAMAICA", 2019): 2_100.0}
PER_HEAD = {("GUYANA", 2019): 0.90, ("JAMAICA", 2019): 0.75}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_package(tmp_path_factory.mktemp("co2") / "carbon", TOTALS, PER_HEAD)]


@pytest.mark.parametrize("text", [
    "In 2019 Guyana emerged as the region’s most significant emitter, with 3.30 tonnes of CO2 per person.",
    "In 2019 Guyana emerged as the region's most significant emitter, with 3.30 tonnes of CO2 per person.",
    "In 2019 Guyana was South America's least efficient economy, with 3.30 tonnes of CO2 per person.",
])
def test_a_group_before_a_superlative_is_the_field_of_the_countrys_standing(package: list[Path], text: str) -> None:
    result = claim_results(text, package, "2021-03-01")["3.30 tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions == {"Country": "GUYANA"}


def test_with_no_country_before_it_the_group_stays_the_place(package: list[Path]) -> None:
    text = "In 2019 the region's most recent figure was 3.30 tonnes of CO2 per person."
    result = claim_results(text, package, "2021-03-01")["3.30 tonnes"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "place_not_covered"
