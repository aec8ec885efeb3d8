"""The article with every claim highlighted: text + claims + verdicts → escaped HTML.

A pure function, so it is tested without Streamlit. Each claim becomes a ``<mark>`` whose
colour AND text label (icon + verdict word) say the verdict — never colour alone — and whose
``data-claim-id`` lets the page's click handler select it. Everything from the draft is
HTML-escaped: a draft is untrusted input.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from ..models import Verdict
from ..structure import HEADING_MARKER


class ClaimSpan(Protocol):
    """What the renderer needs of a claim (``models.Claim`` fits)."""

    id: str
    start: int
    end: int


@dataclass(frozen=True)
class VerdictStyle:
    label: str
    icon: str
    background: str
    foreground: str
    border: str


# Icons are plain Unicode symbols that DejaVu Sans covers, so they show even where no emoji
# font is installed (headless Chromium on a server).
# Contrast of foreground on background is above 7:1 (WCAG AAA) for every verdict.
VERDICT_STYLES: dict[Verdict, VerdictStyle] = {
    Verdict.supported: VerdictStyle("Supported", "✔", "#d4f5dd", "#0a4d1c", "#2e9e4f"),
    Verdict.contradicted: VerdictStyle("Contradicted", "✘", "#fde2e1", "#7a0e0e", "#d0312d"),
    Verdict.unsupported: VerdictStyle("Unsupported", "?", "#ffe7c7", "#6e3b00", "#e07b00"),
    Verdict.needs_review: VerdictStyle("Needs review", "⚠", "#fff3b8", "#5c4700", "#c9a400"),
    Verdict.not_a_claim: VerdictStyle("Not a claim", "⊘", "#e9ecef", "#343a40", "#868e96"),
}

UNKNOWN_STYLE = VerdictStyle("Not checked", "•", "#e7eefc", "#1d3b73", "#5b7fc7")


def verdict_style(verdict: Verdict | str | None) -> VerdictStyle:
    try:
        return VERDICT_STYLES[Verdict(verdict)] if verdict is not None else UNKNOWN_STYLE
    except ValueError:
        return UNKNOWN_STYLE


def verdict_label(verdict: Verdict | str | None) -> str:
    """Icon and word, e.g. ``"✘ Contradicted"``: how a verdict is shown everywhere in the app."""
    style = verdict_style(verdict)
    return f"{style.icon} {style.label}"


def stylesheet() -> str:
    """CSS for the highlighted article (one rule per verdict)."""
    rules = [
        (".cw-article{line-height:1.9;font-size:1.02rem;"
         "font-family:Georgia,'DejaVu Serif',serif;color:#1f2328;max-width:56rem}"),
        ".cw-h{font-family:system-ui,'DejaVu Sans',sans-serif;font-size:1.12em}",
        (".cw-claim{border-radius:4px;padding:0 2px;border-bottom:3px solid;cursor:pointer;"
         "text-decoration:none;color:inherit}"),
        ".cw-claim:hover,.cw-claim:focus{outline:2px solid #1f6feb;outline-offset:1px}",
        ".cw-claim.cw-selected{outline:3px solid #1f6feb;outline-offset:2px}",
        (".cw-tag{font-family:system-ui,sans-serif;font-size:.68em;font-weight:600;margin-left:3px;"
         "padding:0 4px;border-radius:3px;vertical-align:.15em;white-space:nowrap}"),
        ".cw-reviewed::after{content:' ✎';font-size:.7em}",
        # The page's summary row (claims per verdict): label over a large figure, wrapping on a phone.
        (".cw-summary{display:flex;flex-wrap:wrap;gap:.5rem 2rem;list-style:none;margin:0;padding:0;"
         "font-family:'Source Sans',system-ui,sans-serif;color:#1f2328}"),
        ".cw-summary li{display:flex;flex-direction:column;margin:0;padding:0}",
        ".cw-summary span{font-size:.875rem;color:#4b5058}",
        ".cw-summary strong{font-size:2rem;font-weight:400;line-height:1.25}",
    ]
    for verdict, style in [*VERDICT_STYLES.items(), ("unknown", UNKNOWN_STYLE)]:
        name = css_class(verdict)
        rules.append(f".{name}{{background:{style.background};border-color:{style.border}}}")
        rules.append(f".{name} .cw-tag{{background:#ffffff;color:{style.foreground};"
                     f"border:1px solid {style.border}}}")
    return "\n".join(rules)


def css_class(verdict: Verdict | str | None) -> str:
    try:
        return f"cw-{Verdict(verdict).value.replace('_', '-')}" if verdict is not None else "cw-unknown"
    except ValueError:
        return "cw-unknown"


def _non_overlapping(claims: Iterable[ClaimSpan], start: int, end: int) -> list[ClaimSpan]:
    """Claims inside [start, end), in text order; a claim overlapping an earlier one is skipped."""
    kept: list[ClaimSpan] = []
    cursor = start
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < cursor or claim.end > end or claim.end <= claim.start:
            continue
        kept.append(claim)
        cursor = claim.end
    return kept


_BLOCK_START = re.compile(r"[ \t]*(?:#{1,6}[ \t]|[-*+>][ \t]|\d{1,9}[.)][ \t]|```|~~~|\|)")

Layout = dict[int, tuple[str, int]]  # offset → (HTML to emit there, characters it replaces: 0 or 1)


def _layout(text: str, start: int) -> Layout:
    """How the lines of ``text[start:]`` are laid out. A newline inside a paragraph reads as a
    space (drafts are often hard-wrapped); paragraph, heading, list and table breaks stay breaks;
    heading lines are bold."""
    layout: Layout = {}
    line_start = start
    while line_start <= len(text):
        newline = text.find("\n", line_start)
        line_end = len(text) if newline < 0 else newline
        line = text[line_start:line_end]
        heading = bool(HEADING_MARKER.match(line))
        if heading:
            layout[line_start] = ('<strong class="cw-h">', 0)
        if newline < 0:
            if heading:
                layout[line_end] = ("</strong>", 0)
            break
        next_end = text.find("\n", newline + 1)
        next_line = text[newline + 1: len(text) if next_end < 0 else next_end]
        if not line.strip() and not next_line.strip():
            html_break = ""
        elif not line.strip() or not next_line.strip() or heading or _BLOCK_START.match(next_line) or _BLOCK_START.match(line):
            html_break = "<br>"
        else:
            html_break = " "
        layout[newline] = (("</strong>" if heading else "") + html_break, 1)
        line_start = newline + 1
    return layout


def _escape(text: str, begin: int, end: int, layout: Layout, positions: list[int]) -> str:
    """``text[begin:end]`` HTML-escaped, with the layout's markup at its offsets."""
    out: list[str] = []
    cursor = begin
    for pos in positions[bisect.bisect_left(positions, begin):bisect.bisect_left(positions, end)]:
        markup, consumed = layout[pos]
        out.append(html.escape(text[cursor:pos]))
        out.append(markup)
        cursor = pos + consumed
    out.append(html.escape(text[cursor:end]))
    return "".join(out)


def render_article(text: str, claims: Iterable[ClaimSpan], verdicts: Mapping[str, Verdict | str],
                   *, selected: str | None = None, reviewed: Collection[str] = (),
                   start: int = 0, display: str | None = None) -> str:
    """HTML of ``text[start:]`` with each claim wrapped in a labelled, verdict-coloured mark.

    ``verdicts`` maps claim id → verdict; ``reviewed`` holds the ids a person has decided;
    ``start`` skips front matter while claim offsets keep indexing the whole ``text``.
    ``display`` is an optional same-length copy shown between claims (``Draft.prose``, where
    Markdown markup is blanked); claims always show ``text`` itself.
    """
    shown = display if display is not None and len(display) == len(text) else text
    start += len(text[start:]) - len(text[start:].lstrip())  # no blank lines before the first words
    layout = _layout(text, start)
    positions = sorted(layout)
    parts = ['<div class="cw-article">']
    cursor = start
    for claim in _non_overlapping(claims, start, len(text)):
        parts.append(_escape(shown, cursor, claim.start, layout, positions))
        verdict = verdicts.get(claim.id)
        style = verdict_style(verdict)
        classes = ["cw-claim", css_class(verdict)]
        if claim.id == selected:
            classes.append("cw-selected")
        if claim.id in reviewed:
            classes.append("cw-reviewed")
        title = f"{style.label}{' — reviewed' if claim.id in reviewed else ''} (claim {claim.id})"
        parts.append(
            f'<mark class="{" ".join(classes)}" data-claim-id="{html.escape(claim.id, quote=True)}" '
            f'tabindex="0" role="button" title="{html.escape(title, quote=True)}">'
            f"{_escape(text, claim.start, claim.end, layout, positions)}"
            f'<span class="cw-tag" aria-label="verdict: {style.label}">{style.icon} {style.label}</span>'
            "</mark>"
        )
        cursor = claim.end
    parts.append(_escape(shown, cursor, len(text) + 1, layout, positions))
    parts.append("</div>")
    return "".join(parts)
