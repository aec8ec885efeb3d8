"""A sentence of a script without case (Korean, Arabic) opens with a letter that is neither capital nor small: its
English gloss opens with a capital after the full stop, so the English reading still sees two sentences. Else the
second runs on into the first and takes its year: 'last year' under a plan's '2030' read as 2030, and the figure
declared unsupported for want of a 2030 row. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.drafts import parse_draft
from workbench.languages import glossed_draft
from workbench.models import Verdict

KOREAN = ("---\nlang: ko\n---\n\n칠레 정부는 2030년까지 물가 상승률을 3%로 낮춘다는 계획이다. "
          "지난해 칠레의 물가 상승률은 7.9%였다.\n")


def test_a_glossed_caseless_sentence_opens_with_a_capital() -> None:
    glossed = glossed_draft(parse_draft(KOREAN.encode(), "draft.md"))
    assert glossed is not None
    assert ". Last year" in glossed[0].text


def test_a_figure_of_the_next_sentence_takes_no_year_of_the_plan_before_it(tmp_path: Path) -> None:
    results = claim_results(KOREAN.split("---\n\n", 1)[1], [cpi_package(tmp_path / "cpi")], date=None)
    result = results["7.9%"]
    assert result.claim.period != "2030"
    assert result.verdict not in (Verdict.unsupported, Verdict.contradicted), result.explanation
