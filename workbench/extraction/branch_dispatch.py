"""An alternation of many branches, tried only where its branches can start.

``re`` tries every branch of ``start(?:b1|b2|…)`` in turn at every position that passes
``start``: a branch that opens with a group or a case-insensitive word is entered before it
fails, so the period pattern's 19 branches cost about 20 branch entries per word start. Each
branch can only open with a few characters ("the", a digit, a capital), read here from the
parsed pattern, and so are the characters each of its first ``PREFIX`` offsets may hold
('in' then a month, not a year). ``FirstCharacterDispatch`` finds the positions ``start`` admits
and matches, at each, only the branches its first characters can open, in their order: the same
matches as ``finditer`` of the whole pattern (tests hold it to that).
"""

from __future__ import annotations

import re
import sys
from typing import Any, Final

_ASCII: Final = tuple(chr(c) for c in range(128))
NO_WORD_BEFORE: Final = r"(?<![\w])"  # a ``start`` opening with this is scanned for the character before (``start_positions``)
_EVERY: Final = frozenset(_ASCII)
# How many characters of a start choose the branches tried there: 'in 2022', 'the 2022' and '2022 and' rule out
# every branch that wants a month, a number of months or a day after their first word or digits.
PREFIX: Final = 8
# Starts met in a long run are forgotten past this many (each one's branches are worked out again when met again).
_KEPT_STARTS = 4096
try:  # ``re``'s private parser: where a Python has another, every branch is tried at every start
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    _ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
    _ONE_CHARACTER = (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY, sre.CATEGORY)
    _REPEATS = tuple(op for op in (getattr(sre, name, None) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"))
                     if op)
except (ImportError, AttributeError):  # pragma: no cover — CPython 3.11+ has them
    sre_compile = sre = sre_parse = None  # type: ignore[assignment]


def _one_character(item: tuple, state: sre_parse.State, flags: int) -> frozenset[str]:
    """The ASCII characters one single-character item accepts, under ``flags``: compiled alone, so
    ``re`` itself says (case folding included)."""
    alone = sre_parse.SubPattern(state, [item])
    pattern = sre_compile.compile(alone, flags)
    return frozenset(c for c in _ASCII if pattern.fullmatch(c))


def _first(items: list, state: sre_parse.State, flags: int) -> tuple[frozenset[str], bool]:
    """The ASCII characters a sequence can open with (a superset), and whether it can match nothing."""
    found: set[str] = set()
    for op, av in items:
        if op in _ONE_CHARACTER:
            return frozenset(found | _one_character((op, av), state, flags)), False
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: what follows opens the match
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            first, empty = _first(sub.data, state, (flags | add) & ~remove)
        elif op is sre.BRANCH:
            parts = [_first(alternative.data, state, flags) for alternative in av[1]]
            first, empty = frozenset().union(*(p[0] for p in parts)), any(p[1] for p in parts)
        elif op in _REPEATS:
            first, empty = _first(av[2].data, state, flags)
            empty = empty or av[0] == 0
        else:  # a back-reference, an atomic group…: anything may open it
            return _EVERY, True
        found |= first
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _mark_any(offsets: set[int], sets: list[set[str]]) -> None:
    """From each of ``offsets`` on, any character may follow."""
    for offset in offsets:
        for i in range(offset, len(sets)):
            sets[i] = set(_EVERY)


def _positions(items: list, state: sre_parse.State, flags: int, offsets: set[int], sets: list[set[str]],
               seen: dict[tuple[str, str, int], frozenset[str]]) -> set[int]:
    """Walk a sequence from the ``offsets`` a match may have reached, adding to ``sets[i]`` the ASCII
    characters offset ``i`` may hold; returns the offsets after it (``len(sets)`` stands for any further)."""
    k = len(sets)
    for op, av in items:
        if not offsets or offsets == {k}:
            return offsets
        if op in _ONE_CHARACTER:
            key = (str(op), repr(av), flags)
            accepted = seen.get(key)
            if accepted is None:
                accepted = seen[key] = _one_character((op, av), state, flags)
            for offset in offsets:
                if offset < k:
                    sets[offset] |= accepted
            offsets = {min(offset + 1, k) for offset in offsets}
        elif op in _ZERO_WIDTH:
            continue  # consumes nothing (a look-around only narrows: leaving it out keeps a superset)
        elif op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            offsets = _positions(sub.data, state, (flags | add) & ~remove, offsets, sets, seen)
        elif op is sre.BRANCH:
            offsets = set().union(*(_positions(alternative.data, state, flags, offsets, sets, seen)
                                    for alternative in av[1]))
        elif op in _REPEATS:
            least, most, sub = av
            reached = set(offsets) if least == 0 else set()
            current = offsets
            # past ``least + k`` repeats, a path reaching an offset under k repeats an empty match: no new offsets;
            # nor once a repeat only reaches offsets the repeats from ``least`` on reached (each offset's own walk
            # adds the same characters and reaches the same offsets whenever it is walked)
            for count in range(1, min(most, least + k + 1) + 1):
                current = _positions(sub.data, state, flags, current, sets, seen)
                if count > least and current <= reached:
                    break
                if count >= least:
                    reached |= current
            offsets = reached
        else:  # a back-reference, an atomic group…: anything may follow
            _mark_any(offsets, sets)
            return {k}
    return offsets


def opening_sets(branch: str, length: int, flags: int = 0,
                 seen: dict[tuple[str, str, int], frozenset[str]] | None = None) -> list[frozenset[str]]:
    """For each of the first ``length`` characters of a match of ``branch``, the ASCII characters it may be
    (a superset; every ASCII character where the match may already have ended). ``seen``: what single
    characters accept, shared by the calls for one pattern's branches (months, years recur in many)."""
    parsed = sre_parse.parse(branch, flags)
    sets: list[set[str]] = [set() for _ in range(length)]
    ends = _positions(parsed.data, parsed.state, parsed.state.flags, {0}, sets, {} if seen is None else seen)
    _mark_any({offset for offset in ends if offset < length}, sets)
    return [frozenset(s) for s in sets]


def first_characters(branch: str, flags: int = 0) -> frozenset[str]:
    """The ASCII characters a match of ``branch`` can start with (every ASCII character when it can be empty)."""
    parsed = sre_parse.parse(branch, flags)
    first, empty = _first(parsed.data, parsed.state, parsed.state.flags)
    return _EVERY if empty else first


def _read_branches(branches: list[str], flags: int) -> tuple[list[frozenset[str]], list[dict[str, int]],
                                                           list[list[frozenset[str]]]]:
    """Each branch's opening characters, group names and the characters of its first ``PREFIX`` positions.
    Parsing the branches costs tens of milliseconds of a cold start, so a run of the command keeps what it read
    in its cache folder, under the branches' text, ``PREFIX`` and the Python whose parser read them."""
    from ..regex_cache import kept_json

    def read() -> dict[str, list[Any]]:
        try:
            openers = ["".join(sorted(first_characters(branch, flags))) for branch in branches]
            names = [dict(sre_parse.parse(branch, flags).state.groupdict) for branch in branches]
            seen: dict[tuple[str, str, int], frozenset[str]] = {}
            prefixes = [["".join(sorted(s)) for s in opening_sets(branch, PREFIX, flags, seen)] for branch in branches]
        except Exception:  # noqa: BLE001 — no introspection of ``re``: every branch opens anywhere
            openers, names = ["".join(_ASCII)] * len(branches), [{} for _ in branches]
            prefixes = [["".join(_ASCII)] * PREFIX for _ in branches]
        return {"openers": openers, "names": names, "prefixes": prefixes}

    def valid(kept: Any) -> bool:
        return (isinstance(kept, dict) and isinstance(kept.get("openers"), list) and isinstance(kept.get("names"), list)
                and isinstance(kept.get("prefixes"), list)
                and len(kept["openers"]) == len(kept["names"]) == len(kept["prefixes"]) == len(branches)
                and all(isinstance(o, str) for o in kept["openers"]) and all(isinstance(n, dict) for n in kept["names"])
                and all(isinstance(p, list) and len(p) == PREFIX and all(isinstance(c, str) for c in p)
                        for p in kept["prefixes"]))

    sources = [sys.version.encode(), str(flags).encode(), str(PREFIX).encode(),
               *(branch.encode("utf-8", "surrogatepass") for branch in branches)]
    kept = kept_json("branch_openers", sources, read, valid)
    return ([frozenset(o) for o in kept["openers"]], kept["names"],
            [[frozenset(c) for c in p] for p in kept["prefixes"]])


def _looks_forward_only(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` matches the empty string alone and looks at nothing before where it is tried: look-aheads
    and nothing else (a look-behind or a word boundary would see past the start of a window's copy)."""
    if sre_parse is None:  # pragma: no cover — CPython 3.11+ has it
        return False
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:  # pragma: no cover — the caller compiled it
        return False
    return all(op in (sre.ASSERT, sre.ASSERT_NOT) and item[0] == 1 for op, item in parsed) and not _looks_behind(parsed)


def _looks_behind(node: Any) -> bool:
    """Whether a parsed pattern holds a look-behind anywhere, inside look-aheads, groups and branches too."""
    if isinstance(node, sre_parse.SubPattern):
        return any(op in (sre.ASSERT, sre.ASSERT_NOT) and item[0] == -1 or _looks_behind(item) for op, item in node)
    if isinstance(node, (tuple, list)):
        return any(_looks_behind(part) for part in node)
    return False


class FirstCharacterDispatch:
    """``re.compile(start + "(?:" + "|".join(branches) + ")")``, matched branch by first characters.

    Each set of branches is compiled the first time a text needs it (most texts need a few).
    """

    def __init__(self, start: str, branches: list[str], flags: int = 0) -> None:
        self.whole = re.compile(rf"{start}(?:{'|'.join(branches)})", flags)
        self.branches, self.flags = branches, flags
        openers, self._names, self._prefixes = _read_branches(branches, flags)
        self.chosen = {c: tuple(i for i, first in enumerate(openers) if c in first) for c in _ASCII}
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._by_character: dict[str, re.Pattern[str]] = {}
        # the first ``PREFIX`` characters of a start (all ASCII) → the branches they can open, or None (in a
        # tuple: one lookup, which another thread's clearing cannot split)
        self._by_start: dict[str, tuple[re.Pattern[str] | None]] = {}
        # Zero-width: where ``whole`` may match, at an ASCII character some branch opens with or any other.
        opening = "".join(re.escape(c) for c in _ASCII if self.chosen[c])
        self.starts = re.compile(rf"{start}(?=[{opening}]|[^\x00-\x7f])", flags)
        # A start that wants no word character before it is scanned for as that character, consumed: ``re``
        # skips to each one with a set test where the look-behind was tried at every position, and the
        # opening test comes before ``start``'s own. A match ends where ``starts`` would match.
        self._after_break: re.Pattern[str] | None = None
        self._split_starts = False
        if start.startswith(NO_WORD_BEFORE):
            rest = start[len(NO_WORD_BEFORE):]
            self._after_break = re.compile(rf"[^\w](?=[{opening}]|[^\x00-\x7f])(?={rest})", flags)
            # Each match is then the one character before a start: the starts can be read from the lengths of the
            # pieces ``split`` cuts (no group to split out, ``rest`` looking at nothing before that character).
            self._split_starts = self._after_break.groups == 0 and _looks_forward_only(rest, flags)

    def _branches(self, chosen: tuple[int, ...]) -> re.Pattern[str] | None:
        """One pattern of the ``chosen`` branches, in their order."""
        if not chosen:
            return None
        pattern = self._compiled.get(chosen)
        if pattern is None:
            # The other branches' group names stay, as empty groups behind a failing arm: a reader
            # may ask for a sibling branch's group (None, as in ``whole``).
            names = sorted({name for i, groups in enumerate(self._names) if i not in chosen for name in groups}
                           - {name for i in chosen for name in self._names[i]})
            spare = "|(?!)" + "".join(f"(?P<{name}>)" for name in names) if names else ""
            pattern = self._compiled[chosen] = re.compile(
                "(?:" + "|".join(self.branches[i] for i in chosen) + spare + ")", self.flags)
        return pattern

    def pattern_for(self, character: str) -> re.Pattern[str] | None:
        """The branches ``character`` can open, in their order (all of them for a non-ASCII one)."""
        known = self._by_character.get(character)
        if known is not None:
            return known
        chosen = self.chosen.get(character)
        if chosen is None:
            return self.whole  # a non-ASCII character: not remembered, or the cache grows with every CJK one
        pattern = self._branches(chosen)
        if pattern is not None:
            self._by_character[character] = pattern
        return pattern

    def pattern_for_start(self, start: str) -> re.Pattern[str] | None:
        """The branches that can open with ``start``, one to ``PREFIX`` ASCII characters, in their order."""
        prefixes = self._prefixes
        chosen = tuple(i for i in self.chosen[start[0]]
                       if all(start[j] in prefixes[i][j] for j in range(1, len(start))))
        pattern = self._branches(chosen)
        if len(self._by_start) >= _KEPT_STARTS:
            self._by_start.clear()
        self._by_start[start] = (pattern,)
        return pattern

    def start_positions(self, text: str, low: int, high: int) -> list[int]:
        """Where ``starts`` matches in ``text[low:high]`` (``finditer``'s positions)."""
        after_break = self._after_break
        if after_break is None:
            return [m.start() for m in self.starts.finditer(text, low, high)]
        # the text's first character has none before it; any other's is consumed, so the scan starts one back
        found = [0] if low == 0 and self.starts.match(text, 0, high) is not None else []
        at = max(0, low - 1)
        if not self._split_starts:
            found += [m.end() for m in after_break.finditer(text, at, high)]
            return found
        # ``finditer``'s match ends, each one past the end of a piece ``split`` cuts from the window's copy: one call and a
        # string a start, where ``finditer`` made a match object, an iterator step and an ``end()`` call for each
        # (a start is where a period may open, a window's digits, capitals and many short words: ~2 k instructions each)
        for piece in after_break.split(text[at:high])[:-1]:
            at += len(piece) + 1
            found.append(at)
        return found

    def matches(self, text: str, low: int, high: int) -> list[re.Match[str]]:
        """What ``whole.finditer(text, low, high)`` finds."""
        found: list[re.Match[str]] = []
        after = low
        by_character, by_start = self._by_character, self._by_start
        for at in self.start_positions(text, low, high):
            if at < after:
                continue
            # the branches its first ``PREFIX`` characters (fewer at the window's end) can open; by its
            # first alone where one of them is not ASCII (``re`` folds some such letters onto ASCII ones)
            start = text[at:at + PREFIX if at + PREFIX < high else high]
            if start.isascii():
                known = by_start.get(start)
                pattern = known[0] if known is not None else self.pattern_for_start(start)
            else:
                pattern = by_character.get(text[at]) or self.pattern_for(text[at])
            if pattern is None:
                continue
            m = pattern.match(text, at, high)
            if m is not None:
                found.append(m)
                after = m.end() if m.end() > at else at + 1
        return found
