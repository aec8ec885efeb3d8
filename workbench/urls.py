"""The one rule for links: only http(s) URLs ever become a link.

``safe_url`` is called wherever a URL from a draft, a reviewer, reference data or a fetched
answer is turned into a link or published (Markdown, ClaimReview JSON-LD, the app, reference
validation). Anything else — ``javascript:``, ``data:``, ``file:``, a relative path, a URL with
spaces or control characters — is not a link, and callers show it as text or leave it out.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

SAFE_SCHEMES = ("http", "https")
# Characters that may not appear raw in a URL we emit (RFC 3986 forbids them; browsers and
# Markdown parsers treat them as the end of the link or as markup).
_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f<>\"'`\\{}|^\u2028\u2029\u202a-\u202e\u2066-\u2069]")
MAX_URL_CHARS = 2048


def safe_url(value: object) -> str | None:
    """``value`` when it is an absolute http(s) URL with a host, else None.

    Surrounding spaces are stripped; inner spaces, control and bidi characters, quotes and angle
    brackets make it unsafe rather than being repaired, so what is published is what was written.
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or len(url) > MAX_URL_CHARS or _UNSAFE.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.hostname:
        return None
    return url


def is_safe_url(value: object) -> bool:
    return safe_url(value) is not None


def markdown_link_target(url: str) -> str:
    """A safe URL written so a Markdown parser cannot end the link early: parentheses encoded."""
    return url.replace("(", "%28").replace(")", "%29")
