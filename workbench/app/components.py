"""The app's small ``st.components.v2`` components (no iframe), each declared once per server process.

Streamlit registers a component by name when it is declared; declaring it again on every run would
re-register the same name. ``component`` declares on first use and hands back the same callable after.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import streamlit as st


@cache
def component(name: str, *, js: str, css: str | None = None) -> Callable[..., Any]:
    """The mount function of the component ``name`` with this JavaScript (and CSS)."""
    return st.components.v2.component(name, js=js, css=css)
