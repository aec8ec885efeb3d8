"""A census and a day, as other languages write them: 'санақ', 'recensement', 'Volkszählung' are the census
the census rules read (a count stated to a census's precision is the census's, not a mid-year estimate's
to refute), and Kazakh's locative after a day's numeral ('3 мамырда') is 'on 3 May', a day of a count the
yearly rows do not hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.languages import glossed_in

POPULATION = {("Kazakhstan", 2009): 16_092_701, ("Kazakhstan", 2022): 19_621_972,
              ("Kazakhstan", 2023): 19_766_807, ("Kazakhstan", 2025): 19_948_300}


def _population(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "pop", "pop", "Population, total", "Population", POPULATION)


@pytest.mark.parametrize("text, surface", [
    ("2009 жылғы санақ бойынша Қазақстан халқының саны 15 874 312 адам болды.", "15 874 312"),
    ("Selon le recensement de 2009, le Kazakhstan comptait 15 874 312 habitants.", "15 874 312"),
    ("Laut der Volkszählung von 2009 hatte Kasachstan 15.874.312 Einwohner.", "15.874.312"),
])
def test_a_census_count_in_another_language_is_left_to_a_person(tmp_path: Path, text: str, surface: str) -> None:
    result = claim_results(text, [_population(tmp_path)], date="2024-05-02")[surface]
    assert (result.verdict.value, result.reason) == ("needs_review", "census_count"), result.explanation


def test_a_kazakh_day_with_a_locative_reads_as_on_that_day() -> None:
    assert "on 3 May" in glossed_in("Бюро 3 мамырда хабарлады.", "kk")
    assert "on 3 May 2023" in glossed_in("Бюро 2023 жылғы 3 мамырда хабарлады.", "kk")
    assert "on" not in glossed_in("Мамырда инфляция 9 пайыз болды.", "kk").split()  # a month alone: no day


def test_a_kazakh_count_on_a_day_without_a_year_is_not_supported_by_the_latest_row(tmp_path: Path) -> None:
    text = "Статистика бюросы 3 мамырда Қазақстан халқының саны 19,9 миллион адамға жеткенін хабарлады."
    result = claim_results(text, [_population(tmp_path)], date=None)["19,9 миллион"]
    assert (result.verdict.value, result.reason) == ("needs_review", "different_period"), result.explanation


def test_a_kazakh_count_of_no_day_in_an_undated_draft_is_still_judged(tmp_path: Path) -> None:
    text = "Қазақстан халқының саны 19,9 миллион адамға жетті."
    result = claim_results(text, [_population(tmp_path)], date=None)["19,9 миллион"]
    assert result.verdict.value == "supported", result.explanation
