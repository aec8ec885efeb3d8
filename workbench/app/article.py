"""The highlighted article as a clickable element: clicking a claim selects it in the app.

The HTML comes from ``highlight.render_article`` (all draft text escaped); this small
``st.components.v2`` component only shows it and reports which ``data-claim-id`` was
clicked (or activated with Enter/Space) as the trigger value ``selected``. The chosen claim is
outlined by the component, not in the HTML, so moving between claims re-sends the same article
and the browser only moves the outline.
"""

from __future__ import annotations

from collections.abc import Callable

from .components import component
from .highlight import stylesheet

_JS = r"""
// Marks as highlight.render_article writes them (page_sync.marks_of reads them the same way).
const MARK = /<mark [^>]*data-claim-id="([^"]*)"[^>]*>[\s\S]*?<\/mark>/g;
function marksOf(html) {
  const marks = new Map();
  const skeleton = html.replace(MARK, (whole, id) => { marks.set(id, whole); return '\u0000' + id + '\u0000'; });
  return { skeleton, marks };
}
// Replace the marks whose markup differs from what is shown; false when one is missing (draw it all).
function replaceMarks(root, wanted) {
  for (const [id, markup] of wanted) {
    if (root.cwMarks.get(id) === markup) { continue; }
    const mark = root.querySelector('mark[data-claim-id="' + CSS.escape(id) + '"]');
    if (!mark) { return false; }
    const holder = document.createElement('template');
    holder.innerHTML = markup;
    mark.replaceWith(holder.content);
    root.cwMarks.set(id, markup);
  }
  return true;
}

export default function(component) {
  const { data, setTriggerValue, parentElement } = component;
  let root = parentElement.querySelector('.cw-root');
  if (!root) {
    root = document.createElement('div');
    root.className = 'cw-root';
    root.cwMarks = new Map();
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
  const select = (selected, scroll) => {
    const before = root.querySelector('.cw-selected');
    const chosen = selected ? root.querySelector('mark[data-claim-id="' + CSS.escape(selected) + '"]') : null;
    if (before && before !== chosen) { before.classList.remove('cw-selected'); }
    if (chosen) {
      chosen.classList.add('cw-selected');
      if (scroll) { chosen.scrollIntoView({block: 'nearest'}); }
    }
  };
  // The whole article (a full run, or a panel run after the text changed). A save changes a mark or
  // two: when the text around the marks is the same, only the marks that changed are replaced, so the
  // browser does not parse and lay out the whole article again; choosing another claim sends the same
  // article, and only the outline moves.
  root.cwUpdate = (html, selected, scroll) => {
    if (html && root.cwHtml !== html) {
      const now = marksOf(html);
      if (!(root.cwSkeleton === now.skeleton && replaceMarks(root, now.marks))) {
        root.innerHTML = html;
        root.cwMarks = now.marks;
      }
      root.cwSkeleton = now.skeleton;
      root.cwHtml = html;
    }
    select(selected, scroll);
  };
  // The claim panel's own runs send only the marks that changed (page_sync).
  root.cwPatch = (marks, selected, scroll) => {
    const wanted = Object.entries(marks || {});
    if (wanted.length) { root.cwHtml = null; }  // the marks no longer match the HTML last drawn
    replaceMarks(root, wanted);
    select(selected, scroll);
  };
  window.__cwArticle = root;
  root.cwUpdate(data.html, data.selected, data.scroll);
}
"""

_CSS = stylesheet() + "\n.cw-root{padding:.25rem .5rem}"


def show_article(html: str, *, key: str, on_select: Callable[[], None], selected: str | None = None,
                 scroll: bool = True) -> None:
    """Mount the article; ``on_select`` runs when a claim is clicked (read ``st.session_state[key]``).

    ``selected`` is outlined in the browser, so ``html`` (rendered without a selection) stays the same
    while the reviewer moves between claims."""
    component("claim_workbench_article", js=_JS, css=_CSS)(key=key, data={"html": html, "selected": selected, "scroll": scroll},
                         on_selected_change=on_select)
