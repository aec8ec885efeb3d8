"""The patterns the engine writes in code for the rules of the fortieth pass stay linear on long adversarial text.

tests/test_data_patterns_are_linear.py runs every pattern on 2,000 characters under a bound that only a catastrophic
one breaks; a pattern quadratic in one word or one run of spaces passes it, and is then tried from each position of a
long sentence. Here each new pattern is searched through a text made of its own words eight times as long as another:
it may take at most ~8 times as long (bound 20×, for a shared machine). A quadratic one took ~64×: beyond_data's last
word before a count ('… watu 1,889,773'), tried from every letter of a long word, read the rest of the word each time.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from workbench.extraction import periods
from workbench.matching import carried, context, settlements
from workbench.verify import beyond_data


# how the engine runs a pattern: searched through a text (every position tried), or matched at one position
SEARCHED, MATCHED = "search", "match"


def _patterns() -> dict[str, tuple[re.Pattern[str], str, list[Callable[[int], str]]]]:
    """Each pattern, how it is run, and texts of ``n`` units that make it try and fail at many places (its words,
    then no end)."""
    said = settlements._said_in_pattern()
    assert said is not None  # places.json lists its government voice verbs
    return {
        # 'compared with the previous 12 months (': words after the base, then spaces, then no bracket
        "a bracket after a compared base": (periods._BRACKETED_BASE, SEARCHED, [
            lambda n: "compared with the previous twelve months " * n,
            lambda n: "compared with the" + " " * (40 * n) + "x(",
            lambda n: "against " + "a-b'c " * (8 * n) + "(",
            lambda n: "relative to x (" * (3 * n) + "x",
        ]),
        # 'down from 4.8 % ': a compared figure's digits, marks and words, then no end
        "a figure compared with, bare": (carried._COMPARED_FIGURE_BARE, SEARCHED, [
            lambda n: "from " + "1" * (40 * n) + "x",
            lambda n: "from the " + "1," * (20 * n) + "x",
            lambda n: "down from 4.8 " * (3 * n) + "x",
            lambda n: "from 1" + " " * (40 * n) + "x",
        ]),
        "a period counted from another": (carried._ANCHORED_RELATIVE, MATCHED, [
            lambda n: "a year " * (6 * n),
            lambda n: "the previous yea" * (3 * n),
        ]),
        "a noun for the country": (context._country_referring_nouns(), SEARCHED, [
            lambda n: "the " * (10 * n),
            lambda n: "the countryside " * (3 * n),
            lambda n: "the" + " " * (40 * n) + "kingdom",
        ]),
        # '…, the ministry said on Monday in Berlin': the verb, up to six words, then no 'in' before the end
        "a city where a figure was said": (said, SEARCHED, [
            lambda n: "said " + "x" * (40 * n) + " in x",
            lambda n: "said on" * (6 * n),
            lambda n: "said in" + " " * (40 * n) + "x",
            lambda n: "said " + "on Monday " * (4 * n) + "in",
        ]),
        "the end of a sentence after a city": (settlements._SENTENCE_CLOSE, MATCHED, [
            lambda n: " " * (40 * n) + "x",
            lambda n: " \t" * (20 * n) + "x",
        ]),
        "the last word before a count": (beyond_data._LAST_WORD, SEARCHED, [
            lambda n: "a" * (40 * n) + " 5",
            lambda n: "watu" + " " * (40 * n) + "5",
            lambda n: "ab " * (13 * n) + "5",
        ]),
        "the word after a count": (beyond_data._WORD, MATCHED, [lambda n: "a" * (40 * n) + " 5 " + "b_" * (20 * n)]),
        "a year its sentence writes": (beyond_data._YEAR, SEARCHED, [
            lambda n: "2" * (40 * n),
            lambda n: "1999" * (10 * n),
        ]),
    }


PATTERNS = _patterns()


def _cpu_seconds(pattern: re.Pattern[str], use: str, texts: list[str]) -> float:
    """Best of two CPU times to find every match in ``texts``, or to match at their start (a pause of a shared
    machine is no path)."""
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        for text in texts:
            if use == SEARCHED:
                for _match in pattern.finditer(text):
                    pass
            else:
                pattern.match(text)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("name", PATTERNS)
def test_a_new_code_pattern_takes_linear_time_on_its_own_words(name: str) -> None:
    pattern, use, makers = PATTERNS[name]
    small = _cpu_seconds(pattern, use, [make(50) for make in makers])  # about 2,000 characters each
    large = _cpu_seconds(pattern, use, [make(400) for make in makers])
    assert large < max(20 * small, 0.05), (small, large)
