"""Property-based hunt over every language's own words mixed with figures: glossary entries (number words in their
cases, year and hour words, words glossed only after a count or before a figure), figures of every shape (decimal
commas, groups, glued scales and currency words, ranges, fractions), stray characters and one text repeated many
times. Extraction of the draft and of its English gloss never raises and gives offsets inside the draft. A few
examples in the suite; a local campaign sets WORKBENCH_FUZZ_EXAMPLES (e.g. 3000)."""

from __future__ import annotations

import json
import os
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from workbench.drafts import parse_draft
from workbench.errors import WorkbenchError
from workbench.extraction import extract
from workbench.languages import glossed_draft

_SPECS: dict[str, dict[str, object]] = json.loads(
    (ROOT / "workbench" / "data" / "languages.json").read_text(encoding="utf-8"))["languages"]
_KEYS_READ = ("words", "function_words", "after_count", "before_duration", "before_figure", "before_multiple")
FIGURES = st.one_of(
    st.from_regex(r"\A-?\d{1,4}([.,]\d{1,3}){0,3}\Z", fullmatch=True),
    st.sampled_from(["1.234,5", "0,5", "2021", "12%", "%5", "5mln", "3,2млрд", "17.8311pesos", "₹12cr", "Rs5crore", "4-5",
                     "1/4", "7-4%", "N95, 000", "$116b", "12:30", "№ 1", "3.", "1.5m", "¾", "٣٫٥٪", "２，５％"]))
JOINS = st.sampled_from(["", " ", " ", " ", "-", "/", ".", ",", "\u00a0", "'", "%", "\n", "\n\n", "(", ")", ":", "–"])
ENGLISH = st.sampled_from(["three", "four-five years", "o'clock", "pesos", "shillings", "crore", "lakh", "years", "or",
                           "to", "between", "and"])


@lru_cache(maxsize=None)
def _words(code: str) -> tuple[str, ...]:
    spec = _SPECS[code]
    found = {word for key in _KEYS_READ for word in spec.get(key, {}) if not word.startswith("_")}  # type: ignore[union-attr]
    return tuple(sorted(found)) or ("x",)


@st.composite
def drafts(draw: st.DrawFn) -> str:
    code = draw(st.sampled_from(sorted(_SPECS)))
    own, other = _words(code), _words(draw(st.sampled_from(sorted(_SPECS))))
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 30))):
        parts.append(draw(st.one_of(st.sampled_from(own), st.sampled_from(own), FIGURES, FIGURES, st.sampled_from(other),
                                    ENGLISH, st.text(min_size=1, max_size=4))))
        parts.append(draw(JOINS))
    body = "".join(parts) * draw(st.sampled_from([1, 1, 1, 5, 40]))
    lang = f"lang: {code}\n" if draw(st.booleans()) else ""
    return f"---\ndate: 2023-05-01\n{lang}---\n\n{body}\n"


@settings(max_examples=int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", 25)), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(drafts())
def test_glossary_words_and_figures_extract(text: str) -> None:
    try:
        draft = parse_draft(text.encode("utf-8", "surrogatepass"), "drafts/words.md")
    except WorkbenchError:
        return  # refused with one line: the reader's contract, tested elsewhere
    glossed = glossed_draft(draft)
    for claim in extract(draft):
        assert draft.text[claim.start:claim.end] == claim.text
    if glossed is not None:
        extract(glossed[0])
