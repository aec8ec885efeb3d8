"""`workbench check`: verify drafts like a linter (exit 0 clean, 1 flagged, 2 bad input).

The environment is read here and nowhere below: ``WORKBENCH_START_METHOD`` (how worker processes
start) and the reference cache switches ``WORKBENCH_NO_CACHE``, ``WORKBENCH_CACHE_DIR`` and
``XDG_CACHE_HOME``.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..errors import ConfigError, UsageError, WorkbenchError
from .common import (EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, add_common, cli_path, cli_text, config_from_args, long_lived,
                     package_inputs, reference_cache_dir, refuse_overwriting_inputs, refuse_unplaceable_output,
                     report_reference_problems, say, write_output)

if TYPE_CHECKING:
    from ..baseline import Baseline
    from ..check import OnUnreadable, StartMethod
    from ..config import Config
    from ..models import CheckReport, Verdict

def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="verify drafts against reference data, like a linter")
    p.add_argument("drafts", nargs="*", help="draft files, folders or globs (default: the configured drafts)")
    add_common(p)
    p.add_argument("--format", action="append", metavar="FORMAT[:FILE]",
                   help="text|json|junit|sarif|github|markdown, optionally :FILE to write it there; repeatable")
    p.add_argument("--fail-on", type=cli_text, metavar="V,…", help="verdicts that fail the run (default: contradicted,unsupported)")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when claims are flagged")
    p.add_argument("--configured-only", action="store_true",
                   help="check only the given files that the `drafts` globs of the configuration match "
                        "(for hooks that pass every changed file); nothing left: exit 0; a file that is not "
                        "there: one line, exit 2")
    p.add_argument("--baseline", type=cli_path, metavar="FILE",
                   help="fail only on findings not in this baseline (see --write-baseline; docs/ci.md)")
    p.add_argument("--write-baseline", type=cli_path, metavar="FILE",
                   help="record every current finding in FILE (keyed by draft, claim text and sentence) and exit 0")
    p.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.add_argument("--skip-invalid", action="store_true",
                   help="leave out reference resources with errors (each named on stderr) and check with the rest")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """0 clean, 1 flagged, 2 bad input or configuration."""
    from ..check import check_paths, failing, prepare
    from ..reports import render

    formats = parse_formats(args.format)
    config = config_from_args(args)
    if args.fail_on is not None:
        config = config.merged(fail_on=parse_fail_on(args.fail_on))
    if args.jobs is not None and args.jobs < 1:
        raise UsageError.at("--jobs must be at least 1")
    baseline = _load_baseline_arg(args)  # a missing or broken baseline is bad input before any work
    outputs = [(f"--format {fmt}", file) for fmt, file in formats if file is not None]
    if args.write_baseline is not None:
        outputs.append(("--write-baseline", args.write_baseline))
    inputs = [f for f in (args.baseline, args.config) if f is not None]
    packages = package_inputs(config)  # read once: the outputs are checked again once the drafts are found
    refuse_overwriting_inputs(outputs, [Path(d) for d in args.drafts if Path(d).is_file()], config, inputs, packages)
    for option, file in outputs:  # a report with nowhere to go is refused before the drafts are checked, not after
        refuse_unplaceable_output(option, file)
    # a draft of many that cannot be read or checked is one line each, as a linter reports a file it cannot parse;
    # the others are checked and reported as if it were absent, and the run exits 2 at the end
    unreadable: list[WorkbenchError] = []
    if args.configured_only:
        args.drafts = configured_drafts(args.drafts, config, unreadable.append)
        if not args.drafts:
            _say_each(unreadable)
            return EXIT_ERROR if unreadable else EXIT_OK
    cache_dir = reference_cache_dir(config.reference_dirs)
    method = start_method()
    with long_lived(getattr(args, "own_process", False)):
        reference = report_reference_problems(config.reference_dirs, cache_dir, args.skip_invalid)
        if method in (None, "fork"):  # fresh workers (forkserver, spawn) build their own
            prepare(reference)
    bar = ProgressBar() if sys.stderr.isatty() and not args.no_progress else None
    report = check_paths(args.drafts, config, jobs=args.jobs, progress=bar, start_method=method,
                         cache_dir=cache_dir, skip_invalid=args.skip_invalid, reference=reference,
                         on_unreadable=unreadable.append)
    if bar:
        bar.close()
    _say_each(unreadable)
    if unreadable and not report.drafts:  # nothing was checked: no report, as for a single bad draft
        return EXIT_ERROR
    # the drafts the folders and globs stood for, as found (relative to the working folder or the project)
    found = [d.path for d in report.drafts] + [e.path for e in unreadable if e.path]
    checked = [Path(f) for f in found] + [config.resolve(Path(f)) for f in found]
    refuse_overwriting_inputs(outputs, checked, config, inputs, packages)
    rendered = [(render(report, fmt, config.root), file) for fmt, file in formats]
    for text, file in rendered:
        if file is not None:
            write_output(file, text)
    if args.write_baseline is not None:
        from ..baseline import baseline_of, serialise

        write_output(args.write_baseline, serialise(baseline_of(report, config.root)))
    for text, file in rendered:
        if file is None:
            sys.stdout.write(text)
    sys.stdout.flush()
    if unreadable:  # the run cannot say the drafts are clean: bad input wins over findings and --exit-zero
        return EXIT_ERROR
    if args.write_baseline is not None or args.exit_zero:
        return EXIT_OK
    if baseline is not None:
        return _exit_with_baseline(report, config, baseline)
    return EXIT_FINDINGS if failing(report, config.fail_on) else EXIT_OK


def configured_drafts(files: Sequence[str], config: "Config",
                      on_unreadable: "OnUnreadable | None" = None) -> list[str]:
    """The ``files`` that the configuration's ``drafts`` globs match (paths as given); a folder the globs
    cannot list is an error (``glob_files``), not a reason to pass its drafts over: raised, or told to
    ``on_unreadable`` while the globs list the rest."""
    from ..check import unreadable_error
    from ..paths import glob_files

    def listing_failed(error: OSError) -> None:
        assert on_unreadable is not None
        on_unreadable(unreadable_error(error))

    on_error = listing_failed if on_unreadable is not None else None
    matched = {Path(m).resolve() for pattern in config.drafts
               for m in glob_files(str(config.resolve(Path(pattern))), on_error)}
    # a named file that is not there is bad input, not a file outside the globs: kept, so the check says
    # 'no such file' in one line and exits 2 (a hook handed a path that is gone must not pass in silence)
    return [f for f in files if Path(f).resolve() in matched or not (glob.has_magic(f) or os.path.lexists(f))]


def _say_each(unreadable: Sequence[WorkbenchError]) -> None:
    """One line on stderr for each draft or folder a run left out, by path (as the reports list drafts); a folder
    a glob's ``**`` met twice is one line."""
    for line in dict.fromkeys(str(e) for e in sorted(unreadable, key=lambda e: e.path or "")):
        say(line)


def _load_baseline_arg(args: argparse.Namespace) -> "Baseline | None":
    if args.baseline is not None and args.write_baseline is not None:
        raise UsageError.at("give --baseline or --write-baseline, not both")
    if args.write_baseline is not None:
        refuse_unplaceable_output("--write-baseline", args.write_baseline)
    if args.baseline is None:
        return None
    from ..baseline import load_baseline

    return load_baseline(args.baseline)


def _exit_with_baseline(report: "CheckReport", config: "Config", baseline: "Baseline") -> int:
    """1 only when a finding the baseline does not hold has a failing verdict."""
    from ..baseline import new_findings

    new = [e for e in new_findings(report, baseline, config.root) if e.verdict in config.fail_on]
    return EXIT_FINDINGS if new else EXIT_OK


def parse_formats(values: Sequence[str] | None) -> list[tuple[str, Path | None]]:
    """``--format text --format sarif:out.sarif`` → [("text", None), ("sarif", Path("out.sarif"))]."""
    from ..reports import RENDERERS

    out: list[tuple[str, Path | None]] = []
    for value in values or ["text"]:
        fmt, _, file = value.partition(":")
        fmt = fmt.strip().lower()
        if fmt not in RENDERERS:
            raise UsageError.at(f"--format {value!r}: unknown format {fmt!r}; choose from {', '.join(RENDERERS)}")
        try:
            out.append((fmt, cli_path(file) if file else None))
        except argparse.ArgumentTypeError as exc:
            raise UsageError.at(f"--format {fmt}: {exc}") from None
    if sum(1 for _, f in out if f is None) > 1:
        raise UsageError.at("only one --format may go to stdout; give the others a file (FORMAT:FILE)")
    return out


def parse_fail_on(value: str) -> list[Verdict]:
    from ..models import Verdict

    verdicts: list[Verdict] = []
    for part in value.split(","):
        part = part.strip().replace("-", "_").replace(" ", "_")
        if not part:
            continue
        try:
            verdicts.append(Verdict(part))
        except ValueError:
            raise UsageError.at(f"--fail-on: {part!r} is not a verdict; choose from "
                                f"{', '.join(v.value for v in Verdict)}") from None
    return verdicts


def start_method() -> StartMethod | None:
    """``WORKBENCH_START_METHOD`` (fork, forkserver or spawn), checked against this platform."""
    method = os.environ.get("WORKBENCH_START_METHOD")
    if not method:
        return None
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        raise ConfigError.at(f"WORKBENCH_START_METHOD={method!r} is not available here; use one of "
                             f"{', '.join(multiprocessing.get_all_start_methods())}")
    return cast("StartMethod", method)


class ProgressBar:
    """A one-line progress bar on stderr (only used when stderr is a terminal)."""

    WIDTH = 30

    def __call__(self, done: int, total: int) -> None:
        if done in (0, total) or done % max(1, total // 100) == 0:
            filled = self.WIDTH * done // max(total, 1)
            sys.stderr.write(f"\rchecking [{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{total}")
            sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\r" + " " * 60 + "\r")
        sys.stderr.flush()
