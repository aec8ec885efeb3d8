"""Keeping the page in step with the claim panel's own runs.

The claim panel is a fragment: a save, a status change or a move to another claim reruns only the
panel, so the browser redraws one panel instead of the whole page. What else such a run changes —
a claim's mark in the article, its row in the claims table, the summary figures, which claim is
outlined — is sent by this small ``st.components.v2`` component (no iframe), drawn inside the
fragment, which hands it to the article and the table components already on the page.

Only what differs from what the page last drew in full is sent (``Drawn``): moving to another claim
sends the claim's id and nothing of the article or the table; a save sends the one mark and the one
row it changed. Every panel run sends *all* the marks and rows changed since that full draw, not only
those changed since the previous panel run, so a run the browser never drew (a second click before
the first run ended) loses nothing, and a change undone is sent back too. The next full run draws
everything from the ledger again and starts a new ``Drawn``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import streamlit as st

from .components import component

# A claim's mark as ``highlight.render_article`` writes it: marks never nest, and their text is escaped.
_MARK = re.compile(r'<mark [^>]*data-claim-id="([^"]*)"[^>]*>.*?</mark>', re.DOTALL)


def marks_of(article: str) -> tuple[str, dict[str, str]]:
    """The article's HTML split into its skeleton (the text between marks) and each claim's mark."""
    marks: dict[str, str] = {}

    def keep(match: re.Match[str]) -> str:
        marks[match.group(1)] = match.group(0)
        return "\x00" + match.group(1) + "\x00"

    return _MARK.sub(keep, article), marks


@dataclass
class Drawn:
    """What the last full draw put in the browser (the article's HTML, the table's rows by claim id), and
    the ids whose mark or row differed from it in any panel run since."""

    html: str = ""
    rows: dict[str, list[str]] = field(default_factory=dict)
    changed_marks: set[str] = field(default_factory=set)
    changed_rows: set[str] = field(default_factory=set)
    # Split from ``html`` on the first panel run only: a full run (a page load) never needs it.
    _split: tuple[str, dict[str, str]] | None = None
    # The last update sent and the results it came from: a move to another claim changes neither.
    last: tuple[object, tuple[str | None, dict[str, str], list[list[str]]]] | None = None

    def draw_article(self, article: str) -> None:
        self.html, self._split, self.last = article, None, None
        self.changed_marks = set()

    def draw_rows(self, rows: list[list[str]]) -> None:
        self.rows = {cells[0]: cells for cells in rows}
        self.changed_rows, self.last = set(), None

    def article_update(self, article: str) -> tuple[str | None, dict[str, str]]:
        """(the whole article when its text around the marks changed, else None; the marks to replace)."""
        if self._split is None:
            self._split = marks_of(self.html)
        drawn_skeleton, drawn_marks = self._split
        skeleton, marks = marks_of(article)
        if skeleton != drawn_skeleton:
            self.draw_article(article)
            return article, {}
        # Equal skeletons hold the same claim ids, so every changed id has a mark now.
        self.changed_marks |= {cid for cid, markup in marks.items() if drawn_marks[cid] != markup}
        return None, {cid: marks[cid] for cid in sorted(self.changed_marks)}

    def row_update(self, rows: list[list[str]]) -> list[list[str]]:
        """The rows, among those drawn, whose cells differ from the drawn ones now or did in a panel run since."""
        now = {cells[0]: cells for cells in rows if cells[0] in self.rows}
        self.changed_rows |= {cid for cid, cells in now.items() if self.rows[cid] != cells}
        return [now[cid] for cid in sorted(self.changed_rows) if cid in now]


def drawn() -> Drawn:
    """This session's record of the last full draw."""
    return st.session_state.setdefault("page_drawn", Drawn())


_JS = """
export default function(component) {
  const { data } = component;
  const article = window.__cwArticle;
  if (article && article.isConnected) {
    if (data.article) { article.cwUpdate(data.article, data.selected, true); }
    else { article.cwPatch(data.marks, data.selected, true); }
  }
  const table = window.__cwClaimsTable;
  if (table && table.isConnected) { table.cwPatch(data.rows, data.selected); }
  const summary = document.querySelector('.cw-summary');
  if (summary && data.summary && summary.outerHTML !== data.summary) { summary.outerHTML = data.summary; }
}
"""


def sync_page(*, key: str, article: str | None, marks: dict[str, str], selected: str | None,
              rows: list[list[str]], summary: str) -> None:
    """Send the article's HTML when its text changed (else ``marks``: the claims' marks to replace), the
    chosen claim, the table rows to redraw (claim id first, as ``claims_table.table_rows``) and the summary
    row's HTML to the components on the page."""
    component("claim_workbench_sync", js=_JS)(
        key=key, data={"article": article, "marks": marks, "selected": selected, "rows": rows, "summary": summary})
