"""Reference pages tell a country's history in one sentence: 'the population reached 15 million in 1995,
fell to 14 in 2000 and rose to 17 in 2015'. The scale is written once, on the first reading; the later bare
figures, each moved 'to' and dated by its year, are readings of the same series in that scale — not a
count of 14 people, flagged as a slip of scale. Spanish and Portuguese 'a' (glossed 'at') moves them too.
A bare figure of another size, or one with no year after it, keeps what it has. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    people = {("Kazakhstan", 1995): 15_200_000, ("Kazakhstan", 2000): 14_100_000, ("Kazakhstan", 2015): 17_300_000}
    return population_and_gdp(tmp_path_factory.mktemp("series"), people, {("Kazakhstan", 2015): 184e9})


def test_later_readings_take_the_scale_written_on_the_first(packages: list[Path]) -> None:
    text = "The population of Kazakhstan reached 15.2 million in 1995, fell to 14.1 in 2000 and rose to 17.3 in 2015."
    results = claim_results(text, packages, "2020-05-01")
    for figure, value in (("14.1", 14_100_000), ("17.3", 17_300_000)):
        result = results[figure]
        assert result.verdict is Verdict.supported, result.explanation
        assert result.evidence[0].value == value, result.explanation


def test_a_later_reading_that_disagrees_is_contradicted_not_a_slip_of_scale(packages: list[Path]) -> None:
    result = claim_results("Kazakhstan's population reached 15.2 million in 1995 and fell to 12.9 in 2000.",
                           packages, "2020-05-01")["12.9"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert "slip" not in result.explanation, result.explanation


def test_spanish_a_moves_the_series_as_english_to_does(packages: list[Path]) -> None:
    text = "La población de Kazajistán llegó en 1995 a 15,2 millones y descendió a 14,1 en 2000."
    result = claim_results(text, packages, "2020-05-01")["14,1"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_bare_figure_of_another_size_or_without_its_year_keeps_what_it_has(packages: list[Path]) -> None:
    other_size = claim_results("Kazakhstan's population reached 15.2 million in 1995 and its regions fell to 3 in 2000.",
                               packages, "2020-05-01")["3"]
    assert other_size.claim.value == 3, other_size.claim
    no_year = claim_results("Kazakhstan's population reached 15.2 million in 1995, up to 14 this time.",
                            packages, "2020-05-01").get("14")
    assert no_year is None or no_year.claim.value == 14, no_year.claim
