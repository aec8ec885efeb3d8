"""A statistics bureau's table of regions on one day ends with the country's own row, spelled its own
way ('The Republic of Peru'): a text naming the country reaches that row, and a count on that day is
judged by it before a mid-year estimate of another table. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, peru_mid_year_package

from workbench.models import Verdict


def _regions_package(folder: Path) -> Path:
    """Regions and the national total of one day, no descriptor; a region's name holds the country's."""
    folder.mkdir(parents=True)
    (folder / "region_population_2024-01-01.csv").write_text(
        "Region,Total,Males,Females\n"
        "Lima Region,10900000,5300000,5600000\n"
        "Cusco Region,1390000,690000,700000\n"
        "Arequipa Region,1530000,750000,780000\n"
        "North Peru Territory,620000,310000,310000\n"
        "The Republic of Peru,33870000,16800000,17070000\n", encoding="utf-8")
    (folder / "units_population_2024-01-01.csv").write_text(
        "unit_name_en,level,total,urban,urban_male,urban_female,rural\n"
        "Republic of Peru,country,33870000,26500000,12900000,13600000,7370000\n"
        "Lima Region,region,10900000,10700000,5200000,5500000,200000\n"
        "Cusco Region,region,1390000,800000,390000,410000,590000\n", encoding="utf-8")
    return folder


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [peru_mid_year_package(tmp_path / "pop"), _regions_package(tmp_path / "bureau")]


@pytest.mark.parametrize("sentence", [
    "According to the census office, Peru had 33,870,000 inhabitants on 1 January 2024.",
    "The population of the Republic of Peru stood at 33.87 million as of January 1, 2024.",
])
def test_a_count_on_the_bureau_s_day_is_judged_by_the_national_row(packages: list[Path], sentence: str) -> None:
    [result] = claim_results(sentence, packages, date="2024-03-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2024-01-01"
    assert result.evidence[0].value == 33_870_000


def test_a_wrong_count_on_that_day_is_contradicted_by_the_same_day_row(packages: list[Path]) -> None:
    [result] = claim_results("Peru had 36.2 million inhabitants on 1 January 2024.", packages,
                             date="2024-03-01").values()
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2024-01-01"


def test_a_yearly_figure_stays_with_the_mid_year_table(packages: list[Path]) -> None:
    [result] = claim_results("Peru's population reached 34.35 million in 2023.", packages, date="2024-03-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Peru"


def test_a_month_s_count_is_not_taken_to_the_bureau_s_day(packages: list[Path]) -> None:
    """A count of August is neither the bureau's January row nor the mid-year row: for a person."""
    [result] = claim_results("Official estimates put Peru's population at 34,600,000 as of August 2024.",
                             packages, date="2024-09-01").values()
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].dimensions.get("Country") == "Peru"


def test_a_region_whose_name_holds_the_country_s_is_no_national_row(packages: list[Path]) -> None:
    [result] = claim_results("Peru had 620,000 inhabitants on 1 January 2024.", packages, date="2024-03-01").values()
    assert result.verdict is not Verdict.supported, result.explanation


def test_a_city_s_share_of_the_country_goes_to_a_person(packages: list[Path]) -> None:
    [result] = claim_results("Cusco Region is home to 4% of Peru's population.", packages,
                             date="2024-03-01").values()
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_share_of_the_population_is_no_share_of_an_unnamed_column(packages: list[Path]) -> None:
    """'Of the population' names the total; the females column, never named, is not the part."""
    [result] = claim_results("According to the census, Quechua speakers made up 49.6% of the population of Peru.",
                             packages, date="2024-03-01").values()
    # no series counts Quechua speakers: unsupported, not a share read as females ÷ total
    assert (result.verdict, result.evidence) == (Verdict.unsupported, []), result.explanation


def test_a_part_named_by_its_whole_label_is_read_in_its_column(packages: list[Path]) -> None:
    """'urban' is in 'urban_male' and 'urban_female' too: the one column whose whole label the clause says."""
    [result] = claim_results("On 1 January 2024 the urban population of Peru was 26.5 million.", packages,
                             date="2024-03-01").values()
    assert result.evidence[0].resource.endswith(":urban"), result.explanation
    assert result.verdict is not Verdict.contradicted, result.explanation
