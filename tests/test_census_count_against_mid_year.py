"""A census count is a count on its census day, by another method than a mid-year estimate: a yearly row
that agrees supports it, one that disagrees leaves it to a person — never a contradiction, in any
language whose glossary glosses its census word."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_package

MID_YEAR = {("Norway", 2011): 4_953_000, ("Norway", 2021): 5_391_000, ("Norway", 2023): 5_520_000,
            ("Kazakhstan", 2009): 16_100_000, ("Kazakhstan", 2021): 19_000_000}


@pytest.mark.parametrize("text, surface", [
    ("Norway's population was 5.1 million according to the 2021 census.", "5.1 million"),
    ("The last census was held in 2021 and counted a population of 5.1 million in Norway.", "5.1 million"),
    ("По данным переписи 2009 года население Казахстана составило 15,2 млн человек.", "15,2 млн"),
    ("2021 жылғы санағында Қазақстан халқы 18,2 млн адам болды.", "18,2 млн"),
    ("Podle výsledků sčítáním lidu z roku 2021 měl Kazachstán 18,2 milionu obyvatel.", "18,2 milionu"),
])
def test_a_census_count_that_misses_the_mid_year_row_is_for_review(tmp_path: Path, text: str, surface: str) -> None:
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2024-03-01")[surface]
    assert (result.verdict.value, result.reason) == ("needs_review", "census_count"), result.explanation
    assert "a census count on its census day, not the mid-year estimate" in result.explanation


@pytest.mark.parametrize("text, surface", [
    ("Norway's population was 4.8 million according to the 2021 census.", "4.8 million"),
    ("根据2009年人口普查,哈萨克斯坦人口为1450万。", "1450万"),
])
def test_a_census_count_a_tenth_off_its_year_s_row_is_contradicted(tmp_path: Path, text: str, surface: str) -> None:
    # a census parts from the estimate of its year by a few percent at most: 11 % and 10 % off are wrong figures
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2024-03-01")[surface]
    assert result.verdict.value == "contradicted", result.explanation


def test_a_census_count_that_agrees_with_the_mid_year_row_is_supported(tmp_path: Path) -> None:
    text = "Norway's population was 5.39 million according to the 2021 census."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2024-03-01")["5.39 million"]
    assert result.verdict.value == "supported", result.explanation


def test_according_to_a_census_dates_the_count_to_the_census_year(tmp_path: Path) -> None:
    text = "In 2023 the ministry said Norway's population was 5.1 million according to the 2021 census."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2024-03-01")["5.1 million"]
    assert (result.claim.period, result.verdict.value, result.reason) == ("2021", "needs_review", "census_count")


def test_a_later_year_beside_an_earlier_census_is_judged_by_its_row(tmp_path: Path) -> None:
    # the census counted 2011's figure; the 2021 figure is no census count, so its row refutes it
    text = "Norway's population was 4.95 million according to the 2011 census and reached 5.1 million in 2021."
    results = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2024-03-01")
    assert results["4.95 million"].verdict.value == "supported", results["4.95 million"].explanation
    assert results["5.1 million"].verdict.value == "contradicted", results["5.1 million"].explanation


def test_a_census_offices_estimate_is_judged_by_its_row(tmp_path: Path) -> None:
    # 'census' names the office here: its estimate is the kind of figure the row is
    text = "The census office estimated Norway's population at 5.1 million in 2021."
    result = claim_results(text, [population_package(tmp_path / "pop", MID_YEAR)], date="2024-03-01")["5.1 million"]
    assert result.verdict.value == "contradicted", result.explanation
