"""No pattern the engine builds from its data files backtracks catastrophically, and no text made of the data's own
words, in any language, hangs or breaks the extractor.

A German separable verb's pattern, built from languages.json, once tried every split of a clause's words into
shorter words when the particle that ends it never came: one sentence took over a minute, and CI stalled with no
test failing. The first test runs every pattern the engine compiles (tests/data_patterns.py says which and on what
text) in a process of its own, so such a pattern fails the test at a timeout, named, instead of hanging the suite."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.data_patterns import DATA, data_strings
from workbench.drafts import parse_draft
from workbench.extraction import extract, extract_text

# CPU seconds one pattern may take over its six 2,000-character texts (best of two): a linear pattern takes
# milliseconds, the slowest quadratic-in-a-window ones a few tenths; a catastrophic one never returns at all.
PATTERN_BOUND = 2.0
WHOLE_RUN_TIMEOUT = 900  # wall seconds for ~1,500 patterns on a loaded 2-core machine (about 70 s there)


def test_no_pattern_built_from_the_data_backtracks_on_text_made_of_its_own_words() -> None:
    try:
        # pure Python: a compiled module's frames are not Python's, so its patterns could not be told as ours
        done = subprocess.run([sys.executable, "-m", "tests.data_patterns", str(PATTERN_BOUND)], cwd=ROOT,
                              env={**os.environ, "WORKBENCH_PURE": "1"}, capture_output=True, text=True,
                              timeout=WHOLE_RUN_TIMEOUT)
        output, errors, returncode = done.stdout, done.stderr, done.returncode
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout.decode() if isinstance(expired.stdout, bytes) else expired.stdout or ""
        errors, returncode = "", None
    rows = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    started = [row for row in rows if "start" in row]
    last = started[-1] if started else {"start": "importing workbench", "pattern": ""}
    if returncode is None:
        pytest.fail(f"did not finish in {WHOLE_RUN_TIMEOUT} s: {last['start']} {last['pattern']!r}")
    assert returncode == 0, f"stopped at {last['start']} {last['pattern']!r}: {errors[-3000:]}"
    timed = [row for row in rows if "seconds" in row]
    counted = next(row["patterns"] for row in rows if "patterns" in row)
    assert len(timed) == counted > 1000  # every module's patterns, and each language's, were built and run
    slow = [(row["seconds"], row["origin"], row["pattern"][:200]) for row in timed if row["seconds"] > PATTERN_BOUND]
    stuck = [row["stuck"] for row in rows if "stuck" in row]
    assert not slow and not stuck, (sorted(slow, reverse=True), stuck)


@lru_cache(maxsize=None)
def _language_words() -> dict[str, tuple[str, ...]]:
    """Each language's words and phrases from languages.json (its glossary, verbs, particles, month names…)."""
    languages = json.loads((DATA / "languages.json").read_text(encoding="utf-8"))["languages"]
    return {code: tuple(sorted({s for s in data_strings(languages[code]) if 0 < len(s) < 40}))
            for code in sorted(languages)}


FIGURES = ["12", "4,2", "3.5", "1 200", "-0,7", "2022", "1999", "%", "5%", "Prozent", "$", "€", "½", "12,5%"]
SEPARATORS = [" ", " ", " ", ", ", ". ", " - ", " (", ") ", "; ", "\n", "  ", " – "]


@st.composite
def language_texts(draw: st.DrawFn) -> str:
    """A text of one language's own data words with figures and separators among them, in any order and length."""
    code = draw(st.sampled_from(sorted(_language_words())))
    pieces = st.one_of(st.sampled_from(_language_words()[code]), st.sampled_from(FIGURES))
    words = draw(st.lists(pieces, min_size=1, max_size=120))
    gaps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(word + gap for word, gap in zip(words, gaps, strict=True))


# CPU seconds for one text of at most 120 words: the extractor reads that in milliseconds
TEXT_BOUND = 5.0


# a local campaign sets WORKBENCH_FUZZ_EXAMPLES (e.g. 2000), as tests/test_fuzz_findings.py does
@settings(max_examples=int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", 60)), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(language_texts())
def test_text_made_of_a_languages_data_words_extracts_in_bounded_time(text: str) -> None:
    extract_text("warm-up: 5% in 2020")
    started = time.process_time()
    claims = extract_text(text)
    assert time.process_time() - started < TEXT_BOUND
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text
    # as a draft too: a draft's paragraphs are glossed from their language's words (where the German verb hung)
    draft = parse_draft(("---\ndate: 2023-11-10\n---\n" + text).encode("utf-8"), "words.md")
    started = time.process_time()
    claims = extract(draft, as_of=dt.date(2023, 11, 10))
    assert time.process_time() - started < TEXT_BOUND
    for claim in claims:
        assert draft.text[claim.start:claim.end] == claim.text
