"""A country's statistics office named for its figures ('the Bureau of Labor Statistics reports …', 'the ONS
says …') names the country, as 'Istat' names Italy; a US state ('in Ohio') is a place of its own, as a city
is: a country's row is not its figure, so the claim is unsupported, not a place-unnamed review. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def prices(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("United States", 2019): 1.8, ("United States", 2020): 1.3,
                                          ("United Kingdom", 2020): 0.9})


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("Figures from the Bureau of Labor Statistics put consumer prices up 1.8 percent in 2019 and 1.3 percent in 2020.",
     "1.3 percent", Verdict.supported),
    ("The BLS said consumer prices rose 2.9 percent in 2019.", "2.9 percent", Verdict.contradicted),
    ("The Office for National Statistics said consumer price inflation averaged 0.9% in 2020.", "0.9%", Verdict.supported),
])
def test_a_statistics_office_names_its_country(prices: Path, text: str, claim: str, verdict: Verdict) -> None:
    found = claim_results(text, [prices], "2021-06-01")[claim]
    assert found.verdict is verdict, found.explanation


@pytest.mark.parametrize("text", [
    "A campaign mailer claimed that inflation was over 9% in Ohio in 2020.",
    "Consumer prices in New Jersey rose 1.3 percent in 2020, the state's budget office said.",
])
def test_a_us_state_is_a_place_of_its_own(prices: Path, text: str) -> None:
    found = next(iter(claim_results(text, [prices], "2021-06-01").values()))
    assert found.verdict is Verdict.unsupported, found.explanation


def test_a_state_inside_an_institutions_name_is_no_place(prices: Path) -> None:
    found = claim_results("Economists at the University of Texas said US consumer prices rose 1.3 percent in 2020.",
                          [prices], "2021-06-01")["1.3 percent"]
    assert found.verdict is Verdict.supported, found.explanation
