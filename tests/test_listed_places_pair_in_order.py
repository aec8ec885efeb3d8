"""A list of places and then a run of as many figures pair in order even when the sentence does not
say 'respectively' ('except Saudi Arabia and Kuwait, which reached 3.4 % and 2.1 %'): neither figure
is judged (and flagged) by the other place's row. A group named before the list is no item of it.

Packages are publisher-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict



@pytest.fixture()
def gulf(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "gulf", {("Kenya", 2020): 5.4, ("Zambia", 2020): 15.7})


def test_a_list_of_places_and_a_run_of_as_many_figures_pair_in_order(gulf: Path) -> None:
    # no 'respectively': the list and the run still pair in order, so neither figure is judged by the other's row
    found = claim_results("In 2020, Kenya and Zambia had inflation rates of 5.4 per cent and 15.7 per cent.",
                          [gulf], "2021-06-01")
    assert found["5.4 per cent"].verdict is Verdict.supported
    assert found["15.7 per cent"].verdict is Verdict.supported


def test_a_group_named_before_the_list_is_no_item_of_it(gulf: Path) -> None:
    found = claim_results("In 2020, prices rose across Africa, except in Kenya and Zambia, which saw inflation "
                          "of 5.4 per cent and 15.7 per cent.", [gulf], "2021-06-01")
    assert found["5.4 per cent"].verdict is Verdict.supported
    assert found["15.7 per cent"].verdict is Verdict.supported


def test_a_place_whose_name_holds_a_joiner_is_one_item(tmp_path: Path) -> None:
    # 'Sao Tome and Principe' is one place of the list, however its name is written
    package = cpi_package(tmp_path / "cpi", {("Sao Tome and Principe", 2020): 9.8, ("Kenya", 2020): 5.4})
    found = claim_results("In 2020, Sao Tome and Principe and Kenya had inflation rates of 9.8 per cent and "
                          "5.4 per cent.", [package], "2021-06-01")
    assert found["9.8 per cent"].verdict is Verdict.supported
    assert found["5.4 per cent"].verdict is Verdict.supported


@pytest.fixture()
def rich(tmp_path: Path) -> Path:
    # each country's rate apart from the next one's, so the neighbour's row can never agree by chance
    return cpi_package(tmp_path / "rich", {("China", 2022): 2.0, ("United States", 2022): 8.0,
                                           ("Germany", 2022): 6.9, ("United Kingdom", 2022): 9.1})


@pytest.mark.parametrize("text", [
    # a list naming each place right before its figure, after a subject named before the first one: both sides of
    # the figures hold a place each, and the comma tells each place goes with the figure after it
    "发布会12日指出,2022年中国CPI全年上涨2.0%,低于美国8.0%、德国6.9%、英国9.1%,也低于印度。",
    "發布會12日指出,2022年中國CPI全年上漲2.0%,低於美國8.0%、德國6.9%、英國9.1%,也低於印度。",
])
def test_places_written_before_their_figures_pair_with_the_figure_after(rich: Path, text: str) -> None:
    found = claim_results(text, [rich], "2023-06-01")
    for figure, country in (("8.0%", "United States"), ("6.9%", "Germany"), ("9.1%", "United Kingdom")):
        assert found[figure].verdict is Verdict.supported, figure
        assert found[figure].evidence[0].dimensions.get("Country") == country


def test_places_written_after_their_figures_still_pair_with_the_figure_before(rich: Path) -> None:
    # English lists name the place after its figure: the comma before the next figure ends each item
    found = claim_results("Prices in China rose 2.0% in 2022, against 8.0% in the United States, 6.9% in Germany, "
                          "9.1% in Britain.", [rich], "2023-06-01")
    for figure, country in (("8.0%", "United States"), ("6.9%", "Germany"), ("9.1%", "United Kingdom")):
        assert found[figure].verdict is Verdict.supported, figure
        assert found[figure].evidence[0].dimensions.get("Country") == country
