"""Compile the extraction modules with mypyc into build/native/<digest>/ (`make native`; workbench/native.py).

    python scripts/build_native.py [--jobs N] [--single-file] [--debug-level 0|1|2]

Never writes into workbench/: the sources are copied to a temporary folder under build/native/, hashed from
that copy, compiled there, and the finished build is renamed to build/native/<digest> in one step, so two builds
at once cannot mix their files and a source edited during the build cannot be mislabelled. Whatever fails (no C
compiler, no mypy, a mypyc or gcc error) prints one line and exits 0: the pure-Python install keeps working.
mypy (which brings mypyc) is in the `native` extra: pip install -e '.[native]'.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PURE_ASKED = bool(os.environ.get("WORKBENCH_PURE"))
os.environ["WORKBENCH_PURE"] = "1"  # this script reads the module list; it runs no compiled code

from workbench import native  # noqa: E402

KEEP_BUILDS = 3  # older builds (of sources since edited) are removed; a process still using one keeps its mapping


def skipped(reason: str) -> int:
    print(f"native build skipped ({reason}); the pure-Python build is used", file=sys.stderr)
    return 0


def compile_in(work: Path, jobs: int, multi_file: bool, debug_level: str) -> None:
    """Run in a child process, in ``work/src``: mypyc's C into ``work/c``, the extension modules into ``work/out``."""
    from mypyc.build import mypycify
    from setuptools import setup

    paths = [os.path.relpath(native.source_path(m, "workbench")) for m in native.COMPILED]
    extensions = mypycify(["--ignore-missing-imports", "--follow-imports=silent", *paths], opt_level="3",
                          debug_level=debug_level, multi_file=multi_file, group_name=native.GROUP,
                          target_dir=str(work / "c"))
    setup(name="workbench-native", packages=[], py_modules=[], ext_modules=extensions,
          script_args=["-q", "build_ext", "--build-lib", str(work / "out"), "--build-temp", str(work / "obj"),
                       "--parallel", str(jobs)])


def build(jobs: int, multi_file: bool, debug_level: str) -> int:
    if PURE_ASKED:
        return skipped("WORKBENCH_PURE is set")
    if (Path(native.BUILDS_DIR) / native.source_digest()).is_dir():
        return 0  # up to date, said in silence: `make test` and `make run` ask every time
    missing = native.missing_toolchain()
    if missing:
        return skipped(missing)
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return skipped("mypy is not installed: pip install -e '.[native]'")
    builds = Path(native.BUILDS_DIR)
    builds.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="tmp-", dir=builds))
    try:
        shutil.copytree(ROOT / "workbench", work / "src" / "workbench",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so", "data"))
        digest = native.source_digest(str(work / "src" / "workbench"))
        final = builds / digest
        if final.is_dir():
            return 0
        started = time.monotonic()
        log = builds / "build.log"  # the last failed build's output
        with open(work / "build.log", "w") as out:
            done = subprocess.run([sys.executable, __file__, "--compile-in", str(work), "--jobs", str(jobs),
                                   "--debug-level", debug_level, *([] if multi_file else ["--single-file"])],
                                  cwd=work / "src", stdout=out, stderr=subprocess.STDOUT)
        if done.returncode != 0:
            shutil.copyfile(work / "build.log", log)
            return skipped(f"mypyc or the C compiler failed, see {log.relative_to(ROOT)}")
        built = work / "out"
        missing = [m for m in (*native.COMPILED, native.SHARED_LIBRARY)
                   if not (built / (m.replace(".", "/") + native.EXTENSION_SUFFIX)).exists()]
        if missing:
            shutil.copyfile(work / "build.log", log)
            return skipped(f"the build lacks {missing[0]}, see {log.relative_to(ROOT)}")
        try:
            os.rename(built, final)
        except OSError:  # another build of the same sources finished first: it is the same build
            if not final.is_dir():
                raise
        print(f"native build: {len(native.COMPILED)} modules compiled in {time.monotonic() - started:.0f} s "
              f"into {final.relative_to(ROOT)}")
        for old in sorted((d for d in builds.iterdir() if d.is_dir() and not d.name.startswith("tmp-")),
                          key=lambda d: d.stat().st_mtime, reverse=True)[KEEP_BUILDS:]:
            shutil.rmtree(old, ignore_errors=True)
        return 0
    except Exception as error:  # never leave the install broken over an optional speed-up
        return skipped(f"{type(error).__name__}: {error}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="C files compiled at once")
    # One C file per module, compiled --jobs at a time: 57 s of CPU where mypyc's one big file takes 82 s
    # (gcc -O3 -g0, both), and the same speed (benchmarks/README.md, "Fifteenth performance pass").
    parser.add_argument("--single-file", dest="multi_file", action="store_false", help="one C file for all")
    parser.add_argument("--debug-level", default="0", help="gcc -g level (0: fastest to build)")
    parser.add_argument("--compile-in", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.compile_in:
        compile_in(args.compile_in, args.jobs, args.multi_file, args.debug_level)
        return 0
    return build(args.jobs, args.multi_file, args.debug_level)


if __name__ == "__main__":
    sys.exit(main())
