"""Reading the days of the year a sentence names ('at end-2021', 'since the start of 2020') costs about the same per
day however many the sentence names: whether a span word ('since', 'from') stands right before each day phrase is
read in one pass over the sentence, not by searching the whole text before every phrase (quadratic in them). The
readings themselves stay: a span's first day is no day of the figure. Own sentences."""

from __future__ import annotations

import time

from workbench.config import Tolerances
from workbench.verify.periods.points_in_year import _days_named, _key


def _sentence(days: int) -> str:
    items = [f"{'since the start' if i % 3 == 0 else 'at the end'} of {1900 + i % 200} stocks stood at {i}.{i % 10} tonnes"
             for i in range(days)]
    return "Over the decades, " + ", ".join(items) + "."


def _cpu_per_day(days: int) -> float:
    key = _key(Tolerances())
    text = _sentence(days)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        found = _days_named.__wrapped__(text, key)  # uncached: each round reads the sentence again
        best = min(best, time.process_time() - start)
    assert len(found) == days - (days + 2) // 3  # every 'at the end of' is read; no 'since the start of'
    return best / days


def test_a_sentence_of_many_days_costs_the_same_per_day() -> None:
    _cpu_per_day(30)  # warm-up: the patterns
    small = _cpu_per_day(150)
    large = _cpu_per_day(2400)
    assert large < 4 * small, (small, large)


def test_a_span_words_first_day_is_no_day_of_the_figure() -> None:
    key = _key(Tolerances())
    text = "Prices rose 4 % since  the start of 2021, and stocks were 9 tonnes at the end of 2022."
    assert [day for _, day in _days_named.__wrapped__(text, key)] == ["2022-12-31"]
