"""A figure right after a day and its month without a year ('On 1 March 5,203,118 people …', 'am 1. März
5.203.118 Personen') is the sentence's quantity, not part of the date: a day has at most two digits, so a grouped
figure or one above 31 after a month is read, and the day's own numeral (with its ordinal stop, as German copy
writes it) is no claim. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted
from package_support import claim_results, population_package

from workbench.models import Verdict


@pytest.mark.parametrize("text, surface", [
    ("On 1 March 5,203,118 people lived in Ruritania.", "5,203,118"),
    ("In March 5,203,118 people lived in Ruritania.", "5,203,118"),
    ("On March 1 5,203,118 people lived in Ruritania.", "5,203,118"),
    ("El 1 de marzo 5.203.118 personas vivían en Ruritania.", "5.203.118"),
    ("In May 48 workers were hired.", "48"),
])
def test_the_figure_after_a_month_is_read(tmp_path: Path, text: str, surface: str) -> None:
    assert surface in [c["text"] for c in extracted(tmp_path, text)]


def test_a_day_after_its_month_stays_a_day(tmp_path: Path) -> None:
    assert [c["text"] for c in extracted(tmp_path, "Sales fell on March 3 and rose 4% on March 12.")] == ["4%"]


@pytest.mark.parametrize("text, figure", [
    ("Die Bevölkerung Kasachstans lag am 1. Jänner bei 7.204.118 Personen.", "7.204.118"),
    ("The population of Kazakhstan was on 1. January 7,204,118.", "7,204,118"),
])
def test_the_day_with_an_ordinal_stop_is_no_claim_and_the_figure_is_checked(tmp_path: Path, text: str,
                                                                          figure: str) -> None:
    package = population_package(tmp_path / "pop", {("Kazakhstan", 2022): 19_600_000, ("Kazakhstan", 2023): 19_900_000})
    results = claim_results(text, [package], date="2024-06-01")
    assert list(results) == [figure]
    assert results[figure].verdict is Verdict.contradicted, results[figure].explanation
