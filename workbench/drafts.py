"""Reading drafts: bytes → text, front matter, a prose view with Markdown masked, and structure.

Offsets everywhere index ``Draft.text`` (the file decoded, BOM dropped), so a claim's
``text[start:end]`` is exactly what the file says. ``Draft.prose`` has the same length as
``Draft.text``; Markdown markup, front matter, code and HTML comments are blanked out with
spaces so sentence and number detection never sees them, while offsets stay valid.
Paragraphs are read from the prose, headings from the text (see ``structure``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from .errors import DraftError
from .structure import (HEADING_MARKER, Heading, Span, heading_before, heading_lines, paragraph_around,
                        paragraph_breaks, paragraph_spans)

MAX_DRAFT_BYTES = 20 * 1024 * 1024
PLACE_KEYS = ("about", "places")  # front matter keys naming what a draft is about

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FENCE = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$", re.S | re.M)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")  # the "](url)" of [text](url)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")  # ![alt text](src): a label for a picture, not prose
_IMAGE_OR_LINK_OPEN = re.compile(r"!?\[(?=[^\]\n]*\]\()")
_LIST_OR_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:[-*+][ \t]|\d{1,9}[.)][ \t])?", re.M)
# Emphasis markers; a single "_" only at a word's edge, so snake_case words keep theirs.
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3}|~~)(?=\S)|(?<=\S)(\*{1,3}|_{2,3}|~~)"
                       r"|(?<![\w])_(?=[^\s_])|(?<=[^\s_])_(?![\w])")
_AUTOLINK = re.compile(r"<https?://[^>\s]+>|https?://\S+")


@dataclass
class Draft:
    """A draft as read from disk, with everything extraction needs to know about it."""

    path: str
    text: str
    sha256: str
    front_matter: dict[str, object] = field(default_factory=dict)
    body_start: int = 0

    @property
    def title(self) -> str | None:
        value = self.front_matter.get("title")
        return str(value) if value is not None else None

    @property
    def url(self) -> str | None:
        value = self.front_matter.get("url")
        return str(value) if value is not None else None

    @property
    def date(self) -> dt.date | None:
        value = self.front_matter.get("date")
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return None

    @property
    def about(self) -> list[str]:
        """What the front matter says the draft is about (``about:`` and ``places:``, each a string
        or a list of strings): the places a claim falls back on when nothing nearer names one."""
        out: list[str] = []
        for key in PLACE_KEYS:
            value = self.front_matter.get(key)
            items = value if isinstance(value, list) else [value] if value is not None else []
            out += [str(v).strip() for v in items if str(v).strip()]
        return out

    @property
    def stem(self) -> str:
        return Path(self.path).stem

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a text offset."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    @cached_property
    def prose(self) -> str:
        return mask_markup(self.text, self.body_start)

    @cached_property
    def paragraphs(self) -> list[Span]:
        """The paragraphs of the body, read from the prose (a line of markup only is blank)."""
        return paragraph_spans(self.prose, self.body_start)

    @cached_property
    def _paragraph_breaks(self) -> list[Span]:
        return paragraph_breaks(self.prose, self.body_start)

    def paragraph_at(self, offset: int) -> Span:
        """The paragraph holding ``offset`` (blank lines belong to the paragraph after them)."""
        return paragraph_around(self._paragraph_breaks, offset, self.body_start, len(self.text))

    @cached_property
    def headings(self) -> list[Heading]:
        """The heading lines of the body."""
        return heading_lines(self.text, self.body_start)

    def heading_for(self, offset: int) -> Heading | None:
        """The nearest heading above ``offset`` (or the one it is in)."""
        return heading_before(self.headings, offset)

    def context_before(self, offset: int, limit: int = 600) -> str:
        """A claim's close context: the heading above it, a newline, then its paragraph up to
        ``offset`` (at most ``limit`` characters of it). The heading is cut at ``offset`` when
        the claim is in it."""
        paragraph = self.prose[max(self.body_start, offset - limit, self.paragraph_at(offset).start):offset]
        heading = self.heading_for(offset)
        if heading is None:
            return paragraph
        return self.text[heading.text_start:min(heading.end, offset)] + "\n" + paragraph


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def mask_markup(text: str, body_start: int = 0) -> str:
    """Same-length copy of ``text`` with front matter and Markdown markup turned to spaces."""
    chars = list(text)
    _blank(chars, 0, body_start)
    for pattern in (_FENCE, _HTML_COMMENT, _HTML_TAG, _INLINE_CODE, _IMAGE, _LINK_TARGET, _AUTOLINK):
        for m in pattern.finditer(text, body_start):
            _blank(chars, m.start(), m.end())
    for pattern in (_IMAGE_OR_LINK_OPEN, HEADING_MARKER, _LIST_OR_QUOTE, _EMPHASIS):
        for m in pattern.finditer(text, body_start):
            _blank(chars, m.start(), m.end())
    return "".join(chars)


def _decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise DraftError.at("the draft is empty", path, 1, 1, hint="write some text in it")
    if b"\x00" in data[:8192]:
        raise DraftError.at("the draft looks binary (it contains NUL bytes)", path, 1, 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", "replace")) + 1
        raise DraftError.at(f"the draft is not UTF-8 (byte 0x{data[exc.start]:02x})", path, line, column,
                            hint="save it as UTF-8") from None


def parse_draft(data: bytes, path: str) -> Draft:
    """Build a Draft from a file's bytes; raise DraftError for input we cannot use."""
    if len(data) > MAX_DRAFT_BYTES:
        raise DraftError.at(f"the draft is larger than {MAX_DRAFT_BYTES // (1024 * 1024)} MB", path)
    text = _decode(data, path)
    front: dict[str, object] = {}
    body_start = 0
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark else 1  # +1 for the opening ---, +1 for 1-based
            column = mark.column + 1 if mark else 1
            problem = getattr(exc, "problem", None) or "invalid YAML"
            raise DraftError.at(f"front matter is not valid YAML: {problem}", path, line, column,
                                hint="fix the block between the --- lines") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise DraftError.at("front matter must be a YAML mapping (key: value lines)", path, 2, 1)
        front = loaded or {}
        body_start = match.end()
        _check_place_keys(front, text, match, path)
        if "date" in front and not isinstance(front["date"], dt.date):
            try:
                front["date"] = dt.date.fromisoformat(str(front["date"]))
            except ValueError:
                line = text[: match.start(1)].count("\n") + 1
                for i, row in enumerate(match.group(1).splitlines()):
                    if row.startswith("date"):
                        line += i
                        break
                raise DraftError.at(f"front matter date {front['date']!r} is not an ISO date", path, line, 1,
                                    hint="write it as YYYY-MM-DD") from None
    return Draft(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(),
                 front_matter=front, body_start=body_start)


def _front_line(text: str, match: re.Match[str], key: str) -> int:
    """The line of ``key:`` in the front matter (the opening ``---`` is line 1)."""
    line = text[: match.start(1)].count("\n") + 1
    for i, row in enumerate(match.group(1).splitlines()):
        if row.startswith(key):
            return line + i
    return line


def _check_place_keys(front: dict[str, object], text: str, match: re.Match[str], path: str) -> None:
    for key in PLACE_KEYS:
        value = front.get(key)
        items = value if isinstance(value, list) else [value]
        if value is not None and not all(isinstance(v, (str, int, float)) for v in items):
            raise DraftError.at(f"front matter {key} must be a place or a list of places", path,
                                _front_line(text, match, key), 1,
                                hint=f"write `{key}: Kenya` or `{key}: [Kenya, Uganda]`")


def load_draft(path: str | Path) -> Draft:
    """Read a draft file; every failure is a DraftError naming the file."""
    name = str(path)
    p = Path(path)
    if p.is_dir():
        raise DraftError.at("is a folder, not a draft", name, hint="name a .md or .txt file")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise DraftError.at("no such file", name, hint="check the path") from None
    except OSError as exc:
        raise DraftError.at(f"cannot read the draft: {exc.strerror}", name) from None
    return parse_draft(data, name)
