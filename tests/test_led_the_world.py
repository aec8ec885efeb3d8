"""'Norway led the world in emissions per head, with 9.2 tonnes' ranks the country in the field the world
is: the figure is Norway's, as after 'leads' or 'the largest in the world' — never a world total the
package does not hold. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_package(tmp_path_factory.mktemp("led") / "carbon", {("NORWAY", 2018): 12_000, ("CHILE", 2018): 23_000})]


@pytest.mark.parametrize("verb", ["led", "leads", "will lead"])
def test_the_world_a_country_led_is_the_ranking_field_not_the_place(packages: list[Path], verb: str) -> None:
    text = f"Chile {verb} the world in copper output, with carbon dioxide emissions of about 84 million tonnes in 2018."
    result = claim_results(text, packages, "2020-03-01")["84 million tonnes"]
    assert result.verdict is Verdict.supported, result.explanation  # Chile's 23,000 kt C × 3.664 = 84.3 Mt CO2
