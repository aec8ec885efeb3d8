"""The highlighted article as a clickable element: clicking a claim selects it in the app.

The HTML comes from ``highlight.render_article`` (all draft text escaped); this small
``st.components.v2`` component only shows it and reports which ``data-claim-id`` was
clicked (or activated with Enter/Space) as the trigger value ``selected``. The chosen claim is
outlined by the component, not in the HTML, so moving between claims re-sends the same article
and the browser only moves the outline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from .highlight import stylesheet

_JS = """
// A save changes a claim's mark or two: when the text around the marks is the same, only the marks
// that changed are replaced, so the browser does not parse and lay out the whole article again.
const MARK = /<mark [^>]*data-claim-id="([^"]*)"[^>]*>[\s\S]*?<\/mark>/g;
function marksOf(html) {
  const marks = new Map();
  const skeleton = html.replace(MARK, (whole, id) => { marks.set(id, whole); return '\u0000' + id + '\u0000'; });
  return { skeleton, marks };
}
function patchMarks(root, before, after) {
  const old = marksOf(before);
  const now = marksOf(after);
  if (old.skeleton !== now.skeleton) { return false; }
  for (const [id, markup] of now.marks) {
    if (old.marks.get(id) === markup) { continue; }
    const mark = root.querySelector('mark[data-claim-id="' + CSS.escape(id) + '"]');
    if (!mark) { return false; }
    const holder = document.createElement('template');
    holder.innerHTML = markup;
    mark.replaceWith(holder.content);
  }
  return true;
}

export default function(component) {
  const { data, setTriggerValue, parentElement } = component;
  let root = parentElement.querySelector('.cw-root');
  if (!root) {
    root = document.createElement('div');
    root.className = 'cw-root';
    parentElement.appendChild(root);
    // One listener for every mark (delegation): a 300-claim draft would otherwise bind 600.
    const choose = (event) => {
      const mark = event.target.closest('mark[data-claim-id]');
      if (mark) { root.cwChoose(mark.getAttribute('data-claim-id')); }
    };
    root.addEventListener('click', choose);
    root.addEventListener('keydown', (e) => {
      if ((e.key === 'Enter' || e.key === ' ') && e.target.closest('mark[data-claim-id]')) {
        e.preventDefault(); choose(e);
      }
    });
  }
  root.cwChoose = (id) => setTriggerValue('selected', id);
  // The claim panel's own runs (a save, a move to another claim) update the article through this.
  root.cwUpdate = (html, selected, scroll) => {
    // Choosing another claim sends the same article: only the selection moves, the text is not parsed again.
    if (html && root.cwHtml !== html) {
      if (!(root.cwHtml && patchMarks(root, root.cwHtml, html))) { root.innerHTML = html; }
      root.cwHtml = html;
    }
    const before = root.querySelector('.cw-selected');
    const chosen = selected ? root.querySelector('mark[data-claim-id="' + CSS.escape(selected) + '"]') : null;
    if (before && before !== chosen) { before.classList.remove('cw-selected'); }
    if (chosen) {
      chosen.classList.add('cw-selected');
      if (scroll) { chosen.scrollIntoView({block: 'nearest'}); }
    }
  };
  window.__cwArticle = root;
  root.cwUpdate(data.html, data.selected, data.scroll);
}
"""

_component: Callable[..., Any] | None = None


def _article_component() -> Callable[..., Any]:
    global _component
    if _component is None:
        _component = st.components.v2.component(
            "claim_workbench_article", css=stylesheet() + "\n.cw-root{padding:.25rem .5rem}", js=_JS)
    return _component


def show_article(html: str, *, key: str, on_select: Callable[[], None], selected: str | None = None,
                 scroll: bool = True) -> None:
    """Mount the article; ``on_select`` runs when a claim is clicked (read ``st.session_state[key]``).

    ``selected`` is outlined in the browser, so ``html`` (rendered without a selection) stays the same
    while the reviewer moves between claims."""
    _article_component()(key=key, data={"html": html, "selected": selected, "scroll": scroll},
                         on_selected_change=on_select)
