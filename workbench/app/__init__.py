"""The Streamlit workbench: review pages over the same library calls as the CLI.

``launch.run_app`` starts it (``workbench app``); ``main.main`` is the Streamlit script's body;
``highlight`` renders the article; ``views/`` holds one module per page.
"""
