"""The Streamlit script's body: page set-up and navigation between the pages."""

from __future__ import annotations

import streamlit as st

from .highlight import stylesheet

# Less empty space above the title than Streamlit's default; the app is a working tool.
_PAGE_CSS = '[data-testid="stMainBlockContainer"]{padding-top:2.5rem}'


def main() -> None:
    st.set_page_config(page_title="Claim Workbench", page_icon=":material/fact_check:", layout="wide",
                       initial_sidebar_state="expanded")
    st.html(f"<style>{stylesheet()}\n{_PAGE_CSS}</style>")
    from .views import reference, review

    pages = [
        st.Page(review.render, title="Review claims", icon=":material/rate_review:", url_path="review", default=True),
        st.Page(reference.render, title="Reference data", icon=":material/dataset:", url_path="reference"),
    ]
    st.navigation(pages, position="top").run()
