"""The per-sentence answers matching caches are cached once: a second cache stacked on the first only
wraps it, and hides the first one's cache_info and cache_clear from whoever sizes or empties it."""

from __future__ import annotations

from workbench.matching.carried import _names_own_period
from workbench.matching.present_perfect import states_present_perfect


def test_each_sentence_cache_wraps_the_function_itself() -> None:
    for cached in (_names_own_period, states_present_perfect):
        assert not hasattr(cached.__wrapped__, "cache_info"), cached.__name__
    assert states_present_perfect("Prices have risen 4 % this year.") is True
    assert _names_own_period("Prices rose 4 % in 2021.") is True
