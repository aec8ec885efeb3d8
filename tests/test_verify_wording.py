"""One rule for 'the sentence holds a configured word' (workbench/verify/wording.py)."""

from __future__ import annotations

from workbench.verify.wording import find_any, holds_any


def test_a_word_counts_where_it_stands_whole() -> None:
    assert holds_any("Spending per head, on average, rose.", ["per head"])
    assert holds_any("Spending PER   HEAD rose.", ["per head"])
    assert not holds_any("Spending per headline rose.", ["per head"])
    assert not holds_any("It meant 5 %.", ["mean"])
    assert holds_any("The mean was 5 %.", ["mean"])


def test_a_listed_word_that_begins_with_a_sign_needs_no_edge_on_that_side() -> None:
    assert holds_any("The rate was 6.79 CNY/USD on Friday.", ["/usd"])
    assert not holds_any("The rate was 6.79 CNY/USDT on Friday.", ["/usd"])


def test_the_longest_listed_word_is_found_first() -> None:
    found = find_any("Prices rose month on month and on the previous month.", ["month", "month on month"])
    assert [m.group() for m in found][:1] == ["month on month"]
    assert not holds_any("anything", [])
