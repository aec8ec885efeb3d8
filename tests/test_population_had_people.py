"""Reference pages give a population as 'Kazakhstan has 19.7 million people': a verb of having right before
the figure (at most a qualifier between) marks the people as the country's population, as 'live' or 'home
to' do — the measure only implied: supported where the figure agrees with the row of the year its own
sentence names, else for review (never a flag for want of a series). 'Russia has lost 2 million people'
has its verb elsewhere: no population. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("had"), {("Kazakhstan", 2021): 19_700_000, ("Russian Federation", 2021): 145_100_000},
                              {("Kazakhstan", 2021): 197e9})


@pytest.mark.parametrize("text, figure, verdict", [
    ("Kazakhstan has 19.7 million people.", "19.7 million", Verdict.needs_review),  # no year: agrees by chance?
    ("Kazakhstan had 25 million people.", "25 million", Verdict.needs_review),
    ("In 2021 Kazakhstan had about 25 million people.", "25 million", Verdict.needs_review),  # maybe another measure
    ("In 2021 Kazakhstan had about 19.7 million people.", "19.7 million", Verdict.supported),
    ("Russia, which had some 145 million people in 2021, is vast.", "145 million", Verdict.supported)])
def test_people_a_country_has_are_its_population(packages: list[Path], text: str, figure: str, verdict: Verdict) -> None:
    result = claim_results(text, packages, "2022-03-01")[figure]
    assert result.verdict is verdict, result.explanation
    assert result.evidence and result.evidence[0].value in (19_700_000, 145_100_000), result.explanation


def test_a_census_count_agreeing_stays_for_review(packages: list[Path]) -> None:
    """A count taken on one day is another measure than the mid-year row, agreeing or not."""
    result = claim_results("The 2021 census counted 19.7 million people in Kazakhstan.", packages, "2022-03-01")["19.7 million"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_people_lost_are_no_population(packages: list[Path]) -> None:
    result = claim_results("Russia has lost 2 million people since 1990.", packages, "2022-03-01")["2 million"]
    assert not (result.evidence and result.evidence[0].value == 145_100_000), result.explanation
