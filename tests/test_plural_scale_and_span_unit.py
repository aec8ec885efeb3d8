"""'45 millions' after a figure is 45 million, as the singular — but not after a bare year ('in 2019
millions of people'); and the far end of a span from a measure ('from 12 million tonnes in 1995 to 45
millions in 2015') takes the measure's unit, so it is judged against the same row as its start.

Packages are World Bank-shaped, with invented figures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_helpers import claims_in  # noqa: E402
from package_support import claim_results, publisher_package  # noqa: E402

from workbench.models import Verdict  # noqa: E402


def _values(text: str) -> dict[str, tuple[float, str]]:
    return {c.text: (c.value, c.unit) for c in claims_in(text)}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The capital now has 6 millions of residents, the census office said.", "6 millions", 6e6),
    ("The club sold the striker for 3 billions, a league record.", "3 billions", 3e9),
    ("Visitors to the park passed 12 thousands last summer.", "12 thousands", 12e3),
])
def test_a_plural_scale_noun_after_a_figure_is_its_scale(text: str, surface: str, value: float) -> None:
    assert _values(text)[surface][0] == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "In 2019 millions of people lost their homes to the floods.",
    "By 1998 thousands had left the valley for the coast.",
])
def test_a_year_before_a_plural_scale_noun_stays_a_year(text: str) -> None:
    assert all(c.value < 1e5 for c in claims_in(text)), _values(text)


def test_the_far_end_of_a_span_takes_the_measure_of_its_start() -> None:
    found = _values("Coal burning grew from 12 million tonnes in 1995 to 45 millions in 2015, the agency said.")
    assert found["45 millions"] == (pytest.approx(45e6), "t")


def test_a_scaled_count_after_a_measure_keeps_what_it_counts() -> None:
    found = {c.text: c for c in claims_in("The port shipped 2 million tonnes to 3 million customers abroad.")}
    assert found["3 million"].unit == ""


@pytest.fixture()
def emissions(tmp_path: Path) -> Path:
    rows = {("Chile", 1995): 12_100, ("Chile", 2015): 52_000}
    return publisher_package(tmp_path / "co2", "co2", "CO2 emissions (kt)", "CO2 emissions (kt)", rows,
                             description="Carbon dioxide emissions from burning fossil fuels, thousand tonnes")


def test_the_far_end_of_a_span_in_tonnes_is_judged_against_the_tonnes_row(emissions: Path) -> None:
    text = "Chile's carbon dioxide emissions grew from 12 million tonnes in 1995 to 45 millions in 2015."
    result = claim_results(text, [emissions], "2020-01-10")["45 millions"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].value == pytest.approx(52e6)  # 52,000 kt, in tonnes
