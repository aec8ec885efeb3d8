"""The Streamlit script's body: page set-up and navigation between the pages."""

from __future__ import annotations

import logging
import sys

import streamlit as st

from .a11y import name_unnamed_dialogs
from .highlight import stylesheet
from .identity import require_sign_in

# Less empty space above the title than Streamlit's default; the app is a working tool.
# Captions opaque and darker than Streamlit's (grey at 60 % opacity, 2.8:1 on white): 4.5:1 is WCAG AA.
# On a phone the article box is shorter, so the claim panel follows right under the tapped claim, and the
# keyboard shortcuts are not listed.
_PAGE_CSS = "\n".join([
    '[data-testid="stMainBlockContainer"]{padding-top:2.5rem}',
    '[data-testid="stCaptionContainer"]{color:#5f5e5b;opacity:1}',
    ("@media (max-width: 640px){"
     "div:has(> .st-key-article_box){flex:0 0 auto !important;height:auto !important}"
     ".st-key-article_box{flex:0 0 auto !important;max-height:50vh}"
     ".st-key-shortcuts{display:none}"
     '[data-testid="stMainBlockContainer"]{padding-left:.75rem;padding-right:.75rem}}'),
])


_log = logging.getLogger("workbench.app")


def configure_logging() -> None:
    """Errors the page catches are logged to the server's stderr, with their traceback (the ``workbench``
    logger at DEBUG: the check then attaches tracebacks to claims it could not verify)."""
    logger = logging.getLogger("workbench")
    if not any(getattr(h, "_claim_workbench", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.WARNING)
        handler._claim_workbench = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)


def main() -> None:
    configure_logging()
    st.set_page_config(page_title="Claim Workbench", page_icon=":material/fact_check:", layout="wide",
                       initial_sidebar_state="auto")
    st.html(f"<style>{stylesheet()}\n{_PAGE_CSS}</style>")
    name_unnamed_dialogs()
    if not require_sign_in():
        return
    from .views import reference, review

    pages = [
        st.Page(review.render, title="Review claims", icon=":material/rate_review:", url_path="review", default=True),
        st.Page(reference.render, title="Reference data", icon=":material/dataset:", url_path="reference"),
    ]
    page = st.navigation(pages, position="top")
    try:
        page.run()
    except Exception as exc:  # noqa: BLE001 — the page shows a box, never a traceback; the log has it
        _log.error("the %s page failed", page.title, exc_info=exc)
        st.error(f"Something on this page failed ({type(exc).__name__}); it was logged for the maintainers. "
                 "Reload the page, or pick another draft or claim.", icon=":material/report:")
