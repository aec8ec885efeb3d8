"""A reference row's position in its resource, looked up by the row's number: what the checks that
read a lead row's neighbours (the year before, the same series' other years) start from."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
from package_support import publisher_package

from workbench.matching.index import reference_index
from workbench.reference.loader import load_reference

RATES = {("Peru", 2021): 4.0, ("Peru", 2022): 7.9, ("Chile", 2021): 4.5, ("Chile", 2022): 11.6}


def test_each_row_number_finds_its_own_position_and_no_other(tmp_path: Path) -> None:
    package = publisher_package(tmp_path / "inflation", "inflation", "Inflation, consumer prices", "Inflation", RATES)
    [resource] = reference_index(load_reference([package])).resources.values()
    for pos, row in enumerate(resource.rows.tolist()):
        assert resource.position_of_row(row) == pos
    assert resource.position_of_row(int(resource.rows.max()) + 1) is None
    assert resource.position_of_row(None) is None
    # a number two positions hold names no one row: neither the first nor the last stands for it, as either
    # may be another series' or year's cell
    twice = dataclasses.replace(resource, rows=np.array([7, 8, 8, 9]))
    assert twice.position_of_row(8) is None
    assert twice.position_of_row(9) == 3
    assert twice.position_of_row(7) == 0
