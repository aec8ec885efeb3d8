"""The Streamlit script's body: page set-up and navigation between the pages."""

from __future__ import annotations

import streamlit as st

from .highlight import stylesheet


def main() -> None:
    st.set_page_config(page_title="Claim Workbench", page_icon=":material/fact_check:", layout="wide",
                       initial_sidebar_state="expanded")
    st.html(f"<style>{stylesheet()}</style>")
    from .views import reference, review

    pages = [
        st.Page(review.render, title="Review claims", icon=":material/rate_review:", url_path="review", default=True),
        st.Page(reference.render, title="Reference data", icon=":material/dataset:", url_path="reference"),
    ]
    st.navigation(pages, position="top").run()
