"""Where files may come from: the folder a glob or a folder argument stands for, and whether a
file — after following every symlink — is still inside it.

A symlink in a drafts folder may point anywhere (``drafts/leak.md -> /etc/passwd``); reading it
would put that file's text into reports, CI logs and the app. Every draft found by expanding a
folder or a glob must resolve inside that folder, and a named file that is a link must resolve
inside the folder it is in, the project, or the working folder.
"""

from __future__ import annotations

import glob
import os
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


def files_under(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Files with one of ``suffixes`` under ``folder``, sorted. Symlinked folders are not entered
    (a link loop would never end); symlinked files are listed and checked by the caller. A folder that
    cannot be listed (no read or search permission) is an error, not an empty folder: its drafts would
    otherwise go unchecked while the run passes."""
    found = []
    for here, _dirs, names in os.walk(folder, followlinks=False, onerror=_raise):
        found += [Path(here) / n for n in names if Path(n).suffix.lower() in suffixes]
    found.sort()
    for file in found:
        _refuse_broken_link(file)
    return [f for f in found if f.is_file()]


def _refuse_broken_link(path: str | os.PathLike[str]) -> None:
    """A draft's name that is a link looping (``a.md -> b.md -> a.md``) or leading nowhere raises the OSError
    that opening it would (ELOOP, ENOENT): the draft it stood for would otherwise go unchecked in silence."""
    if os.path.islink(path) and not os.path.exists(path):
        try:
            os.stat(path)
        except OSError as error:
            raise OSError(error.errno, f"{error.strerror}: it is a link to {shown_name(os.readlink(path))}",
                          os.fspath(path)) from None


def glob_files(pattern: str) -> list[str]:
    """Files ``pattern`` matches (``**`` recursive), sorted. Python's glob passes over a folder it cannot
    list as if it were empty; every folder the pattern searches is listed here too, and one that cannot be
    is an error (as for ``files_under``): a recursive glob must not leave a desk's subfolder unchecked. A file
    reached by several paths (``**`` follows links to folders) is listed once, by its shortest path."""
    for folder in _searched_folders(pattern):
        try:
            with os.scandir(folder):
                pass
        except FileNotFoundError:  # removed since it was matched, or a link to nowhere: nothing in it to miss
            continue
        except OSError as error:
            if error.filename is None:
                error.filename = folder
            raise
    shortest: dict[Path, str] = {}  # a link back up the tree (``drafts/loop -> .``) repeats every draft below it
    for match in sorted(glob.glob(pattern, recursive=True), key=lambda m: (len(Path(m).parts), m)):
        _refuse_broken_link(match)
        if os.path.isfile(match):
            shortest.setdefault(resolved(match), match)
    return sorted(shortest.values())


def _searched_folders(pattern: str) -> list[str]:
    """The folders glob lists to expand ``pattern``: for each wildcard component, those its prefix matches
    (for ``**``, with every folder below them, as glob walks them: hidden ones left out, links followed)."""
    parts = Path(pattern).parts
    folders: dict[str, None] = {}
    for index, part in enumerate(parts):
        if not glob.has_magic(part):
            continue
        prefix = os.path.join(*parts[:index]) if index else os.curdir
        below = os.path.join(prefix, "**") if part == "**" else prefix
        searched = [prefix] if not glob.has_magic(below) else glob.glob(os.path.join(below, ""), recursive=True)
        folders.update(dict.fromkeys(os.path.normpath(f) for f in searched))
    return list(folders)


def _raise(error: OSError) -> None:
    raise error
