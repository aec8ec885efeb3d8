"""'From more than 30 to more than 50 million tonnes between 2000 and 2020': the ends of a movement may
each carry a qualifier. The first end still takes the last end's scale and unit, and the span's
first year, as 'from 30 to 50 million' does ('than' there qualifies an end, it compares nothing): it is
judged by the first year's row, not by the latest, where a bound it misses would pass in silence.

Packages are World Bank-shaped (``package_support.population_and_gdp``), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.extraction import extract_text
from workbench.models import Verdict

POPULATION = {("Kenya", 2000): 31.0e6, ("Kenya", 2020): 51.0e6, ("Kenya", 2022): 54.0e6}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, {("Kenya", 2020): 100e9})


def test_the_first_end_takes_the_unit_and_scale_past_the_qualifiers() -> None:
    claims = {c.text: c for c in extract_text("Kenya's emissions grew from more than 30 to more than 50 million "
                                              "tonnes between 2000 and 2020.")}
    first = claims["30"]
    assert (first.value, first.unit) == (30e6, "t")
    assert first.period == claims["50 million tonnes"].period


def test_a_bound_at_the_start_of_the_span_is_judged_by_the_first_years_row(packages: list[Path]) -> None:
    found = claim_results("Kenya's population grew from more than 35 million to more than 50 million people "
                          "between 2000 and 2020.", packages, "2023-06-01")
    first = found["35 million"]
    assert first.verdict is Verdict.contradicted
    assert first.evidence[0].period == "2000"
    assert found["50 million"].evidence[0].period == "2020"
