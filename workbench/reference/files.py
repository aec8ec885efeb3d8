"""Reading a package's bytes once: the descriptor, the CSVs it names, and their content hash.

Every later step (the cache key, validation, loading) works on these bytes, so a file that
changes while we work cannot make the key and the data disagree.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .problems import Problem, ProblemCode

DESCRIPTOR = "datapackage.json"


def shown_path(path: Path) -> str:
    """A path as the user will recognise it: relative to the working folder when inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


@dataclass
class PackageBytes:
    folder: Path
    descriptor: bytes | None
    files: dict[str, bytes] = field(default_factory=dict)  # resource path as written → bytes (readable ones)
    problems: list[Problem] = field(default_factory=list)


def read_package_bytes(folder: Path) -> PackageBytes:
    if not folder.is_dir():
        return PackageBytes(folder, None, problems=[Problem(
            ProblemCode.MISSING_FOLDER, "no such reference data folder", shown_path(folder),
            hint="give a folder that holds a datapackage.json")])
    descriptor_path = folder / DESCRIPTOR
    try:
        descriptor = descriptor_path.read_bytes()
    except OSError as exc:
        return PackageBytes(folder, None, problems=[Problem(
            ProblemCode.UNREADABLE_FILE, f"cannot read: {exc.strerror or exc}", shown_path(descriptor_path))])
    # Read the CSVs named in the descriptor even before validating it, so that the cache key
    # covers them; validation proper happens in descriptor.load_package.
    package = PackageBytes(folder, descriptor)
    _read_named_files(package, descriptor)
    return package


def staged_package_bytes(folder: Path, descriptor: bytes, files: dict[str, bytes]) -> PackageBytes:
    """The package in ``folder`` as it would be with ``descriptor`` and ``files`` written over it."""
    current = read_package_bytes(folder) if (folder / DESCRIPTOR).is_file() else PackageBytes(folder, None)
    staged = PackageBytes(folder, descriptor, {**current.files, **files})
    # The staged descriptor may name files that the current one does not: read those too.
    _read_named_files(staged, descriptor)
    return staged


def _read_named_files(package: PackageBytes, descriptor: bytes) -> None:
    try:
        raw = json.loads(descriptor)
        paths = [r.get("path") for r in raw.get("resources", []) if isinstance(r, dict)]
    except (ValueError, AttributeError, TypeError):
        paths = []
    for rel in paths:
        if not isinstance(rel, str) or rel in package.files or path_problem(package.folder, rel) is not None:
            continue
        try:
            package.files[rel] = (package.folder / rel).read_bytes()
        except OSError:
            pass  # reported with its row and column by descriptor.load_package


def fingerprint(packages: Sequence[PackageBytes]) -> str:
    digest = hashlib.sha256()
    for pkg in packages:
        digest.update(b"\x00package\x00")
        digest.update(pkg.descriptor or b"")
        for rel in sorted(pkg.files):
            digest.update(b"\x00file\x00" + rel.encode() + b"\x00")
            digest.update(hashlib.sha256(pkg.files[rel]).digest())
    return digest.hexdigest()


def path_problem(folder: Path, rel: str) -> str | None:
    """Why ``rel`` may not be used as a resource path in ``folder`` (None when it is fine)."""
    if not rel or rel.strip() != rel:
        return "must be a non-empty relative path"
    if "://" in rel:
        return "remote resources are not loaded; fetch them with `workbench fetch csv` first"
    if "\\" in rel:
        return "use '/' as the path separator"
    pure = PurePosixPath(rel)
    if pure.is_absolute() or re.match(r"^[A-Za-z]:", rel):
        return "must be relative to the package folder, not absolute"
    if ".." in pure.parts:
        return "must not contain '..'"
    try:
        real = (folder / rel).resolve()
        base = folder.resolve()
    except OSError as exc:
        return f"cannot be resolved: {exc}"
    if not real.is_relative_to(base):
        return "resolves outside the package folder (through a symbolic link)"
    return None
