"""A hyphenated compound ('year-on-year', 'month-on-month') tells its language once, as the one word it
is, not once a part: an English aside in brackets ('(year-on-year)') after a figure of another language's
sentence no longer outweighs that sentence's own words. Before, the sentence was read as English, its
words stayed unread, and its figure was failed as matching nothing (a false 'unsupported').

The package is World Bank-shaped (``package_support.cpi_package``), figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results

from workbench.languages import ENGLISH, detect
from workbench.models import Verdict

SENTENCES = {"id": "BPS mencatatkan, inflasi Chile sepanjang 2022 mencapai 11,6% Yoy (year-on-year).",
             "es": "Según el INE, la inflación de Chile en 2022 llegó a 11,6% (year-on-year)."}


def test_an_english_compound_in_brackets_leaves_the_sentence_its_language() -> None:
    for code, text in SENTENCES.items():
        assert detect(text) == code, text
    assert detect("Consumer prices rose 11.6% year-on-year in Chile.") == ENGLISH


def test_its_figure_is_read_through_the_sentences_own_words(cpi: Path) -> None:
    for text in SENTENCES.values():
        result = next(iter(claim_results(text, [cpi], date=None).values()))
        assert result.verdict in (Verdict.supported, Verdict.needs_review), (text, result.explanation)
        assert result.evidence and result.evidence[0].period == "2022", (text, result.explanation)
