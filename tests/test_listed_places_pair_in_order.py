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
