"""A table of districts and cities of one country names each row's place in a column headed for it
('district_name', 'city'): a row is read only for a text that names its place, so a city's change
is not supported by some district whose count happens to fit. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_package

from workbench.models import Verdict

NATIONAL = {("Kazakhstan", 2022): 19_600_000, ("Kazakhstan", 2023): 19_900_000}


def _districts_package(folder: Path) -> Path:
    """A statistics bureau's table of units on one day, no descriptor: a Kazakh and an English name,
    the unit's level and its parent region, then the counts."""
    folder.mkdir(parents=True)
    (folder / "units_population_2024-01-01.csv").write_text(
        "unit_name_kk,unit_name_en,level,parent_region_kk,total,urban\n"
        "Қазақстан Республикасы,Republic of Kazakhstan,country,,19900000,12400000\n"
        "Алматы қаласы,Almaty city,region,,2230000,2230000\n"
        "Медеу ауданы,Medeu district,district,Алматы қаласы,248000,248000\n"
        "Ақсу ауданы,,district,Жетісу,60040,\n"
        "Тарбағатай ауданы,,district,Абай,45300,\n", encoding="utf-8")
    return folder


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    national = population_package(tmp_path / "pop", NATIONAL)
    return [national, _districts_package(tmp_path / "units")]


@pytest.mark.parametrize("sentence", [
    "Almaty grew the most: the city gained 60 thousand residents over the year.",
    "The country's fastest-growing city added 60,040 residents in 2023.",
])
def test_a_district_s_count_does_not_support_another_place_s_figure(packages: list[Path], sentence: str) -> None:
    text = f"# Kazakhstan's population keeps growing\n\n{sentence}"
    for result in claim_results(text, packages, date="2024-02-01").values():
        assert result.verdict is not Verdict.supported, result.explanation


def test_the_named_city_is_read_in_its_own_row(packages: list[Path]) -> None:
    text = "Almaty city had 2.23 million residents on 1 January 2024, the statistics bureau said."
    [result] = claim_results(text, packages, date="2024-02-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("unit_name_en") == "Almaty city"


def test_the_national_table_still_judges_the_country(packages: list[Path]) -> None:
    text = "Kazakhstan's population reached 19.6 million in 2022."
    [result] = claim_results(text, packages, date="2024-02-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Kazakhstan"


def test_a_level_column_is_no_place(packages: list[Path]) -> None:
    from workbench.matching.index import reference_index
    from workbench.reference.loader import load_reference

    index = reference_index(load_reference(packages))
    units = [r for r in index.resources.values() if "unit_name_en" in r.dims]
    assert units
    for resource in units:
        assert set(resource.place_dims) == {"unit_name_kk", "unit_name_en"}
        assert (("unit_name_kk", "unit_name_en"),) == resource.place_groups


def test_a_region_the_text_does_not_name_goes_to_a_person(tmp_path: Path) -> None:
    folder = tmp_path / "regions"
    folder.mkdir()
    (folder / "region_population_2024-01-01.csv").write_text(
        "Region,Total\nAtacama Region,320000\nMaule Region,1150000\n", encoding="utf-8")
    [unnamed] = claim_results("The region has 1.15 million inhabitants.", [folder], date="2024-02-01").values()
    assert unnamed.verdict is Verdict.needs_review and unnamed.reason == "place_unnamed", unnamed.explanation
    [named] = claim_results("The Maule Region has 1.15 million inhabitants.", [folder], date="2024-02-01").values()
    assert named.verdict is Verdict.supported, named.explanation
