"""The Streamlit script's body: page set-up and navigation between the pages."""

from __future__ import annotations

import logging
import sys

import streamlit as st

from .highlight import stylesheet

# Less empty space above the title than Streamlit's default; the app is a working tool.
_PAGE_CSS = '[data-testid="stMainBlockContainer"]{padding-top:2.5rem}'


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
                       initial_sidebar_state="expanded")
    st.html(f"<style>{stylesheet()}\n{_PAGE_CSS}</style>")
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
