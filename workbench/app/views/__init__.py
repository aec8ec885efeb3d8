"""One module per page: ``render()`` draws it (st.navigation calls it).

Not named ``pages/``: Streamlit would treat a ``pages/`` folder beside the script as old-style pages."""
