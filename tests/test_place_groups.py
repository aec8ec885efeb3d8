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


_AGREE = (Verdict.supported, ["Chile", "Peru"])  # all agree: the row of the place written first leads
_SPLIT = (Verdict.needs_review, ["Peru", "Kenya"])  # Kenya's row disagrees: no pass by Peru's


@pytest.mark.parametrize("text, expected", [
    ("In 2022 consumer prices rose fastest in Kenya, and Chile and Peru followed with 8.3 %.", _AGREE),
    ("Inflation in 2022: Kenya led the region, followed by Chile and by Peru, with 8.3 % each.", _AGREE),
    ("Chile and Peru recorded consumer price inflation of 8.3 % in 2022.", _AGREE),
    ("Consumer price inflation was 8.3 % in Chile and Peru in 2022.", _AGREE),
    ("Peru and Kenya recorded consumer price inflation of 8.3 % in 2022.", _SPLIT),
    ("Kenya and Peru recorded consumer price inflation of 8.3 % in 2022.", _SPLIT),
    ("Consumer price inflation was 8.3 % in Peru and Kenya in 2022.", _SPLIT),
])
def test_a_figure_said_of_a_group_is_checked_for_each_place(packages: list[Path], text: str,
                                                            expected: tuple[Verdict, list[str]]) -> None:
    verdict, places = _only(text, packages)
    assert verdict is expected[0]
    if verdict is Verdict.supported:
        assert places[:2] == expected[1]
    else:
        assert set(places[:2]) == set(expected[1])


def test_a_split_group_names_both_places(packages: list[Path]) -> None:
    [result] = claim_results("Consumer price inflation was 8.3 % in Peru and Kenya in 2022.", packages).values()
    assert "(Peru)" in result.explanation and "(Kenya)" in result.explanation, result.explanation


def test_each_place_with_its_own_figure_is_no_group(packages: list[Path]) -> None:
    results = claim_results("In 2022 inflation was 5.8 % in Norway and 10.2 % in Kenya.", packages)
    assert {t: (r.verdict, r.evidence[0].dimensions.get("Country")) for t, r in results.items()} == {
        "5.8 %": (Verdict.supported, "Norway"), "10.2 %": (Verdict.supported, "Kenya")}

