"""A rate near parity is read the way round its own years are quoted: the Swiss franc at 0.97 per
dollar lies nearer the reciprocal of its history's typical value (1.4 francs, the 1990s and before)
than that value, yet 0.97 is how the publisher quotes it in those years. Read against the whole
history it was turned round and matched nothing.

Package shaped like the Federal Reserve's yearly file, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

from workbench.models import Verdict

_HISTORY = {("Switzerland", year): value for year, value in
            [(1985, 2.46), (1988, 1.46), (1990, 1.39), (1993, 1.48), (1996, 1.24), (1999, 1.50), (2001, 1.69),
             (2004, 1.24), (2007, 1.20), (2017, 0.9705), (2018, 0.9610), (2019, 0.9902)]}


_OTHERS = {("Sweden", 2017): 8.5412, ("Sweden", 2018): 8.6933, ("Sweden", 2019): 9.4617,
           ("Norway", 2017): 8.2612, ("Norway", 2018): 8.1342, ("Norway", 2019): 8.8011,
           ("Mexico", 2017): 18.8821, ("Mexico", 2018): 19.2411, ("Mexico", 2019): 19.2602}
_TABLE = ("The table below lists the yearly average exchange rates of several currencies against the US dollar "
          "for 2019, 2018 and 2017.\n\nCOUNTRY CURRENCY 2019 2018 2017\nMEXICO PESO 19.2602 19.2411 18.8821\n"
          "NORWAY KRONE 8.8011 8.1342 8.2612\nSWEDEN KRONA 9.4617 8.6933 8.5412\nSWITZERLAND FRANC {}\n")


@pytest.fixture()
def rates(tmp_path: Path) -> Path:
    return rates_package(tmp_path, {**_HISTORY, **_OTHERS}, source="Central bank")


def test_a_table_row_near_parity_is_read_as_quoted_in_its_year(rates: Path) -> None:
    found = claim_results(_TABLE.format("0.9902 0.9610 0.9705"), [rates], "2020-02-01")
    for figure, year in (("0.9902", "2019"), ("0.9610", "2018"), ("0.9705", "2017")):
        assert found[figure].verdict is Verdict.supported, found[figure].explanation
        assert found[figure].evidence[0].period == year
        assert found[figure].evidence[0].dimensions["Country"] == "Switzerland"


def test_a_wrong_rate_near_parity_is_still_contradicted(rates: Path) -> None:
    found = claim_results(_TABLE.format("0.9902 0.8010 0.9705"), [rates], "2020-02-01")
    assert found["0.8010"].verdict is Verdict.contradicted, found["0.8010"].explanation
    assert found["0.8010"].evidence[0].value == pytest.approx(0.961)
