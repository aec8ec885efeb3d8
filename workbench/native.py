"""The compiled (mypyc) build of the extraction modules: which modules, where the build lives, when it is used.

``make native`` (``scripts/build_native.py``) compiles the modules in ``COMPILED`` into
``build/native/<digest>/``, ``<digest>`` being the SHA-256 of their source bytes, of the package modules they
import (``IMPORTED``) and of this Python's extension suffix. ``workbench/__init__.py`` calls ``use_compiled_build()`` before any submodule is imported: it hashes the
same sources (or reads their digest from ``KEPT_DIGEST`` while their stats have not changed) and, only if that folder exists, puts a finder first on ``sys.meta_path`` that loads exactly those
modules (and mypyc's shared library) from it. An edited source has another digest, so a stale build is never
found and the pure-Python modules run: there is nothing to clean. All or nothing,
because mypyc's modules call each other natively: one fresh ``.py`` among compiled siblings would not be called.
``WORKBENCH_PURE=1`` skips the lookup (coverage, debugging, comparing the two builds).

The helpers at the end are what the compiled modules need beyond their types; both do nothing in pure Python.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec
from typing import TYPE_CHECKING, Any

# The extraction path's hot modules.
COMPILED: tuple[str, ...] = tuple(f"workbench.extraction.{name}" for name in (
    "branch_dispatch", "cores", "entities", "exchange_rates", "extractor", "headers", "kinds", "money_signs", "newsunits",
    "nonclaims", "periods", "quantities", "ratios", "scanbytes", "sentences", "shared_units", "subjects",
    "vocabulary")) + tuple(f"workbench.{name}" for name in (
        "numbers", "units", "patterns", "structure", "text", "periods", "places", "gazetteer"))
# The package's modules the compiled ones import: mypyc compiles in what it knows of their types (a model's field
# read as a str is unboxed as one), so an edit there makes a build stale too. Kept equal to the import closure
# by tests/test_native.py.
IMPORTED: tuple[str, ...] = ("workbench", "workbench.atomic", "workbench.cache_prune", "workbench.code_version",
                             "workbench.config", "workbench.dateline_cities", "workbench.drafts", "workbench.errors",
                             "workbench.extraction",
                             "workbench.extraction.parallel", "workbench.languages",
                             "workbench.matching.place_homonyms", "workbench.models",
                             "workbench.move_ends", "workbench.native", "workbench.numeral_characters", "workbench.paths",
                             "workbench.readfile", "workbench.regex_cache", "workbench.safe_yaml", "workbench.scale_before_figure",
                             "workbench.substances", "workbench.unspaced_figures")
# mypyc puts the compiled code of all of them in one shared library of this (top-level) name.
GROUP = "workbench_native"
SHARED_LIBRARY = f"{GROUP}__mypyc"

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
BUILDS_DIR = os.path.join(os.path.dirname(PACKAGE_DIR), "build", "native")
# e.g. '.cpython-311-x86_64-linux-gnu.so': names the interpreter and platform a build is for.
EXTENSION_SUFFIX = EXTENSION_SUFFIXES[0]


def source_path(module: str, package_dir: str = PACKAGE_DIR) -> str:
    """The ``.py`` file of a module of the ``workbench`` package under a package folder (a package's ``__init__``)."""
    path = os.path.join(package_dir, *module.split(".")[1:])
    return os.path.join(path, "__init__.py") if os.path.isdir(path) else path + ".py"


def source_digest(package_dir: str = PACKAGE_DIR) -> str:
    """SHA-256 of the sources of the compiled modules and of those they import (name, length, bytes), and of
    the extension suffix."""
    digest = hashlib.sha256(EXTENSION_SUFFIX.encode())
    for module in (*COMPILED, *IMPORTED):
        with open(source_path(module, package_dir), "rb") as source:
            data = source.read()
        digest.update(f"{module}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


# The digest of this tree's sources, kept beside the builds with the stats of the files it was computed from.
KEPT_DIGEST = os.path.join(BUILDS_DIR, "sources.digest")


def _stats_key(package_dir: str = PACKAGE_DIR) -> str:
    """SHA-256 of each source's inode, size, modification and change times, and of the extension suffix: any
    write to a file sets its change time, which no tool sets back, so an equal key means equal sources."""
    digest = hashlib.sha256(EXTENSION_SUFFIX.encode())
    for module in (*COMPILED, *IMPORTED):
        found = os.stat(source_path(module, package_dir))
        digest.update(f"{module}\0{found.st_ino}\0{found.st_size}\0{found.st_mtime_ns}\0{found.st_ctime_ns}\0".encode())
    return digest.hexdigest()


def kept_source_digest(package_dir: str = PACKAGE_DIR, kept_in: str = KEPT_DIGEST) -> str:
    """``source_digest()`` of a tree, read from ``KEPT_DIGEST`` while the sources' stats are those it was
    computed from: reading and hashing the sources at every import cost about a millisecond, their stats a
    fraction of it. Computed and kept again after any edit; a folder that cannot be written is only slower."""
    key = _stats_key(package_dir)
    try:
        with open(kept_in, encoding="ascii") as kept:
            words = kept.read().split()
        if len(words) == 2 and words[0] == key and len(words[1]) == 64:
            return words[1]
    except (OSError, UnicodeDecodeError):
        pass
    digest = source_digest(package_dir)
    partial = f"{kept_in}.{os.getpid()}"
    try:
        with open(partial, "w", encoding="ascii") as out:
            out.write(f"{key} {digest}\n")
        os.replace(partial, kept_in)  # whole or not at all, whichever process writes last
    except OSError:
        pass
    return digest


def missing_toolchain() -> str | None:
    """What this machine lacks to build extension modules (a C compiler, the Python headers), or None."""
    import shutil
    import sysconfig

    compiler = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    if shutil.which(compiler.split()[0]) is None:
        return f"no C compiler ({compiler.split()[0]})"
    if not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")):
        return "no Python.h: install the Python development headers"
    return None


class CompiledFinder:
    """Finds ``COMPILED`` and mypyc's shared library in one build folder, nothing else."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.names = frozenset((*COMPILED, SHARED_LIBRARY))

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if fullname not in self.names:
            return None
        file = os.path.join(self.folder, *fullname.split(".")) + EXTENSION_SUFFIX
        return ModuleSpec(fullname, ExtensionFileLoader(fullname, file), origin=file)


def in_use() -> bool:
    """Whether this process loads the compiled build."""
    return any(isinstance(finder, CompiledFinder) for finder in sys.meta_path)


def use_compiled_build() -> str | None:
    """Put the compiled build of these very sources first on the import path, if one was built; its folder."""
    if os.environ.get("WORKBENCH_PURE") or not os.path.isdir(BUILDS_DIR):
        return None
    try:
        folder = os.path.join(BUILDS_DIR, kept_source_digest())
    except OSError:  # a source missing or unreadable: whatever imports it will say so
        return None
    if not os.path.isdir(folder):
        return None
    if not in_use():
        sys.meta_path.insert(0, CompiledFinder(folder))
    return folder


# mypyc reads this decorator to compile a class as a plain Python one; without mypy installed it does nothing.
if TYPE_CHECKING:
    from mypy_extensions import mypyc_attr
else:
    try:
        from mypy_extensions import mypyc_attr
    except ImportError:
        def mypyc_attr(*_attrs, **_kwattrs):
            return lambda cls: cls

# functools.cached_property, hidden from mypy: mypyc compiles the decorator it knows as a plain property (the
# gazetteer's 16 k-name pattern was rebuilt at every figure), and an unknown one as the descriptor it is. Only
# in classes marked ``@mypyc_attr(native_class=False)``, whose instances have a ``__dict__`` to keep the value.
cached_property: Any = functools.cached_property
