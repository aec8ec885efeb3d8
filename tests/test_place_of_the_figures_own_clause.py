"""A figure's place comes from its own words before a place named elsewhere in the sentence: figures
joined by 'and' or 'to' share the place their group leads into ('5.1 % and 6.7 % in India'), however
near a place named before the first of them stands. Taking the other place would let a figure that
happens to match that place's row pass silently.

Packages are publisher-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def prices(tmp_path: Path) -> Path:
    # France's 2021 row holds India's figure: a figure read as France's would pass by the wrong row
    return cpi_package(tmp_path / "prices", {("India", 2021): 4.4, ("India", 2022): 7.3,
                                            ("France", 2021): 4.4, ("France", 2022): 2.0})


def _country(result: object) -> str:
    return result.evidence[0].dimensions["Country"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("sentence", [
    # figures joined by 'and' / 'to' share the place their group leads into
    "Unlike France, consumer prices climbed 4.4 per cent and 7.3 per cent in India in 2021 and 2022.",
    "Unlike France, consumer prices climbed 4.4 and 7.3 per cent across India in 2021 and 2022.",
    "Unlike France, inflation went from 4.4 % to 7.3 % in India between 2021 and 2022.",
    "Unlike France, inflation was 4.4 % and 7.3 %, respectively, in India in 2021 and 2022.",
    # 'respectively' pairs the figures with the years; the place set against them is no item of a list
    "Unlike France, India saw consumer prices climb 4.4 per cent and 7.3 per cent in 2021 and 2022 respectively.",
    "Unlike France, India saw consumer prices climb 4.4 per cent and 7.3 per cent in 2021 and 2022.",
    # a place in an earlier clause of its own is no item of a list either
    "In France, prices cooled, but India saw inflation of 4.4 per cent and 7.3 per cent in 2021 and 2022, respectively.",
])
def test_both_figures_take_the_place_of_their_own_clause(prices: Path, sentence: str) -> None:
    found = claim_results(sentence, [prices], "2023-05-01")
    first, second = sorted(found.values(), key=lambda r: r.claim.start)
    assert first.verdict is Verdict.supported and _country(first) == "India"
    assert second.verdict is Verdict.supported and _country(second) == "India"


def test_a_place_of_each_figure_keeps_its_own(prices: Path) -> None:
    found = claim_results("Inflation was 4.4 % in France and 7.3 % in India in 2021 and 2022.", [prices], "2023-05-01")
    first, second = sorted(found.values(), key=lambda r: r.claim.start)
    assert _country(first) == "France" and _country(second) == "India"


def test_a_list_of_places_before_the_figures_still_pairs_in_order(tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "pair", {("India", 2021): 5.5, ("France", 2021): 2.1})
    found = claim_results("India and France saw inflation of 5.5 per cent and 2.1 per cent in 2021, respectively.",
                          [package], "2023-05-01")
    assert _country(found["5.5 per cent"]) == "India" and _country(found["2.1 per cent"]) == "France"
