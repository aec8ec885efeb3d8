"""Reading a package's bytes once: the descriptor, the CSVs it names, and their content hash.

Every later step (the cache key, validation, loading) works on these bytes, so a file that
changes while we work cannot make the key and the data disagree.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..atomic import LOCK_FOLDER, held_lock, lock_path
from ..errors import WorkbenchError
from ..paths import shown_name, undecodable
from ..readfile import FOREIGN_LINE_END, marked_encoding, parse_json
from .archive import expanded_resource, open_archive, resource_compression
from .problems import Problem, ProblemCode
from .yaml_descriptor import YAML_DESCRIPTORS, is_yaml_descriptor, yaml_as_json

DESCRIPTOR = "datapackage.json"
# The largest file we read: a CSV of about 10 million rows, and a package description far
# beyond any real one. Sizes are checked before a byte is read.
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_DESCRIPTOR_BYTES = 16 * 1024 * 1024
# A folder without datapackage.json: at most this many of its CSVs are described (a folder of
# thousands of exports is no package anyone meant).
MAX_BARE_CSVS = 200
# A writer holds the package's lock only while it reads, changes and replaces the description (a fetch not
# while it downloads), so a minute's wait means a writer that is stuck, not one that is slow.
PACKAGE_LOCK_TIMEOUT_S = 60.0


@contextmanager
def package_locked(package: Path, error: type[WorkbenchError]) -> Iterator[None]:
    """Hold ``package``'s lock around a read, change and replace of its description: every command that
    rewrites it (`fetch`, `reference init`) takes this one lock, so two at once each change the description
    the other wrote instead of one replacing the other's. The lock sits beside the package (its folder's lock
    folder), not in it: the package holds its files only. Failures are ``error``s naming what to do."""
    whole = package.resolve()
    with held_lock(whole, PACKAGE_LOCK_TIMEOUT_S,
                   lambda exc: error.at(f"cannot create the lock folder: {exc.strerror}",
                                        str(whole.parent / LOCK_FOLDER), hint="make the folder writable"),
                   lambda: error.at(f"another workbench has held the package's lock for {PACKAGE_LOCK_TIMEOUT_S:.0f} s",
                                    str(package), hint=f"retry; if no workbench is running, delete {lock_path(whole)}")):
        yield


SAVE_WITH_LINE_ENDS = "save the file with ordinary line ends (LF or CRLF)"


_QUOTE_OR_ROW_END = re.compile(r'"|\r\n|\r|\n')
_QUOTE_OR_ROW_END_BYTES = re.compile(rb'"|\r\n|\r|\n')


def _first_row_end(data: str | bytes) -> tuple[int, int] | None:
    """Where a CSV's first row ends (start and end of its line end), as the csv module and pandas end it: at CR,
    LF or both outside quotes. A label with a line break in it (Excel's Alt+Enter: "Country<CR>Code") does not end
    the row; split there, the header was cut in the label ("column 'Country' appears twice"). A quote never closed
    ends it at its first line end, as before (the unclosed quote is reported where the table is read)."""
    quoted, first = False, None
    pattern = _QUOTE_OR_ROW_END_BYTES if isinstance(data, bytes) else _QUOTE_OR_ROW_END
    for found in pattern.finditer(data):
        if found.group() in ('"', b'"'):
            quoted = not quoted
            continue
        first = first or found.span()
        if not quoted:
            return found.span()
    return first


def header_line(text: str) -> str:
    """A CSV's first row as the csv module and pandas end it (CR, LF or both outside quotes), never at the Unicode
    line ends that str.splitlines also breaks at (NEL, U+2028…): pandas reads those inside a row, so a header split
    there was shorter than the row pandas saw, and a column it named was missing from the table read (an internal
    error)."""
    end = _first_row_end(text)
    return text if end is None else text[:end[0]]


def foreign_line_end(line: str) -> tuple[int, str] | None:
    """The column of another tool's line end in a CSV's header row (an EBCDIC conversion's NEL, Unicode's line
    separator), and what to say of it: a file whose rows end so is one row to a CSV reader."""
    found = FOREIGN_LINE_END.search(line)
    if found is None:
        return None
    return found.start() + 1, (f"holds U+{ord(found.group()):04X} where a row seems to end; CSV rows end only "
                               "with a line feed or carriage return")


def head_bytes(data: bytes, limit: int) -> bytes:
    """The first ``limit`` bytes of a CSV, or more when its header row is longer: through its end, so the header
    is never cut. A header of 10,000 columns passes 64 kB; cut there, its last label was a phantom
    ('c1' of 'c10944', "appears twice") and every column after it "has no column in the file"."""
    line_end = _first_row_end(data)
    return data[:max(limit, line_end[1] if line_end else len(data))]


def head_text(data: bytes, limit: int, declared: str | None = None) -> str:
    """The first ``limit`` bytes of a CSV (the whole header row at least) as text in its declared encoding, for
    describing it (undecodable bytes replaced; an encoding no codec knows is reported where the table is read)."""
    head = head_bytes(data, limit)
    try:
        return head.decode(marked_encoding(data, declared), errors="replace")
    except LookupError:
        return head.decode(marked_encoding(data), errors="replace")


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` when it is a regular file of at most ``limit`` bytes.

    Opened without blocking, so a FIFO or device named as a file cannot hang us; it is then
    refused, as is a file over the limit, before anything is read. Raises ``OSError``."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(0, "is not a regular file (a FIFO, device or folder cannot be data)")
        if info.st_size > limit:
            raise OSError(0, f"is larger than {limit // (1024 * 1024)} MB, the most the workbench reads")
        with os.fdopen(os.dup(fd), "rb") as fh:
            return fh.read(limit + 1)[: limit]
    finally:
        os.close(fd)


def shown_path(path: Path) -> str:
    """A path as the user will recognise it: relative to the working folder when inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


@dataclass
class PackageBytes:
    folder: Path  # for a zipped package: the archive's path, with the top folder the package sits in
    descriptor: bytes | None  # as JSON (a YAML descriptor is converted when read)
    files: dict[str, bytes] = field(default_factory=dict)  # resource path as written → bytes (readable ones)
    unreadable: dict[str, str] = field(default_factory=dict)  # resource path → why it was not read
    problems: list[Problem] = field(default_factory=list)
    # No descriptor: ``files`` are the folder's CSVs, described in memory by the loader.
    bare: bool = False
    descriptor_name: str = DESCRIPTOR  # the file the description was read from (datapackage.yaml…)
    resource_lines: list[int] | None = None  # a converted YAML descriptor: the line of each resource entry
    archive: Path | None = None  # the zip the package was read from, in memory
    descriptor_source: bytes | None = None  # a converted YAML descriptor's own bytes

    @property
    def descriptor_path(self) -> Path:
        return self.folder / self.descriptor_name

    def path_problem(self, rel: str) -> str | None:
        """Why ``rel`` may not be used as a resource path of this package (None when it is fine)."""
        return path_problem(self.folder, rel, on_disk=self.archive is None)


DESCRIPTORS = (DESCRIPTOR, *YAML_DESCRIPTORS)  # in the order they are looked for


def is_archive(path: Path) -> bool:
    """A zipped package: a file named .zip (a workbook or a .docx is a zip archive too, and no package)."""
    return path.suffix.lower() == ".zip" and path.is_file()


def descriptor_name(folder: Path) -> str | None:
    """The file a package folder is described in (datapackage.json, else .yaml, else .yml), None for none."""
    name = next((n for n in DESCRIPTORS if (folder / n).is_file()), None)
    if name is None and (folder / DESCRIPTOR).exists():
        return DESCRIPTOR  # not a regular file: refused with its reason when read
    return name


def bare_csvs(names: Iterable[str]) -> list[str]:
    """Of the names of a folder's files (or an archive's root's), the CSVs read as resources when no
    descriptor names them: in order, at most MAX_BARE_CSVS."""
    return sorted(n for n in names if PurePosixPath(n).suffix.lower() == ".csv")[:MAX_BARE_CSVS]


def read_package_bytes(path: Path) -> PackageBytes:
    """A package's bytes: a folder (with datapackage.json, .yaml or .yml, else its CSVs) or a zip of one."""
    if is_archive(path):
        return _read_archive(path)
    if not path.is_dir():
        return PackageBytes(path, None, problems=[_not_a_folder(path)])
    name = descriptor_name(path)
    if name is None:
        bare = _bare_csvs(path)
        if bare.files or bare.unreadable:
            return bare
        return PackageBytes(path, None, problems=[Problem(
            ProblemCode.UNREADABLE_FILE, "cannot read: No such file or directory, and the folder holds no CSV file",
            shown_path(path / DESCRIPTOR), hint="give a folder that holds a datapackage.json or CSV files")])
    try:
        descriptor = read_regular(path / name, MAX_DESCRIPTOR_BYTES)
    except (OSError, ValueError) as exc:
        return PackageBytes(path, None, problems=[Problem(
            ProblemCode.UNREADABLE_FILE, f"cannot read: {_reason(exc)}", shown_path(path / name))])
    return _described(PackageBytes(path, None, descriptor_name=name), descriptor,
                      lambda rel: read_regular(path / rel, MAX_FILE_BYTES))


def package_file_paths(path: Path) -> list[Path]:
    """The files a check reads for the package at ``path``: the zip, or the descriptor and the
    resources it names (the CSVs of a folder without one)."""
    if is_archive(path) or not path.is_dir():
        return [path]
    name = descriptor_name(path)
    if name is None:
        return [path / rel for rel in bare_csv_names(path)]
    try:
        descriptor = read_regular(path / name, MAX_DESCRIPTOR_BYTES)
    except (OSError, ValueError):
        return [path / name]
    if is_yaml_descriptor(name):
        descriptor = yaml_as_json(descriptor, shown_path(path / name))[0] or b"{}"
    named = PackageBytes(path, descriptor)
    _read_named_files(named, descriptor, lambda rel: b"")
    return [path / name, *(path / rel for rel in named.files)]


def _described(package: PackageBytes, descriptor: bytes, read: Callable[[str], bytes]) -> PackageBytes:
    """The package with its descriptor (a YAML one as JSON) and the files it names, read by ``read``."""
    if is_yaml_descriptor(package.descriptor_name):
        converted, lines, problems = yaml_as_json(descriptor, shown_path(package.descriptor_path))
        if converted is None:
            package.problems.extend(problems)
            return package
        package.descriptor_source = descriptor
        descriptor, package.resource_lines = converted, lines
    package.descriptor = descriptor
    # Read the CSVs named in the descriptor even before validating it, so that the cache key
    # covers them; validation proper happens in descriptor.load_package.
    _read_named_files(package, descriptor, read)
    return package


def _read_archive(path: Path) -> PackageBytes:
    where = shown_path(path)
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except OSError as exc:
        return PackageBytes(path, None, problems=[Problem(ProblemCode.UNREADABLE_FILE, f"cannot read: {_reason(exc)}",
                                                          where)])
    archive, name, problem = open_archive(data, where, DESCRIPTORS)
    if archive is None:
        return PackageBytes(path, None, problems=[problem] if problem else [], archive=path)
    folder = path / archive.prefix if archive.prefix else path
    if name is None:
        package = PackageBytes(folder, None, bare=True, archive=path)
        for rel in bare_csvs(r for r in archive.members if "/" not in r):
            _read_into(package, rel, lambda r: archive.read(r, MAX_FILE_BYTES))
        return package
    package = PackageBytes(folder, None, descriptor_name=name, archive=path)
    try:
        descriptor = archive.read(name, MAX_DESCRIPTOR_BYTES)
    except OSError as exc:
        package.problems.append(Problem(ProblemCode.ARCHIVE_ERROR, f"cannot read: {_reason(exc)}",
                                        shown_path(package.descriptor_path)))
        return package
    return _described(package, descriptor, lambda rel: archive.read(rel, MAX_FILE_BYTES))


def _not_a_folder(path: Path) -> Problem:
    """Why a reference path that is no folder holds no package, and what to give instead."""
    if path.is_file():
        what, hint = "is a file, not a package folder", f"give the folder that holds it ({shown_path(path.parent)})"
    elif os.path.lexists(path) and not path.is_symlink():
        what, hint = "is not a folder (a pipe, socket or device)", "give a folder that holds a datapackage.json or CSV files"
    else:
        what, hint = "no such reference data folder", "give a folder that holds a datapackage.json or CSV files"
    return Problem(ProblemCode.MISSING_FOLDER, what, shown_path(path), hint=hint)


def staged_package_bytes(folder: Path, descriptor: bytes, files: dict[str, bytes]) -> PackageBytes:
    """The package in ``folder`` as it would be with ``descriptor`` and ``files`` written over it."""
    current = read_package_bytes(folder) if (folder / DESCRIPTOR).is_file() else PackageBytes(folder, None)
    staged = PackageBytes(folder, descriptor, {**current.files, **files})
    # The staged descriptor may name files that the current one does not: read those too.
    _read_named_files(staged, descriptor, lambda rel: read_regular(folder / rel, MAX_FILE_BYTES))
    return staged


def _read_named_files(package: PackageBytes, descriptor: bytes, read: Callable[[str], bytes]) -> None:
    try:
        raw = parse_json(descriptor)
        entries = [(r.get("path"), resource_compression(r)) for r in raw.get("resources", []) if isinstance(r, dict)]
    except (ValueError, AttributeError, TypeError):
        entries = []
    for rel, compression in entries:
        if not isinstance(rel, str) or rel in package.files or package.path_problem(rel) is not None:
            continue
        _read_into(package, rel, read, compression)


def _read_into(package: PackageBytes, rel: str, read: Callable[[str], bytes], compression: str | None = None) -> None:
    """``rel``'s bytes (its text, expanded, when the resource is compressed), or why it cannot be read."""
    try:
        data = read(rel)
        package.files[rel] = expanded_resource(data, compression, MAX_FILE_BYTES) if compression else data
    except OSError as exc:  # reported with the resource's line by descriptor.load_package
        package.unreadable[rel] = "is missing" if exc.errno == 2 else f"cannot be read: {_reason(exc)}"


def _csv_names(folder: Path) -> list[str]:
    try:
        return sorted(entry.name for entry in folder.iterdir() if entry.suffix.lower() == ".csv")
    except OSError:
        return []


def bare_csv_names(folder: Path) -> list[str]:
    """The CSV files directly in ``folder``, by name, that may be read as resources."""
    return bare_csvs(name for name in _csv_names(folder) if path_problem(folder, name) is None)


def _bare_csvs(folder: Path) -> PackageBytes:
    package = PackageBytes(folder, None, bare=True)
    for name in _csv_names(folder):
        if undecodable(name):  # left out with a warning that names it, not skipped without a word
            package.unreadable[shown_name(name)] = path_problem(folder, name) or "cannot be read"
    for name in bare_csv_names(folder):
        _read_into(package, name, lambda rel: read_regular(folder / rel, MAX_FILE_BYTES))
    return package


def _reason(exc: Exception) -> str:
    return (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)


def fingerprint(packages: Sequence[PackageBytes]) -> str:
    digest = hashlib.sha256()
    for pkg in packages:
        digest.update(b"\x00bare\x00" if pkg.bare else b"\x00package\x00")
        digest.update(pkg.descriptor or b"")
        if pkg.resource_lines is not None:  # problems found point into the YAML the description was read from
            digest.update(f"\x00yaml\x00{pkg.resource_lines}".encode())
        for rel in sorted(pkg.files):
            digest.update(b"\x00file\x00" + rel.encode() + b"\x00")
            digest.update(hashlib.sha256(pkg.files[rel]).digest())
    return digest.hexdigest()


def path_problem(folder: Path, rel: str, *, on_disk: bool = True) -> str | None:
    """Why ``rel`` may not be used as a resource path in ``folder`` (None when it is fine); ``on_disk``
    also follows symbolic links (an archive's members were checked when it was opened)."""
    if not rel or rel.strip() != rel:
        return "must be a non-empty relative path"
    if any(ord(c) < 32 for c in rel):
        return "must not contain control characters (a NUL byte, a line break)"
    if undecodable(rel):
        return "is not UTF-8 text (a file name written in another encoding); rename the file"
    if "://" in rel:
        return "remote resources are not loaded; fetch them with `workbench fetch csv` first"
    if "\\" in rel:
        return "use '/' as the path separator"
    pure = PurePosixPath(rel)
    if pure.is_absolute() or re.match(r"^[A-Za-z]:", rel):
        return "must be relative to the package folder, not absolute"
    if ".." in pure.parts:
        return "must not contain '..'"
    if not on_disk:
        return None
    try:
        real = (folder / rel).resolve()
        base = folder.resolve()
    except OSError as exc:
        return f"cannot be resolved: {exc}"
    except RuntimeError:  # a loop of symbolic links, before Python 3.13 (then an OSError, ELOOP)
        return "cannot be resolved: its symbolic links go round in a loop"
    if not real.is_relative_to(base):
        return "resolves outside the package folder (through a symbolic link)"
    return None
