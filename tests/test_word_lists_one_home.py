"""The configuration's word lists that extraction and other verify rules share live in the data files,
each once: a newsroom that edits the data edits every reader of the list, and the defaults in config.py
hold no copy that could drift from it."""

from __future__ import annotations

from workbench.config import Tolerances
from workbench.numbers import data_json


def test_exchange_rate_words_are_read_from_currencies_json() -> None:
    rates = data_json("currencies.json")["exchange_rates"]
    tol = Tolerances()
    assert tol.exchange_rate_words == rates["exchange_rate_words"]
    # the verbs that price one unit and the links a rate is quoted with are the cross rate's words too
    assert set(rates["priced_by_words"]) | set(rates["level_links"]) | set(rates["per_links"]) <= set(tol.cross_rate_words)


def test_record_words_are_read_from_periods_json() -> None:
    periods = data_json("periods.json")
    tol = Tolerances()
    assert tol.record_words == periods["record_words"]
    assert tol.month_span_record_words == periods["month_span_record_words"]


def test_a_rate_denominator_link_lives_in_currencies_json_only() -> None:
    rates = data_json("currencies.json")["exchange_rates"]
    own = set(data_json("nonclaims.json")["rate_denominator_before"])
    assert not own & {*rates["level_links"], *rates["per_links"]}


def test_a_year_is_written_1800_to_2099_or_to_2199_where_later_years_are_read() -> None:
    """The year patterns extraction shares live in one place (``patterns``), each a range a user can rely on."""
    import re

    from workbench.patterns import YEAR_1800_TO_2099, YEAR_1800_TO_2199

    news, wide = re.compile(YEAR_1800_TO_2099), re.compile(YEAR_1800_TO_2199)
    assert [y for y in range(1700, 2300) if news.fullmatch(str(y))] == list(range(1800, 2100))
    assert [y for y in range(1700, 2300) if wide.fullmatch(str(y))] == list(range(1800, 2200))


def test_the_ways_a_multiple_is_written_are_read_from_multiples_json() -> None:
    """'grew 19 times', 'a 14-fold rise', '3fold': the words era.py finds a list of multiples by."""
    from workbench.verify.periods.era import _multiple_pattern

    words = data_json("multiples.json")
    assert words["multiple_words_after_figure"] == ["times"] and words["multiple_suffixes"] == ["fold"]
    found = [bool(_multiple_pattern().search(text)) for text in
             ("The economy grew 19 times.", "a 14-fold rise", "up 3fold", "many times over", "19 timeshares")]
    assert found == [True, True, True, False, False]
