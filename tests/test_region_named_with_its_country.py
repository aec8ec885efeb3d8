"""A region whose name holds its country's ('North Peru Region') is the region, not the country: named in
full or as news shortens it ('North Peru'), in the figure's sentence or in the sentence before it, and
also when the page's address names the country. A count of the region on another day than the bureau's
is for a person. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, peru_mid_year_package

from workbench.models import Verdict


def _regions_package(folder: Path) -> Path:
    """A bureau's regions on one day, no descriptor; two regions' names hold the country's."""
    folder.mkdir(parents=True)
    (folder / "region_population_2024-01-01.csv").write_text(
        "Region,Total,Males,Females\n"
        "Lima Region,10900000,5300000,5600000\n"
        "Cusco Region,1390000,690000,700000\n"
        "North Peru Region,620000,310000,310000\n"
        "South Peru Region,480000,240000,240000\n"
        "The Republic of Peru,33870000,16800000,17070000\n", encoding="utf-8")
    return folder


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [peru_mid_year_package(tmp_path / "pop"), _regions_package(tmp_path / "bureau")]


@pytest.mark.parametrize("sentence", [
    "North Peru Region had 620,000 inhabitants on 1 January 2024.",
    "North Peru had 620,000 inhabitants on 1 January 2024, the bureau said.",
])
def test_the_region_s_name_reaches_its_row_not_the_country_s(packages: list[Path], sentence: str) -> None:
    [result] = claim_results(sentence, packages, date="2024-03-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions == {"Region": "North Peru Region"}


def test_the_region_named_in_the_sentence_before_is_the_figure_s_place(packages: list[Path]) -> None:
    """The page's address names the country; the paragraph names the region nearer the figure."""
    text = ("---\ndate: 2024-03-01\nurl: https://news.example/peru/north-peru-loses-residents\n---\n\n"
            "The population of North Peru shrank last year. The population fell to 620,000 as of "
            "January 1, 2024, the bureau reports.")
    [result] = claim_results(text, packages, date=None).values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions == {"Region": "North Peru Region"}


def test_a_wrong_count_of_the_region_is_not_read_against_the_country(packages: list[Path]) -> None:
    [result] = claim_results("North Peru had 5.1 million inhabitants on 1 January 2024.", packages,
                             date="2024-03-01").values()
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].dimensions == {"Region": "North Peru Region"}


def test_the_country_named_alone_keeps_its_own_rows(packages: list[Path]) -> None:
    [result] = claim_results("Peru's population reached 34.35 million in 2023.", packages, date="2024-03-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Peru"


def test_a_count_of_a_later_day_than_the_bureau_s_is_for_a_person(packages: list[Path]) -> None:
    """The bureau counted the region on 1 January 2024; a count of a year later is another day's figure."""
    [result] = claim_results("North Peru Region had 612,400 inhabitants on 1 January 2025.", packages,
                             date="2025-02-01").values()
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].dimensions == {"Region": "North Peru Region"}


def _regions_only_package(folder: Path) -> Path:
    """A bureau's regions on one day with no row of the country as a whole."""
    folder.mkdir(parents=True)
    (folder / "region_population_2024-01-01.csv").write_text(
        "Region,Total,Males,Females\n"
        "Lima Region,10900000,5300000,5600000\n"
        "Cusco Region,1390000,690000,700000\n"
        "Ucayali Region,620000,310000,310000\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("sentence", [
    "Peru's statistics bureau counted 618,300 residents in Ucayali Region on 1 May 2024.",
    "The statistics bureau of Peru counted 618,300 residents in Ucayali Region on 1 May 2024.",
])
def test_the_country_named_beside_its_region_leaves_the_region_s_row(tmp_path: Path, sentence: str) -> None:
    """The country is the bureau's, the region the figure's: the region's row of another day, for a person,
    not a region no table covers."""
    packages = [peru_mid_year_package(tmp_path / "pop"), _regions_only_package(tmp_path / "bureau")]
    [result] = claim_results(sentence, packages, date="2024-06-01").values()
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].dimensions == {"Region": "Ucayali Region"}


def test_the_country_named_alone_keeps_its_national_row_beside_a_table_of_regions(tmp_path: Path) -> None:
    packages = [peru_mid_year_package(tmp_path / "pop"), _regions_only_package(tmp_path / "bureau")]
    [result] = claim_results("Peru had 34.35 million inhabitants in 2023.", packages, date="2024-06-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Peru"


@pytest.mark.parametrize("text", [
    "Cusco Region kept losing residents last year. The region's population stood at 1,352,000 on 1 May 2024.",
    "Cusco Region kept losing residents last year. Peru's statistics bureau put the population of the region "
    "at 1,352,000 on 1 May 2024.",
])
def test_the_region_named_in_the_sentence_before_is_the_region_the_figure_refers_to(packages: list[Path],
                                                                                     text: str) -> None:
    """'The region' names no place of its own: the one region the sentence before names is the figure's, and a
    count of another day than the bureau's is for a person (the bureau's country beside it rules nothing out)."""
    [result] = claim_results(text, packages, date="2024-06-01").values()
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].dimensions == {"Region": "Cusco Region"}


def test_the_region_of_a_sentence_before_naming_two_places_stays_unknown(packages: list[Path]) -> None:
    text = ("Cusco Region and Lima Region kept losing residents last year. The region's population stood at "
            "1,352,000 on 1 May 2024.")
    [result] = claim_results(text, packages, date="2024-06-01").values()
    assert result.verdict is not Verdict.supported, result.explanation
    assert not any(e.dimensions == {"Region": "Cusco Region"} for e in result.evidence)


@pytest.mark.parametrize("sentence", [
    "Cusco Region had 1,302,000 residents on 1 July 2026.",
    "Cusco Region had 1,302,000 residents in 2026.",
])
def test_a_count_long_after_a_one_day_table_is_another_day_s_count(tmp_path: Path, sentence: str) -> None:
    """A bureau's table of one day holds no series that ends there: a count of a later year is the same stock
    on another day, for a person, not a period outside the data."""
    packages = [peru_mid_year_package(tmp_path / "pop"), _regions_only_package(tmp_path / "bureau")]
    [result] = claim_results(sentence, packages, date="2026-09-01").values()
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].dimensions == {"Region": "Cusco Region"}


def _kazakh_regions_package(folder: Path) -> Path:
    """A bureau's regions of Kazakhstan on one day (invented counts), no row of the country as a whole."""
    folder.mkdir(parents=True)
    (folder / "region_population_2024-01-01.csv").write_text(
        "Region,Total,Males,Females\n"
        "Kostanay Region,830000,400000,430000\n"
        "Akmola Region,780000,380000,400000\n", encoding="utf-8")
    return folder


def test_a_russian_sentence_s_region_is_the_one_its_paragraph_named(tmp_path: Path) -> None:
    """'численность населения региона' (of the region), the bureau's country beside it: the region of the sentence
    before, counted on another day than the table's, is for a person."""
    text = ("Костанайская область теряет жителей третий год подряд. По данным бюро статистики Казахстана, "
            "к 1 октября 2025 года численность населения региона сократилась до 812 тыс. человек.")
    [result] = claim_results(text, [_kazakh_regions_package(tmp_path / "bureau")], date="2025-11-20").values()
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].dimensions == {"Region": "Kostanay Region"}


def test_a_count_naming_no_day_years_after_a_one_day_table_is_another_day_s_count(tmp_path: Path) -> None:
    """A region's count naming no period, in a story dated years after the table's one day and past the country's
    yearly rows: the count is of the story's time, another day's count of what the table holds — for a person, as
    one whose later day the text names, not a period outside the data."""
    packages = [peru_mid_year_package(tmp_path / "pop"), _regions_only_package(tmp_path / "bureau")]
    [result] = claim_results("The population of Cusco Region is 1,302,000.", packages, date="2026-09-01").values()
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].dimensions == {"Region": "Cusco Region"}
