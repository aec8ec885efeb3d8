"""A decimal mark whose digit runs are typed fraction first: the Algerian and Maghreb press writes
'7ر6 بالمائة' for 6.7 % ('reversed_decimal_marks' in languages.json), '3ر12' for 12.3. The package is
World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Tunisia", 2019): 6.7, ("Tunisia", 2020): 12.3}


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("بلغ معدل التضخم في تونس 7ر6 بالمائة في 2019.", "7ر6 بالمائة", 6.7),
    ("بلغ معدل التضخم في تونس 3ر12 بالمائة في 2020.", "3ر12 بالمائة", 12.3),
])
def test_fraction_first_decimal_is_read_whole_part_first(tmp_path: Path, text: str, figure: str,
                                                         value: float) -> None:
    result = claim_results(text, [cpi_package(tmp_path / "inflation", ROWS)], "2021-03-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == value


def test_fraction_first_figure_read_in_typing_order_is_contradicted(tmp_path: Path) -> None:
    # '6ر7' is 7.6, not 6.7: the row of 6.7 does not bear it out
    text = "بلغ معدل التضخم في تونس 6ر7 بالمائة في 2019."
    result = claim_results(text, [cpi_package(tmp_path / "inflation", ROWS)], "2021-03-01")["6ر7 بالمائة"]
    assert result.verdict is not Verdict.supported, result.explanation
