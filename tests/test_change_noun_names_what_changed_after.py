"""'Saw an overall growth of 41,250 in its population': a change noun whose figure is followed by 'in' and what
changed names that as the change's subject, as 'a growth in population of 41,250' does before the figure. The
figure is then judged as the population's change (here a change since the year's start, which yearly rows
neither confirm nor refute), never 'nothing matches'. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.drafts import parse_draft
from workbench.extraction import extract
from workbench.models import Kind, Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("people")
    return population_and_gdp(folder, {("Norway", 2021): 5_408_000, ("Norway", 2022): 5_457_000},
                              {("Norway", 2021): 4.9e11, ("Norway", 2022): 5.9e11})


def test_what_changed_after_the_figure_is_its_subject() -> None:
    text = "Statistics say the country saw an overall growth of 41,250 in its population since January.\n"
    claim = next(c for c in extract(parse_draft(text.encode(), "draft.md")) if c.text == "41,250")
    assert claim.kind is Kind.change and claim.subject is not None and "population" in claim.subject


def test_the_change_is_judged_against_the_population(packages: list[Path]) -> None:
    text = "Norway saw an overall growth of 41,250 in its population since the beginning of the year."
    result = claim_results(text, packages, date="2023-09-20")["41,250"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason != "no_match" and "Population" in result.explanation
