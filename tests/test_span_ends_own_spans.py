"""'From 0.9 ppm a year in the 1960s to 2.3 ppm a year in the 2010s': each figure names its own span, so
each is the mean of its decade's yearly rows, not the first or last year of one span the change runs
over. A change that names one span after both figures ('from 310 ppm to 330 ppm between 1960 and 1969')
still reads its ends as that span's first and last years. Invented figures; the sentences are written
here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.drafts import parse_draft
from workbench.languages import glossed_draft
from workbench.models import Verdict

# yearly growth: the 1960s average 0.9 (their first year 0.5), the 2010s average 2.3 (their last year 2.6)
GROWTH = {**{str(1960 + i): v for i, v in enumerate([0.5, 0.7, 0.8, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1])},
          **{str(2010 + i): v for i, v in enumerate([2.0, 2.1, 2.2, 2.3, 2.3, 2.4, 2.4, 2.4, 2.3, 2.6])}}
LEVELS = {"1960": 310.0, "1969": 330.0}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("growth") / "reference", [
        {"name": "co2-growth", "metric": "annual growth of carbon dioxide", "unit": "ppm",
         "aliases": ["carbon dioxide growth rate"], "rows": [{"period": p, "value": v} for p, v in GROWTH.items()]},
        {"name": "co2-level", "metric": "carbon dioxide concentration", "unit": "ppm",
         "rows": [{"period": p, "value": v} for p, v in LEVELS.items()]}])


DRAFT = "---\ndate: 2021-04-01\n---\n\n"


@pytest.mark.parametrize(("sentence", "figure", "span"), [
    ("The carbon dioxide growth rate rose from 0.9 ppm per year in the 1960s to 2.3 ppm per year in the 2010s.",
     "0.9 ppm", "1960/1969"),
    ("The carbon dioxide growth rate rose from 0.9 ppm per year in the 1960s to 2.3 ppm per year in the 2010s.",
     "2.3 ppm", "2010/2019"),
    ("The carbon dioxide growth rate has sped up from 0.9 ppm a year in the 1960s to 2.3 ppm a year over the "
     "last decade.", "0.9 ppm", "1960/1969"),
])
def test_each_end_with_its_own_span_is_that_span_s_mean(package: Path, sentence: str, figure: str, span: str) -> None:
    result = check_text(DRAFT + sentence, package)[0][figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == span and result.evidence[0].formula, result.explanation
    # the span's first or last year alone (0.5, 2.6) would have been the evidence before: a figure off the
    # mean by as much is contradicted by the mean
    off = figure.replace("0.9", "0.5").replace("2.3", "2.6")
    wrong = check_text(DRAFT + sentence.replace(figure, off), package)[0][off]
    assert wrong.verdict is not Verdict.supported and wrong.evidence[0].period == span, wrong.explanation


def test_a_change_naming_one_span_after_both_figures_keeps_its_end_years(package: Path) -> None:
    results = check_text(DRAFT + "The carbon dioxide concentration climbed from 310 ppm to 330 ppm between 1960 "
                                 "and 1969.", package)[0]
    assert results["310 ppm"].verdict is Verdict.supported, results["310 ppm"].explanation
    assert results["310 ppm"].evidence[0].period == "1960"
    assert results["330 ppm"].evidence[0].period == "1969"


@pytest.mark.parametrize(("sentence", "figure", "span"), [
    ("Die Kohlendioxid-Wachstumsrate lag in den 1960er Jahren bei 0,9 ppm pro Jahr.", "0,9 ppm", "1960/1969"),
    ("Die Kohlendioxid-Wachstumsrate stieg von 0,9 ppm pro Jahr in den 1960er-Jahren auf 2,3 ppm pro Jahr in den "
     "2010er-Jahren.", "2,3 ppm", "2010/2019"),
    ("La tasa de crecimiento del dióxido de carbono fue de 0,9 ppm por año en los años sesenta.", "0,9 ppm",
     "1960/1969"),
    ("A taxa de crescimento do dióxido de carbono foi de 0,9 ppm por ano nos anos sessenta.", "0,9 ppm", "1960/1969"),
    ("Le taux de croissance du dioxyde de carbone était de 0,9 ppm par an dans les années 60.", "0,9 ppm",
     "1960/1969"),
    ("Dans les années 2010, le taux de croissance du dioxyde de carbone a atteint 2,3 ppm par an en moyenne.",
     "2,3 ppm", "2010/2019"),
])
def test_a_decade_written_in_another_language_is_that_decade_s_mean(package: Path, sentence: str, figure: str,
                                                                    span: str) -> None:
    result = check_text(DRAFT + sentence, package)[0][figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == span, result.explanation


def test_years_listed_after_the_word_for_years_stay_years() -> None:
    """French 'les années 2020 et 2021' are two years, not the decade 'les années 2020' opens alone."""
    draft = parse_draft((DRAFT + "Les émissions des années 2020 et 2021 ont atteint 5,1 milliards de tonnes.\n").encode(),
                        "draft.md")
    glossed = glossed_draft(draft)
    assert glossed is not None
    assert "2020 and 2021" in glossed[0].text and "2020s" not in glossed[0].text
