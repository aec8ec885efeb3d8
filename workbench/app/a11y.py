"""Accessible names for the parts of Streamlit's page that come without one.

Streamlit's toast is an ARIA dialog with no name, so a screen reader announces "dialog" and
nothing else (axe-core: aria-dialog-name, serious). A tiny ``st.components.v2`` component
(no iframe) watches the page once per browser tab and names each toast by its own text.
"""

from __future__ import annotations

from .components import component

_JS = """
export default function() {
  if (window.__cwA11y) { return; }
  window.__cwA11y = true;
  const name = () => document.querySelectorAll('[data-testid="stToast"]').forEach((toast) => {
    const text = 'Notification: ' + toast.innerText.replace(/\\s+/g, ' ').trim().slice(0, 160);
    if (toast.getAttribute('aria-label') !== text) { toast.setAttribute('aria-label', text); }
  });
  new MutationObserver(name).observe(document.body, {childList: true, subtree: true});
  name();
}
"""

def name_unnamed_dialogs() -> None:
    """Mount the watcher (it installs itself once per browser tab)."""
    component("claim_workbench_a11y", js=_JS)(key="a11y")
