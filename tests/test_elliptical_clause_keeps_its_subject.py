"""A clause that says only link words before its figure (', and by 18 %') has no subject of its own: it shares
the one its sentence's clause before it opens with. 'Rents in Chile have climbed 9.1 % over the past year, and by
21 % since 2019' are both rents — a part of the price index the data does not hold (unsupported, another series)
— while 'Energy prices pushed inflation to 7.5 % in April, and to 8 % in May' keeps inflation, the headline the
clause before names, for its second figure.

The package is World Bank-shaped, figures invented; the sentences are the test's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi")


def test_the_second_figure_of_a_part_of_the_index_is_the_parts_too(cpi: Path) -> None:
    found = claim_results("Rent prices in Chile have climbed 9.1 % over the past year, and by 21 % since 2019.", [cpi],
                          "2022-06-01")
    for figure in ("9.1 %", "21 %"):
        assert (found[figure].verdict, found[figure].reason) == (Verdict.unsupported, "other_series")


def test_a_headline_named_in_the_clause_before_stays_the_figures(cpi: Path) -> None:
    found = claim_results("Energy prices in Chile pushed inflation to 7.5 % in April, and to 8 % in May.", [cpi],
                          "2022-06-01")
    assert found["8 %"].reason != "other_series"
    assert found["8 %"].verdict is Verdict.needs_review


def test_a_verb_first_clause_carries_the_part_it_names_after_its_verb(cpi: Path) -> None:
    # Croatian puts the subject after its verb: 'most rose the prices of transport, by 19 percent'
    found = claim_results("Najviše su porasle cijene prijevoza u Čileu, za 19 posto u 2021.", [cpi], "2022-06-01")
    assert (found["19 posto"].verdict, found["19 posto"].reason) == (Verdict.unsupported, "other_series")


def test_a_figure_in_the_clause_before_keeps_its_part_to_itself(cpi: Path) -> None:
    found = claim_results("Inflation in Chile rose 7.5 % with prices of transport, and by 8 % in May.", [cpi], "2022-06-01")
    assert found["8 %"].reason != "other_series"
