"""Words of the glossaries, gazetteer and lexicon that name only what they mean: French 'Proche-Orient'
(the Near East, smaller than the Middle East) names no Middle East row; the acronym 'GSO', which other
offices share (the Gulf Standardization Organization), names no country; 'basic' is a component of
prices only as 'basic inflation' (core inflation), not in 'prices of basic goods'."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Vietnam", 2030): 2.84, ("Middle East", 2030): 4.1, ("World", 2030): 1.95}


@pytest.fixture
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


def test_the_near_east_is_no_middle_east_row(cpi: Path) -> None:
    result = claim_results("Au Proche-Orient, l'inflation a atteint 4,1 % en 2030.", [cpi], date="2031-01-05")["4,1 %"]
    assert result.verdict is not Verdict.supported, result.explanation


def test_an_offices_shared_acronym_names_no_country(cpi: Path) -> None:
    result = claim_results("The GSO said inflation was 2.84 percent in 2030.", [cpi], date="2031-01-05")["2.84 percent"]
    assert result.verdict is not Verdict.supported, result.explanation


@pytest.mark.parametrize("text", [
    "In Vietnam, prices of basic goods rose 2.84 percent in 2030.",
    "Vietnam's prices of basic goods and services rose 2.84 percent in 2030.",
])
def test_basic_goods_prices_are_judged_by_the_headline_row(cpi: Path, text: str) -> None:
    result = claim_results(text, [cpi], date="2031-01-05")["2.84 percent"]
    assert result.verdict is Verdict.supported, result.explanation


def test_basic_inflation_is_still_core_inflation(cpi: Path) -> None:
    result = claim_results("Vietnam's basic inflation was 1.95 percent in 2030.", [cpi], date="2031-01-05")["1.95 percent"]
    assert result.verdict is Verdict.unsupported, result.explanation
