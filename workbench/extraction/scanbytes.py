"""The text as one byte per character, for the scans that run on RE2 (google-re2).

RE2 reads a text once with an automaton, whatever the size of the pattern, where ``re`` tries
a pattern's branches at every place they could start; it reads bytes and has no look-arounds.
The scan that uses it (``cores``: where numbers start) reads this copy of the text: the same length, offsets unchanged, and every character a scan tells
apart keeping its class. ASCII stays as written; any other character becomes the byte of its
class (table below). Its tests hold it to its ``re`` form on text with every kind of
character.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from typing import Any, Final

# From this many characters of text on, the scans run on RE2: loading it and compiling its patterns
# costs about 50 ms once per process, which a scan of a few hundred kilobytes earns back; a
# news draft of a few pages is scanned by ``re`` and never loads it.
RE2_FROM: Final = 100_000
# Once a process has scanned that many characters in all (one long text, or a stream of paragraphs),
# loading RE2 has paid for itself: every later text of this many characters or more is scanned on
# it too. Below it the copy of the text and the call into RE2 cost more than ``re``'s scan.
RE2_SHORTEST_TEXT: Final = 200
_scanned_chars = 0  # characters this process has asked to scan, up to RE2_FROM


def worth_re2(length: int) -> bool:
    """Whether a text of ``length`` characters is scanned on RE2 (see ``RE2_FROM``)."""
    global _scanned_chars
    if _scanned_chars < RE2_FROM:
        _scanned_chars += length
    return re2_pays(length)


def re2_pays(length: int) -> bool:
    """``worth_re2`` without counting the text: for a second scan of a text the first already counted."""
    return length >= RE2_FROM or (_scanned_chars >= RE2_FROM and length >= RE2_SHORTEST_TEXT)


def worth_re2_each(lengths: list[int]) -> list[bool]:
    """``worth_re2`` of each of a stream of texts' lengths, asked in turn: the count read and written once for the
    stream, not once per text (a module global is a dictionary look-up from compiled code)."""
    global _scanned_chars
    scanned = _scanned_chars
    worth: list[bool] = []
    for length in lengths:
        if scanned < RE2_FROM:
            scanned += length
        worth.append(length >= RE2_FROM or (scanned >= RE2_FROM and length >= RE2_SHORTEST_TEXT))
    _scanned_chars = scanned
    return worth


def re2_pays_each(lengths: list[int]) -> list[bool]:
    """``re2_pays`` of each length, the count read once."""
    scanned = _scanned_chars
    return [length >= RE2_FROM or (scanned >= RE2_FROM and length >= RE2_SHORTEST_TEXT) for length in lengths]

GLYPH: Final = "\x01"  # a fraction glyph ("½"): a word character and a number of its own
EN_DASH: Final = "\x02"  # "–": joins a range, never a sign
OTHER: Final = "\x03"  # any other character that is no word character and no space
DIGIT: Final = "\x04"  # a decimal digit of another script ("٣"): ``\d`` and ``\w``, not ``[0-9]``
CLOSING_QUOTE: Final = "\x05"  # "”"
OPENING_QUOTES: Final = {"“": "\x06", "‘": "\x07"}
SPACE: Final = "\f"  # white space that ``re``'s ``\s`` matches beyond " \t\n\r" (RE2's ``\s`` has \f too)
# The non-ASCII letters ``re`` matches caselessly with an ASCII one (patterns.CASE_INSENSITIVE_EXTRAS):
# "ſix" is "six" to a caseless match, and none is a capital A-Z.
_CASELESS_ASCII: Final = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
WORD_BYTES: Final = r"0-9A-Za-z_\x01\x04"  # what ``\w`` matches, as a character-set body over the copy


class _ScanByte(dict[str, str]):
    """A non-ASCII character's byte, worked out the first time it is met."""

    def __missing__(self, char: str) -> str:
        byte = self[char] = _classify(char)
        return byte


def _classify(char: str) -> str:
    from .cores import GLYPHS  # the fraction glyphs are the candidate scan's

    if char in GLYPHS:
        return GLYPH
    if char in _CASELESS_ASCII:
        return _CASELESS_ASCII[char]
    if char in OPENING_QUOTES:
        return OPENING_QUOTES[char]
    special = {"–": EN_DASH, "’": "'", "”": CLOSING_QUOTE}.get(char)
    if special is not None:
        return special
    if char.isdecimal():
        return DIGIT
    if char.isalnum():
        return "_"
    return SPACE if char.isspace() else OTHER


_SCAN_BYTE: Final = _ScanByte()
# ASCII characters whose byte means something else in the copy: the placeholders, and the
# white space ``re``'s ``\s`` matches and RE2's does not.
_ASCII_FIX: Final = str.maketrans({**{chr(c): OTHER for c in range(1, 8)}, "\x0b": SPACE, "\x1c": SPACE, "\x1d": SPACE,
                            "\x1e": SPACE, "\x1f": SPACE})
_ASCII_TO_FIX: Final = "\x01\x02\x03\x04\x05\x06\x07\x0b\x1c\x1d\x1e\x1f"


def _scan_byte_error(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    return "".join(_SCAN_BYTE[char] for char in error.object[error.start:error.end]), error.end


codecs.register_error("workbench.scan_bytes", _scan_byte_error)


def scan_bytes(text: str) -> bytes:
    """The copy of ``text`` the RE2 scans read: one byte per character."""
    if any(char in text for char in _ASCII_TO_FIX):  # a C search each, not a regex over every character
        text = text.translate(_ASCII_FIX)
    return text.encode("ascii", "workbench.scan_bytes")


# Between the texts of a batch scanned together (``cores.candidates_of_texts``, ``entities.names_written_in``): a
# lead character (no word character, no '.', ',', '/', '-'), no white space and in no number word or name, so no
# match reaches from one text into the next ("lose a" + "third", "fell -" + "5"), and a word at a text's end ends
# there as at ``$``. ``scan_bytes`` keeps it.
TEXT_JOIN: Final = "\x00"


def joined_copy(texts: list[str], separator: str, copy: Callable[[str], bytes]) -> tuple[bytes, list[int]]:
    """``copy(separator.join(texts))`` and where each text's copy starts in it, for a ``copy`` that maps each
    character alone (``scan_bytes``, an encoding) and an ASCII ``separator``. Runs of ASCII texts are joined and
    copied in one call (an ASCII string's copy is one ``memcpy``); any other text is copied alone, as a join holding
    it would be copied character by character, every ASCII text of the batch with it."""
    pieces: list[bytes] = []
    starts: list[int] = []
    run: list[str] = []
    at = 0
    for text in texts:
        if text.isascii():
            run.append(text)
            starts.append(at)
            at += len(text) + 1
            continue
        if run:
            pieces.append(copy(separator.join(run)))
            run = []
        piece = copy(text)
        pieces.append(piece)
        starts.append(at)
        at += len(piece) + 1
    if run:
        pieces.append(copy(separator.join(run)))
    return separator.encode("ascii").join(pieces), starts


def compile_scan(pattern: str) -> Any:
    """An RE2 pattern over the copy (Latin-1: one byte, one character); None without google-re2."""
    try:
        import re2
    except ImportError:  # pragma: no cover — a dependency
        return None
    options = re2.Options()
    options.encoding = re2.Options.Encoding.LATIN1
    return re2.compile(pattern.encode("latin-1"), options=options)


# The spans of a match, group 0 first, or [(-1, -1)]: google-re2's ``Match(anchor, data, pos, endpos)``.
SpanMatch = Callable[[Any, bytes, int, int], list[tuple[int, int]]]


def span_match(compiled: Any) -> tuple[SpanMatch, Any]:
    """The wrapper's own match call and its "unanchored" flag: ``match(flag, data, pos, len(data))[0]`` is the span
    of the pattern's first match at or after ``pos`` ((-1, -1) when there is none). Its ``search`` builds a match
    object through a Python generator, which would cost more than the scan saves; the caller calls the method
    itself, as a function of ours around it costs ~1.5 k instructions a call, compiled."""
    raw = getattr(compiled, "_regexp", None)
    if raw is None or not hasattr(raw, "Match") or not hasattr(raw, "Anchor"):  # pragma: no cover — another wrapper
        def searched(_: Any, data: bytes, pos: int, endpos: int) -> list[tuple[int, int]]:
            found = compiled.search(data, pos, endpos)
            return [found.span() if found else (-1, -1)]
        return searched, None
    return raw.Match, raw.Anchor.UNANCHORED


def compile_spotter(words: list[str]) -> Any:
    """An RE2 alternation of literal words over UTF-8 text (where any of them is written); None without google-re2."""
    try:
        import re2
    except ImportError:  # pragma: no cover — a dependency
        return None
    options = re2.Options()
    options.max_mem = 64 << 20  # a few thousand names: room for the automaton, not the slow fallback
    return re2.compile("|".join(re2.escape(word) for word in sorted(words)).encode("utf-8"), options=options)
