"""`workbench check`: drafts → CheckReport, the orchestration behind CI and the app.

``check_draft`` verifies one draft (extract → match → verify → consistency → ledger →
suppressions); ``check_paths`` expands folders and globs and runs many drafts on all cores with
the reference data loaded once per worker; ``run_check`` is the CLI handler (formats, files,
exit codes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import logging
import os
import re
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import write_atomic
from .config import Config, load_config
from .errors import ConfigError, DraftError, UsageError, WorkbenchError
from .models import CheckReport, ClaimResult, DraftInfo, DraftReport, Verdict
from .rules import rule_for

if TYPE_CHECKING:
    from .drafts import Draft
    from .reference import ReferenceData

EXIT_OK, EXIT_FLAGGED, EXIT_ERROR = 0, 1, 2
DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
# Below this many drafts, worker processes cost more than they save.
PARALLEL_THRESHOLD = 8


# ------------------------------------------------------------------------------------- one draft

def as_of_date(draft: Draft, config: Config) -> dt.date:
    """The date a draft speaks from: --as-of / config, else its front matter, else today."""
    if config.as_of:
        try:
            return dt.date.fromisoformat(str(config.as_of))
        except ValueError:
            raise ConfigError.at(f"as_of {config.as_of!r} is not an ISO date (YYYY-MM-DD)") from None
    return draft.date or dt.date.today()


_HEADING_LINE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+)$", re.MULTILINE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def context_before(draft: Draft, offset: int, limit: int = 600) -> str:
    """The claim's close context: its paragraph up to the claim, and the heading above it."""
    prose = draft.prose
    start = max(draft.body_start, offset - limit)
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(prose, start, offset)]
    paragraph = prose[(breaks[-1] if breaks else start):offset]
    headings = [m.group(1) for m in _HEADING_LINE.finditer(draft.text, draft.body_start, offset)]
    return (headings[-1] + "\n" if headings else "") + paragraph


_GAZETTEERS: dict[str, Any] = {}


def reference_gazetteer(reference: ReferenceData) -> Any:
    """The default gazetteer extended with the reference data's dimension values and aliases.

    Built once per reference fingerprint: each gazetteer compiles its own pattern.
    """
    from .gazetteer import Gazetteer

    cached = _GAZETTEERS.get(reference.fingerprint)
    if cached is None:
        _GAZETTEERS.clear()
        cached = _GAZETTEERS[reference.fingerprint] = Gazetteer.default().extended(reference.gazetteer_terms())
    return cached


def _extract(draft: Draft, as_of: dt.date, reference: ReferenceData) -> list[Any]:
    from . import extraction

    return extraction.extract(draft, as_of=as_of, gazetteer=reference_gazetteer(reference))


def check_draft(draft: Draft, reference: ReferenceData, config: Config,
                ledger: object | None = None) -> DraftReport:
    """Verify every claim of one draft; apply reviewer decisions from ``ledger`` and inline suppressions."""
    import dataclasses

    from .consistency import appositions, find_inconsistencies, parts_and_totals
    from .matching import (
        build_context,
        clause_around,
        match,
        reference_index,
        token_set,
    )
    from .suppression import apply_suppressions
    from .verify import verify

    as_of = as_of_date(draft, config)
    index = reference_index(reference)
    claims = _extract(draft, as_of, reference)
    # Two readings of the text around a claim that matching alone cannot see: a count that
    # restates a share is about the share's subject; listed parts are not their own total.
    restates = appositions(draft, claims)
    part_of = {part.id: total.id for parts, total in parts_and_totals(draft, claims) for part in parts}
    total_resources: dict[str, set[str]] = {}
    results: list[ClaimResult] = []
    for claim in sorted(claims, key=lambda c: c.start):
        try:  # one claim that cannot be checked must not take the draft's other claims down
            ctx = build_context(claim, context_before(draft, claim.start), as_of)
            share = restates.get(claim.id)
            if share is not None:
                offset = max(share.sentence.find(share.text), 0)
                ctx = dataclasses.replace(ctx, subject=ctx.subject | token_set(clause_around(share.sentence, offset)))
            candidates = match(claim, index, ctx)
            if claim.id in part_of:
                taken = total_resources.get(part_of[claim.id], set())
                candidates = [c for c in candidates if c.resource.name not in taken]
            if candidates:
                total_resources[claim.id] = {c.resource.name for c in candidates if c.score >= candidates[0].score - 0.08}
            results.append(verify(claim, candidates, index, ctx, config.tolerances))
        except Exception as exc:  # noqa: BLE001 — a bug in matching/verifying, not bad input
            results.append(unchecked_result(draft, claim, exc))
    if ledger is not None:
        results = [_apply_review(ledger, r) for r in results]
    findings_at = find_inconsistencies(draft, claims, index, as_of, config.tolerances)
    info = DraftInfo(path=draft.path, sha256=draft.sha256, date=as_of.isoformat(), title=draft.title,
                     url=draft.url)
    report = DraftReport(path=draft.path, draft=info, results=results, findings=[f for f, _ in findings_at])
    return apply_suppressions(report, draft.text, draft.line_col,
                              {i: offset for i, (_, offset) in enumerate(findings_at)})


UNCHECKED_PREFIX = "Could not be checked: "
_log = logging.getLogger(__name__)


def unchecked_result(draft: Draft, claim: Any, exc: Exception) -> ClaimResult:
    """The result of a claim whose verification failed: needs_review, saying why; the error is logged.

    One line at WARNING (the CLI's stderr stays one line per problem); the traceback is attached
    when the ``workbench`` logger is at DEBUG, as the app sets it for its server log."""
    what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    _log.warning("%s:%d:%d: claim %s (%r) could not be checked: %s (reported as needs_review; check it by "
                 "hand and report the bug)", draft.path, claim.line, claim.column, claim.id, claim.text, what,
                 exc_info=exc if _log.isEnabledFor(logging.DEBUG) else None)
    explanation = (f"{UNCHECKED_PREFIX}an internal error in the verification ({what}) stopped it; "
                   "the error was logged — check this figure by hand.")
    return ClaimResult(claim=claim, verdict=Verdict.needs_review, auto_verdict=Verdict.needs_review,
                       rule=rule_for(Verdict.needs_review), explanation=explanation)


def _apply_review(ledger: Any, result: ClaimResult) -> ClaimResult:
    """The reviewer's verdict wins (``ledger.Ledger.apply``); ``auto_verdict`` keeps the automatic one."""
    reviewed = ledger.apply(result)
    if reviewed.reviewed:
        entry = ledger.claims.get(result.claim.id)
        who = getattr(entry, "reviewer", None)
        note = getattr(entry, "note", None)
        said = f"; note: {note}" if note else ""
        reviewed = reviewed.model_copy(update={
            "explanation": f"Reviewed{' by ' + who if who else ''}: {reviewed.verdict.value.replace('_', ' ')} "
                           f"(automatic: {result.auto_verdict.value.replace('_', ' ')}{said}). {result.explanation}"})
    return reviewed.model_copy(update={"rule": rule_for(reviewed.verdict, reviewed.flags)})


def load_ledger_for(draft: Draft, config: Config) -> object | None:
    """The reviewer ledger ``claims/<stem>.json`` of a draft, when there is one."""
    path = config.claims_dir / f"{Path(draft.path).stem}.json"  # as ledger.ledger_path names it
    if not path.exists():
        return None  # the ledger module (and its models) is only imported when there is a ledger
    from . import ledger as ledger_module

    return ledger_module.load_ledger(ledger_module.ledger_path(draft.path, config.claims_dir), draft)


# ------------------------------------------------------------------------------------- reference data

# Packages up to this size are cached by default; a bigger one would cost more disk and memory
# to pickle than it saves (set WORKBENCH_CACHE_DIR to cache it anyway).
DEFAULT_CACHE_MAX_BYTES = 32 * 1024 * 1024


def _package_bytes(dirs: Sequence[Path]) -> int:
    total = 0
    for folder in dirs:
        try:
            total += sum(entry.stat().st_size for entry in os.scandir(folder) if entry.is_file())
        except OSError:
            pass  # a missing folder is reported by the loader
    return total


def default_cache_dir() -> Path:
    """Where the CLI keeps parsed reference packages between runs (reference.py's disk cache)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claim-workbench"


# ------------------------------------------------------------------------------------- many drafts

def expand_paths(paths: Sequence[str], config: Config) -> list[str]:
    """Draft files from files, folders and globs (default: the configured ``drafts`` globs)."""
    patterns = list(paths) or [str(config.resolve(Path(p))) for p in config.drafts]
    found: list[str] = []
    for pattern in patterns:
        p = Path(pattern)
        if p.is_dir():
            found += sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in DRAFT_SUFFIXES)
        elif glob.has_magic(pattern):
            matches = sorted(m for m in glob.glob(pattern, recursive=True) if Path(m).is_file())
            if not matches and paths:
                raise DraftError.at("no draft matches this pattern", pattern, hint="check the glob")
            found += matches
        else:
            found.append(pattern)  # a missing file is reported by load_draft, as a bad input
    unique = list(dict.fromkeys(_shown(f) for f in found))
    if not unique:
        raise DraftError.at("no drafts to check", ", ".join(patterns) or None,
                            hint="name draft files or folders, or set `drafts` in the configuration")
    return unique


def _shown(path: str) -> str:
    """A path as the user will recognise it: relative when inside the working folder."""
    p = Path(path)
    if not p.is_absolute():
        return path
    try:
        return p.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path


# Worker state: each process loads the reference data once.
_WORKER: dict[str, Any] = {}


def _worker_init(config_json: str, root: str) -> None:
    from .matching import reference_index
    from .reference import load_reference

    config = Config.model_validate_json(config_json).model_copy(update={"root": Path(root)})
    _WORKER["config"] = config
    if "reference" not in _WORKER:  # inherited when forked
        _WORKER["reference"] = load_reference(config.reference_dirs)
    reference_index(_WORKER["reference"])


def _worker_check(path: str) -> DraftReport | tuple[type[WorkbenchError], dict[str, Any]]:
    """One draft in a worker. A user error comes back as data: exceptions with fields do not
    survive pickling, and the parent must raise it with its own path:line:col."""
    from .drafts import load_draft

    config: Config = _WORKER["config"]
    try:
        draft = load_draft(path)
        return check_draft(draft, _WORKER["reference"], config, load_ledger_for(draft, config))
    except WorkbenchError as exc:
        return type(exc), {"path": exc.path, "line": exc.line, "column": exc.column, "params": exc.params}


def _summary(drafts: Iterable[DraftReport]) -> dict[str, int]:
    counts = {v.value: 0 for v in Verdict}
    counts["suppressed"] = 0
    counts["findings"] = 0
    for d in drafts:
        for r in d.results:
            counts["suppressed" if r.suppressed else r.verdict.value] += 1
        counts["findings"] += len(d.findings)
    return counts


def check_paths(paths: list[str], config: Config, jobs: int | None = None, progress: bool = False) -> CheckReport:
    """Check every draft under ``paths`` (files, folders, globs) and return one report."""
    from .reference import load_reference

    files = expand_paths(paths, config)
    reference = load_reference(config.reference_dirs)
    workers = jobs or os.cpu_count() or 1
    bar = _Progress(len(files)) if progress else None
    reports: list[DraftReport] = []
    if workers <= 1 or len(files) < PARALLEL_THRESHOLD:
        from .drafts import load_draft

        for path in files:
            draft = load_draft(path)
            reports.append(check_draft(draft, reference, config, load_ledger_for(draft, config)))
            if bar:
                bar.step()
    else:
        import multiprocessing

        # On Linux, forked workers share the parent's loaded data and index copy-on-write
        # (measured 1.5–2x faster than fresh workers for 1,000 drafts; the workers never call
        # into Arrow, whose threads the parent started while reading CSVs). Elsewhere, or with
        # WORKBENCH_START_METHOD=forkserver|spawn, each worker loads and indexes the data once.
        default = "fork" if sys.platform.startswith("linux") else multiprocessing.get_start_method()
        method = os.environ.get("WORKBENCH_START_METHOD") or default
        if method not in multiprocessing.get_all_start_methods():
            raise ConfigError.at(f"WORKBENCH_START_METHOD={method!r} is not available here; use one of "
                                 f"{', '.join(multiprocessing.get_all_start_methods())}")
        if method == "fork":
            from .matching import reference_index

            reference_index(reference)
            _WORKER["reference"] = reference
        context = multiprocessing.get_context(method)
        chunk = max(1, min(32, len(files) // (workers * 4) or 1))
        with ProcessPoolExecutor(max_workers=min(workers, len(files)), mp_context=context,
                                 initializer=_worker_init,
                                 initargs=(config.model_dump_json(), str(config.root))) as pool:
            for report in pool.map(_worker_check, files, chunksize=chunk):
                if isinstance(report, tuple):
                    error_type, fields = report
                    raise error_type(**fields)
                reports.append(report)
                if bar:
                    bar.step()
    if bar:
        bar.close()
    return CheckReport(drafts=reports, summary=_summary(reports))


class _Progress:
    """A one-line progress bar on stderr (only used when stderr is a terminal)."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self._draw()

    def _draw(self) -> None:
        width = 30
        filled = width * self.done // max(self.total, 1)
        sys.stderr.write(f"\rchecking [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
        sys.stderr.flush()

    def step(self) -> None:
        self.done += 1
        if self.done == self.total or self.done % max(1, self.total // 100) == 0:
            self._draw()

    def close(self) -> None:
        sys.stderr.write("\r" + " " * 60 + "\r")
        sys.stderr.flush()


# ------------------------------------------------------------------------------------- the command

def parse_formats(values: Sequence[str] | None) -> list[tuple[str, Path | None]]:
    """``--format text --format sarif:out.sarif`` → [("text", None), ("sarif", Path("out.sarif"))]."""
    from .reports import RENDERERS

    out: list[tuple[str, Path | None]] = []
    for value in values or ["text"]:
        fmt, _, file = value.partition(":")
        fmt = fmt.strip().lower()
        if fmt not in RENDERERS:
            raise UsageError.at(f"--format {value!r}: unknown format {fmt!r}; choose from {', '.join(RENDERERS)}")
        out.append((fmt, Path(file) if file else None))
    if sum(1 for _, f in out if f is None) > 1:
        raise UsageError.at("only one --format may go to stdout; give the others a file (FORMAT:FILE)")
    return out


def parse_fail_on(value: str) -> list[Verdict]:
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


def write_report(path: Path, text: str) -> None:
    """Write a report file atomically: never half a report."""
    path = path.resolve()
    if not path.parent.is_dir():
        raise UsageError.at("the folder for this report does not exist", str(path.parent),
                            hint="create it first or write the report elsewhere")
    write_atomic(path, text)


def failing(report: CheckReport, fail_on: Sequence[Verdict]) -> int:
    """How many unsuppressed claims and findings have a verdict in ``fail_on``."""
    wanted = set(fail_on)
    count = 0
    for draft in report.drafts:
        count += sum(1 for r in draft.results if not r.suppressed and r.verdict in wanted)
        count += sum(1 for f in draft.findings if f.verdict in wanted)
    return count


def config_from_args(args: argparse.Namespace) -> Config:
    config = load_config(file=getattr(args, "config", None))
    fail_on = parse_fail_on(args.fail_on) if getattr(args, "fail_on", None) is not None else None
    reference = [p.resolve() for p in args.reference] if getattr(args, "reference", None) else None
    claims = args.claims.resolve() if getattr(args, "claims", None) else None
    as_of = args.as_of.isoformat() if getattr(args, "as_of", None) else None
    return config.merged(reference=reference, claims=claims, fail_on=fail_on, as_of=as_of)


def run_check(args: argparse.Namespace) -> int:
    """The `workbench check` handler: 0 clean, 1 flagged, 2 bad input or configuration."""
    formats = parse_formats(args.format)
    config = config_from_args(args)
    # A cold `workbench check` skips re-parsing unchanged reference data: the reference
    # module's content-keyed disk cache, on by default here (WORKBENCH_NO_CACHE=1 turns it off).
    if not os.environ.get("WORKBENCH_NO_CACHE") and not os.environ.get("WORKBENCH_CACHE_DIR") \
            and _package_bytes(config.reference_dirs) <= DEFAULT_CACHE_MAX_BYTES:
        os.environ["WORKBENCH_CACHE_DIR"] = str(default_cache_dir())
    progress = sys.stderr.isatty() and not getattr(args, "no_progress", False)
    jobs = getattr(args, "jobs", None)
    if jobs is not None and jobs < 1:
        raise UsageError.at("--jobs must be at least 1")
    report = check_paths(list(args.drafts or []), config, jobs=jobs, progress=progress)
    from .reports import render

    root = config.root
    rendered = [(render(report, fmt, root), file) for fmt, file in formats]
    for text, file in rendered:
        if file is not None:
            write_report(file, text)
    for text, file in rendered:
        if file is None:
            sys.stdout.write(text)
    sys.stdout.flush()
    if args.exit_zero:
        return EXIT_OK
    return EXIT_FLAGGED if failing(report, config.fail_on) else EXIT_OK
