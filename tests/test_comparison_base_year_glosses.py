"""'During 2022, compared with 2021, prices were 6.2 % higher' in Serbian, Montenegrin or Croatian copy: the year
after 'u poređenju sa' / 'u usporedbi s' is the base the change is measured from, not the year the figure is
for, so the figure is the later year's rate — not a year mix-up. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Serbia", 2021): 4.1, ("Serbia", 2022): 12.0, ("Croatia", 2021): 2.6, ("Croatia", 2022): 10.8}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), ROWS)


@pytest.mark.parametrize(("text", "claim"), [
    ("Potrošačke cene u Srbiji su tokom 2022. godine, u poređenju sa 2021, bile u proseku više za 12 odsto.",
     "12 odsto"),
    ("Potrošačke cijene u Hrvatskoj bile su tijekom 2022. godine, u usporedbi s 2021, u prosjeku više za 10,8 posto.",
     "10,8 posto"),
])
def test_the_year_compared_with_is_the_base_not_the_figures_year(cpi: Path, text: str, claim: str) -> None:
    result = claim_results(text, [cpi], date="2023-03-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "claim"), [
    ("Potrošačke cene u Srbiji su u periodu januar-mart, u poređenju sa istim periodom prošle godine, "
     "bile u proseku više za 9,5 odsto.", "9,5 odsto"),
    ("Potrošačke cijene u Hrvatskoj su u razdoblju siječanj-ožujak, u usporedbi s istim razdobljem prošle godine, "
     "bile u prosjeku više za 9,5 posto.", "9,5 posto"),
])
def test_the_same_period_of_last_year_is_the_base_not_the_figures_year(cpi: Path, text: str, claim: str) -> None:
    """'in January–March, compared with the same period of last year': last year is the base of a year-to-date
    rate, not the figure's year, so the row of last year (12.0, 10.8) does not contradict it."""
    result = claim_results(text, [cpi], date="2023-04-20")[claim]
    assert result.claim.period == "2023-01/2023-03", result.claim.period
    assert result.verdict is not Verdict.contradicted, result.explanation
