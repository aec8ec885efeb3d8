"""The article renderer: every claim marked, labelled in words (not colour alone), text escaped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from workbench.app.highlight import VERDICT_STYLES, render_article, verdict_label
from workbench.models import Verdict


@dataclass
class Span:
    id: str
    start: int
    end: int


class _Marks(HTMLParser):
    """Collects each <mark>'s attributes and visible text, and all text outside marks."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str]] = []
        self.depth = 0
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.marks.append({k: v or "" for k, v in attrs} | {"_text": ""})
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        self.text += data
        if self.depth:
            self.marks[-1]["_text"] += data


def parse(html: str) -> _Marks:
    parser = _Marks()
    parser.feed(html)
    return parser


TEXT = "Trade rose to $28.2 billion in 2022, while exports fell by 10% and <b>imports</b> & more."


def spans() -> list[Span]:
    return [Span("c-1", TEXT.index("$28.2"), TEXT.index(" in 2022")),
            Span("c-2", TEXT.index("10%"), TEXT.index("10%") + 3)]


def test_each_claim_is_marked_with_its_id_and_a_verdict_word() -> None:
    html = render_article(TEXT, spans(), {"c-1": Verdict.contradicted, "c-2": "supported"})
    marks = parse(html).marks
    assert [m["data-claim-id"] for m in marks] == ["c-1", "c-2"]
    assert marks[0]["_text"].startswith("$28.2 billion") and "Contradicted" in marks[0]["_text"]
    assert "✘" in marks[0]["_text"]
    assert marks[1]["_text"].startswith("10%") and "Supported" in marks[1]["_text"]
    assert "cw-contradicted" in marks[0]["class"] and "cw-supported" in marks[1]["class"]


def test_draft_text_is_escaped_and_nothing_is_lost() -> None:
    html = render_article(TEXT, spans(), {})
    assert "<b>" not in html and "&lt;b&gt;imports&lt;/b&gt; &amp; more." in html
    visible = parse(html).text
    # Removing the verdict labels gives back exactly the draft text.
    assert re.sub(r"• Not checked", "", visible) == TEXT


def test_paragraphs_and_headings_keep_their_breaks_while_hard_wrapped_lines_flow() -> None:
    text = "# Title\nFirst line of a paragraph\nwrapped here.\n\nSecond paragraph.\n- a list item\n"
    html = render_article(text, [], {})
    assert "First line of a paragraph wrapped here." in html
    assert "wrapped here.<br><br>Second paragraph.<br>- a list item" in html
    assert '<strong class="cw-h"># Title</strong><br>First' in html


def test_markup_can_be_hidden_while_claims_show_the_text() -> None:
    text = "**Trade** hit $5bn."
    display = "  Trade   hit $5bn."
    claim = Span("c", text.index("$5bn"), text.index("$5bn") + 4)
    html = render_article(text, [claim], {}, display=display)
    assert "**" not in html and "Trade" in html and ">$5bn<" in html


def test_a_hostile_claim_id_cannot_break_out_of_its_attribute() -> None:
    bad = Span('x" onmouseover="alert(1)', 0, 5)
    html = render_article(TEXT, [bad], {})
    assert 'onmouseover="' not in html
    assert parse(html).marks[0]["data-claim-id"] == 'x" onmouseover="alert(1)'


def test_selected_and_reviewed_claims_are_marked() -> None:
    html = render_article(TEXT, spans(), {"c-2": "needs_review"}, selected="c-2", reviewed={"c-1"})
    first, second = parse(html).marks
    assert "cw-reviewed" in first["class"] and "reviewed" in first["title"]
    assert "cw-selected" in second["class"] and "cw-selected" not in first["class"]
    assert "Needs review" in second["_text"]


def test_overlapping_claims_keep_the_first_and_front_matter_is_skipped() -> None:
    text = "---\ntitle: x\n---\nGDP grew 5% last year."
    body = text.index("GDP")
    inner = Span("inner", text.index("5%"), text.index("5%") + 1)
    outer = Span("outer", text.index("5%"), text.index("5%") + 2)
    html = render_article(text, [inner, outer], {}, start=body)
    assert "title:" not in html
    assert [m["data-claim-id"] for m in parse(html).marks] == ["outer"]


def test_every_verdict_has_its_own_label_and_icon() -> None:
    labels = {verdict_label(v) for v in Verdict}
    assert len(labels) == len(Verdict) == len(VERDICT_STYLES)
    assert all(any(ch.isalpha() for ch in label) for label in labels)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_label_colours_have_strong_contrast() -> None:
    for style in VERDICT_STYLES.values():
        for background in (style.background, "#ffffff"):
            light, dark = sorted([_luminance(style.foreground), _luminance(background)], reverse=True)
            assert (light + 0.05) / (dark + 0.05) >= 7, style
