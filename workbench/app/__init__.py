"""The Streamlit workbench: review pages over the same library calls as the CLI.

``launch.serve`` starts it (``workbench app``, in cli/app.py); ``main.main`` is the Streamlit script's body;
``highlight`` renders the article; ``views/`` holds one module per page.
"""
