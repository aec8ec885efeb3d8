"""'Prices in Serbia rose 11.9 % in 2022' names a consumer-price series only by 'prices': its words match a
publisher's title ('Annual Consumer Price Index (CPI)') weakly, yet a year's rate of a named place read
against the headline price series is that series' figure. A near miss (another vintage of the rate) is
contradicted, not left uncertain; a figure far off the row, or another thing's prices, stays for review.

Packages are publisher-shaped (a titled CPI file, as the World Bank's mirror ships it), figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

ROWS = {("Serbia", 2021): 4.1, ("Serbia", 2022): 12.0, ("Moldova", 2022): 28.7}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("cpi") / "cpi", "cpi", "Annual Consumer Price Index (CPI)",
                             "CPI", ROWS, description="annual %")


@pytest.mark.parametrize("text", [
    "Prices in Serbia rose 11.7 percent in 2022, the statistics office said on Friday.",
    "In Serbia, prices climbed 11.7 percent in 2022.",
    "On average, consumer prices in Serbia rose 3.9% in 2021 (+11.7% in 2022).",
    # a record after the year: the year is the figure's, the record's base is another ('the mid-1990s')
    "Prices in Serbia rose 11.7 percent in 2022, the largest full-year increase since the mid-1990s.",
])
def test_a_near_miss_of_the_prices_named_is_contradicted(cpi: Path, text: str) -> None:
    figure = claim_results(text, [cpi], date="2023-02-20")
    found = next(r for surface, r in figure.items() if "11.7" in surface)
    assert found.verdict is Verdict.contradicted, (text, found.reason, found.explanation)
    assert found.evidence[0].value == pytest.approx(12.0)


def test_the_row_agreeing_still_supports(cpi: Path) -> None:
    figure = claim_results("Prices in Serbia rose 12 percent in 2022.", [cpi], date="2023-02-20")["12 percent"]
    assert figure.verdict is Verdict.supported, figure.explanation


@pytest.mark.parametrize("text", [
    "House prices in Serbia rose 11.7 percent in 2022.",  # another thing's prices: no word names it a component
    "Prices in Serbia rose 9.5 percent in 2022.",  # a fifth off the row: another measure as likely as another vintage
])
def test_other_prices_or_a_far_figure_stay_for_review(cpi: Path, text: str) -> None:
    figure = list(claim_results(text, [cpi], date="2023-02-20").values())[-1]
    assert figure.verdict is not Verdict.contradicted, (text, figure.reason, figure.explanation)


def test_a_record_whose_base_may_be_the_only_year_stays_for_review(cpi: Path) -> None:
    # 'the highest since 2022' writes the year after the record's words: it may be the base, not the figure's year
    text = "Prices in Serbia rose 11.7 percent, the highest since 2022, the office said."
    figure = claim_results(text, [cpi], date="2023-02-20")["11.7 percent"]
    assert figure.verdict is not Verdict.contradicted, (figure.reason, figure.explanation)
