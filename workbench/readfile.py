"""Reading a whole file safely: regular files only, the size checked before reading.

A FIFO or a device named as a draft or a ledger would block or never end, and reading a file
whole before checking its size lets one huge file take all the memory. ``read_regular`` opens
without blocking, refuses anything but a regular file, refuses a file over ``limit`` bytes from
its size on disk, and never reads more than ``limit`` + 1 bytes (a file growing meanwhile).
"""

from __future__ import annotations

import codecs
import errno
import functools
import json
import math
import os
import re
import stat
from typing import Any

from .errors import WorkbenchError
from .paths import shown_name, undecodable


def read_regular(path: str | os.PathLike[str], limit: int, error: type[WorkbenchError], what: str) -> bytes | None:
    """The bytes of ``path``; None when it does not exist; ``error`` (one line) for anything else."""
    name = os.fspath(path)
    if "\x00" in str(name):
        raise error.at("the path contains a NUL byte", repr(name)[1:-1], hint="check the path")
    if undecodable(name):
        raise error.at("the file name is not UTF-8 text", shown_name(name),
                       hint="rename the file; its name was written in another encoding")
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise error.at(f"is a folder, not a {what}", str(name)) from None
        raise error.at(f"cannot read the {what}: {exc.strerror}", str(name)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error.at(f"is a folder, not a {what}", str(name))
        if not stat.S_ISREG(info.st_mode):
            raise error.at(f"is not a regular file (a pipe, socket or device), so it cannot be a {what}", str(name),
                           hint="name a regular file")
        if info.st_size > limit:
            raise error.at(f"the {what} is {info.st_size / 1024 / 1024:.1f} MB; the limit is "
                           f"{limit / 1024 / 1024:g} MB", str(name), hint="see docs/limits.md")
        data = _read_at_most(fd, limit + 1)
    except OSError as exc:
        raise error.at(f"cannot read the {what}: {exc.strerror}", str(name)) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise error.at(f"the {what} grew past the limit of {limit / 1024 / 1024:g} MB while being read", str(name))
    return data


def open_regular(path: str | os.PathLike[str]) -> int | None:
    """A descriptor of ``path`` open for reading when it is a regular file, else None (missing, unreadable, a
    folder, a pipe, a socket, a device): for the caches, where any of those is only a miss. Opened without
    blocking, as a FIFO's open waits for a writer that never comes; the caller closes it."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except (OSError, ValueError):
        return None
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def cached_bytes(path: str | os.PathLike[str]) -> bytes | None:
    """The bytes of a cache file; None for anything ``open_regular`` does not open."""
    fd = open_regular(path)
    if fd is None:
        return None
    try:
        return _read_at_most(fd, os.fstat(fd).st_size + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit and (chunk := os.read(fd, min(1 << 20, limit - size))):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


_UTF8_NAMES = ("utf-8", "utf8", "utf-8-sig")
# UTF-32 first: its little-endian mark (FF FE 00 00) opens with UTF-16's (FF FE), and a UTF-16 text whose
# first character is NUL is no text at all.
_BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
WIDE_ENCODINGS = ("utf-16", "utf-32")  # what a byte-order mark alone names: NUL bytes are part of their text


def byte_order_mark(data: bytes) -> bytes:
    """The UTF-16 or UTF-32 byte-order mark ``data`` opens with, or nothing."""
    return next((mark for mark, _ in _BYTE_ORDER_MARKS if data.startswith(mark)), b"")


def marked_encoding(data: bytes, declared: str | None = None) -> str:
    """The encoding to read a text file's bytes with: the declared one (UTF-8 by default), unless that is
    UTF-8 and the bytes open with a UTF-16 or UTF-32 byte-order mark, which no UTF-8 text can: Notepad's and
    Excel's "Unicode" and many Windows exports are UTF-16 (some tools save UTF-32), and their authors rarely
    say so."""
    encoding = (declared or "utf-8").lower().replace("_", "-")
    if encoding in _UTF8_NAMES:
        return next((name for mark, name in _BYTE_ORDER_MARKS if data.startswith(mark)), "utf-8-sig")
    if not _reads_any_bytes(encoding):
        raise LookupError(f"{declared!r} is no encoding a text file is written in")
    return encoding


def unmarked_utf16(data: bytes, sample: int = 4096) -> str | None:
    """Which byte order of UTF-16 ('UTF-16LE', 'UTF-16BE') ``data`` is written in without a byte-order mark, when
    its opening bytes say so plainly, else None: text in a Latin script saved so (some Windows tools and exports
    leave the mark out) has a NUL as every other byte and none in between, which no binary file keeps up."""
    head = data[: sample - sample % 2]
    if len(head) < 8 or len(data) % 2:
        return None
    pairs = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= 0.9 * pairs and even == 0:
        return "UTF-16LE"
    if even >= 0.9 * pairs and odd == 0:
        return "UTF-16BE"
    return None


# What publishers ship beside CSV, by the bytes every such file opens with: compressed files (a
# resource's "compression", a download saved as is) and workbooks. No text file opens with these bytes,
# and decoding them as text would only report an undecodable byte and advise declaring an encoding.
GZIP_MAGIC = b"\x1f\x8b"
_PACKED: tuple[tuple[bytes, str, str], ...] = (
    (GZIP_MAGIC, "a gzip-compressed file", "decompress it (gunzip) and name the text file"),
    (b"PK\x03\x04", "a zip archive or an Excel/OpenDocument workbook (.xlsx, .ods)",
     "extract the CSV, or save the sheet as CSV UTF-8, and name that file"),
    (b"PK\x05\x06", "an empty zip archive", "name the CSV itself"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel 97-2003 workbook (.xls)", "save the sheet as CSV UTF-8 and name that file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file", "decompress it (unxz) and name the text file"),
    (b"(\xb5/\xfd", "a zstd-compressed file", "decompress it (unzstd) and name the text file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "extract the CSV and name that file"),
    (b"%PDF-", "a PDF document", "find the table as CSV, or copy its figures into one"),
    (b"SQLite format 3\x00", "an SQLite database", "export the table as CSV and name that file"),
)
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")


def packed_format(data: bytes) -> tuple[str, str] | None:
    """(what the bytes are, what to do) when they are a compressed file, an archive or a workbook, not text."""
    for magic, what, todo in _PACKED:
        if data.startswith(magic):
            return what, todo
    if _BZIP2.match(data):
        return "a bzip2-compressed file", "decompress it (bunzip2) and name the text file"
    if data.startswith(b"PAR1") and data.endswith(b"PAR1"):
        return "a Parquet file", "export the table as CSV and name that file"
    return None


@functools.lru_cache(maxsize=64)
def _reads_any_bytes(encoding: str) -> bool:
    """Whether ``encoding`` names a codec that reads any bytes as text, replacing what it cannot read. Python's
    codec registry also holds bytes-to-bytes codecs (base64, zlib: LookupError), codecs that refuse every byte
    ('undefined'), take no error handler ('idna') or read ASCII only ('punycode') whatever the handler, and a
    name with a NUL byte is a ValueError of the lookup itself: none of them is a file's encoding."""
    try:
        bytes(range(256)).decode(encoding, errors="replace")
    except (LookupError, ValueError):  # UnicodeError is a ValueError
        return False
    return True


NESTED_TOO_DEEPLY = "nested too deeply"
# A line ended by CR alone (classic Mac editors save so): CommonMark and JSON read it as a line break, TOML does not.
LONE_CR = re.compile(r"\r(?!\n)")
# What other tools end a line with (an EBCDIC conversion's NEL, Unicode's line and paragraph separators, ASCII's
# record separator), which a CSV reader keeps inside a row.
FOREIGN_LINE_END = re.compile("[\x1e\x85\u2028\u2029]")
UNRESOLVED_MERGE = "an unresolved merge conflict; keep one side's lines and delete the marker lines"
# Git's conflict markers (diff3 adds the '|||||||' one): seven of one character opening a line.
_MERGE_MARKER = re.compile(r"^(?:<{7}|\|{7}|={7}|>{7})(?: |\r?$)", re.MULTILINE)


def parse_json(text: str | bytes, unique_names: bool = False) -> Any:
    """JSON from a user's file or a server's answer: a whole number longer than Python converts to an int
    (4,300 digits) is read as the float it is (inf), as a decimal too large already is, not a ValueError
    that no reader's ``except json.JSONDecodeError`` catches; JSON nested deeper than Python's recursion
    limit is a ``json.JSONDecodeError`` (``NESTED_TOO_DEEPLY``) too, not a RecursionError. A text that
    does not parse because a merge left Git's conflict markers in it says so, at the first marker.

    ``unique_names``: a name twice in one object (a hand merge pasting an entry in twice) is a
    ``json.JSONDecodeError`` at its second occurrence, where ``json`` keeps the last in silence and a
    file written back would lose the first — for the files people edit (ledgers, baselines, descriptors)."""
    try:
        value = json.loads(text, parse_int=_json_int, object_pairs_hook=_unique_object if unique_names else None)
    except RecursionError:
        raise json.JSONDecodeError(NESTED_TOO_DEEPLY, text if isinstance(text, str) else "", 0) from None
    except _DuplicateName as duplicate:
        shown = text if isinstance(text, str) else text.decode("utf-8", "replace")
        raise json.JSONDecodeError(f"the name {duplicate.name!r} appears twice in one object; keep one of them",
                                   shown, _second_name_at(shown)) from None
    except json.JSONDecodeError as error:
        marker = merge_marker_at(error.doc)
        if marker is None:
            raise
        raise json.JSONDecodeError(UNRESOLVED_MERGE, error.doc, marker) from None
    if _SURROGATE_ESCAPES[bytes if isinstance(text, bytes) else str].search(text) and _holds_half_a_character(value):
        shown = text if isinstance(text, str) else text.decode("utf-8", "replace")
        lone = _LONE_SURROGATE_ESCAPE.search(shown)
        raise json.JSONDecodeError(HALF_A_CHARACTER, shown, lone.start() if lone else 0)
    return value


HALF_A_CHARACTER = "a \\uD800-\\uDFFF escape that is half of a character"
# JSON writes a character beyond the first 65,536 as two such escapes, which json joins; one alone is read as a
# lone surrogate, which no UTF-8 file, report or ledger can hold (a server's label, a hand-edited ledger).
_SURROGATE_ESCAPE = r"\\u[dD][89a-fA-F]"
_SURROGATE_ESCAPES = {str: re.compile(_SURROGATE_ESCAPE), bytes: re.compile(_SURROGATE_ESCAPE.encode())}
_LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])"
                                    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")
SURROGATE = re.compile("[\ud800-\udfff]")  # half of a UTF-16 pair, which no UTF-8 text can hold


def _holds_half_a_character(value: Any) -> bool:
    """Whether a string (or name) anywhere in parsed JSON ``value`` holds a lone surrogate."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            pending += item.keys()
            pending += item.values()
        elif isinstance(item, list):
            pending += item
    return False


def merge_marker_at(text: str) -> int | None:
    """Where the first of Git's conflict markers (``<<<<<<< HEAD``, ``=======``, ``>>>>>>> branch``) opens a
    line of ``text``; None when there is none."""
    found = _MERGE_MARKER.search(text)
    return found.start() if found else None


class _DuplicateName(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for name, _ in pairs:
            if name in seen:
                raise _DuplicateName(name)
            seen.add(name)
    return found


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"\s*:?|[{}\[\]]')


def _second_name_at(text: str) -> int:
    """The offset of the first name of valid JSON ``text`` that its object already has (0 when none)."""
    names: list[set[str] | None] = []  # one entry per open object (its names) or array (None)
    for token in _JSON_TOKEN.finditer(text):
        opened = token.group()
        if opened in ("{", "["):
            names.append(set() if opened == "{" else None)
        elif opened in ("}", "]"):
            if names:
                names.pop()
        elif opened.endswith(":") and names and names[-1] is not None:
            name = json.loads(opened.rstrip(": \t\r\n"))
            if name in names[-1]:
                return token.start()
            names[-1].add(name)
    return 0


def _json_int(digits: str) -> int | float:
    """A whole number beyond float range (309 digits or more) is read as the float it is (inf): every reader
    converts values with float(), which raises OverflowError on such an int."""
    length = len(digits.lstrip("-"))
    if length >= 309:
        return float(digits)
    return int(digits)


def written_json(value: Any, error: type[WorkbenchError], where: str, indent: int | None = None) -> str:
    """``value`` as JSON text every strict reader reads back. A number beyond float range (``1e999`` or a whole
    number of 309 digits or more, read as inf by ``parse_json``) has no JSON spelling: ``json.dumps`` would
    write ``Infinity``, which no JSON reader accepts, so it is ``error`` (one line) naming where it sits."""
    try:
        return json.dumps(value, indent=indent, ensure_ascii=False, allow_nan=False)
    except ValueError:
        place = _not_finite_at(value, "") or "a value"
        raise error.at(f"{place} is a number beyond float range, which JSON cannot write back; the file was "
                       "left unchanged", where, hint="write the number within range, or as text") from None


def _not_finite_at(value: Any, place: str) -> str | None:
    """Where in ``value`` the first infinite or NaN number sits ('resources[0].x_size'), None when none does."""
    if isinstance(value, float) and not math.isfinite(value):
        return place or "the value"
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        inner = f"{place}[{key}]" if isinstance(key, int) else f"{place}.{key}" if place else str(key)
        found = _not_finite_at(item, inner)
        if found is not None:
            return found
    return None
