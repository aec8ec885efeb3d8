"""A zipped package read where it lies: its members are read into memory, never extracted to disk.

Publishers ship packages zipped with the descriptor at the archive's root or inside one top folder
(``gdp/datapackage.json``, as "compress this folder" makes it). Before a byte of data is read, every
member's name is checked: an absolute path, a ``..`` part or a symbolic link makes the whole archive
refused — it was made to write outside any folder it is unpacked in, and nothing in it is trusted.
"""

from __future__ import annotations

import gzip
import io
import lzma
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .problems import Problem, ProblemCode
from .vocabulary import vocabulary

# What an archive may expand to, all its members together, and how much one member may outgrow its compressed
# bytes: beyond either it is a zip bomb, not a package (a CSV deflates about tenfold, rarely a hundredfold).
MAX_EXPANDED_BYTES = 1024 * 1024 * 1024
MAX_COMPRESSION_RATIO = 500
_RATIO_FROM_BYTES = 1024 * 1024  # a small member's ratio says nothing
_UTF8_NAME_FLAG = 0x800
# What zipfile and the member's decompressor raise for a damaged archive: a bad deflate or LZMA stream, one cut
# short, a member's header offset before the archive's start (ValueError 'negative seek value'); bzip2 raises OSError.
DAMAGED = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, ValueError)


class ArchiveError(OSError):
    """A member that cannot be read (damaged, encrypted, an unknown compression)."""


@dataclass
class Archive:
    """The archive's regular members by their name inside the package (``prefix`` removed)."""

    zipped: zipfile.ZipFile
    members: dict[str, zipfile.ZipInfo]
    prefix: str  # '' or 'top/': the folder inside the archive the package lives in

    def read(self, rel: str, limit: int) -> bytes:
        """The bytes of member ``rel``; ``FileNotFoundError`` when there is none, ``ArchiveError`` when it cannot
        be read or is larger than ``limit`` (checked from its stated size; the reader stops there too)."""
        info = self.members.get(PurePosixPath(rel).as_posix())  # './data/x.csv' and 'data//x.csv' as in a folder
        if info is None:
            raise FileNotFoundError(2, "is missing")
        if info.file_size > limit:
            raise ArchiveError(0, f"is larger than {limit // (1024 * 1024)} MB, the most the workbench reads")
        try:
            with self.zipped.open(info) as fh:
                return fh.read(limit + 1)[:limit]
        except DAMAGED as exc:
            raise ArchiveError(0, f"is damaged in the archive ({exc})") from None
        except RuntimeError:  # zipfile's word for a member it needs a password for
            raise ArchiveError(0, "is encrypted in the archive (zip it again without a password)") from None
        except NotImplementedError as exc:
            raise ArchiveError(0, f"cannot be unpacked: {exc}") from None


# Frictionless "compression" values read, and the path suffixes that imply them when none is declared.
COMPRESSIONS = {"gzip": "gzip", "gz": "gzip", "zip": "zip"}
_COMPRESSED_SUFFIXES = {".gz": "gzip", ".zip": "zip"}


def resource_compression(entry: dict[str, object]) -> str | None:
    """How a resource entry's file is compressed, as Frictionless reads it: its declared ``compression``,
    else its path's suffix (``data/gdp.csv.gz``); None for a plain file or a compression not read here (a
    bzip2 or xz file is then named for what it is where its text is read)."""
    declared = entry.get("compression")
    if isinstance(declared, str) and declared.strip():
        return COMPRESSIONS.get(declared.strip().lower())
    path = entry.get("path")
    return _COMPRESSED_SUFFIXES.get(PurePosixPath(path).suffix.lower()) if isinstance(path, str) else None


def expanded_resource(data: bytes, compression: str, limit: int) -> bytes:
    """A resource shipped compressed (gzip, or a zip of the one file), expanded in memory under the caps an
    archived package has: at most ``limit`` bytes and MAX_COMPRESSION_RATIO times its own size (a zip bomb is
    refused, not read to the end). ``ArchiveError`` says why it cannot be read."""
    cap = min(limit, max(_RATIO_FROM_BYTES, len(data) * MAX_COMPRESSION_RATIO))
    try:
        if compression == "gzip":
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                out = fh.read(cap + 1)
        else:
            with zipfile.ZipFile(io.BytesIO(data)) as zipped:
                members = [i for i in zipped.infolist() if not i.is_dir() and not _junk(i.filename)]
                if len(members) != 1:
                    raise ArchiveError(0, f"is a zip of {len(members)} files; a zip-compressed resource holds one "
                                          "(extract the CSV and name it as the resource's path)")
                with zipped.open(members[0]) as fh:
                    out = fh.read(cap + 1)
    except (*DAMAGED, OSError) as exc:  # gzip.BadGzipFile is an OSError
        if isinstance(exc, ArchiveError):
            raise
        raise ArchiveError(0, f"is not a readable {compression} file ({exc})") from None
    except (RuntimeError, NotImplementedError) as exc:  # a password, an unknown zip method
        raise ArchiveError(0, f"cannot be unpacked: {exc}") from None
    if len(out) > cap:
        raise ArchiveError(0, f"expands to more than {cap // (1024 * 1024)} MB, the most the workbench reads from "
                              f"a {compression} file of this size (a compression bomb, not a table)")
    return out


def expanded_bytes(path: Path) -> int | None:
    """What the archive at ``path`` says its members expand to; None when it cannot be read (the loader says why)."""
    try:
        with zipfile.ZipFile(path) as zipped:
            return sum(info.file_size for info in zipped.infolist())
    except (OSError, *DAMAGED, NotImplementedError):
        return None


def unsafe_member(name: str, info: zipfile.ZipInfo) -> str | None:
    """Why a member may not be part of a package read from an archive (None when it may)."""
    if any(ord(c) < 32 for c in name):
        return "holds a control character"
    path = PurePosixPath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "is an absolute path"
    if ".." in path.parts:
        return "climbs out of the archive with '..'"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "is a symbolic link"
    return None


def open_archive(data: bytes, where: str, descriptor_names: tuple[str, ...]) -> tuple[Archive | None, str | None,
                                                                                     Problem | None]:
    """The archive, the name of its descriptor (None: a folder of CSVs), or the one problem that refuses it."""
    try:
        zipped = zipfile.ZipFile(io.BytesIO(data))
        infos = zipped.infolist()
    except (*DAMAGED, NotImplementedError) as exc:  # NotImplementedError: a zip version zipfile does not know
        return None, None, Problem(ProblemCode.ARCHIVE_ERROR, f"not a readable zip archive ({exc})", where,
                                   hint="give the zip file as the publisher shipped it, or the folder it holds")
    for info in infos:
        info.filename = _member_name(info)
    unsafe = [(info.filename, why) for info in infos if (why := unsafe_member(info.filename, info))]
    if unsafe:
        name, why = unsafe[0]
        more = f" (and {len(unsafe) - 1} more such member(s))" if len(unsafe) > 1 else ""
        return None, None, Problem(ProblemCode.UNSAFE_MEMBER, f"member {name!r} {why}{more}: the archive is not read",
                                   where, hint="an archive whose members could land outside its folder is refused; "
                                   "ask the publisher for the package again")
    files = {info.filename.replace("\\", "/"): info for info in infos if not info.is_dir() and not _junk(info.filename)}
    bomb = _bomb(files)
    if bomb is not None:
        return None, None, Problem(ProblemCode.ARCHIVE_ERROR, f"{bomb}: the archive is not read", where,
                                   hint="a package expands to its CSVs' own size; ask the publisher for it again")
    prefix = _package_prefix(files, descriptor_names)
    if prefix is None:
        packages = sorted(n.rsplit("/", 1)[0] + "/" for n in files if n.count("/") == 1
                          and n.rsplit("/", 1)[1] in descriptor_names)
        what = (f"holds several packages ({', '.join(packages)}), not one" if len(packages) > 1 else
                f"holds no {descriptor_names[0]} (or .yaml, .yml) or CSV file at its root or in one top folder")
        return None, None, Problem(ProblemCode.ARCHIVE_ERROR, what, where,
                                   hint="zip one package folder itself, with its descriptor inside")
    members = {name[len(prefix):]: info for name, info in files.items() if name.startswith(prefix)}
    descriptor = next((n for n in descriptor_names if n in members), None)
    return Archive(zipped, members, prefix), descriptor, None


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its archiver wrote it: a zip made without the UTF-8 flag (Info-ZIP on Linux) holds
    UTF-8 bytes all the same, which zipfile reads as cp437 ('donnÃ©es.csv' for 'données.csv')."""
    if info.flag_bits & _UTF8_NAME_FLAG:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except UnicodeError:  # truly cp437 (an old DOS archiver): as zipfile read it
        return info.filename


def _bomb(files: dict[str, zipfile.ZipInfo]) -> str | None:
    """Why the members would expand beyond anything a package holds (None when they would not)."""
    total = sum(info.file_size for info in files.values())
    if total > MAX_EXPANDED_BYTES:
        return f"its members expand to {total // (1024 * 1024)} MB, more than the {MAX_EXPANDED_BYTES // (1024 * 1024)} MB " \
               "the workbench reads from one archive"
    for name, info in files.items():
        if info.file_size > _RATIO_FROM_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            return f"member {name!r} expands {info.file_size // max(info.compress_size, 1)} times its compressed size"
    return None


def _junk(name: str) -> bool:
    """What an archiver added beside the package's files (reference_vocabulary.json's archive_junk)."""
    junk = vocabulary()["archive_junk"]
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return any(p in junk["folders"] for p in parts) or (bool(parts) and (parts[-1] in junk["files"]
                                                                          or parts[-1].startswith("._")))


def _package_prefix(files: dict[str, zipfile.ZipInfo], descriptor_names: tuple[str, ...]) -> str | None:
    """'' when the package is the archive's root; 'top/' when the root holds no descriptor and exactly one top
    folder does (a README beside it is no package), or everything sits in one top folder; None when no
    descriptor or CSV file is found so."""
    if any(name in descriptor_names for name in files):
        return ""
    described = {name.split("/", 1)[0] + "/" for name in files
                 if name.count("/") == 1 and name.rsplit("/", 1)[1] in descriptor_names}
    if described:
        return next(iter(described)) if len(described) == 1 else None
    tops = {name.split("/", 1)[0] for name in files}
    candidates = [""] + ([f"{next(iter(tops))}/"] if len(tops) == 1 and all("/" in n for n in files) else [])
    for prefix in candidates:
        if any(name.startswith(prefix) and "/" not in name[len(prefix):] and Path(name).suffix.lower() == ".csv"
               for name in files):
            return prefix
    return None
