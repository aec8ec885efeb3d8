"""A figure comparing one place with another ('seven times that of Kazakhstan', 'one-eighth the size of
Russia's') is a ratio of two places' rows the checker does not compute: with rows for both places it
goes to a person (`place_ratio`) instead of being flagged `unsupported`; a place the data lacks still
leaves it unsupported. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, population_and_gdp, publisher_package

from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2022): 19_300_000, ("Russian Federation", 2022): 145_000_000}
GDP = {("Kazakhstan", 2022): 220_000_000_000, ("Russian Federation", 2022): 2_200_000_000_000}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize(("sentence", "places"), [
    ("Russia's population is about seven times that of Kazakhstan.", ("Russia", "Kazakhstan")),
    ("Russia has roughly seven times as many people as Kazakhstan.", ("Russia", "Kazakhstan")),
    ("Kazakhstan's economy is about one-tenth the size of Russia's.", ("Kazakhstan", "Russia")),
])
def test_a_ratio_of_two_places_goes_to_a_person(packages: list[Path], sentence: str, places: tuple[str, str]) -> None:
    [result] = claim_results(sentence, packages, date="2023-06-01").values()
    assert result.verdict is Verdict.needs_review and result.reason == "place_ratio", result.explanation
    assert all(place in result.explanation for place in places), result.explanation


def test_a_ratio_with_a_place_the_data_lacks_stays_unsupported(packages: list[Path]) -> None:
    [result] = claim_results("Russia's population is about seven times that of Belarus.", packages,
                             date="2023-06-01").values()
    assert result.verdict is Verdict.unsupported, result.explanation


@pytest.mark.parametrize("sentence", [
    "Kazakhstan sold about 12 % of its grain exports to Russia in 2022, the ministry said.",
])
def test_a_share_between_two_places_without_ratio_wording_is_no_ratio(packages: list[Path], sentence: str) -> None:
    [result] = claim_results(sentence, packages, date="2023-06-01").values()
    assert result.reason != "place_ratio", result.explanation


def test_a_ratio_to_a_place_the_measures_series_lacks_stays_unsupported(packages: list[Path], tmp_path: Path) -> None:
    # the world has a population row, but no row of per-person carbon: nothing holds the ratio's base
    carbon = carbon_package(tmp_path / "carbon", {("KAZAKHSTAN", 2022): 60_000}, {("KAZAKHSTAN", 2022): 3.1})
    world = publisher_package(tmp_path / "world", "world-pop", "Population, total", "Population",
                              {("World", 2022): 7_950_000_000},
                              description="Total population counts all residents regardless of legal status")
    sentence = "Kazakhstan emits 11.4 tonnes of carbon dioxide per person, about three times the global average."
    results = claim_results(sentence, [*packages, carbon, world], date="2023-06-01")
    result = results["three times"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason != "place_ratio"


def test_the_ratio_names_the_places_nearest_the_figure(packages: list[Path], tmp_path: Path) -> None:
    more = publisher_package(tmp_path / "pop2", "population2", "Population, total", "Population",
                             {("Ukraine", 2022): 38_000_000, ("France", 2022): 68_000_000},
                             description="Total population counts all residents regardless of legal status")
    sentence = "Unlike France, Ukraine has a population about 1.97 times that of Kazakhstan, not of Russia."
    [result] = claim_results(sentence, [*packages, more], date="2023-06-01").values()
    assert result.reason == "place_ratio", result.explanation
    assert "Ukraine and Kazakhstan" in result.explanation, result.explanation


def _regions_package(folder: Path) -> Path:
    """A bureau's table of regions and cities on one day (dated by its file name), with the country's row."""
    folder.mkdir(parents=True)
    (folder / "regions_2023-01-01.csv").write_text("Region,Total\nAlmaty city,2200000\nAlmaty Region,1500000\n"
                                        "Astana city,1400000\nThe Republic of Kazakhstan,20000000\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("sentence", [
    "Almaty city is home to roughly 11% of Kazakhstan's population, according to the regional census office.",
    "Алматы қаласында Қазақстан халқының шамамен 11% тұрады.",
])
def test_a_citys_share_of_its_countrys_population_is_for_review(tmp_path: Path, sentence: str) -> None:
    packages = [*population_and_gdp(tmp_path, POPULATION, GDP), _regions_package(tmp_path / "regions")]
    results = claim_results(sentence, packages, date="2023-11-20")
    [result] = [r for t, r in results.items() if t.endswith("11%")]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "place_ratio"), result.explanation
    assert "Almaty city" in result.explanation and "Kazakhstan" in result.explanation


@pytest.mark.parametrize("sentence", [
    "Kazakhstan's jobless rate dropped to 4.7% in 2023, with workers in the cities gaining most.",
    "Kazakhstan's grain exports jumped 12% in 2023, with Almaty traders leading the way.",
])
def test_a_rate_or_change_beside_a_city_compares_no_places(tmp_path: Path, sentence: str) -> None:
    packages = [*population_and_gdp(tmp_path, POPULATION, GDP), _regions_package(tmp_path / "regions")]
    [result] = claim_results(sentence, packages, date="2023-11-20").values()
    assert result.reason != "place_ratio", result.explanation


def test_a_share_of_a_group_no_table_names_stays_unjudged(tmp_path: Path) -> None:
    packages = [*population_and_gdp(tmp_path, POPULATION, GDP), _regions_package(tmp_path / "regions")]
    results = claim_results("Ethnic Germans make up about 1% of Kazakhstan's population.", packages, date="2023-11-20")
    [result] = results.values()
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_region_no_table_names_compares_no_rows_by_its_noun_alone(tmp_path: Path) -> None:
    # 'region' is a word of 'Almaty Region', but names the kind of the part, not which one
    packages = [*population_and_gdp(tmp_path, POPULATION, GDP), _regions_package(tmp_path / "regions")]
    sentence = "Among the regions in Kazakhstan, Region IV (Steppe) holds the smallest share of its population, about 2%."
    [result] = claim_results(sentence, packages, date="2023-11-20").values()
    assert result.verdict is Verdict.unsupported and result.reason != "place_ratio", result.explanation
