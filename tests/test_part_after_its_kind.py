"""A name opening a figure's clause after a part noun in the plural ('As far as provinces are
concerned, Nyanza recorded the highest rate, 7.9 %'; 'Among the districts, …'; 'Among the regions in Kenya,
Region IV (Lakeside) had …', its other name in brackets) is one of those parts:
the country's row carried from the title is not its figure, so the claim is `unsupported` (the part
is not covered), never judged by the national row. A country or group named there stays itself.

Packages are publisher-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def prices(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "prices", {("Kenya", 2021): 6.1, ("Zambia", 2021): 22.0})


@pytest.mark.parametrize("draft", [
    "# Kenya's consumer prices in 2021\n\n"
    "As far as provinces are concerned, Nyanza recorded the highest inflation rate in 2021, 6.1%.",
    "# Kenya's consumer prices in 2021\n\nAmong the districts, Kisumu posted the highest inflation rate in 2021 at 6.1%.",
    # Kenya's own row (6.1) would contradict 2.0: a region's figure is one the data does not hold
    "# Consumer prices in 2021\n\n"
    "Among the regions in Kenya, Region IV (Lakeside) had the lowest average inflation in 2021 (2.0 percent).",
    "# Consumer prices in 2021\n\nAmong the states of Kenya, Westfield posted the lowest average inflation in 2021, at 2.0 percent.",
])
def test_a_name_after_its_kind_in_the_plural_is_a_part_no_row_holds(prices: Path, draft: str) -> None:
    (result,) = claim_results(draft, [prices], "2022-06-01").values()
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_country_after_a_plural_part_noun_is_still_the_country(prices: Path) -> None:
    draft = "# Consumer prices in 2021\n\nAs far as provinces are concerned, Zambia recorded inflation of 22.0% in 2021."
    (result,) = claim_results(draft, [prices], "2022-06-01").values()
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["Country"] == "Zambia"
