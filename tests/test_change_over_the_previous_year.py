"""'An increase of 2.4 ppm over the previous year': a year counted from the one the sentence names, right
after a change and its base word, is the change's base — the figure is the named month's (or year's)
change from a year before, not the change of the year before. A concentration's change is written in
its own unit ('ppm'), as a rate's is in percent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.extraction import extract_text
from workbench.models import Verdict


def _period(text: str, figure: str) -> str | None:
    claims = {c.text: c for c in extract_text(text, dt.date(2022, 3, 1))}
    return claims[figure].period


@pytest.mark.parametrize(("text", "figure", "period"), [
    ("The air held 417.8 ppm of CO2 in January 2022, an increase of 2.4 ppm over the previous year.", "2.4 ppm", "2022-01"),
    ("In 2021 the mean concentration rose by 2.4 parts per million over the previous year.",
     "2.4 parts per million", "2021"),
    ("In 2021 consumer prices rose 3.1 percent over the previous year.", "3.1 percent", "2021"),
])
def test_the_previous_year_after_a_base_word_is_the_base(text: str, figure: str, period: str) -> None:
    assert _period(text, figure) == period


def test_the_previous_year_alone_still_dates_a_figure() -> None:
    # no base word before it: '1.9 ppm the previous year' is that year's figure
    text = "The concentration rose 2.4 ppm in 2021, after 1.9 ppm the previous year."
    assert _period(text, "1.9 ppm") == "2020"


def test_a_months_change_over_the_previous_year_is_judged_year_on_year(tmp_path: Path) -> None:
    # January means: 2020 410.0, 2021 411.9 (+1.9), 2022 414.3 (+2.4)
    months = [(f"{year}-{month:02d}", value + 0.1 * (month - 1))
              for year, value in ((2020, 410.0), (2021, 411.9), (2022, 414.3)) for month in range(1, 13)]
    gas = ppm_package(tmp_path / "gas", {"co2-mm-gl": ("Date", "date", "Average", months)})
    text = "The global mean stood at 414.3 ppm in January 2022, an increase of 2.4 ppm over the previous year."
    result = claim_results(text, [gas], date="2022-03-01")["2.4 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022-01"
