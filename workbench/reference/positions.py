"""Where each entry of a package's ``resources`` list starts in datapackage.json, by line.

A text search for ``"name": "x"`` finds the package when a package and a resource share a
name; walking the JSON finds the resource itself, in one linear pass."""

from __future__ import annotations

import json

_DECODER = json.JSONDecoder()
_BLANK = " \t\n\r"


def resource_lines(text: str) -> list[int]:
    """The line (1-based) where each element of the top-level ``resources`` array starts; [] when
    the text is not an object with such an array."""
    try:
        return _resource_lines(text)
    except (ValueError, IndexError, RecursionError):
        return []


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _BLANK:
        pos += 1
    return pos


def _resource_lines(text: str) -> list[int]:
    pos = _skip(text, 0)
    if text.startswith("\ufeff"):
        pos = _skip(text, 1)
    if text[pos] != "{":
        return []
    pos = _skip(text, pos + 1)
    while pos < len(text) and text[pos] != "}":
        key, pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos)
        pos = _skip(text, pos + 1)  # the ':'
        if key == "resources" and text[pos] == "[":
            return _array_lines(text, pos)
        _, pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text[pos] == ",":
            pos = _skip(text, pos + 1)
    return []


def _array_lines(text: str, pos: int) -> list[int]:
    lines: list[int] = []
    pos = _skip(text, pos + 1)
    line, counted = 1, 0
    while pos < len(text) and text[pos] != "]":
        line += text.count("\n", counted, pos)
        counted = pos
        lines.append(line)
        _, pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text[pos] == ",":
            pos = _skip(text, pos + 1)
    return lines
