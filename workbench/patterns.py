"""Regex building blocks for word lists: alternations compiled as a trie, so big lists stay fast.

Python's ``re`` tries the branches of ``a|b|c`` one by one at every position; a list of 300
names costs 300 attempts per character. Grouping branches by shared prefix
(``A(?:fghanistan|lbania|…)|B(?:…)``) lets the engine reject a position on its first character.
"""

from __future__ import annotations

from typing import Final

import hashlib
import re
from collections.abc import Callable, Iterable

# A year as news writes one, 1800–2099; and the wider 1800–2199, where a table or a projection may name a
# later year. Four digits only: callers add the look-arounds that keep them from the middle of a number.
YEAR_1800_TO_2099: Final = r"(?:1[89]|20)\d\d"
YEAR_1800_TO_2199: Final = r"(?:1[89]|2[01])\d\d"
# 1600–2099 and 1600–2199: a base or era year, which history may set centuries back.
YEAR_1600_TO_2099: Final = r"(?:1[6-9]|20)\d\d"
YEAR_1600_TO_2199: Final = r"(?:1[6-9]|20|21)\d\d"
# A year and the next written after a hyphen, slash or dash, the notation of a fiscal or season year; group 1
# is the year, group 2 what names the next (``names_next_year``). Two readers, two spellings:
# '2022-23', '2019/20', '2022 – 23': the next year's last two digits only, not a figure's ('2022-23 %')
YEAR_AND_NEXT_TWO_DIGITS: Final = re.compile(rf"(?<![\d.,])({YEAR_1800_TO_2199})\s?[-\u2013/]\s?(\d\d)(?!\d|[.,]\d|\s?%)")
# '2016/2017', '2016/17', '2016-17': unspaced, the next year in two or four digits
YEAR_AND_NEXT_UNSPACED: Final = re.compile(r"\b(\d{4})[/-](\d{2}|\d{4})\b")


def names_next_year(year: str, next_year: str) -> bool:
    """Whether ``next_year`` (two or four digits) names the year after ``year``: '2016' then '17' or '2017'."""
    return int(next_year) == (int(year) + 1) % (100 if len(next_year) == 2 else 10_000)

# (key, build) → the pattern text: set by ``regex_cache.install`` in a run of the command, which keeps
# the texts between runs (rendering the vocabularies' tries is ~20 ms of every cold start).
TextMemo = Callable[[str, Callable[[], str]], str]
_memo: list[TextMemo] = []


def keep_texts(memo: TextMemo) -> None:
    """Have ``trie_regex`` ask ``memo`` for a word list's pattern before rendering it."""
    _memo[:] = [memo]


def trie_regex(words: Iterable[str], flexible_space: bool = False) -> str:
    """One regex alternation matching exactly the given words, longest match preferred."""
    unique = sorted(set(words))
    if not _memo:
        return _trie_text(unique, flexible_space)
    listed = "\0".join(unique).encode("utf-8", "surrogatepass")
    key = f"{hashlib.blake2b(listed, digest_size=16).hexdigest()}:{len(unique)}:{int(flexible_space)}"
    return _memo[0](key, lambda: _trie_text(unique, flexible_space))


def _trie_text(words: list[str], flexible_space: bool) -> str:
    return _render(_trie(words), flexible_space) or "(?!)"


def _trie(words: Iterable[str]) -> dict[str, dict]:
    """Nested dicts by character; the key "" marks the end of a word."""
    trie: dict[str, dict] = {}
    for word in sorted(set(words)):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _render(node: dict[str, dict], flexible_space: bool) -> str:
    ends_here = "" in node
    branches = []
    for char in sorted((c for c in node if c), key=_space_last) if len(node) > 1 else node:
        if not char:
            continue
        # A run of characters each with one follower renders as those characters in a row: walk
        # it here instead of one call per character (most of a list of names is such runs).
        pieces = [_piece(char, flexible_space)]
        child = node[char]
        while len(child) == 1 and "" not in child:
            (char, child), = child.items()
            pieces.append(_piece(char, flexible_space))
        pieces.append(_render(child, flexible_space))
        branches.append("".join(pieces))
    if not branches:
        return ""
    # Longer branches are tried before stopping here, so the longest word wins.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


def _space_last(char: str) -> tuple[bool, str]:
    return char == " ", char


def _piece(char: str, flexible_space: bool) -> str:
    return r"\s+" if char == " " and flexible_space else _escaped(char)


_ESCAPED: Final[dict[str, str]] = {}


def _escaped(char: str) -> str:
    found = _ESCAPED.get(char)
    if found is None:
        found = _ESCAPED[char] = re.escape(char)
    return found


def scannable_trie(words: Iterable[str], guard: str = "", tail: str = "") -> str:
    """Like ``trie_regex``, but every top-level branch starts with a plain literal character.

    When every branch of a pattern starts with a literal, ``re`` scans for those first
    characters in C and tries the pattern only there. That is a large win when the first
    characters are rare in running text (capital letters), and a loss when they are common
    (lower-case letters): use it for proper names. ``guard`` goes right after the first
    character (e.g. ``(?<![\\w-].)``: "the character before this one is no letter"), ``tail``
    after every branch.
    """
    trie = _trie(words)
    branches = [re.escape(char) + guard + _render(trie[char], False) + tail for char in sorted(c for c in trie if c)]
    return "|".join(branches) or "(?!)"


# The only non-ASCII characters Python's ``re`` matches case-insensitively with an ASCII letter
# (Kelvin sign, long s, dotted and dotless i); tests/test_extraction_patterns.py checks this
# against every code point, so a new Unicode version cannot silently change it.
CASE_INSENSITIVE_EXTRAS: Final = "\u0130\u0131\u017f\u212a"


def word_endings(words: Iterable[str]) -> tuple[str, ...] | None:
    """The last words of ``words``, lower case, for ``may_end_with_word``; None (no shortcut) when one is blank or not
    ASCII: ``re`` folds a few other letters onto ASCII ones (``CASE_INSENSITIVE_EXTRAS``), which ``str.lower`` does not."""
    endings = [word.split()[-1].lower() if word.split() else "" for word in words]
    if not endings or not all(ending and ending.isascii() for ending in endings):
        return None
    return tuple(sorted(set(endings)))


def may_end_with_word(prose: str, low: int, end: int, endings: tuple[str, ...] | None) -> bool:
    """Whether a search for ``(?:words)\\s+\\Z`` (or ``[ \\t]+\\Z``) in ``prose[low:end]`` may match, its words' last words
    ``endings`` (``word_endings``): white space right before ``end`` and, before that run, one of those words in any
    case. No match where this says no; a stretch that is not ASCII goes to the pattern. Most figures follow another
    word, and the search, a pattern tried at every position of the window, is skipped."""
    if endings is None:
        return True
    at = end
    while at > low and prose[at - 1].isspace():
        at -= 1
    if at == end:
        return False
    before = prose[low:at]
    return not before.isascii() or before.lower().endswith(endings)


def caseless_literal_first(alternatives: dict[str, str], guard: str = "") -> str:
    """Case-insensitive branches, each opening with a plain literal character.

    ``alternatives`` maps a lower-case first letter to the (case-insensitive) regex for the
    rest of the word. ``(?i:one|two)`` makes ``re`` compare every character case-folded and try
    every branch; spelling the first character out (``o(?i:ne)|O(?i:ne)|t(?i:wo)|T(?i:wo)``)
    lets it reject a position with one plain comparison per branch. Matches exactly what
    ``(?i:…)`` matches, the non-ASCII case variants of the first letter included. ``guard``
    goes right after the first character, as in ``scannable_trie``.
    """
    branches = []
    for letter, rest in sorted(alternatives.items()):
        branches += [re.escape(variant) + guard + f"(?i:{rest})" for variant in sorted(_case_variants(letter))]
    return "|".join(branches) or "(?!)"


def _case_variants(letter: str) -> set[str]:
    """Every character ``(?i:letter)`` matches: both cases, and the non-ASCII ones ``re`` folds to it."""
    return {letter, letter.upper()} | {c for c in CASE_INSENSITIVE_EXTRAS if re.fullmatch(f"(?i:{re.escape(letter)})", c)}


def caseless_first_characters(alternatives: dict[str, str]) -> str:
    """The characters a branch of ``caseless_literal_first(alternatives)`` can open with, escaped
    for a character set: a look-ahead of them rejects most positions in one test, before ``re``
    compares the position with each branch's literal in turn."""
    return "".join(re.escape(c) for letter in sorted(alternatives) for c in sorted(_case_variants(letter)))


def word_rests(words: list[str], flexible_space: bool = False) -> dict[str, str]:
    """Words by lower-case first letter → a regex for the rest of them (for ``caseless_literal_first``)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0].lower(), []).append(word[1:])
    return {letter: rf"(?:{trie_regex(rest, flexible_space)}){'?' if '' in rest else ''}"
            for letter, rest in rests.items()}


def reversed_words(words: Iterable[str]) -> str:
    """An alternation of the words spelt backwards, for a ``Behind`` pattern."""
    return trie_regex([w[::-1] for w in words], flexible_space=True)


class BehindMatch:
    """A match found by ``Behind``, with offsets and groups in forward terms."""

    __slots__ = ("_m", "_n")

    def __init__(self, m: re.Match[str], n: int) -> None:
        self._m, self._n = m, n

    def start(self) -> int:
        return self._n - self._m.end()

    def group(self, name: str | int = 0) -> str:
        return (self._m.group(name) or "")[::-1]


class Behind:
    """A pattern that must end exactly where a window ends ("more than " before a number).

    Written reversed (its words through ``reversed_words``) and matched, anchored, on the
    reversed window: one attempt instead of a search that tries every start of the window.
    """

    def __init__(self, reversed_pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(reversed_pattern, flags)

    def found(self, reversed_text: str, pos: int, width: int) -> bool:
        """Whether the pattern ends at ``pos`` within the ``width`` characters before it.

        ``reversed_text`` is the whole text reversed once, so no window is sliced and reversed
        per call; ``endpos`` keeps the match inside the window.
        """
        n = len(reversed_text)
        return self.pattern.match(reversed_text, n - pos, n - pos + width) is not None  # re clamps endpos

    def start_at_end(self, text: str) -> int | None:
        """Where the pattern starts if it ends exactly where ``text`` ends (a short string, reversed here)."""
        m = self.pattern.match(text[::-1])
        return len(text) - m.end() if m else None

    def before(self, reversed_text: str, pos: int, width: int) -> BehindMatch | None:
        """Like ``found``, with the match; its ``start()`` is an offset into the forward text."""
        n = len(reversed_text)
        m = self.pattern.match(reversed_text, n - pos, n - pos + width)
        return BehindMatch(m, n) if m else None


class WordBefore:
    """``Behind(rf"\\s+{reversed_words([word])}(?![\\w])", re.I).found`` for one word of ASCII letters that ``re``
    folds onto no other character (not in ``CASE_INSENSITIVE_EXTRAS``), read with ``str`` methods: white space
    right before ``pos``, the word before it in any case, and no word character before the word, all within
    ``width`` characters. "by" before a figure is asked several times of most figures; a ``re`` call costs
    ~2-3 k instructions where these tests cost a few hundred (tests/test_extraction_patterns.py holds the two
    alike)."""

    def __init__(self, word: str) -> None:
        assert word.isascii() and word.isalpha() and all(_case_variants(c) == {c, c.upper()} for c in word.lower())
        self.reversed_word = word.lower()[::-1]

    def found(self, reversed_text: str, pos: int, width: int) -> bool:
        """Whether the word and white space end at ``pos`` within the ``width`` characters before it."""
        n = len(reversed_text)
        at = n - pos
        end = min(n, at + width)  # (``re`` clamps endpos; its look-ahead takes the window's end for no word character)
        i = at
        while i < end and reversed_text[i].isspace():
            i += 1
        word_end = i + len(self.reversed_word)
        if i == at or word_end > end or reversed_text[i:word_end].lower() != self.reversed_word:
            return False
        return word_end == end or not (reversed_text[word_end].isalnum() or reversed_text[word_end] == "_")
