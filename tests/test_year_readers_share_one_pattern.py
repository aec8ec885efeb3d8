"""Every reader of a written year takes the same years (1800–2199, ``extraction.periods.YEAR_DIGITS``): 'by
2100', the horizon of climate projections, is a year to the reader that asks whether a figure follows a
place, as it is to the period readers. Own sentences."""

from __future__ import annotations

import pytest

from workbench.extraction.periods import YEAR_WRITTEN
from workbench.matching.context import _leads_into_a_figure
from workbench.verify.periods.restated_year import _YEAR, _YEAR_RIGHT_BEFORE


@pytest.mark.parametrize("sentence, year", [("sea levels in Fiji by 2100 could", "2100"),
                                            ("the forecast for Peru in 1998 was", "1998")])
def test_a_written_year_leads_into_no_figure(sentence: str, year: str) -> None:
    assert YEAR_WRITTEN.search(sentence).group() == year
    assert not _leads_into_a_figure(sentence, 0)


@pytest.mark.parametrize("sentence", ["the rate in Fiji was 2100.5 points", "Fiji with 2,100 units", "Fiji at 4.5 %"])
def test_a_figure_that_is_no_year_leads_into_one(sentence: str) -> None:
    assert _leads_into_a_figure(sentence, 0)


@pytest.mark.parametrize("before, year", [("the sea is projected to rise 0.6 metres by 2100, a ", "2100"),
                                          ("output shrank in 1998 \u2014 ", "1998")])
def test_a_year_right_before_a_figure_is_any_written_year(before: str, year: str) -> None:
    """The year a text restates right before a figure ('compared with 2020, a −0.3 % fall') is read as every
    reader of years reads one."""
    assert _YEAR_RIGHT_BEFORE.search(before).group(1) == year


@pytest.mark.parametrize("sentence, years", [("In 2023 its size fell, and by 2100 it may halve", {"2023", "2100"}),
                                             ("code 20231 and 2,020 units in 1998", {"1998"})])
def test_the_years_dating_a_change_sentence_are_every_written_year(sentence: str, years: set[str]) -> None:
    """The years a sentence of a 'from … to …' change names are read as every reader of years reads them: 'by
    2100' is a year, and neither a run of five digits nor '2,020' holds one."""
    assert {m.group() for m in _YEAR.finditer(sentence)} == years
