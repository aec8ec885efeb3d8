"""A figure someone expects, in another language's words ('se așteaptă', 'pričakuje', 'αναμένεται'), is a
projection as 'expects' is in English: never contradicted by the outturn, judged needs_review against it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

ROWS = {("Romania", 2021): 5.1, ("Slovenia", 2021): 1.9, ("Greece", 2021): 1.2, ("Poland", 2021): 5.1}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path, ROWS)]


@pytest.mark.parametrize(("text", "claim"), [
    ("Banca centrală se așteaptă în 2021 la o inflație anuală de 5,22% în România.", "5,22%"),
    ("Banka Slovenije pričakuje, da se bo inflacija v Sloveniji leta 2021 povzpela na 1,95 odstotka.", "1,95"),
    ("Ο πληθωρισμός στην Ελλάδα αναμένεται να φτάσει το 1,23% το 2021.", "1,23%"),
    ("Bank centralny oczekuje, że inflacja w Polsce w 2021 roku wyniesie 5,22%.", "5,22%"),
])
def test_an_expected_figure_is_a_projection_not_a_contradiction(packages: list[Path], text: str, claim: str) -> None:
    result = claim_starting(claim_results(text, packages, date=None), claim)
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "projection" in result.explanation


def test_a_recorded_figure_in_romanian_is_still_checked(packages: list[Path]) -> None:
    results = claim_results("În 2021, inflația din România a fost de 7,5%.", packages, date=None)
    [result] = results.values()
    assert result.verdict is Verdict.contradicted, result.explanation
