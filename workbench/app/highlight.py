"""The article with every claim highlighted: text + claims + verdicts → escaped HTML.

A pure function, so it is tested without Streamlit. Each claim becomes a ``<mark>`` whose
colour AND text label (icon + verdict word) say the verdict — never colour alone — and whose
``data-claim-id`` lets the page's click handler select it. Everything from the draft is
HTML-escaped: a draft is untrusted input.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from ..models import Verdict


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
        ".cw-article{white-space:pre-wrap;line-height:1.9;font-size:1.02rem;"
        "font-family:Georgia,'DejaVu Serif',serif;color:#1f2328;max-width:56rem}",
        ".cw-claim{border-radius:4px;padding:0 2px;border-bottom:3px solid;cursor:pointer;"
        "text-decoration:none;color:inherit}",
        ".cw-claim:hover,.cw-claim:focus{outline:2px solid #1f6feb;outline-offset:1px}",
        ".cw-claim.cw-selected{outline:3px solid #1f6feb;outline-offset:2px}",
        ".cw-tag{font-family:system-ui,sans-serif;font-size:.68em;font-weight:600;margin-left:3px;"
        "padding:0 4px;border-radius:3px;vertical-align:.15em;white-space:nowrap}",
        ".cw-reviewed::after{content:' ✎';font-size:.7em}",
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


def render_article(text: str, claims: Iterable[ClaimSpan], verdicts: Mapping[str, Verdict | str],
                   *, selected: str | None = None, reviewed: Collection[str] = (),
                   start: int = 0) -> str:
    """HTML of ``text[start:]`` with each claim wrapped in a labelled, verdict-coloured mark.

    ``verdicts`` maps claim id → verdict; ``reviewed`` holds the ids a person has decided;
    ``start`` skips front matter while claim offsets keep indexing the whole ``text``.
    """
    parts = ['<div class="cw-article">']
    cursor = start
    for claim in _non_overlapping(claims, start, len(text)):
        parts.append(html.escape(text[cursor:claim.start]))
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
            f"{html.escape(text[claim.start:claim.end])}"
            f'<span class="cw-tag" aria-label="verdict: {style.label}">{style.icon} {style.label}</span>'
            "</mark>"
        )
        cursor = claim.end
    parts.append(html.escape(text[cursor:]))
    parts.append("</div>")
    return "".join(parts)
