"""'The highest inflation in the last 14 years, behind Venezuela (686.4 %) and Haiti (24.6 %)': the span of years a
record is ranked over is the record's window, no period of the figures after it, which keep the year their sentence
gives them ('at the end of 2031'). Read as theirs, the window (counted from the draft's day) sent every figure of
the list to a person as another period, and a year past every row of a place was not said to be out of the data.
Spanish 'al finalizar el año' is a year's end, as 'al cierre del año' is: the list's rates are that December's.

Packages World Bank-shaped with invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.drafts import parse_draft
from workbench.extraction import extract
from workbench.models import Verdict

ROWS = {("Haiti", 2030): 22.8, ("Haiti", 2031): 16.8, ("Dominican Republic", 2031): 8.2,
        ("Venezuela", 2015): 121.7, ("Venezuela", 2016): 254.9}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("record_window") / "cpi", ROWS)


def test_the_figures_after_a_record_s_window_keep_their_sentence_s_year() -> None:
    text = ("With an increase of 8.5% at the end of 2031, the Dominican Republic faces the highest inflation in "
            "the last 14 years, behind Venezuela (686.4%) and Haiti (24.6%).")
    draft = parse_draft(f"---\ndate: 2032-02-01\n---\n\n{text}\n".encode(), "draft.md")
    periods = {c.text: c.period for c in extract(draft)}
    assert periods["686.4%"] == periods["24.6%"] == "2031"


def test_a_span_no_record_ranks_over_still_dates_the_figure() -> None:
    text = "In the last 14 years, inflation in Haiti averaged 12.4%."
    draft = parse_draft(f"---\ndate: 2032-02-01\n---\n\n{text}\n".encode(), "draft.md")
    assert {c.text: c.period for c in extract(draft)}["12.4%"] == "2018/2031"


def test_the_list_of_a_year_s_end_is_judged_as_that_december_s(cpi: Path) -> None:
    text = ("Con un incremento de 8,5% al finalizar el año 2031, República Dominicana encara la inflación más alta en "
            "los últimos 14 años, por detrás de Venezuela (686,4%) y Haití (24,6%).")
    found = claim_results(text, [cpi], None)
    # Haiti's December rate against its annual average: another period, no contradiction
    assert found["24,6%"].verdict is Verdict.needs_review, found["24,6%"].explanation
    # Venezuela's rows end in 2016: a year past them all is out of the data
    assert found["686,4%"].verdict is Verdict.unsupported, found["686,4%"].explanation
