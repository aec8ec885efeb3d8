"""A place a sentence's subject overtook or surpassed is the yardstick, not the figure's owner: in
'Brazil overtook Russia, with GDP of $2.17 trillion' the figure is Brazil's (places.json
``comparison_before_place``), so a package holding Russia only neither confirms nor refutes it.
Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("wb"), {("Russian Federation", 2022): 144.0e6},
                              {("Russian Federation", 2022): 2.24e12})


@pytest.mark.parametrize("text", [
    "Italy overtook Russia last year, with an economy of $2.05 trillion in 2022.",
    "In 2022 India surpassed Russia, with GDP of $2.05 trillion.",
    # the places overtaken listed, the data's last
    "Italy overtook Canada and Russia last year, with an economy of $2.05 trillion in 2022.",
    "In 2022 India surpassed Canada, Italy and Russia, with GDP of $2.05 trillion.",
])
def test_the_overtaken_place_is_not_the_figures(packages: list[Path], text: str) -> None:
    result = claim_results(text, packages, date="2023-06-01")["$2.05 trillion"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_the_place_that_overtakes_keeps_its_figure(packages: list[Path]) -> None:
    result = claim_results("In 2022 Russia overtook Italy, with GDP of $2.05 trillion.", packages,
                           date="2023-06-01")["$2.05 trillion"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_place_after_a_list_of_other_words_is_its_own(packages: list[Path]) -> None:
    # 'surpassed expectations and Russia reported …': no list of places overtaken, Russia is the subject of its clause
    result = claim_results("In 2022 the harvest surpassed expectations and Russia reported GDP of $2.05 trillion.",
                           packages, date="2023-06-01")["$2.05 trillion"]
    assert result.verdict is Verdict.contradicted, result.explanation
