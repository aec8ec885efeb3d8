"""A month the sentence names without a year ('the annual rate for Sept.') is dated by the day of the
check; the month's names are the vocabulary's, whatever the machine's locale, abbreviations included."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.matching.relative import _bare_month
from workbench.models import Claim


def _claim(sentence: str, text: str, period: str) -> Claim:
    start = sentence.index(text)
    return Claim(id="c1", text=text, start=start, end=start + len(text), line=1, column=start + 1,
                 sentence=sentence, value=float(text.rstrip(" %")), unit="%", period=period)


@pytest.mark.parametrize("sentence, expected", [
    ("The annual rate for September eased to 2.4 %, the statistics office said.", "September"),
    ("The annual rate for Sept. eased to 2.4 %, the statistics office said.", "Sept"),
])
def test_a_bare_month_is_found_by_any_of_its_names(sentence: str, expected: str) -> None:
    assert _bare_month(_claim(sentence, "2.4 %", "2025-09"), dt.date(2025, 11, 3)) == expected


def test_a_sentence_naming_the_year_is_no_bare_month() -> None:
    sentence = "The annual rate for September 2025 eased to 2.4 %, the statistics office said."
    assert _bare_month(_claim(sentence, "2.4 %", "2025-09"), dt.date(2025, 11, 3)) is None
