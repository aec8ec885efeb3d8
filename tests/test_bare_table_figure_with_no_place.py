"""A parliamentary answer's table gives bare figures under its column row ('Inflation 4.1 3.8 5.2', the unit
in the sentence above it) and names no country: the site is the country's. Such a figure may be the
named series' for any place, so it is for a person (place unnamed) — not 'nothing in the reference data
matches', which would flag a true figure as unsupported."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi"))]  # Norway's and Chile's invented rates


def test_a_table_row_of_bare_rates_naming_no_place_is_for_review(packages: list[Path]) -> None:
    text = "Oct - 22 Nov - 22 Dec - 22\n\nInflation 5.7 6.1 5.9"
    results = claim_results(text, packages, date="2023-02-01")
    rates = {surface: r for surface, r in results.items() if surface in ("5.7", "6.1", "5.9")}
    assert {s: r.verdict for s, r in rates.items()} == {"5.7": Verdict.needs_review, "6.1": Verdict.needs_review,
                                                       "5.9": Verdict.needs_review}
    assert all("places" in r.explanation for r in rates.values())


def test_a_named_place_still_judges_its_figure(packages: list[Path]) -> None:
    [result] = claim_results("Inflation in Chile averaged 11.6% in 2022.", packages, date="2023-02-01").values()
    assert result.verdict is Verdict.supported, result.explanation


def test_a_lone_bare_index_level_stays_unsupported(packages: list[Path]) -> None:
    # one bare figure in a sentence is no table's cell: an index level the data has no series of
    [result] = claim_results("The consumer price index stood at 118.4 in March, on a 2015 base.", packages,
                             date="2023-05-01").values()
    assert result.verdict is Verdict.unsupported, result.explanation
