"""The entry points: load (or only validate) packages, with every problem found at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .cache import cached, store
from .descriptor import load_package
from .files import DESCRIPTOR, read_package_bytes, shown_path, staged_package_bytes
from .files import fingerprint as content_fingerprint
from .model import LoadedResource, ReferenceData
from .problems import Problem, ProblemCode, ReferenceProblems


def load_reference(dirs: Sequence[Path | str], *, cache_dir: Path | None = None) -> ReferenceData:
    """Load and validate the packages in ``dirs``; raise ``ReferenceProblems`` listing every problem.

    Parsed packages are cached in-process by content; with ``cache_dir`` also on disk, for
    fresh processes."""
    data, problems = _load(dirs, cache_dir)
    if problems:
        raise ReferenceProblems.of(problems)
    assert data is not None
    return data


def validate_packages(dirs: Sequence[Path | str], *, cache_dir: Path | None = None) -> list[Problem]:
    """Every problem of every file in ``dirs`` (empty when the packages are valid)."""
    return _load(dirs, cache_dir)[1]


def validate_staged(folder: Path, descriptor: bytes, files: dict[str, bytes]) -> list[Problem]:
    """Problems of the package in ``folder`` as it would be with ``descriptor`` and ``files``
    (resource path → bytes) written over it — checked before anything touches the disk."""
    return load_package(staged_package_bytes(folder, descriptor, files))[1]


def _load(dirs: Sequence[Path | str], cache_dir: Path | None) -> tuple[ReferenceData | None, list[Problem]]:
    folders = [Path(d) for d in dirs]
    if not folders:
        return None, [Problem(ProblemCode.NO_FOLDER, "no reference data folder given", hint="pass --reference DIR")]
    packages = [read_package_bytes(f) for f in folders]
    fingerprint = content_fingerprint(packages)
    key = (fingerprint, tuple(str(f.resolve()) for f in folders))
    hit = cached(key, cache_dir)
    if hit is not None:
        return hit, []
    problems: list[Problem] = [p for pkg in packages for p in pkg.problems]
    resources: dict[str, LoadedResource] = {}
    for pkg in packages:
        if pkg.descriptor is None:
            continue
        loaded, found = load_package(pkg)
        problems.extend(found)
        for res in loaded:
            if res.name in resources:
                other = resources[res.name]
                problems.append(Problem(
                    ProblemCode.DUPLICATE_RESOURCE,
                    f"resource name {res.name!r} is also used in {shown_path(other.package_dir / DESCRIPTOR)}",
                    shown_path(res.package_dir / DESCRIPTOR),
                    hint="resource names must be unique across all --reference packages; rename one"))
                continue
            resources[res.name] = res
    if problems:
        return None, problems
    data = ReferenceData(resources=resources, fingerprint=fingerprint,
                         package_dirs=tuple(f.resolve() for f in folders))
    store(key, data, cache_dir)
    return data, []
