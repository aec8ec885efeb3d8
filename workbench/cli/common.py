"""What every command shares: exit codes, argument types, the options about where data lives."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UsageError

if TYPE_CHECKING:
    from ..config import Config
    from ..reference import ReferenceData

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command Ctrl-C ended


class Parser(argparse.ArgumentParser):
    """argparse, but usage errors are our one-line format with exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("workbench").strip()
        raise UsageError.at(f"{command}: {message}" if command else message)


def say(message: str) -> None:
    """One problem as the one line on stderr every command prints for it: ``workbench: path:line:col: …``."""
    from ..reports.escaping import one_line

    print(f"workbench: {one_line(message)}", file=sys.stderr)


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write YYYY-MM-DD") from None


def cli_path(value: str) -> Path:
    """A path argument; a NUL byte (which no file name can hold) is a usage error, not a crash."""
    if "\x00" in value:
        raise argparse.ArgumentTypeError(f"{value!r} contains a NUL byte, which no path can hold")
    return Path(value)


def cli_text(value: str) -> str:
    """A free-text argument (a name, note, unit, id): bytes that are not UTF-8 (a terminal set to Latin-1
    or cp1251), which Python keeps as lone surrogates, are a usage error here — no ledger, package or
    report can store them, and they would otherwise surface as a bug once something writes them."""
    from ..paths import shown_name, undecodable

    if undecodable(value):
        raise argparse.ArgumentTypeError(f"'{shown_name(value)}' holds bytes that are not UTF-8 "
                                         "(type it in a UTF-8 terminal or set LANG to a UTF-8 locale)")
    return value


def add_common(p: argparse.ArgumentParser) -> None:
    """--config, --reference, --claims and --as-of: where the data lives and which day it is."""
    p.add_argument("--config", type=cli_path, help="workbench.toml or pyproject.toml to use (default: found upwards)")
    p.add_argument("--reference", action="append", type=cli_path, metavar="PACKAGE",
                   help="reference data package: a folder (datapackage.json or .yaml, or bare CSVs) or a .zip of "
                        "one; repeat for several (default: reference_data)")
    p.add_argument("--claims", type=cli_path, metavar="DIR", help="folder of reviewer ledgers (default: claims)")
    p.add_argument("--as-of", type=iso_date, metavar="DATE", help="date the draft speaks from, overriding its front matter")


def package_inputs(config: Config) -> dict[Path, str]:
    """Every file of the configured reference packages (descriptor and resources, resolved) → what it is."""
    from ..paths import resolved
    from ..reference.files import package_file_paths

    return {resolved(f): f"a file of a reference package ({folder.name})"
            for folder in config.reference_dirs for f in package_file_paths(folder)}


def refuse_overwriting_inputs(outputs: Sequence[tuple[str, Path]], drafts: Sequence[Path], config: Config,
                              other_inputs: Sequence[Path] = (), packages: dict[Path, str] | None = None) -> None:
    """Before anything is written: no output file (``(option, path)``) may be a file this run reads — a
    draft, its ledger, a reference package's descriptor or resources (``packages``, as ``package_inputs``
    reads them; read here when not given), another input (a baseline, the configuration) — or another
    output. Any other file, new or already there (last run's report), is the user's to replace. A device
    or pipe (/dev/null, /dev/stdout) is no file to clobber."""
    from ..ledger.location import ledger_path_for
    from ..paths import resolved

    read: dict[Path, str] = {resolved(f): "an input of this run" for f in other_inputs}
    if config.source is not None:  # found upwards as often as named by --config: a report over it loses the settings
        read[resolved(config.source)] = "the configuration this run reads"
    read.update(package_inputs(config) if packages is None else packages)
    claims = config.claims_dir.name
    for draft in drafts:
        try:
            read[resolved(ledger_path_for(draft, config))] = f"a ledger in the ledgers' folder ({claims})"
        except (OSError, ValueError):  # no ledger can be placed for it: none is read
            pass
    read.update({resolved(d): "a draft this run reads" for d in drafts})
    written: dict[Path, str] = {}
    for option, path in outputs:
        if not is_plain_file_target(path):
            continue
        target = resolved(path)
        if target.is_dir():  # else found only after the whole run, as the temporary file beside it
            raise UsageError.at(f"{option} names a folder, not a file", str(path),
                                hint=f"give the file to write in it, e.g. {Path(path) / 'report'}")
        if target in read:
            problem = f"{option} would write over {read[target]}"
        elif target in written:
            problem = f"{option} would write over the output of {written[target]}"
        else:
            written[target] = option
            continue
        raise UsageError.at(problem, str(path), hint="write the output to a file of its own")


def is_plain_file_target(path: Path) -> bool:
    """Whether ``path`` is a file (or folder) on disk, or none yet: not the null device, a terminal or
    a pipe, which writing does not replace."""
    import stat

    if os.path.abspath(path) == os.devnull:
        return False
    try:
        mode = path.stat().st_mode
    except OSError:  # not there yet (or unreadable: the write says why)
        return True
    return stat.S_ISREG(mode) or stat.S_ISDIR(mode)


def refuse_unplaceable_output(option: str, path: Path) -> None:
    """An output file (a report, baseline or export) may go into a folder that does not exist yet: the write
    makes it, as pytest's --junitxml and ruff's --output-file do, so a CI job can name ``reports/x.sarif`` in
    a fresh checkout. Refused before any work is done only when no folder can be made there: a file stands
    where a folder would be, or the nearest existing folder cannot be written to."""
    if not is_plain_file_target(path):
        return
    target = Path(os.path.abspath(path))
    existing = target.parent
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise UsageError.at(f"{option}: {existing} is a file, so no folder can be made for this output", str(path),
                            hint="write the output elsewhere")
    if existing != target.parent and not os.access(existing, os.W_OK | os.X_OK):
        raise UsageError.at(f"{option}: the folder {target.parent} does not exist and {existing} may not be "
                            "written to, so it cannot be made", str(path),
                            hint="create the folder first or write the output elsewhere")


def write_output(path: Path, text: str) -> None:
    """A report, baseline or export: a file is replaced whole (never half written); a device or pipe
    is written to as it is, since replacing it would put a regular file in its place."""
    from ..atomic import error_on, write_atomic

    if is_plain_file_target(path):
        write_atomic(path.resolve(), text)
        return
    try:
        with open(path, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
    except OSError as exc:  # /dev/full, a pipe or terminal gone: the line names the output, not the draft read
        raise error_on(path, exc) from None


def config_from_args(args: argparse.Namespace) -> Config:
    """The configuration file's settings with the options of ``add_common`` on top (paths on the
    command line are relative to the working folder)."""
    from ..config import load_config

    config = load_config(file=args.config)
    reference = [p.resolve() for p in args.reference] if args.reference else None
    claims = args.claims.resolve() if args.claims else None
    as_of = args.as_of.isoformat() if args.as_of else None
    return config.merged(reference=reference, claims=claims, as_of=as_of)


@contextmanager
def long_lived(own_process: bool) -> Iterator[None]:
    """Build the state a command keeps to its end (pandas and the engine's modules, the reference
    data, its index) with the cyclic collector off, then freeze it (``gc.freeze``) and turn the
    collector back on. Building it allocates some 100,000 objects that live as long as the process
    and form no garbage: each collection their allocations set off walked all of them again, about
    a tenth of a cold `workbench check`'s CPU time. Frozen, later collections (a draft's own
    garbage) skip them. Only in a process of its own: a caller's process (the tests, the app)
    keeps its collector as it has it."""
    if not own_process or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def write(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


# Packages up to this size are cached by default; a bigger one would cost more disk and memory
# to write as Arrow than it saves (set WORKBENCH_CACHE_DIR to cache it anyway).
DEFAULT_CACHE_MAX_BYTES = 32 * 1024 * 1024
CACHE_DIR_ENV = "WORKBENCH_CACHE_DIR"


def reference_cache_dir(reference_dirs: Sequence[Path]) -> Path | None:
    """Where parsed reference packages are kept between runs, so a cold `workbench check` skips
    re-parsing unchanged data: ``WORKBENCH_CACHE_DIR`` when set, else none with
    ``WORKBENCH_NO_CACHE=1`` or a package too big, else ``$XDG_CACHE_HOME/claim-workbench``."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    if _package_bytes(reference_dirs) > DEFAULT_CACHE_MAX_BYTES:
        return None
    return cache_dir()


def cache_dir() -> Path | None:
    """The command's cache folder: ``WORKBENCH_CACHE_DIR``, else none with ``WORKBENCH_NO_CACHE=1``,
    else ``$XDG_CACHE_HOME/claim-workbench``."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    if os.environ.get("WORKBENCH_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claim-workbench"


def _package_bytes(dirs: Sequence[Path]) -> int:
    from ..reference.archive import expanded_bytes

    total = 0
    for folder in dirs:
        try:
            if folder.is_file():  # a zipped package: what its members expand to, which the cache would hold
                total += expanded_bytes(folder) or 0
            else:
                total += sum(entry.stat().st_size for entry in os.scandir(folder) if entry.is_file())
        except OSError:
            pass  # a missing folder or an unreadable archive is reported by the loader
    return total


def report_reference_problems(reference_dirs: Sequence[Path], cache_dir: Path | None,
                              skip_invalid: bool = False) -> ReferenceData:
    """Load the reference data (raising its one-line error when it cannot be used), return it, and say on stderr,
    one line each, what was taken despite a defect (a drifted label, cells beyond the header, a
    missing file left out, a folder described in memory) and, with ``--skip-invalid``, each
    resource left out for errors. What the matcher will miss stays with `reference validate`."""
    from ..reference import ProblemCode, load_reference
    from .reference import problem_lines

    data = load_reference(reference_dirs, cache_dir=cache_dir, skip_invalid=skip_invalid)
    warnings = [p for p in data.problems if not p.is_error and p.code != ProblemCode.MATCHING]
    for line in problem_lines(warnings):
        sys.stderr.write(line + "\n")
    first: dict[tuple[str | None, str | None], object] = {}
    for problem in data.problems:
        if problem.is_error:
            first.setdefault((problem.path, problem.resource), problem)
    for problem in first.values():
        sys.stderr.write(f"{problem.line_text()} — resource {problem.resource!r} left out "  # type: ignore[attr-defined]
                         f"(run `workbench reference validate` for every problem)\n")
    return data
