"""Compiled regular expressions kept between runs of the command, so a cold start skips compiling them.

The vocabularies compile to a few hundred large patterns (every currency, unit, scale and place
name as an alternation); ``re`` parses and compiles them anew in every process, about 0.4 s of a
cold `workbench check` of one draft, more than the check itself. ``install`` makes ``re`` build
a pattern from the code an earlier run of the same Python compiled for the same pattern text and
flags, and write at exit what it had to compile.

What is kept is exactly what ``re`` hands its engine (``_sre.compile``: the code, the flags and
the group names), in a file named after the Python build and the engine's version, each entry
under a digest of its pattern text and flags (the text itself, hundreds of kilobytes of
alternations, would cost every run parsing it back; the caller has it already). The file is
mapped, not read: a run touches only the code of the patterns it builds, and checks each entry's
checksum when it uses it (a file several Python checkouts share holds thousands of patterns, ten
megabytes a run would otherwise read and hash). The engine checks the code when it builds a
pattern; an entry that does not match its checksum or holds code the engine refuses, and a file
that cannot be read, are ignored and ``re`` compiles as always. Only a run of the
command installs it (``workbench.cli.main`` called as a program): the library, the app and the
tests compile as ``re`` always does.

The word lists' alternations (``patterns.trie_regex``) are kept as text the same way, in a file
named after the code that renders them, under a digest of each word list.

``kept_json`` keeps, the same way and in the same folder, a table the vocabularies derive from
installed libraries at start-up (the currency table reads CLDR through babel: ~45 ms a run),
under a digest of what it is made from: the package's code and data (``code_version``) and the
versions of the libraries it reads.

Every file is written whole under a temporary name in the same folder and moved into place
(``os.replace``), and every read checks a checksum, so processes started together on one folder
never read another's half-written file: at worst each builds what it needs itself.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import mmap
import os
import re
import sys
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from .atomic import forget, make_folder, new_temp_file, remove, remove_unfinished
from .cache_prune import mark_used, prune
from .readfile import cached_bytes, open_regular

try:  # CPython 3.11+; anywhere else the cache is simply not installed
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = None  # type: ignore[assignment]

_FORMAT = "claim-workbench-regex-cache/3"
# Past these, a file keeps only what the last run used: one process uses about 500 patterns
# and 250,000 code words, and each reference package adds its own gazetteer pattern.
_MAX_PATTERNS = 4000
_MAX_CODE_WORDS = 4_000_000

# digest of (pattern, flags) → (flags as compiled, code, number of groups, group names)
Entry = tuple[int, list[int], int, dict[str, int]]

_installed: list[Path] = []
T = TypeVar("T")


def _tag() -> str:
    build = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.byteorder}"
    return hashlib.sha256(build.encode()).hexdigest()[:16]


def cache_file(cache_dir: Path) -> Path:
    # The format's version in the name: builds of another format keep their own file, not this one.
    return cache_dir / f"regex-{_tag()}-v{_FORMAT.rsplit('/', 1)[1]}.bin"


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    """The pattern object, built as ``re._compiler.compile`` builds it from its code."""
    flags, code, groups, groupindex = entry
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))  # type: ignore[no-any-return]


def _compile_entry(pattern: str, flags: int) -> Entry:
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(parsed.state.groupdict)


def _key(pattern: str, flags: int) -> str:
    digest = hashlib.blake2b(pattern.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return f"{digest}:{flags}"


def _read(path: Path) -> dict[str, _Kept]:
    """The entries of a cache file; none when it is missing, damaged or from another build."""
    try:
        fd = open_regular(path)
        if fd is None:
            return {}
        try:
            data = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
        finally:
            os.close(fd)
        end = data.find(b"\n")
        meta = json.loads(data[:end])
        if meta.get("format") != _FORMAT:
            return {}
        words = memoryview(data)[end + 1:].cast("I")  # the code words, read in place when used
        return {key: _Kept(f2, words, at, n, g, gi, digest) for key, f2, g, gi, at, n, digest in meta["entries"]}
    except (OSError, ValueError, TypeError, KeyError):
        return {}


def _digest(code: memoryview | array) -> str:
    return hashlib.blake2b(code, digest_size=16).hexdigest()


class _Kept:
    """An entry of the file, its code checked and unpacked only when a run asks for its pattern."""

    __slots__ = ("at", "digest", "flags", "groupindex", "groups", "n", "words")

    def __init__(self, flags: int, words: memoryview, at: int, n: int, groups: int, groupindex: dict[str, int],
                 digest: str):
        self.flags, self.words, self.at, self.n, self.groups, self.groupindex = flags, words, at, n, groups, groupindex
        self.digest = digest

    def entry(self) -> Entry:
        """The entry; ValueError when its code does not match its checksum (a damaged file)."""
        code = self.words[self.at:self.at + self.n]
        if _digest(code) != self.digest:
            raise ValueError("regex cache entry does not match its checksum")
        return self.flags, code.tolist(), self.groups, self.groupindex


def _write(path: Path, entries: dict[str, Entry]) -> None:
    words = array("I")
    rows: list[list[Any]] = []
    for key, (flags2, code, groups, groupindex) in entries.items():
        packed = array("I", code)
        rows.append([key, flags2, groups, groupindex, len(words), len(code), _digest(packed)])
        words.extend(packed)
    blob = words.tobytes()
    head = json.dumps({"format": _FORMAT, "entries": rows})
    _replace_whole(path, ".regex-", head.encode() + b"\n" + blob)


def _replace_whole(path: Path, prefix: str, payload: bytes) -> None:
    """``path`` replaced by ``payload`` through a temp file (named ``prefix``…) beside it: a reader sees the old
    bytes or the new, never a part. No fsync, unlike ``atomic.write_atomic``: a cache a crash loses is built again."""
    make_folder(path.parent)
    fd, tmp = new_temp_file(path, prefix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        remove(tmp)
        raise
    forget(tmp)


def _works() -> bool:
    """Whether patterns built from kept code behave as ``re``'s own (another Python may differ)."""
    try:
        probe = r"(?P<a>\d+)(?i:x|yz)?\s*(?=[^\W\d])"
        mine = _build(probe, _compile_entry(probe, re.UNICODE))
        theirs = _compiler.compile(probe, re.UNICODE)
        return (mine.pattern, mine.flags, mine.groups, mine.groupindex) == \
            (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex) and \
            mine.match("12 YZ a") is not None and mine.match("12 YZ a").span() == theirs.match("12 YZ a").span()
    except Exception:  # noqa: BLE001 - an interpreter whose internals differ: no cache
        return False


def install(cache_dir: Path | None) -> None:
    """Keep this process's compiled patterns in ``cache_dir`` (nothing when None, or installed already)."""
    if cache_dir is None or _installed or _sre is None or not _works():
        return
    path = cache_file(cache_dir)
    kept = _read(path)
    used: dict[str, Entry] = {}
    missed: list[bool] = []
    original = _compiler.compile

    def compile_cached(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str) or flags & re.DEBUG:
            return original(p, flags)
        key = _key(p, int(flags))
        found = kept.get(key)
        if found is not None:
            try:
                entry = found.entry()
                built = _build(p, entry)
                used[key] = entry
                return built
            except (RuntimeError, TypeError, ValueError, OverflowError):  # code the engine refuses
                kept.pop(key, None)
        entry = _compile_entry(p, flags)  # raises re.error as re.compile does
        used[key] = entry
        if _ours(sys._getframe(1)):
            missed.append(True)
        return _build(p, entry)

    def save() -> None:
        if not missed:
            return
        merged = {**_intact(kept), **used}
        if len(merged) > _MAX_PATTERNS or sum(len(e[1]) for e in merged.values()) > _MAX_CODE_WORDS:
            merged = used
        try:
            _write(path, merged)
        except OSError:
            pass  # an unwritable cache folder costs the next run its compile time, nothing else

    _compiler.compile = compile_cached
    _installed.append(path)
    _on_exit(save)
    _keep_trie_texts(cache_dir)


def _on_exit(save: Callable[[], None]) -> None:
    """Run ``save`` as the process ends; a Ctrl-C then costs the next run its cache, not a traceback."""
    def quietly() -> None:
        try:
            save()
        except KeyboardInterrupt:
            remove_unfinished()  # a temp file made the moment Ctrl-C came

    atexit.register(quietly)


def _keep_trie_texts(cache_dir: Path) -> None:
    """Keep the text of every word list's alternation between runs (``patterns.keep_texts``)."""
    from . import patterns

    try:
        code = Path(patterns.__file__).read_bytes()
    except OSError:
        return
    version = hashlib.sha256(b"\0".join([_FORMAT.encode(), _tag().encode(), code])).hexdigest()[:16]
    path = cache_dir / f"tries-{version}.json"
    kept = _read_checked(path)
    kept = kept if isinstance(kept, dict) and all(isinstance(v, str) for v in kept.values()) else {}
    used: dict[str, str] = {}
    made: list[str] = []

    def memo(key: str, build: Callable[[], str]) -> str:
        text = kept.get(key)
        if text is None:
            text = build()
            made.append(key)
        used[key] = text
        return text

    def save() -> None:
        if made:
            merged = {**kept, **used}
            _write_checked(path, merged if len(merged) <= _MAX_PATTERNS else used)

    patterns.keep_texts(memo)
    _on_exit(save)


def _read_checked(path: Path) -> Any:
    """The JSON value of a file written by ``_write_checked``; None when missing or damaged."""
    try:
        head, _, body = (cached_bytes(path) or b"").partition(b"\n")
        if json.loads(head) == {"sha256": hashlib.sha256(body).hexdigest()}:
            return json.loads(body)
    except (OSError, ValueError, TypeError, AttributeError):
        pass
    return None


def _write_checked(path: Path, value: Any) -> None:
    """``value`` as JSON under the checksum of its bytes, replaced whole; an unwritable folder is no error."""
    body = json.dumps(value, ensure_ascii=False).encode("utf-8")
    try:
        _replace_whole(path, f".{path.stem}-", json.dumps({"sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n" + body)
    except OSError:
        pass  # the next run renders or builds it again, nothing else


def _intact(kept: dict[str, _Kept]) -> dict[str, Entry]:
    """The entries of ``kept`` whose code matches its checksum."""
    out: dict[str, Entry] = {}
    for key, found in kept.items():
        try:
            out[key] = found.entry()
        except ValueError:
            pass
    return out


def _ours(frame: Any) -> bool:
    """Whether the code compiling a pattern (the first caller outside ``re``) is the workbench's. Only
    its misses rewrite the file: a library's pattern built from a set in hash order (``tokenize``'s
    string prefixes) is new text in every process, and rewrote megabytes at the end of every run."""
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] in ("re", "functools"):
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "workbench"


def kept_json(name: str, sources: Sequence[bytes], build: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """``build()``, a JSON value, read back from the cache folder when an earlier run of the command
    made it from the same ``sources`` (the bytes of everything it depends on). Without the cache
    installed, or with a file that is missing, damaged or fails ``valid``, it is built as usual."""
    if not _installed:
        return build()
    path = _installed[0].parent / f"{name}-{kept_digest(name, sources)}.json"
    value = _read_checked(path)
    if value is not None and valid(value):
        mark_used(path)
        return value  # type: ignore[no-any-return]
    value = build()  # missing, damaged or foreign
    _write_checked(path, value)
    prune(path.parent)  # a new entry: the ones older code made and no run uses go
    return value


def kept_digest(name: str, sources: Sequence[bytes]) -> str:
    """The key of a kept value: its ``sources`` and the version of the whole package's code
    (``code_version``, the one digest of the code: it covers the module that builds the value and
    every module that one calls, for a change to how the value is made is a change to the value)."""
    from .code_version import code_version

    return hashlib.sha256(b"\0".join([_FORMAT.encode(), name.encode(), code_version().encode(),
                                       *sources])).hexdigest()[:32]
