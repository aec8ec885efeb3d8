"""Claim Workbench in Streamlit: `streamlit run streamlit_app.py` (or `workbench app`)."""

from workbench.app.main import main

main()
