"""The script `workbench app` hands to `streamlit run` (the same lines as ../../streamlit_app.py)."""

from workbench.app.main import main

main()
