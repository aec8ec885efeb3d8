"""A unit a sentence states in words between commas for its bare figures ('emissions, measured in thousand
tonnes, rose from 36 650 to 38 480'): the figures are in that unit and scale, as under a header in brackets,
and the stated unit is no figure of its own. Package CDIAC-shaped, figures and sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import claims_in
from package_support import carbon_package, claim_results

from workbench.models import Verdict


def test_bare_figures_take_the_unit_stated_in_words() -> None:
    claims = claims_in("Norway's CO2 emissions, measured by 1000 tons, increased from 36 650 in 2019 to 38 480 in 2020.")
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("36 650", pytest.approx(36_650_000), "t"), ("38 480", pytest.approx(38_480_000), "t")]


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    # thousand tonnes of carbon: × 3.664 → 36,640 and 38,472 thousand tonnes of CO2
    return [carbon_package(tmp_path_factory.mktemp("carbon") / "co2", {("NORWAY", 2019): 10000.0,
                                                                      ("NORWAY", 2020): 10500.0})]


@pytest.mark.parametrize(("figure", "verdict"), [("36 650", Verdict.supported), ("41 900", Verdict.contradicted)])
def test_figures_in_a_unit_stated_in_words_are_judged(carbon: list[Path], figure: str, verdict: Verdict) -> None:
    text = f"Norway's CO2 emissions, measured in thousand tonnes, increased from {figure} in 2019 to 38 480 in 2020."
    result = claim_results(text, carbon, date="2021-06-15")[figure]
    assert result.verdict is verdict, result.explanation
