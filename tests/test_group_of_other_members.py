"""A group named only as what other members belong to ('like the other economies of the euro area,
France …', 'other euro area countries'; French 'à l'instar des autres pays de …') is no place of its
text: the text speaks of the member. An earlier paragraph naming the member that way still gives a
later figure its place, as one naming the member alone does.

Packages are publisher-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def prices(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "prices", {("France", 2021): 2.1, ("Euro area", 2021): 2.6})


@pytest.mark.parametrize("draft", [
    "Like the other economies of the euro area, France long kept prices in check.\n\nIn 2021, inflation stood at 2.1%.",
    "Unlike other euro area countries, France long kept prices in check.\n\nIn 2021, inflation stood at 2.1%.",
    "À l'instar des autres pays de la zone euro, la France a longtemps maîtrisé ses prix.\n\n"
    "En 2021, l'inflation s'est établie à 2,1%.",
])
def test_a_group_of_the_other_members_leaves_the_member_as_the_place(prices: Path, draft: str) -> None:
    (result,) = claim_results(draft, [prices], "2022-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["Country"] == "France"


def test_the_group_named_as_a_place_still_is_one(prices: Path) -> None:
    found = claim_results("In 2021, inflation in the euro area stood at 2.6%.", [prices], "2022-06-01")
    assert found["2.6%"].evidence[0].dimensions["Country"] == "Euro area"
