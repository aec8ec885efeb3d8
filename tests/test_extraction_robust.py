"""Any text, however odd, extracts without an exception and with exact offsets."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from workbench.drafts import parse_draft
from workbench.extraction import extract

TOKENS = ["In", "2022", "2019–2020", ",", ".", "grew", "by", "10%", "to", "$", "28.2", "billion", "dollars", "about",
          "between", "and", "–", "-", "3", "5", "two", "thirds", "of", "the", "half", "one", "in", "five", "more",
          "than", "42 000", "42\u2009000", "thousand", "tenge", "₸", "€", "bn", "m", "k", "%", "per", "cent",
          "January", "May", "Q3", "first", "quarter", "this", "year", "last", "ten", "months", "ago", "COVID-19",
          "G20", "Boeing", "737", "XIX", "19th", "10:30", "am", "(", ")", "\n", "\n\n", "# ", "- ", "**", "_",
          "`", "[", "](http://x)", "é", "日本", "\t", "'s", "—", "or", "more", "tenfold", "doubled", "times",
          "Alma-Ata", "US$", "USD", "0", "00", "0.0", "1,2", "1.2.3", "99999999999999999999", "a", "dozen"]


@pytest.mark.parametrize("seed", range(40))
def test_random_token_soup_never_breaks_offsets(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(TOKENS) + rng.choice([" ", " ", "", "\u00a0"]) for _ in range(rng.randint(1, 400)))
    draft = parse_draft(("---\ndate: 2023-11-10\n---\n" + text).encode("utf-8"), f"soup{seed}.md")
    claims = extract(draft, as_of=dt.date(2023, 11, 10))
    ids = [c.id for c in claims]
    assert len(ids) == len(set(ids))
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(draft.text)
        assert draft.text[claim.start:claim.end] == claim.text
        assert claim.value == claim.value  # never NaN
        if claim.value_high is not None:
            assert claim.qualifier.value == "range"
