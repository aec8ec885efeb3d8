"""'3.9 % in 2010 compared with 5.7 % in 2009 and 4.8 % in 2008': a sentence that writes each year right after
its figure dates each figure by the year after it, the compared ones included; the year of the figure before
the comparison is not carried to the next. A year named before its figure ('the 2023 average 1,306 won to the
2022 average 1,292 won') still dates the figure after it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench

from workbench.extraction import extract_text


@pytest.mark.parametrize("sentence", [
    "Prices in Peru rose 3.9% in 2010 compared with 5.7% in 2009 and 4.8% in 2008, the bank said.",
    "Prices in Peru rose 3.9% in 2010 against 5.7% in 2009 and 4.8% in 2008.",
])
def test_each_figure_takes_the_year_written_after_it(sentence: str) -> None:
    periods = [(c.value, c.period) for c in extract_text(sentence) if c.unit == "%"]
    assert periods == [(3.9, "2010"), (5.7, "2009"), (4.8, "2008")]


def test_fraction_first_arabic_figures_take_the_years_after_them(tmp_path: Path) -> None:
    # the Maghreb press's '2ر1' is 1.2 (languages.json, 'reversed_decimal_marks'), read through the Arabic gloss
    draft = tmp_path / "khabar.md"
    draft.write_text("بلغت نسبة التضخم في المغرب 2ر1 بالمائة في 2021 مقابل 7ر0 بالمائة في 2020 و 2ر0 بالمائة في 2019.\n",
                     encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    claims = json.loads(run.stdout)["claims"]
    assert [(c["text"], c["value"], c["period"]) for c in claims] == [
        ("2ر1 بالمائة", pytest.approx(1.2), "2021"), ("7ر0 بالمائة", pytest.approx(0.7), "2020"),
        ("2ر0 بالمائة", pytest.approx(0.2), "2019")]


@pytest.mark.parametrize("sentence", [
    "By country, consumer prices rose as follows: Chad (0.6% after 0.9% in 2016), Gabon (4.2% against 3.8% in 2016).",
    "By country, consumer prices rose as follows: Chad 0.6% after 0.9% in 2016; Gabon 4.2% against 3.8% in 2016.",
])
def test_a_compared_figures_year_does_not_date_the_next_item(sentence: str) -> None:
    # the year after 'after 0.9 %' is that compared figure's; the next item's own figure names none
    periods = [(c.value, c.period) for c in extract_text(sentence) if c.unit == "%"]
    assert periods == [(0.6, None), (0.9, "2016"), (4.2, None), (3.8, "2016")]
