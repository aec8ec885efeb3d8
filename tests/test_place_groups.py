"""One figure said of a group of places joined by 'and' ('Chile and Peru followed with 8.3 %'): the
figure is each place's. Every place of the group is looked up; the row of the place written first leads
when all agree, and a place of the group whose row disagrees sends the claim to a person instead of
letting the other's row pass it. Invented figures; sentences written here."""

from __future__ import annotations

import json
import time
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
    ("In 2022 consumer price inflation was 8.3 % in Peru and Kenya alike.", _SPLIT),
    ("In 2022 consumer price inflation was 8.3 % in Peru and Kenya, a record.", _SPLIT),
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



@pytest.mark.parametrize("text", [
    "Prices in Kenya climbed steeply and Peru posted consumer price inflation of 8.3 % in 2022.",
    "In 2022 consumer price inflation reached 8.3 % in Peru and Kenya's was higher still.",
    "In 2022 consumer price inflation reached 8.3 % in Peru and in Kenya it ran well above that.",
])
def test_a_group_ends_with_its_places_own_words(packages: list[Path], text: str) -> None:
    # a verb between a place and 'and', or a place that goes on into a clause of its own
    # ('Kenya's was higher'), is no group: the figure is Peru's alone
    verdict, places = _only(text, packages)
    assert (verdict, places[:1]) == (Verdict.supported, ["Peru"])


def test_a_long_word_between_two_places_is_read_at_once(packages: list[Path]) -> None:
    # a word of many letters between a place and 'and' is one word, not a thousand ways of cutting it
    # into the eight words a name may hold (the pattern once backtracked for 6 s on 41 letters)
    word = "x" * 45
    started = time.perf_counter()
    verdict, places = _only(f"Prices in Kenya {word} and Peru posted consumer price inflation of 8.3 % in 2022.", packages)
    assert time.perf_counter() - started < 5
    assert (verdict, places[:1]) == (Verdict.supported, ["Peru"])


@pytest.fixture(scope="module")
def ending_early(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("ending")
    rows = {("Peru", 2021): 4.0, ("Peru", 2022): 8.31, ("Kenya", 2020): 5.3, ("Kenya", 2021): 6.1}
    return [publisher_package(root / "prices", "prices", "Inflation, consumer prices (annual %)", "Inflation", rows)]


@pytest.mark.parametrize("text", [
    "Consumer price inflation was 8.3 % in Peru and Kenya in 2022.",
    "Kenya and Peru recorded consumer price inflation of 8.3 % in 2022.",
])
def test_a_place_of_the_group_without_a_figure_for_the_period_is_no_pass(ending_early: list[Path],
                                                                          text: str) -> None:
    [result] = claim_results(text, ending_early, date="2023-06-01").values()
    assert result.verdict is Verdict.needs_review
    assert "Kenya" in result.explanation and "Peru" in result.explanation, result.explanation


def _sex_first_package(folder: Path, rows: dict[tuple[str, int], float]) -> Path:
    """A package whose first column is a one-value 'Sex' dimension, before the country."""
    (folder / "data").mkdir(parents=True)
    lines = ["Sex,Country,Year,Inflation", *(f"Total,{c},{y},{v}" for (c, y), v in sorted(rows.items()))]
    (folder / "data" / "prices.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    fields = [{"name": "Sex", "type": "string"}, {"name": "Country", "type": "string"},
              {"name": "Year", "type": "year"}, {"name": "Inflation", "type": "number"}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "prices", "title": "Inflation, consumer prices (annual %)",
        "resources": [{"name": "prices", "path": "data/prices.csv", "schema": {"fields": fields}}]}), encoding="utf-8")
    return folder


def test_a_split_group_of_three_names_its_places_not_another_column(tmp_path: Path) -> None:
    package = _sex_first_package(tmp_path / "prices", _PRICES)
    [result] = claim_results("Consumer price inflation was 8.3 % in Chile and Peru and Kenya in 2022.",
                             [package]).values()
    assert result.verdict is Verdict.needs_review
    assert "(Kenya)" in result.explanation and "(Total)" not in result.explanation, result.explanation
    assert "both" not in result.explanation, result.explanation
