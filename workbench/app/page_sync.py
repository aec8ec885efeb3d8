"""Keeping the page in step with the claim panel's own runs.

The claim panel is a fragment: a save, a status change or a move to another claim reruns only the
panel, so the browser redraws one panel instead of the whole page. What else such a run changes —
the claim's mark in the article, its row in the claims table, the summary figures, which claim is
outlined — is sent by this small ``st.components.v2`` component (no iframe), drawn inside the
fragment, which hands it to the article and the table components already on the page. The next
full run draws everything from the ledger again, so nothing depends on this beyond that run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

_JS = """
export default function(component) {
  const { data } = component;
  const article = window.__cwArticle;
  if (article && article.isConnected) { article.cwUpdate(data.article, data.selected, true); }
  const table = window.__cwClaimsTable;
  if (table && table.isConnected) { table.cwPatch(data.rows, data.selected); }
  const summary = document.querySelector('.cw-summary');
  if (summary && data.summary && summary.outerHTML !== data.summary) { summary.outerHTML = data.summary; }
}
"""

_component: Callable[..., Any] | None = None


def sync_page(*, key: str, article: str, selected: str | None, rows: list[list[str]], summary: str) -> None:
    """Send the article's HTML, the chosen claim, the table rows that changed (claim id first, as
    ``claims_table.table_rows``) and the summary row's HTML to the components on the page."""
    global _component
    if _component is None:
        _component = st.components.v2.component("claim_workbench_sync", js=_JS)
    _component(key=key, data={"article": article, "selected": selected, "rows": rows, "summary": summary})
