"""A province or state named by its name alone ('Sichuan's consumer prices', Chinese '四川居民消费价格',
'prices in Ontario') is a place of its own: the data's national row is not its figure, and a figure
that row happens to equal must not pass as supported."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.mark.parametrize(("country", "text"), [
    ("China", "Sichuan's consumer prices rose 3.1 % in 2030 from a year earlier, the statistics office said."),
    ("China", "2030年全年,四川居民消费价格比上年上涨3.1%。"),
    ("China", "2030年全年,内蒙古居民消费价格比上年上涨3.1%。"),
    ("Canada", "Consumer prices in Ontario rose 3.1 % in 2030, the statistics agency said."),
    ("Australia", "Queensland's consumer price inflation was 3.1 % in 2030, the bureau said."),
])
def test_a_provinces_figure_is_not_the_nations(tmp_path: Path, country: str, text: str) -> None:
    cpi = cpi_package(tmp_path / "cpi", {(country, 2030): 3.1})
    (result,) = claim_results(text, [cpi], date="2031-02-10").values()
    assert result.verdict is not Verdict.supported, result.explanation


@pytest.mark.parametrize("text", [
    "China's consumer prices rose 3.1 % in 2030 from a year earlier, the statistics office said.",
    "2030年全年,中国居民消费价格比上年上涨3.1%。",
])
def test_the_nations_figure_is_still_the_nations(tmp_path: Path, text: str) -> None:
    # the control: no province named, the national row judges the figure
    cpi = cpi_package(tmp_path / "cpi", {("China", 2030): 3.1})
    (result,) = claim_results(text, [cpi], date="2031-02-10").values()
    assert result.verdict is Verdict.supported, result.explanation
