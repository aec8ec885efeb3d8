"""A sentence longer than the extractor's ``LONG_SENTENCE``: each claim carries a window of it, and the
figures of one stretch share theirs, so the checker reads a window once for all of them."""

from __future__ import annotations

from pathlib import Path

from package_support import publisher_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.extraction.extractor import LONG_SENTENCE, SENTENCE_WINDOW
from workbench.models import Verdict
from workbench.reference.loader import load_reference


def _reference(tmp_path: Path) -> object:
    rows = {("Kenya", 2015): 4.5, ("Chile", 2015): 6.0}
    return load_reference([publisher_package(tmp_path / "inflation", "inflation",
                                             "Inflation, consumer prices (annual %)", "Inflation", rows)])


def _long_sentence(middle: str) -> str:
    filler = ", ".join(f"the index stood at {100 + i} points" for i in range(400))
    return f"---\ndate: 2024-01-01\n---\nAcross the decade {filler}, {middle}, {filler}.\n"


def test_a_figure_written_twice_in_one_window_is_read_where_it_stands(tmp_path: Path) -> None:
    text = _long_sentence("while inflation in Kenya was 4.5% in 2015 and inflation in Chile was 4.5% in 2015")
    report = check_draft(parse_draft(text.encode(), "long.md"), _reference(tmp_path), Config())
    kenya, chile = sorted((r for r in report.results if r.claim.text == "4.5%"), key=lambda r: r.claim.start)
    assert len(kenya.claim.sentence) < len(text) and kenya.claim.sentence == chile.claim.sentence  # one window
    assert kenya.verdict is Verdict.supported
    # read at the first '4.5%' of the window, Chile's figure was Kenya's, and passed
    assert chile.verdict is not Verdict.supported and "gives 6 %" in chile.explanation


def test_every_figure_keeps_a_window_of_words_either_side(tmp_path: Path) -> None:
    text = _long_sentence("inflation in Kenya was 4.5% in 2015")
    report = check_draft(parse_draft(text.encode(), "long.md"), _reference(tmp_path), Config())
    assert len(text) > LONG_SENTENCE
    for result in report.results:
        window = result.claim.sentence
        at = text.rfind(window.strip("…"), 0, result.claim.start + len(window))  # the filler is written twice
        assert at != -1, window[:80]
        # (a space where the window is cut is dropped with the window's outer spaces)
        if window.startswith("…"):
            assert result.claim.start - at >= SENTENCE_WINDOW - 1
        if window.endswith("…"):
            assert at + len(window.strip("…")) - result.claim.end >= SENTENCE_WINDOW - 1 - len(result.claim.text)
