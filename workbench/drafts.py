"""Reading drafts: bytes → text, front matter, a prose view with Markdown masked, and structure.

Offsets everywhere index ``Draft.text`` (the file decoded, BOM dropped), so a claim's
``text[start:end]`` is exactly what the file says. ``Draft.prose`` has the same length as
``Draft.text``; Markdown markup, front matter, code, HTML comments and an encyclopedia's footnote marks
('225,5 mld[4] USD') are blanked out with spaces so sentence and number detection never sees them,
while offsets stay valid.
Paragraphs are read from the prose, headings from the text (see ``structure``).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

import yaml

from .errors import DraftError
from .readfile import (LONE_CR, WIDE_ENCODINGS, byte_order_mark, marked_encoding, packed_format, read_regular,
                       unmarked_utf16)
from .safe_yaml import bounded_loader, flow_depth_at, line_col, load_bounded
from .structure import (HEADING_MARKER, LIST_MARKER, PASTED_BULLETS, Heading, Span, footnote_mark, heading_before, heading_lines,
                        paragraph_around, paragraph_breaks, paragraph_spans, trend_mark)

# A news draft is tens of kilobytes; 4 MB is a book. Everything after reading is linear in the
# text, so this bounds the time any command spends on one draft (docs/limits.md).
MAX_DRAFT_BYTES = 4 * 1024 * 1024
MAX_FRONT_MATTER_DEPTH = 20
PLACE_KEYS = ("about", "places")  # front matter keys naming what a draft is about

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
# Hugo's and Zola's TOML front matter between '+++' lines: read as the YAML block is (the same keys)
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)^\+\+\+[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_TOML_PLACE = re.compile(r"\(at line (\d+), column (\d+)\)")
_FENCE = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$", re.S | re.M)
# Every pattern below must run in time linear in the draft, whatever the draft holds: a
# repeated opener that never closes ("<a<a<a…", "[[[…", "](](…") must not make each attempt
# scan to the end of the line. So a tag stops at the next "<", a link target at the next "]",
# bracketed text at the next "[" — none of which they may contain — and HTML comments are
# found by a scan (``comment_spans``), not a lazy regex that would rescan for every "<!--".
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_LINK_TARGET = re.compile(r"\]\([^)\]\n]*\)")  # the "](url)" of [text](url)
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^)\]\n]*\)")  # ![alt text](src): a label for a picture, not prose
_IMAGE_OR_LINK_OPEN = re.compile(r"!?\[(?=[^\[\]\n]*\]\()")
# The lookahead lets a line that opens with a letter fail at once instead of matching nothing.
_LIST_OR_QUOTE = re.compile(rf"^(?=[ \t>*+\-\d{PASTED_BULLETS}])[ \t]*(?:>[ \t]?)*"
                            rf"(?:{LIST_MARKER})?", re.M)
# Emphasis markers; a single "_" only at a word's edge, so snake_case words keep theirs.
# The leading lookahead makes every other character fail at once (10-20x faster on text with
# few markers) instead of trying four alternatives that open with lookbehinds.
_EMPHASIS = re.compile(r"(?=[*_~])(?:(\*{1,3}|_{2,3}|~~)(?=\S)|(?<=\S)(\*{1,3}|_{2,3}|~~)"
                       r"|(?<![\w])_(?=[^\s_])|(?<=[^\s_])_(?![\w]))")
_AUTOLINK = re.compile(r"<https?://[^<>\s]+>|https?://\S+")


@dataclass
class Draft:
    """A draft as read from disk, with everything extraction needs to know about it."""

    path: str
    text: str
    sha256: str
    front_matter: dict[str, object] = field(default_factory=dict)
    body_start: int = 0
    # the address's words in English, on a draft glossed from another language (languages.glossed_draft)
    glossed_address: str | None = None
    glossed_host: str | None = None
    # ``date: 2023-05``: the page shows only the month it was published in; ``date`` is then that month's
    # last day (what was published by the month's end counts), and ``date_shown`` says the month
    month_only: bool = False

    @property
    def title(self) -> str | None:
        value = self.front_matter.get("title")
        return str(value) if value is not None else None

    @property
    def url(self) -> str | None:
        value = self.front_matter.get("url")
        return str(value) if value is not None else None

    @property
    def address_words(self) -> str:
        """The words of the page's address that may say what it is about, in English when the draft
        was glossed: a slug is the page's headline in the publisher's words."""
        if self.glossed_address is not None:
            return self.glossed_address
        return url_words(self.url)

    @property
    def host_words(self) -> str:
        """The words of the address's host name ('economie-ivoirienne' of 'www.economie-ivoirienne.ci'), in
        English when the draft was glossed: the publisher's name, which may say the country it covers."""
        if self.glossed_host is not None:
            return self.glossed_host
        return url_host_words(self.url)

    @property
    def date(self) -> dt.date | None:
        value = self.front_matter.get("date")
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return None

    @property
    def date_shown(self) -> str | None:
        """The draft's date as its front matter gives it: ``2023-05`` for a month, else the ISO day."""
        return self.shown_date(None)

    def shown_month(self, as_of: dt.date | None) -> str | None:
        """``2023-05`` when the front matter gives only a month and the draft is read as of that date (the
        month's last day); else None: the one rule for whether a draft's shown date is a month."""
        if not self.month_only or self.date is None or self.date != as_of:
            return None
        return self.date.isoformat()[:7]

    def shown_date(self, as_of: dt.date | None) -> str | None:
        """The date every output shows for the draft read as of ``as_of`` (its own date when None): the
        month as the front matter gives it (``shown_month``), else the ISO day; None with no date at all."""
        day = as_of or self.date
        return self.shown_month(day) or (day.isoformat() if day else None)

    @property
    def about(self) -> list[str]:
        """What the front matter says the draft is about (``about:`` and ``places:``, each a string
        or a list of strings): the places a claim falls back on when nothing nearer names one."""
        out: list[str] = []
        for key in PLACE_KEYS:
            out += [str(v).strip() for v in _place_items(self.front_matter.get(key)) if str(v).strip()]
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
        return paragraph_spans(self.prose, self.body_start, self._paragraph_breaks)  # the breaks read once

    @cached_property
    def _paragraph_breaks(self) -> list[Span]:
        return paragraph_breaks(self.prose, self.body_start)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _paragraph_ends(self) -> list[int]:
        return [p.end for p in self.paragraphs]

    def paragraphs_starting_before(self, offset: int) -> int:
        """How many of ``paragraphs`` start before ``offset`` (a binary search: the claims of a draft of
        100,000 paragraphs each ask)."""
        return bisect.bisect_left(self._paragraph_starts, offset)

    def paragraphs_ending_by(self, offset: int) -> int:
        """How many of ``paragraphs`` end at or before ``offset``."""
        return bisect.bisect_right(self._paragraph_ends, offset)

    @cached_property
    def first_top_heading(self) -> str:
        """The text of the draft's first top-level heading ('# …'); '' when it has none."""
        return next((h.text for h in self.headings if h.level == 1), "")

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


_MASKED_RUN = re.compile(rb"\x01+")


_SLUG_WORD = re.compile(r"[^\W\d_]+")


def url_words(url: str | None) -> str:
    """The words of an address that may say what a page is about: its path and its query's values
    ('…/search?query=inflation+global' → 'search inflation global'); the host names the publisher. A path
    written percent-encoded ('/%D8%A7%D9%84…', as an address of a slug in Arabic or Cyrillic travels) is read
    as a browser shows it, decoded: its words, not its escapes' letters."""
    parts = _parts(url)
    if parts is None:
        return ""
    values = [v for _, v in parse_qsl(parts.query) if not _HOST_NAME.match(v)]
    path = "/".join(segment for segment in unquote(parts.path, errors="replace").split("/")
                    if not _HOST_NAME.match(segment))
    return " ".join(_SLUG_WORD.findall(" ".join([path, *values])))


# A host name written in a path or a query ('/gate/big5/taiwan.cri.cn/…' of a proxy or a mirror, '?u=www.x.com'):
# the host of another site, whose labels name its publisher, never the page's subject. Three labels or more, or
# 'www' and one more, the last of letters: a file's name ('Demography_Of_Russia.html') has two.
_HOST_NAME = re.compile(r"(?i)(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}|www\.[a-z0-9-]+\.[a-z]{2,})$")


def _parts(url: str | None) -> SplitResult | None:
    """The parts of an address; None for none, or one no parser reads ('http://[not-an-ip/…')."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 — an unclosed IPv6 bracket raises only here
    except ValueError:
        return None
    return parts


def url_host_words(url: str | None) -> str:
    """The words of an address's host name but its top-level domain, a 'www' and a language edition's
    label ('ins-cameroun.cm' → 'ins cameroun'; 'russian.people.com.cn' → 'people com'): a country code
    there is no country's name ('.tv', '.io', '.ai' are brands), nor is the language an edition is in."""
    parts = _parts(url)
    host = (parts.hostname or "") if parts is not None else ""
    labels = [label for label in host.split(".")[:-1] if label != "www" and label not in _language_names()]
    return " ".join(_SLUG_WORD.findall(" ".join(labels)))


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    """Languages' English names of one word, lower case ('russian', 'english'), from babel (CLDR): a host
    label that is one names the publisher's edition in that language, not a country."""
    from babel import Locale

    return frozenset(name.lower() for name in Locale("en").languages.values() if " " not in name)


def comment_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """``(start, end)`` of every HTML comment in ``text[start:]``; an unclosed one is not a comment.
    One pass: after an unclosed ``<!--`` nothing later can close, so the scan stops there."""
    spans: list[tuple[int, int]] = []
    cursor = start
    while (opening := text.find("<!--", cursor)) != -1:
        closing = text.find("-->", opening + 4)
        if closing == -1:
            break
        spans.append((opening, closing + 3))
        cursor = closing + 3
    return spans


def mask_markup(text: str, body_start: int = 0) -> str:
    """Same-length copy of ``text`` with front matter and Markdown markup turned to spaces
    (newlines kept). Spans are marked in a byte mask first, then blanked run by run, so the
    cost is linear in the text whatever the number of matches."""
    mask = bytearray(len(text))
    mask[:body_start] = b"\x01" * body_start
    for begin, end in comment_spans(text, body_start):
        mask[begin:end] = b"\x01" * (end - begin)
    for pattern in (_FENCE, _HTML_TAG, _INLINE_CODE, _IMAGE, _LINK_TARGET, _AUTOLINK,
                    _IMAGE_OR_LINK_OPEN, HEADING_MARKER, _LIST_OR_QUOTE, _EMPHASIS, footnote_mark(), trend_mark()):
        for m in pattern.finditer(text, body_start):
            begin, end = m.span()
            if end > begin:
                mask[begin:end] = b"\x01" * (end - begin)
    pieces: list[str] = []
    cursor = 0
    for run in _MASKED_RUN.finditer(mask):
        begin, end = run.span()
        segment = text[begin:end]
        blank = "\n".join(" " * len(line) for line in segment.split("\n")) if "\n" in segment else " " * (end - begin)
        pieces += [text[cursor:begin], blank]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise DraftError.at("the draft is empty", path, 1, 1, hint="write some text in it")
    packed = packed_format(data)
    if packed is not None:
        raise DraftError.at(f"{packed[0]}, not a text draft", path, 1, 1,
                            hint="save the draft as UTF-8 text (Markdown or plain) and name that file")
    encoding = marked_encoding(data)
    if encoding in WIDE_ENCODINGS:  # its NUL bytes are part of its characters, not a binary file's
        text = _wide_text(data, encoding)
        # Notepad saves an empty file as its mark alone
        if data == byte_order_mark(data) or (text is not None and not text.strip()):
            raise DraftError.at("the draft is empty", path, 1, 1, hint="write some text in it")
        if text is not None:
            return text
    utf16 = None if byte_order_mark(data) else unmarked_utf16(data)
    if utf16 is not None:  # not binary: its NUL bytes are half of its characters, and its encoding is unsaid
        raise DraftError.at(f"the draft looks like {utf16} text without a byte-order mark", path, 1, 1,
                            hint="save it as UTF-8, or as UTF-16 with its byte-order mark")
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


def _wide_text(data: bytes, encoding: str) -> str | None:
    """The text of bytes that open with a UTF-16 or UTF-32 byte-order mark, when they read as text: any draft,
    in any script, has a space or a line break; two bytes of junk after a mark read as Chinese characters."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if ("\n" in text or " " in text) and "\x00" not in text[:8192] else None


_FrontMatterLoader = bounded_loader("front matter", MAX_FRONT_MATTER_DEPTH)


def _load_front_matter(block: str, path: str) -> dict[str, object]:
    deep = flow_depth_at(block, MAX_FRONT_MATTER_DEPTH)
    if deep is not None:
        line, column = line_col(block, deep)
        raise DraftError.at(f"front matter is nested more than {MAX_FRONT_MATTER_DEPTH} levels deep", path,
                            line + 1, column, hint="front matter holds flat key: value lines")  # +1: the opening ---
    try:
        loaded, _ = load_bounded(block, _FrontMatterLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1  # +1 for the opening ---, +1 for 1-based
        column = mark.column + 1 if mark else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise DraftError.at(f"front matter is not valid YAML: {problem}", path, line, column,
                            hint="fix the block between the --- lines") from None
    except RecursionError:
        raise DraftError.at("front matter is nested too deeply", path, 2, 1,
                            hint="front matter holds flat key: value lines") from None
    except (ValueError, TypeError, OverflowError) as exc:  # an explicit !!tag that cannot be built
        raise DraftError.at(f"front matter value cannot be read: {exc}", path, 2, 1,
                            hint="fix the block between the --- lines") from None
    if loaded is not None and not isinstance(loaded, dict):
        raise DraftError.at("front matter must be a YAML mapping (key: value lines)", path, 2, 1)
    return loaded or {}


def _load_toml_front_matter(block: str, path: str) -> dict[str, object]:
    """The front matter between '+++' lines, read as TOML (``tomllib``: a key written twice, a lone surrogate's
    escape and an unclosed string are errors there already); its errors as one line at their place."""
    import tomllib

    try:
        return tomllib.loads(block)
    except tomllib.TOMLDecodeError as exc:
        place = _TOML_PLACE.search(str(exc))
        line, column = (int(place.group(1)) + 1, int(place.group(2))) if place else (2, 1)  # +1: the opening +++
        problem = _TOML_PLACE.sub("", str(exc)).strip()
        raise DraftError.at(f"front matter is not valid TOML: {problem}", path, line, column,
                            hint="fix the block between the +++ lines") from None
    except RecursionError:
        raise DraftError.at("front matter is nested too deeply", path, 2, 1,
                            hint="front matter holds flat key = value lines") from None


_MONTH_DATE = re.compile(r"(\d{4})-(\d{2})")


def front_month(value: object) -> dt.date | None:
    """The last day of a front-matter month, ``YYYY-MM`` (a page that shows only the month it was
    published in); None for anything else."""
    found = _MONTH_DATE.fullmatch(str(value).strip()) if isinstance(value, str) else None
    if found is None or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 1:
        return None
    year, month = int(found.group(1)), int(found.group(2))
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _front_date(value: object) -> dt.date | None:
    """A front-matter date: ``YYYY-MM-DD`` or an ISO date-time; None when it is no real date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for parse in (dt.date.fromisoformat, lambda t: dt.datetime.fromisoformat(t).date()):
        try:
            return parse(text)
        except (ValueError, OverflowError):
            continue
    return None


def parse_draft(data: bytes, path: str) -> Draft:
    """Build a Draft from a file's bytes; raise DraftError for input we cannot use."""
    if len(data) > MAX_DRAFT_BYTES:
        raise DraftError.at(f"the draft is larger than {MAX_DRAFT_BYTES // (1024 * 1024)} MB", path,
                            hint="split it; see docs/limits.md")
    # A lone CR ends a line as LF and CRLF do (CommonMark; classic Mac editors save so): read as LF, which keeps
    # every offset, the front matter, paragraphs, headings, tables and each claim's line and column are found.
    text = LONE_CR.sub("\n", _decode(data, path))
    front: dict[str, object] = {}
    body_start = 0
    month_only = False
    match = _FRONT_MATTER.match(text) or _TOML_FRONT_MATTER.match(text)
    if match:
        toml = text.startswith("+")
        front = (_load_toml_front_matter if toml else _load_front_matter)(match.group(1), path)
        body_start = match.end()
        _check_place_keys(front, text, match, path)
        if "date" in front:
            month_end = front_month(front["date"])
            date = month_end or _front_date(front["date"])
            if date is None:
                raise DraftError.at(f"front matter date {_shown(front['date'])} is not an ISO date of a real day"
                                    " or month", path, _front_line(text, match, "date"), 1,
                                    hint="write a real day as YYYY-MM-DD, or the month as YYYY-MM")
            front["date"] = date
            month_only = month_end is not None
    return Draft(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(),
                 front_matter=front, body_start=body_start, month_only=month_only)


def _front_line(text: str, match: re.Match[str], key: str) -> int:
    """The line of ``key:`` in the front matter (the opening ``---`` is line 1)."""
    line = text[: match.start(1)].count("\n") + 1
    for i, row in enumerate(match.group(1).splitlines()):
        if row.startswith(key):
            return line + i
    return line


def _place_items(value: object) -> list[object]:
    """A place key's value as a list: a list as it is, one value as one item, none as none."""
    return value if isinstance(value, list) else [] if value is None else [value]


def _check_place_keys(front: dict[str, object], text: str, match: re.Match[str], path: str) -> None:
    """Each place key holds places: a name has a letter, so a date or a number there ('about: 2023-06-01', a
    date typed on the wrong line) is one line saying so, never a place nothing will ever match."""
    for key in PLACE_KEYS:
        items = _place_items(front.get(key))
        if not all(isinstance(v, (str, int, float)) for v in items):
            raise DraftError.at(f"front matter {key} must be a place or a list of places", path,
                                _front_line(text, match, key), 1,
                                hint=f"write `{key}: Kenya` or `{key}: [Kenya, Uganda]`")
        nameless = next((v for v in items if str(v).strip() and not any(ch.isalpha() for ch in str(v))), None)
        if nameless is not None:
            raise DraftError.at(f"front matter {key} {_shown(nameless)} is no place: a place's name has letters",
                                path, _front_line(text, match, key), 1,
                                hint=f"write `{key}: Kenya`; the day the draft speaks from goes in `date`")


def _shown(value: object, limit: int = 40) -> str:
    text = repr(str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…'"


def load_draft(path: str | Path) -> Draft:
    """Read a draft file; every failure is a DraftError naming the file (regular files only, the
    size checked before reading: see ``readfile.read_regular``)."""
    name = str(path)
    data = read_regular(path, MAX_DRAFT_BYTES, DraftError, "draft")
    if data is None:
        raise DraftError.at("no such file", name, hint="check the path")
    return parse_draft(data, name)
