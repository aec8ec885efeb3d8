"""The highlighted article as a clickable element: clicking a claim selects it in the app.

The HTML comes from ``highlight.render_article`` (all draft text escaped); this small
``st.components.v2`` component only shows it and reports which ``data-claim-id`` was
clicked (or activated with Enter/Space) as the trigger value ``selected``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from .highlight import stylesheet

_JS = """
export default function(component) {
  const { data, setTriggerValue, parentElement } = component;
  let root = parentElement.querySelector('.cw-root');
  if (!root) {
    root = document.createElement('div');
    root.className = 'cw-root';
    parentElement.appendChild(root);
  }
  root.innerHTML = data.html;
  const choose = (mark) => setTriggerValue('selected', mark.getAttribute('data-claim-id'));
  root.querySelectorAll('mark[data-claim-id]').forEach((mark) => {
    mark.addEventListener('click', () => choose(mark));
    mark.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(mark); }
    });
  });
  const chosen = root.querySelector('.cw-selected');
  if (chosen && data.scroll) { chosen.scrollIntoView({block: 'nearest'}); }
}
"""

_component: Callable[..., Any] | None = None


def _article_component() -> Callable[..., Any]:
    global _component
    if _component is None:
        _component = st.components.v2.component(
            "claim_workbench_article", css=stylesheet() + "\n.cw-root{padding:.25rem .5rem}", js=_JS)
    return _component


def show_article(html: str, *, key: str, on_select: Callable[[], None], scroll: bool = True) -> None:
    """Mount the article; ``on_select`` runs when a claim is clicked (read ``st.session_state[key]``)."""
    _article_component()(key=key, data={"html": html, "scroll": scroll}, on_selected_change=on_select)
