"""A stock's change 'since the beginning of the year' (or of a named year, as Russian 'с начала 2023 года'
is glossed) runs from the year's first day to a day the text does not name: the change between two
mid-year rows is another period, so it neither refutes nor confirms the figure (needs_review), while the
same figure stated as the year's change is judged. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Norway", 2021): 5_400_000, ("Norway", 2022): 5_460_000, ("Norway", 2023): 5_520_000}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("pop"), POPULATION, {("Norway", 2022): 5.8e11})


@pytest.mark.parametrize(("text", "surface", "date", "verdict"), [
    ("Since the beginning of 2023, the population of Norway has increased by 41,250 people.", "41,250", None,
     Verdict.needs_review),
    ("The population of Norway increased by 41,250 people since the start of the year.", "41,250", "2023-10-02",
     Verdict.needs_review),
    ("С начала 2023 года численность населения Норвегии увеличилась на 41 250 человек.", "41 250", None,
     Verdict.needs_review),
    # Kazakh 'жыл басынан' (from the year's start), to a day the sentence names ('1 қазанға дейін', until 1 October)
    ("Жыл басынан 1 қазанға дейін Норвегия халқының жалпы өсімі 41 250 адам.", "41 250", "2023-11-01",
     Verdict.needs_review),
    ("In 2023 the population of Norway increased by 41,250 people.", "41,250", None, Verdict.contradicted),
])
def test_a_change_since_the_year_began_is_not_the_years_change(packages: list[Path], text: str, surface: str,
                                                              date: str | None, verdict: Verdict) -> None:
    result = claim_results(text, packages, date=date)[surface]
    assert result.verdict is verdict, result.explanation


@pytest.mark.parametrize(("text", "surface", "verdict"), [
    # the figure's own clause names its year: 'since the start of the year' in a later clause speaks of another figure
    ("Norway's population grew by 60,000 people in 2023, and housing has lagged since the start of the year.",
     "60,000", Verdict.supported),
    ("Norway's population grew by 41,250 people in 2023, and housing has lagged since the start of the year.",
     "41,250", Verdict.contradicted),
    # the year-start words in the figure's own clause still date it
    ("Norway's population has grown by 60,000 people since the beginning of 2023.", "60,000", Verdict.needs_review),
])
def test_year_start_words_of_another_clause_leave_a_dated_figure_alone(packages: list[Path], text: str, surface: str,
                                                                      verdict: Verdict) -> None:
    result = claim_results(text, packages, date="2024-03-01")[surface]
    assert result.verdict is verdict, result.explanation
