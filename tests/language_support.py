"""Helpers shared by the language tests: gloss a text written in one language, as the checker reads it."""

from __future__ import annotations

from workbench.languages import gloss_paragraphs


def glossed(text: str, code: str) -> str:
    """``text`` glossed into English as one paragraph in the language ``code``."""
    return gloss_paragraphs(text, [(0, len(text), code)]).text
