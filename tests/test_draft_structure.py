"""The structure a draft owns: paragraphs, headings, the paragraph and heading around an offset,
and a claim's close context."""

from __future__ import annotations

from pathlib import Path

from workbench.drafts import Draft, load_draft, parse_draft
from workbench.structure import Span, paragraph_end, paragraph_spans, paragraphs_start

SAMPLE = Path(__file__).resolve().parent.parent / "drafts" / "kazakhstan-russia-visit.md"

SMALL = """---
title: A test
date: 2024-01-02
---

# Trade and money

Trade rose by 10% in 2022,
reaching 28 billion dollars.
<!-- a note for the editor -->
It fell in 2023.

- a list item of 5 tons
- another of 6 tons

   ## Indented heading ##
Text right below the heading.
"""


def _draft(text: str) -> Draft:
    return parse_draft(text.encode("utf-8"), "small.md")


def _words(draft: Draft, span: Span) -> str:
    return " ".join(draft.prose[span.start:span.end].split())


def test_paragraphs_of_a_small_draft_skip_front_matter_and_split_on_blank_lines() -> None:
    draft = _draft(SMALL)
    texts = [_words(draft, p) for p in draft.paragraphs]
    assert texts == [
        "Trade and money",
        "Trade rose by 10% in 2022, reaching 28 billion dollars.",
        "It fell in 2023.",  # the comment line is blank in the prose
        "a list item of 5 tons another of 6 tons",
        "Indented heading ## Text right below the heading.",
    ]
    assert all(p.start >= draft.body_start for p in draft.paragraphs)


def test_headings_have_level_text_and_line_span() -> None:
    draft = _draft(SMALL)
    first, second = draft.headings
    assert (first.level, first.text, second.level, second.text) == (1, "Trade and money", 2, "Indented heading ##")
    assert draft.text[first.start:first.end] == "# Trade and money"
    assert draft.text[second.text_start:second.end] == "Indented heading ##"


def test_a_heading_mark_in_front_matter_or_without_a_space_is_no_heading() -> None:
    draft = _draft("---\ntitle: x\n# not: a heading\n---\n#hashtag trade\n\n####### seven\n")
    assert draft.headings == []


def test_paragraph_at_and_heading_for_an_offset() -> None:
    draft = _draft(SMALL)
    offset = draft.text.index("28 billion")
    paragraph = draft.paragraph_at(offset)
    assert offset in paragraph
    assert _words(draft, paragraph).startswith("Trade rose by 10%")
    heading = draft.heading_for(offset)
    assert heading is not None and heading.text == "Trade and money"
    below = draft.heading_for(draft.text.index("right below"))
    assert below is not None and below.level == 2
    assert _draft("No headings here, 5 tons.\n").heading_for(5) is None


def test_blank_lines_belong_to_the_paragraph_after_them() -> None:
    draft = _draft("One 5 tons.\n\n\nTwo 6 tons.\n")
    second = draft.paragraphs[1]
    assert draft.text[second.start:second.end] == "Two 6 tons.\n"
    assert draft.paragraph_at(draft.text.index("\n")) == second
    assert draft.paragraph_at(0) == draft.paragraphs[0]


def test_an_html_comment_line_breaks_a_prose_paragraph_but_not_a_text_one() -> None:
    text = "First line 5 tons.\n<!-- note -->\nSecond line 6 tons.\n"
    draft = _draft(text)
    assert len(draft.paragraphs) == 2
    assert len(paragraph_spans(text)) == 1


def test_crlf_blank_lines_break_paragraphs() -> None:
    text = "One 5 tons.\r\n\r\nTwo 6 tons.\r\n"
    assert [text[p.start:p.end].strip() for p in paragraph_spans(text)] == ["One 5 tons.", "Two 6 tons."]
    assert paragraph_end(text, 0) == text.index("\n")


def test_paragraphs_start_looks_back_one_or_two_paragraphs_and_no_further_than_asked() -> None:
    text = "First lines.\n\nSecond one.\n \t\nThird, with the figure 7."
    offset = text.index("7")
    assert paragraphs_start(text, 0, offset) == text.index("Third")
    assert paragraphs_start(text, 0, offset, 2) == text.index("Second")
    assert paragraphs_start(text, text.index("one"), offset, 2) == text.index("one")  # one break only since
    assert paragraph_end(text, 0, 5) == 5
    assert paragraph_end(text, text.index("Second")) == text.index("\n \t")


def test_context_before_is_the_heading_then_the_paragraph_up_to_the_offset() -> None:
    draft = _draft(SMALL)
    offset = draft.text.index("in 2022")
    context = draft.context_before(offset)
    assert context == "Trade and money\nTrade rose by 10% "
    assert draft.context_before(offset, limit=4) == "Trade and money\n10% "


def test_context_of_a_figure_in_a_heading_is_the_heading_up_to_it() -> None:
    draft = _draft("# Intro\n\nText.\n\n## Trade hit 28 billion dollars\n")
    offset = draft.text.index("28")
    assert draft.context_before(offset).startswith("Trade hit \n")


def test_the_sample_draft() -> None:
    draft = load_draft(SAMPLE)
    assert [h.text for h in draft.headings][1:] == ["Trade and money", "People", "Investors and influence"]
    assert all("\n\n" not in draft.prose[p.start:p.end] for p in draft.paragraphs)
    offset = draft.text.index("28.2 billion")
    assert draft.heading_for(offset).text == "Trade and money"  # type: ignore[union-attr]
    paragraph = draft.paragraph_at(offset)
    assert draft.prose[paragraph.start:paragraph.end].startswith("Bilateral trade rose by 10%")
    assert draft.context_before(offset).startswith("Trade and money\nBilateral trade rose by 10% in 2022, ")
    for p in draft.paragraphs:
        assert draft.paragraph_at(p.start) == p


def test_one_table_reading_for_sentences_and_headers() -> None:
    """A table of one column ('| Output (tonnes) |' over '|---|') is a table for every reader: each row is
    its own sentence and takes its header's unit. A line of dashes without a pipe is a rule, no separator."""
    from extraction_helpers import claims_in

    from workbench.structure import TABLE_SEPARATOR_ROW, table_cells

    found = [(c.text, c.value, c.unit, c.sentence) for c in claims_in("| Output (tonnes) |\n|---|\n| 410 |\n| 385 |\n")]
    assert found == [("410", 410.0, "t", "| 410 |"), ("385", 385.0, "t", "| 385 |")]
    assert [bool(TABLE_SEPARATOR_ROW.match(line)) for line in ("|---|", "--- | :-:", "| :-- | --: |", "---", "- - -")] \
        == [True, True, True, False, False]
    assert table_cells(r"| Region \| zone | 12 |") == [r"Region \| zone", "12"]
