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
