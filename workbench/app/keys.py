"""Keyboard shortcuts for the review page: a tiny ``st.components.v2`` component (no iframe).

Moving between claims is Python's job, so those keys come back as a trigger value (``action``)
and the page's callback picks the claim. Choosing a verdict and saving act on the decision form
the reviewer sees, so those keys press the form's own radio option and Save button in the page:
a key does exactly what the click does, with the form's checks and the same save path.

Keys are ignored while the reviewer types (inputs, text areas, selects, editable text) and with
Alt/Ctrl/Meta held, so they never eat a character or a browser shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from .components import component


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as shown on the page
    does: str


# The verdict keys follow the order of the form's verdict options (``Verdict`` then "automatic").
SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("n", "next claim that needs you"),
    Shortcut("j / k", "next / previous claim in the table"),
    Shortcut("1 – 5", "verdict: supported, contradicted, unsupported, needs review, not a claim"),
    Shortcut("0", "automatic (clear your verdict)"),
    Shortcut("s", "save the decision"),
)
ACTIONS = {"n": "queue", "j": "next", "k": "previous"}

_JS = """
export default function(component) {
  const { data, setTriggerValue } = component;
  // The newest render's callback: a rerun mounts the component again, the listener stays one.
  window.__cwKeys = { send: (action) => setTriggerValue('action', action + ':' + Date.now()),
                      actions: data.actions };
  if (window.__cwKeysInstalled) { return; }
  window.__cwKeysInstalled = true;
  const choice = (el) => el.tagName === 'INPUT' && /^(radio|checkbox|button|submit)$/.test(el.type);
  const typing = (el) => el && !choice(el) && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)
                                               || el.getAttribute?.('role') === 'combobox');
  const form = () => document.querySelector('[data-testid="stForm"]');
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) { return; }
    if (typing(event.composedPath()[0]) || typing(document.activeElement)) { return; }
    const key = event.key.toLowerCase();
    const state = window.__cwKeys;
    if (state.actions[key]) {
      event.preventDefault();
      state.send(state.actions[key]);
      return;
    }
    const decision = form();
    if (!decision) { return; }
    if (/^[0-9]$/.test(key)) {
      const options = decision.querySelectorAll('[role="radiogroup"] label');
      const index = key === '0' ? options.length - 1 : Number(key) - 1;
      if (options[index]) { event.preventDefault(); options[index].click(); }
    } else if (key === 's') {
      const save = decision.querySelector('[data-testid="stFormSubmitButton"] button');
      if (save && !save.disabled) { event.preventDefault(); save.click(); }
    }
  });
}
"""

def keyboard_shortcuts(*, key: str, on_action: Callable[[], None]) -> None:
    """Mount the listener; ``on_action`` runs for a navigation key (read ``action_of(key)``)."""
    component("claim_workbench_keys", js=_JS)(key=key, data={"actions": ACTIONS}, on_action_change=on_action)


def action_of(key: str) -> str | None:
    """The navigation the last key asked for: ``queue``, ``next`` or ``previous`` (None otherwise)."""
    value = st.session_state.get(key)
    action = getattr(value, "action", None) if value is not None else None
    return str(action).split(":", 1)[0] if action else None


def shortcuts_caption() -> str:
    """The shortcuts in one line, for the page."""
    return "Keys: " + " · ".join(f"**{s.keys}** {s.does}" for s in SHORTCUTS) + \
        " (not while typing in a field)."
