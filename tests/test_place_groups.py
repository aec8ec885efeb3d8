"""One figure said of a group of places joined by 'and' ('Chile and Peru followed with 8.3 %'): the
figure is each place's. Every place of the group is looked up; the row of the place written first leads
when all agree, and a place of the group whose row disagrees sends the claim to a person instead of
letting the other's row pass it. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

_PRICES = {("Chile", 2022): 8.25, ("Peru", 2022): 8.31, ("Norway", 2022): 5.8, ("Kenya", 2022): 10.2}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("groups")
    return [publisher_package(root / "prices", "prices", "Inflation, consumer prices (annual %)", "Inflation",
                              _PRICES)]


def _only(text: str, packages: list[Path]) -> tuple[Verdict, list[str | None]]:
    [result] = claim_results(text, packages, date="2023-06-01").values()
    return result.verdict, [e.dimensions.get("Country") for e in result.evidence if e.period == "2022"]


@pytest.mark.parametrize("text", [
    "In 2022 consumer prices rose fastest in Kenya, and Chile and Peru followed with 8.3 %.",
    "Inflation in 2022: Kenya led the region, followed by Chile and by Peru, with 8.3 % each.",
    "Chile and Peru recorded consumer price inflation of 8.3 % in 2022.",
    "Consumer price inflation was 8.3 % in Chile and Peru in 2022.",
])
def test_a_group_that_agrees_is_supported_by_the_place_written_first(packages: list[Path], text: str) -> None:
    verdict, places = _only(text, packages)
    assert verdict is Verdict.supported
    assert places[:2] == ["Chile", "Peru"]


@pytest.mark.parametrize("text", [
    "Peru and Kenya recorded consumer price inflation of 8.3 % in 2022.",
    "Kenya and Peru recorded consumer price inflation of 8.3 % in 2022.",
    "Consumer price inflation was 8.3 % in Peru and Kenya in 2022.",
])
def test_a_place_of_the_group_that_disagrees_is_no_pass(packages: list[Path], text: str) -> None:
    verdict, places = _only(text, packages)
    assert verdict is Verdict.needs_review
    assert set(places[:2]) == {"Peru", "Kenya"}


def test_each_place_with_its_own_figure_is_no_group(packages: list[Path]) -> None:
    results = claim_results("In 2022 inflation was 5.8 % in Norway and 10.2 % in Kenya.", packages)
    assert {t: (r.verdict, r.evidence[0].dimensions.get("Country")) for t, r in results.items()} == {
        "5.8 %": (Verdict.supported, "Norway"), "10.2 %": (Verdict.supported, "Kenya")}

