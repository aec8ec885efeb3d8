"""The entry points: load (or only validate) packages, with every problem found at once."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from .cache import cached, store
from .files import (
    DESCRIPTOR,
    PackageBytes,
    read_package_bytes,
    shown_path,
    staged_package_bytes,
)
from .files import fingerprint as content_fingerprint
from .model import LoadedResource, ReferenceData
from .problems import Problem, ProblemCode, ReferenceProblems


def load_reference(dirs: Sequence[Path | str], *, cache_dir: Path | None = None,
                   skip_invalid: bool = False) -> ReferenceData:
    """Load and validate the packages in ``dirs``; raise ``ReferenceProblems`` listing every error.

    Warnings never stop a load; they are kept in ``ReferenceData.problems``. With
    ``skip_invalid`` a resource with errors is left out (its errors kept there too) and the
    rest loads — unless nothing at all can be loaded. Parsed packages are cached in-process by
    content; with ``cache_dir`` also on disk, for fresh processes."""
    data, problems = _load(dirs, cache_dir)
    errors = [p for p in problems if p.is_error]
    if errors and (not skip_invalid or data is None or not data.resources or _package_level(errors)):
        raise ReferenceProblems.of(errors)
    assert data is not None
    return data


def validate_packages(dirs: Sequence[Path | str], *, cache_dir: Path | None = None) -> list[Problem]:
    """Every problem of every file in ``dirs``, errors and warnings (empty when there are none)."""
    return _load(dirs, cache_dir)[1]


def _once_each(folders: Iterable[Path]) -> list[Path]:
    """Each package once, as first named: the same folder given twice (``--reference data --reference ./data``,
    a configured list naming it twice) is one package, not two whose every resource clashes with itself."""
    first: dict[Path, Path] = {}
    for folder in folders:
        first.setdefault(folder.resolve(), folder)
    return list(first.values())


def _package_level(errors: list[Problem]) -> bool:
    """Errors no resource can be left out for: a folder, the package description itself, a name clash."""
    return any(p.resource is None for p in errors)


def validate_staged(folder: Path, descriptor: bytes, files: dict[str, bytes]) -> list[Problem]:
    """Problems of the package in ``folder`` as it would be with ``descriptor`` and ``files``
    (resource path → bytes) written over it — checked before anything touches the disk. Only
    errors: a warning (a metric without aliases) never blocks a write."""
    from .descriptor import load_package

    return [p for p in load_package(staged_package_bytes(folder, descriptor, files))[1] if p.is_error]


def _describe_bare(pkg: PackageBytes) -> list[Problem]:
    """A folder of CSVs without datapackage.json is described in memory as `reference init` would
    describe it (``pkg.descriptor`` is set when any CSV holds observations); a notice says so."""
    from .init import describe_folder

    folder = shown_path(pkg.folder)
    hint = f"run `workbench reference init {folder}` to write the description down and pin it"
    described, left_out = describe_folder(pkg.folder, pkg.files)
    problems = [Problem(ProblemCode.MISSING_FILE, f"{pkg.unreadable[name]}; left out", shown_path(pkg.folder / name),
                        severity="warning", hint=hint) for name in sorted(pkg.unreadable)]
    problems += [Problem(ProblemCode.NO_DESCRIPTOR, f"left out: {why}", shown_path(pkg.folder / name), 1,
                         severity="warning", hint=hint) for name, why in left_out]
    names = [r["path"] for r in described["resources"]]
    if not names:
        return [replace(p, severity="error") for p in problems] or [Problem(
            ProblemCode.NO_DESCRIPTOR, "no datapackage.json, and no CSV file here holds observations", folder,
            hint="describe the data with a datapackage.json")]
    pkg.descriptor = json.dumps(described, indent=2, ensure_ascii=False).encode("utf-8")
    return [Problem(ProblemCode.NO_DESCRIPTOR, f"no datapackage.json: {len(names)} CSV file(s) described from their "
                    f"columns, in memory ({', '.join(names)})", folder, severity="warning", hint=hint), *problems]


def _load(dirs: Sequence[Path | str], cache_dir: Path | None) -> tuple[ReferenceData | None, list[Problem]]:
    folders = _once_each(Path(d) for d in dirs)
    if not folders:
        return None, [Problem(ProblemCode.NO_FOLDER, "no reference data folder given", hint="pass --reference DIR")]
    packages = [read_package_bytes(f) for f in folders]
    fingerprint = content_fingerprint(packages)
    key = (fingerprint, tuple(str(f.resolve()) for f in folders))
    hit = cached(key, cache_dir)
    if hit is not None:
        return hit, list(hit.problems)
    # Reading a descriptor and its CSVs (and their models) is needed only when the cache misses.
    from .descriptor import load_package

    problems: list[Problem] = [p for pkg in packages for p in pkg.problems]
    resources: dict[str, LoadedResource] = {}
    described_in: dict[Path, Path] = {}  # a package's folder → the file its description was read from
    for pkg in packages:
        if pkg.bare:
            problems.extend(_describe_bare(pkg))
        if pkg.descriptor is None:
            continue
        loaded, found = load_package(pkg)
        problems.extend(found)
        described_in[pkg.folder.resolve()] = pkg.descriptor_path
        for res in loaded:
            if res.name in resources:
                other = described_in.get(resources[res.name].package_dir, resources[res.name].package_dir / DESCRIPTOR)
                problems.append(Problem(
                    ProblemCode.DUPLICATE_RESOURCE,
                    f"resource name {res.name!r} is also used in {shown_path(other)}",
                    shown_path(pkg.descriptor_path),
                    hint="resource names must be unique across all --reference packages; rename one"))
                continue
            resources[res.name] = res
    data = ReferenceData(resources=resources, fingerprint=fingerprint,
                         package_dirs=tuple(f.resolve() for f in folders), problems=tuple(problems))
    # A package with errors is remembered in this process only (a --skip-invalid check loads it
    # twice: once to say what was left out, once to check); the disk keeps valid packages.
    store(key, data, None if any(p.is_error for p in problems) else cache_dir)
    return data, problems
