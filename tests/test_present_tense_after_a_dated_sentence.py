"""A figure in a sentence of the simple present ('Inflation is 6 %'; Spanish 'es', glossed 'is') after a sentence
that dates itself in the past tense ('inflation was 3.0 % in 2020') speaks of the time of writing: the earlier
sentence's year is not carried to it, so that year's row does not contradict it. A present sentence that points
back ('It is …'), or one of an undated draft, keeps the year. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("present") / "cpi")


@pytest.mark.parametrize(("text", "figure"), [
    ("Chile's inflation was 3.0 % in 2020. Inflation is 6 %.", "6 %"),
    ("---\nlang: es\n---\n\nLa inflación de Chile en 2020 era baja. La inflación es de casi el 6%.",
     "6%"),
])
def test_a_present_sentence_after_a_dated_past_one_is_not_that_years(cpi: Path, text: str, figure: str) -> None:
    date = "2023-01-10"
    if text.startswith("---"):  # the draft's own front matter: its date goes in it
        text, date = text.replace("---\nlang", "---\ndate: 2023-01-10\nlang", 1), None
    result = next(r for surface, r in claim_results(text, [cpi], date).items() if surface.endswith(figure))
    assert result.verdict is not Verdict.contradicted, result.explanation  # not 2020's 3.0 %
    assert all(e.period != "2020" for e in result.evidence[:1]), result.explanation


def test_a_present_sentence_pointing_back_keeps_the_year(cpi: Path) -> None:
    text = "Chile's inflation was low in 2020. It is 3.0 % in the office's tables."
    result = claim_results(text, [cpi], "2023-01-10")["3.0 %"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2020"


def test_an_undated_drafts_present_sentence_keeps_the_year(cpi: Path) -> None:
    # with no date, the writer's present is unknown: the year the sentence before names is the best reading
    text = "Chile's inflation was low in 2020. Inflation is 3.0 % by the office's count."
    result = claim_results(text, [cpi], None)["3.0 %"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2020"
