"""Where files may come from: the folder a glob or a folder argument stands for, and whether a
file — after following every symlink — is still inside it.

A symlink in a drafts folder may point anywhere (``drafts/leak.md -> /etc/passwd``); reading it
would put that file's text into reports, CI logs and the app. Every draft found by expanding a
folder or a glob must resolve inside that folder, and a named file that is a link must resolve
inside the folder it is in, the project, or the working folder.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Callable, Iterator
from pathlib import Path


def resolved(path: str | os.PathLike[str]) -> Path:
    """``path`` with every symlink and ``..`` followed; the absolute path when that fails (a loop)."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        return Path(os.path.abspath(path))


def undecodable(path: str | os.PathLike[str]) -> bool:
    """Whether a path holds bytes that are not UTF-8 — a file named in cp1251 or cp866 on Windows and
    unzipped here, which Python keeps as lone surrogates — so no report, ledger or JSON can write it."""
    try:
        os.fspath(path).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def shown_name(path: str | os.PathLike[str]) -> str:
    """The path as text any output can hold: a byte that is not UTF-8 written as an escape (\\udcff)."""
    return os.fspath(path).encode("utf-8", "backslashreplace").decode("utf-8")


def glob_base(pattern: str) -> Path:
    """The folder a glob searches: its components before the first wildcard (``drafts/**/*.md`` →
    ``drafts``); for a pattern without wildcards, the folder of the file."""
    parts = Path(pattern).parts
    fixed = list(parts[: next((i for i, p in enumerate(parts) if glob.has_magic(p)), len(parts))])
    if len(fixed) == len(parts):
        fixed = fixed[:-1]
    return Path(*fixed) if fixed else Path(".")


def within(path: str | os.PathLike[str], roots: list[Path]) -> bool:
    """Whether ``path``, resolved, lies inside one of ``roots`` (resolved)."""
    target = resolved(path)
    return any(target.is_relative_to(resolved(root)) for root in roots)


def files_under(folder: Path, suffixes: tuple[str, ...],
                on_error: Callable[[OSError], None] | None = None) -> list[Path]:
    """Files with one of ``suffixes`` under ``folder``, sorted. Symlinked folders are not entered
    (a link loop would never end); symlinked files are listed and checked by the caller. A folder that
    cannot be listed (no read or search permission), or a name that is a link looping or leading nowhere,
    is an OSError, not an empty folder: its drafts would otherwise go unchecked while the run passes
    (``on_error`` is called instead and the rest is listed, when given, as ``glob_files`` does)."""
    found = []
    for here, names in walk(folder, on_error=on_error or _raise):
        found += [Path(here) / n for n in names if Path(n).suffix.lower() in suffixes]
    found.sort()
    listed = []
    for file in found:
        try:
            _refuse_broken_link(file)
        except OSError as error:
            if on_error is None:
                raise
            on_error(error)
            continue
        if file.is_file():
            listed.append(file)
    return listed


def walk(folder: str | os.PathLike[str], on_error: Callable[[OSError], None]) -> Iterator[tuple[str, list[str]]]:
    """What ``os.walk(folder, followlinks=False, onerror=on_error)`` gives, top down — each folder and the names
    in it that are not folders — from a stack of its own: os.walk recurses once per folder level (before Python
    3.12), so a tree a thousand folders deep was a RecursionError, not a list of files."""
    stack = [os.fspath(folder)]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as entries:
                listed = [(entry.name, _is_folder(entry), entry.is_symlink()) for entry in entries]
        except OSError as error:
            on_error(error)
            continue
        yield here, [name for name, is_folder, _ in listed if not is_folder]
        stack += [os.path.join(here, name) for name, is_folder, link in reversed(listed) if is_folder and not link]


def _refuse_broken_link(path: str | os.PathLike[str]) -> None:
    """A draft's name that is a link looping (``a.md -> b.md -> a.md``) or leading nowhere raises the OSError
    that opening it would (ELOOP, ENOENT): the draft it stood for would otherwise go unchecked in silence."""
    if os.path.islink(path) and not os.path.exists(path):
        try:
            os.stat(path)
        except OSError as error:
            raise OSError(error.errno, f"{error.strerror}: it is a link to {shown_name(os.readlink(path))}",
                          os.fspath(path)) from None


def glob_files(pattern: str, on_error: Callable[[OSError], None] | None = None) -> list[str]:
    """Files ``pattern`` matches, sorted, as Python's ``glob(recursive=True)`` finds them (hidden names only
    for a component that starts with '.'), with two differences. ``**`` does not enter symlinked folders,
    as folders are walked (``files_under``): glob follows them, so two links back up the tree
    (``drafts/a/up -> ..``) made the paths it tries grow exponentially and `check` never end. And a folder
    the pattern searches that cannot be listed, or a draft's name that is a link looping or leading
    nowhere, is an OSError (``on_error`` is called instead and the rest is listed, when given), where glob
    passes over it in silence and a desk's subfolder would go unchecked."""
    parts = tuple(pattern.split(os.sep))  # not Path.parts: a match keeps the pattern's own './' as glob's does
    fixed = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))
    if fixed == len(parts):
        found = [pattern] if os.path.lexists(pattern) else []
    else:
        base = os.sep.join(parts[:fixed]) or (os.sep if fixed else "")
        found = list(_glob_below(base, parts[fixed:], on_error))
    files: dict[Path, str] = {}
    for match in sorted(found, key=lambda m: (len(Path(m).parts), m)):  # one file by several paths: its shortest
        try:
            _refuse_broken_link(match)
        except OSError as error:
            if on_error is None:
                raise
            on_error(error)
            continue
        if os.path.isfile(match):
            files.setdefault(resolved(match), match)
    return sorted(files.values())


def _glob_below(folder: str, parts: tuple[str, ...], on_error: Callable[[OSError], None] | None) -> Iterator[str]:
    """Paths below ``folder`` ('' for the working folder) that the pattern components ``parts`` match."""
    part, rest = parts[0], parts[1:]
    if not glob.has_magic(part):
        path = os.path.join(folder, part)
        if not rest:
            yield path
        elif os.path.isdir(path):
            yield from _glob_below(path, rest, on_error)
        return
    if part == "**":
        for here in _folders_below(folder, on_error):
            yield from _glob_below(here, rest, on_error) if rest else (
                os.path.join(here, name) for name, _ in _listed(here, on_error) if not _hidden(name))
        return
    for name, is_folder in _listed(folder, on_error):
        if (not _hidden(name) or part.startswith(".")) and fnmatch.fnmatchcase(name, part):
            path = os.path.join(folder, name)
            if not rest:
                yield path
            elif is_folder:
                yield from _glob_below(path, rest, on_error)


def _folders_below(folder: str, on_error: Callable[[OSError], None] | None) -> Iterator[str]:
    """``folder`` and every folder under it that is not hidden, symlinked folders not entered; depth first, from a
    stack of its own (a recursion per level was a RecursionError on a tree a thousand folders deep)."""
    stack = [folder]
    while stack:
        here = stack.pop()
        yield here
        stack += [os.path.join(here, name) for name, _ in reversed(_listed(here, on_error, real_folders_only=True))
                  if not _hidden(name)]


def _listed(folder: str, on_error: Callable[[OSError], None] | None,
            real_folders_only: bool = False) -> list[tuple[str, bool]]:
    """The names in ``folder`` and whether each is a folder (all names, or with ``real_folders_only`` the
    folders that are not links); nothing when it does not exist, an error when it cannot be listed."""
    try:
        with os.scandir(folder or os.curdir) as entries:
            listed = [(e.name, e.is_dir(follow_symlinks=False) if real_folders_only else _is_folder(e)) for e in entries]
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as error:
        error.filename = error.filename or folder
        if on_error is None:
            raise
        on_error(error)
        return []
    return [(name, is_folder) for name, is_folder in listed if is_folder or not real_folders_only]


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link that loops: not a folder to search
        return False


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _raise(error: OSError) -> None:
    raise error
