"""Checking a sentence that lists many figures costs about the same per figure however long the list.

Each figure's place, list item and comparison used to be read by scanning its whole sentence again,
and each figure of a list once per other figure: a sentence eight times as long took a hundred times
as long to check. What a sentence's figures share is now read once per sentence.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

from conftest import REFERENCE

from workbench.check import check_draft
from workbench.config import load_config
from workbench.drafts import load_draft
from workbench.matching.comparisons import comparison_word
from workbench.matching.context import (
    ClaimContext,
    _compared_side,
    _list_side,
)
from workbench.reference import load_reference

_PLACES = ["Kazakhstan", "Russia", "Almaty", "the north", "Astana", "the capital"]
_MEASURES = ["exports", "imports", "output", "spending"]


def _listing(figures: int) -> str:
    items = [f"{_MEASURES[i % 4]} of {1 + (i * 37) % 900}.{i % 10} million dollars in {_PLACES[i % 6]} "
             f"in {2000 + i % 24}" for i in range(figures)]
    return "---\ntitle: A long list\ndate: 2025-06-30\n---\n\nOver the years, the figures were " + \
        ", ".join(items) + ".\n"


def _cpu_per_figure(tmp_path: Path, figures: int) -> float:
    path = tmp_path / f"list-{figures}.md"
    path.write_text(_listing(figures), encoding="utf-8")
    config = load_config(REFERENCE.parent)
    reference = load_reference([REFERENCE])
    best = float("inf")
    for _ in range(2):
        draft = load_draft(str(path))
        start = time.process_time()
        report = check_draft(draft, reference, config)
        best = min(best, time.process_time() - start)
    assert len(report.results) == figures  # every figure is read and checked
    return best / figures


def test_a_sentence_of_many_figures_costs_the_same_per_figure(tmp_path: Path) -> None:
    """120 figures in one sentence (about 7,000 characters) against 15 (about 900): each figure may
    cost at most a few times as much (a sentence's reading window grows to its cap), not ~20×."""
    _cpu_per_figure(tmp_path, 3)  # warm-up: modules, patterns, the reference index
    small = _cpu_per_figure(tmp_path, 15)
    large = _cpu_per_figure(tmp_path, 120)
    assert large < 6 * small, (small, large)


def test_the_comparison_reader_finds_what_a_search_between_finds() -> None:
    """The per-sentence comparison reader answers as a search of the stretch between figure and place."""
    text = ("Exports were 4.7 % in Chile compared to 3.1 % in Peru, higher than in Bolivia versus "
            "the year before, and thanks to Chile's copper than-ever sales; vs. Peru, compared with Ecuador.")
    for claim_end in range(0, len(text), 3):
        ctx = ClaimContext(sentence=frozenset(), subject=frozenset(), entities=frozenset(), before=frozenset(),
                           as_of=dt.date(2025, 1, 1), sentence_text=text, claim_end=claim_end)
        for m in re.finditer(r"\w+", text):
            if m.start() >= claim_end:
                expected = comparison_word().search(text, claim_end, m.start()) is not None
                assert _compared_side(ctx, m.start()) is expected, (claim_end, m.start())


def test_a_list_reads_the_same_side_for_each_figure() -> None:
    """'A 468, B 138, C 74' and '468 in A, 138 in B, 74 in C': each figure owns its list item."""
    text = "rates were 4.7 in Chile, 3.2 in Peru, 5.5 in Bolivia and 2.1 in Ecuador"
    numbers = [text.index(n) for n in ("4.7", "3.2", "5.5", "2.1")]
    mentions = [text.index(p) for p in ("Chile", "Peru", "Bolivia", "Ecuador")]
    for at, place in zip(numbers, mentions):
        side = _list_side(numbers, mentions, at, at + 3, text=text)
        assert side is not None and side[1] is False and side[0][0] <= place < side[0][1]


def test_a_paragraph_of_one_long_word_before_a_figure_costs_what_its_length_does(tmp_path: Path) -> None:
    """A base64 image pasted as its own paragraph is one word of hundreds of thousands of letters. The pattern
    of an abbreviation spelled out in brackets ('Consumer Price Index (CPI)'), read over the paragraphs before
    a figure whose sentence names no measure, tried the word from each of its letters: 16,000 letters took
    2 s, 100,000 about 80 s, a 2 MB draft hours."""
    from workbench.matching.measure import defined_abbreviations

    word = "iVBORw0KGgo" * 10_000  # 110,000 letters and digits, no bracket after them
    assert defined_abbreviations((word + " (CPI) rose",)) == defined_abbreviations(("Index (CPI) rose",)) != frozenset()
    path = tmp_path / "image.md"
    path.write_text(f"---\ntitle: Prices\ndate: 2023-06-01\n---\n\n{word}\n\nIt was 11.6% in 2022.\n", encoding="utf-8")
    reference = load_reference([REFERENCE])
    config = load_config(REFERENCE.parent)
    check_draft(load_draft(str(path)), reference, config)  # warm-up: modules, patterns, the reference index
    start = time.process_time()
    report = check_draft(load_draft(str(path)), reference, config)
    assert time.process_time() - start < 3, time.process_time() - start
    assert [r.claim.text for r in report.results] == ["11.6%"]


_LISTED_PLACES = ["Chile", "Peru", "Kenya", "Oman", "Mali", "Senegal", "Kazakhstan", "Russia"]


def _place_per_figure(figures: int) -> str:
    items = [f"{_LISTED_PLACES[i % 8]} {1 + (i * 37) % 90}.{i % 10}%" for i in range(figures)]
    return "---\ndate: 2024-03-01\n---\n\nConsumer prices rose last year: " + "; ".join(items) + ".\n"


def test_a_sentence_naming_a_place_for_every_figure_costs_about_the_same_per_figure(tmp_path: Path) -> None:
    """A list of 'Place 5.1%' items run together with semicolons, one sentence of 320 figures (about 4,400
    characters) against 40: each figure's place was found by reading every mention of every place in the
    sentence once per resource that lists it, and every place against every other (8× the list cost ~7× per
    figure, so a megabyte of such lists took hours); what the sentence names is now read once for all its
    figures, so each may cost a little more (its reading window grows to its cap), not the square."""
    reference = load_reference([REFERENCE])
    config = load_config(REFERENCE.parent)

    def cpu_per_figure(figures: int) -> float:
        path = tmp_path / f"places-{figures}.md"
        path.write_text(_place_per_figure(figures), encoding="utf-8")
        draft = load_draft(str(path))
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            report = check_draft(draft, reference, config)
            best = min(best, time.process_time() - start)
        assert len(report.results) == figures
        return best / figures

    cpu_per_figure(3)  # warm-up
    small, large = cpu_per_figure(40), cpu_per_figure(320)
    assert large < 4 * small, (small, large)
