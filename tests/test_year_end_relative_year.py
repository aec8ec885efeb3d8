"""A year's end said of a year named relatively ('ended last year with inflation of 9 %') or of a rate
named after the verb ('the country ended with inflation of 9 %'), in English or as Polish glosses
('Zeszły rok Węgry zakończyły z inflacją …'): the rate is the year's last month's (December on December),
a different period from the annual-average row — review, never a contradiction of the average. A year
written in the sentence still rules, and a share that ends nothing is judged as before.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Hungary", 2022): 14.6, ("Hungary", 2021): 5.1, ("Chile", 2022): 11.6}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    ("Hungary ended last year with inflation of 20.7 percent.", "20.7 percent"),
    ("Inflation in Hungary ended the previous year at 20.7 percent.", "20.7 percent"),
    ("The past year Hungary finished with inflation close to 20.7 percent.", "20.7 percent"),
    ("Zeszły rok Węgry zakończyły z inflacją 20,7 proc. według urzędu statystycznego.", "20,7 proc."),
])
def test_a_relatively_named_year_end_is_a_different_period(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2023-02-01")
    assert found[figure].verdict is Verdict.needs_review


def test_a_written_year_beside_the_relative_one_is_still_judged(cpi: Path) -> None:
    # 'last year' closes with the first figure; 2021's is the row's average and a wrong one is called out
    found = claim_results("Hungary ended last year with inflation of 20.7 percent, after 9.9 percent in 2021.",
                          [cpi], "2023-02-01")
    assert found["9.9 percent"].verdict is Verdict.contradicted


def test_an_annual_rate_with_no_year_end_is_still_judged(cpi: Path) -> None:
    found = claim_results("Last year inflation in Chile averaged 15.2 percent.", [cpi], "2023-02-01")
    assert found["15.2 percent"].verdict is Verdict.contradicted
