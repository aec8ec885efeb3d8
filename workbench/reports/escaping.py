"""Escaping per output format: what a draft, a reviewer or fetched data supplies is shown as text.

- terminal text (``one_line``, ``printable``): control characters (ESC, CR, BEL, …), C1 codes
  and bidirectional overrides become visible ``\\xNN`` / ``\\uNNNN`` escapes, so nothing can move
  the cursor, recolour the terminal, hide text or forge a line; a line never starts with
  ``::`` (GitHub Actions reads such lines from any step's output as workflow commands);
- GitHub workflow commands: ``github.escape_data`` / ``escape_property`` (``%``, CR, LF; ``:``
  and ``,`` in properties) on top of ``printable``;
- Markdown (``markdown_text``): backslash-escapes every character Markdown reads as markup and
  writes ``<``, ``>``, ``&`` as entities, so no HTML, link, image or autolink comes from data;
- XML (``xml_text``): ElementTree escapes markup but not the control characters XML 1.0 forbids;
- CSV (``common.spreadsheet_safe``): ``printable``, then an apostrophe before a formula start;
- JSON-LD inside HTML (``json_for_html``): ``<``, ``>``, ``&`` as ``\\u003c``… so a ``</script>`` in
  a title cannot close the script element.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 (but tab and newline), DEL, C1, line/paragraph separators, bidi embeddings and isolates.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with control characters as visible escapes; tabs and newlines kept."""
    text = _CONTROL.sub(_visible, text)
    return "\n".join((" " + line) if line.startswith("::") else line for line in text.split("\n")) \
        if "::" in text else text


def one_line(text: str) -> str:
    """``text`` on one line: runs of whitespace (newlines too) become one space, controls escaped."""
    flat = " ".join(_CONTROL.sub(_visible, text.replace("\r", " ")).split())
    return " " + flat if flat.startswith("::") else flat


def markdown_text(value: str) -> str:
    """Plain text inside Markdown (a table cell or a line): no markup, no HTML, one line."""
    text = one_line(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def xml_text(value: str) -> str:
    """Text ElementTree can write as valid XML 1.0: forbidden control characters made visible."""
    return _XML_FORBIDDEN.sub(_visible, value)


def json_for_html(data: Any, indent: int | None = 2) -> str:
    """JSON that is safe to paste inside ``<script type="application/ld+json">``."""
    text = json.dumps(data, indent=indent, ensure_ascii=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def markdown_code(value: str) -> str:
    """``value`` as an inline code span (a path, an id): shown verbatim, nothing inside is markup.
    The fence is one backtick longer than any run inside, as CommonMark requires."""
    text = one_line(value)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"
