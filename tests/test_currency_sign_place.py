"""A currency sign spelled with a country's letters ('US$', 'US $') says which money a figure is in,
not which place it is about: 'Chile's output was US$317 billion' is about Chile.

A World Bank-shaped GDP package of invented figures for Chile and Kenya; no United States rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import only_result as result
from package_support import publisher_package

from workbench.models import Verdict


def gdp(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "output", "output", "GDP (current US$)", "Value",
                             {("Chile", 2021): 316.6e9, ("Kenya", 2021): 110.3e9},
                             description="GDP (current US$)")


@pytest.mark.parametrize("sign", ["US$", "US $"])
def test_a_dollar_sign_with_country_letters_is_no_place(tmp_path: Path, sign: str) -> None:
    agreeing = result(f"Chile's gross domestic product reached {sign}316.6 billion in 2021.", [gdp(tmp_path)])
    assert agreeing.verdict is Verdict.supported
    assert agreeing.evidence[0].dimensions.get("Country") == "Chile"


def test_the_sign_leaves_a_wrong_figure_contradicted(tmp_path: Path) -> None:
    wrong = result("Kenya's GDP was US$98 billion in 2021.", [gdp(tmp_path)])
    assert wrong.verdict is Verdict.contradicted
    assert wrong.evidence[0].value == pytest.approx(110.3e9)


def test_the_country_named_as_a_word_is_still_the_place(tmp_path: Path) -> None:
    # The package holds no United States rows: a US figure must not be judged by Chile's or Kenya's.
    us = result("The US economy produced goods and services worth $23.3 trillion in 2021.", [gdp(tmp_path)])
    assert us.verdict is Verdict.unsupported
