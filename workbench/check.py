"""`workbench check`: drafts → CheckReport, the orchestration behind CI and the app.

``check_draft`` verifies one draft (extract → match → verify → consistency → ledger →
suppressions); ``check_paths`` expands folders and globs and runs many drafts on all cores with
the reference data loaded once per worker; ``failing`` counts what fails a run.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import glob
import logging
import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .config import Config
from .errors import ConfigError, DraftError, InternalError, LedgerError, WorkbenchError, note_input
from .models import CheckReport, Claim, ClaimResult, DraftInfo, DraftReport, Verdict
from .rules import rule_for
from .text import clause_around, surface_at, token_set
from .units import is_money
from .presentation import shown_path

if TYPE_CHECKING:
    from .drafts import Draft
    from .ledger import Ledger
    from .reference import ReferenceData

StartMethod = Literal["fork", "forkserver", "spawn"]
DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
DRAFT_KINDS = "drafts are .md, .markdown or .txt files"


def is_draft_name(path: str | os.PathLike[str]) -> bool:
    """What a folder or a glob yields as a draft (docs/check.md): a broad glob (``**``) also reaches the
    configuration, scripts and data files, which are never prose to check. A file named outright is read
    whatever its name."""
    return Path(path).suffix.lower() in DRAFT_SUFFIXES
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


def extracted(drafts: Sequence[Draft], reference: ReferenceData, config: Config) -> list[list[Claim] | None]:
    """The claims ``check_draft`` reads from each draft, read from all of them together (``extract_many``: the
    same claims, faster for a stream of drafts). A failure in the extractor gives None for every draft, so that
    each draft's check reads its own claims and the error names the draft it happened on."""
    from . import extraction

    days = [as_of_date(draft, config) for draft in drafts]
    try:
        found: list[list[Claim] | None] = list(extraction.extract_many(drafts, days, reference_gazetteer(reference)))
    except Exception:  # noqa: BLE001 — a bug: told with its draft by that draft's own check
        return [None] * len(drafts)
    return found


def check_draft(draft: Draft, reference: ReferenceData, config: Config,
                ledger: Ledger | None = None, claims: list[Claim] | None = None) -> DraftReport:
    """Verify every claim of one draft; apply reviewer decisions from ``ledger`` and inline suppressions.
    ``claims``: the draft's claims already read (``extracted``); else they are read here."""
    import dataclasses

    from .consistency import appositions, find_inconsistencies, parts_and_totals
    from .matching import describe_context, draft_context, match, reference_index
    from .matching.carried import describe_period
    from .verify.explain import describe_period_source
    from .verify.beyond_data import beyond_every_package
    from .verify.fx.currency_rows import unread_currency_row
    from .verify.fx.unheld import names_a_currency_move
    from .matching.labels import as_written, labelled_claim
    from .matching.measure import describe_measure, measure_words, names_own_measure
    from .matching.relative import (Reanchored, Unanchored, describe_relative, period_basis_words, reanchor_compared,
                                    reanchor_relative, review_run_date_year)
    from .glossed import read_glossed
    from .languages import home_currency_of, names_bare_level_measure
    from .suppression import apply_suppressions
    from .verify import rate_of_change_claim, verify
    from .verify.list_basis import review_agreeing_rate_in_list
    from .verify.same_row import review_farther_figure_on_shared_row
    from .verify.measures.nominal import money_levels
    from .verify.periods.undated import dated_units_before
    from .verify.rivals import stated_figures

    as_of = as_of_date(draft, config)
    index = reference_index(reference)
    if claims is None:
        claims = _extract(draft, as_of, reference)
    relative: Reanchored = {}
    unanchored: Unanchored = {}
    dated = bool(config.as_of or draft.date)  # a date the draft's undated figures can be read against
    if not dated:
        claims, relative, unanchored = reanchor_relative(claims, draft, as_of)
    else:  # 'against 6.4 % last year' after '3.5 % in 2023': counted from the compared figure's year
        claims, relative = reanchor_compared(claims, as_of)
    gazetteer = reference_gazetteer(reference)
    glossed = read_glossed(draft, claims, lambda text: _extract(text, as_of, reference))
    if not dated and glossed.twins:  # 'im Vorjahr' (the previous year) counts from the glossed text's year
        twins, moved, left = reanchor_relative(list(glossed.twins.values()), glossed.draft, as_of)
        glossed.twins = {twin.id: twin for twin in twins}
        relative.update({i: (period, layer, glossed.as_written_words(draft, glossed.twins[i], words))
                         for i, (period, layer, words) in moved.items()})
        unanchored = {i: words for i, words in unanchored.items() if i not in glossed.twins} | left
    elif glossed.twins:  # 'έναντι 6,4% πέρσι' glossed: the same count on the English twin
        twins, moved = reanchor_compared(list(glossed.twins.values()), as_of)
        glossed.twins = {twin.id: twin for twin in twins}
        relative.update({i: (period, layer, glossed.as_written_words(draft, glossed.twins[i], words))
                         for i, (period, layer, words) in moved.items()})
    claims = glossed.claims(claims)
    # Two readings of the text around a claim that matching alone cannot see: a count and a share that
    # restate each other are each about the other's subject; listed parts are not their own total.
    restates = appositions(draft, claims)
    part_of = {part.id: total.id for parts, total in parts_and_totals(draft, claims) for part in parts}
    # the series (with the places they were read for) of each stated total: its listed parts do not read them
    total_resources: dict[str, set[tuple[str, frozenset[str]]]] = {}
    levels = money_levels(claims)
    if glossed.twins:  # a glossed sentence's level as its English words tell it ('about' before a conversion, the
        # economy named again before its percent), where the sentence as written has one at all
        english = money_levels([glossed.claim(c) for c in claims])
        levels = {i: english[i] for i in levels if i in english}
    figures = stated_figures(claims)
    dated_earlier = dated_units_before(claims)
    money = paragraph_money(draft, claims, glossed.claim)
    results: list[ClaimResult] = []
    for written in sorted(claims, key=lambda c: c.start):
        in_english = glossed.claim(written)  # a glossed paragraph's claim is read in English
        try:  # one claim that cannot be checked must not take the draft's other claims down
            claim = labelled_claim(in_english)  # a fact box's label lends its unit: 'CO2, t per capita: 7.4'
            read_in = glossed.draft_for(claim) or draft
            ctx = dataclasses.replace(draft_context(claim, read_in, as_of, gazetteer, dated=dated,
                                                    money=money.get(draft.paragraph_at(written.start).start, frozenset())),
                                      money_levels=levels.get(written.id, ()), sentence_figures=figures[written.id],
                                      dated_before=dated_earlier[written.id],
                                      written=written.text,
                                      home_currency=home_currency_of(glossed.gloss.language_at(written.start)))
            if claim.id in relative:  # its year counted from a year the text writes, not from the day of the check
                ctx = dataclasses.replace(ctx, year_from_text=True)
            claim = rate_of_change_claim(claim, ctx)  # 'the growth rate fell from 2.2 % to 1.5 %': the rows' growth
            restated = restates.get(claim.id)
            if restated is not None:
                restated = glossed.claim(restated)  # its clause's words as the claim's are read, in English
                offset = max(surface_at(restated.sentence, restated.text), 0)
                ctx = dataclasses.replace(ctx, subject=ctx.subject | token_set(clause_around(restated.sentence, offset)))
            candidates = match(claim, index, ctx)
            if claim.id in part_of:
                # a part is no figure of its total's series for the total's place; another place's row of that
                # series is its own ('Saudi Arabia (621 Mt), followed by the UAE (206 Mt), Iraq (204)': a ranking)
                taken = total_resources.get(part_of[claim.id], set())
                candidates = [c for c in candidates if (c.resource.name, _places_of(c)) not in taken]
            if candidates:
                total_resources[claim.id] = {(c.resource.name, _places_of(c)) for c in candidates
                                             if c.score >= candidates[0].score - 0.08}
            result = describe_context(verify(claim, candidates, index, ctx, config.tolerances), candidates)
            result = describe_relative(describe_measure(describe_period(result, ctx), ctx), relative.get(claim.id))
            result = describe_period_source(result)
            if claim.id not in relative:
                result = review_run_date_year(result, unanchored.get(claim.id), period_basis_words(config.tolerances))
            # an amount of a currency names what it measures by its unit ('495,84 tengués'), as a word of a series does;
            # so does the reading of an earlier text that named it ('the population of …' above 'on 1 January 2015 – …')
            # … and so does a currency no rate series holds that a percent figure's sentence names ('the taka's depreciation
            # was 30 %': its exchange rate's change, which no row judges; beside a currency the series hold, 'nothing matches'
            # is a reading that missed the move); a bare figure beside one ('before 10 the dollar passed 12 kroner') may be a
            # time or a price
            # … and so does a noun news copy names a measure by, held or not ('8 042 children were born': births)
            # … and so does a measure whose figures are written bare, held or not, for a bare level ('the dollar index
            # … reached 112.89': an index's level, its measure said in full)
            own_words = ctx.sentence - ctx.entities - ctx.place_words
            names_measure = names_own_measure(index, own_words) or is_money(claim.unit) \
                or claim.unit == "%" and names_a_currency_move(ctx.subject, own_words, index, config.tolerances) \
                or ctx.measure_from is not None \
                or not claim.unit and names_bare_level_measure(claim.sentence)
            # a sentence before it in its paragraph names one ('Le PIB du Maroc … Il atteindrait 121,4 milliards'), its
            # words read by the English reading too; not a table's header above its row, whose cells may hold the place
            # the reading left unread
            measure_before = not ctx.table_row and bool(measure_words(index, ctx.before))
            result = glossed.restore(as_written(result, claim, in_english), written, names_measure, measure_before)
            # a figure no package could judge whatever its unread words mean ('19,8 trilyon dolarla' beside Çin, GDP
            # held for Kazakhstan and Russia only) is declined, not sent to a person; a paragraph in a script no
            # language is read in was not read at all, its places neither
            if not glossed.in_unread_script(written):
                result = beyond_every_package(result, claim, index, ctx, config.tolerances)
            # 'U.S. dollar 100 646.55' under 'Currency unit | Central parity rate in yuan': a quote not read, not no figure
            result = unread_currency_row(result, claim, ctx, config.tolerances)
            results.append(result)
        except Exception as exc:  # noqa: BLE001 — a bug in matching or verifying, not bad input
            results.append(unchecked_result(draft, written, exc))
    # a list's rates on another basis: one that meets its annual average does so by coincidence
    results = review_agreeing_rate_in_list(results)
    # two figures of a sentence met by one row: the farther one is another quantity the text sets apart
    results = review_farther_figure_on_shared_row(results)
    if ledger is not None:
        results = [_with_review(ledger, r) for r in results]
    findings_at = find_inconsistencies(draft, claims, index, as_of, config.tolerances, gazetteer)
    info = DraftInfo(path=draft.path, sha256=draft.sha256, date=draft.shown_date(as_of), title=draft.title,
                     url=draft.url)
    report = DraftReport(path=draft.path, draft=info, results=results, findings=[f for f, _ in findings_at])
    return apply_suppressions(report, draft.text, draft.line_col,
                              {i: offset for i, (_, offset) in enumerate(findings_at)})


def paragraph_money(draft: Draft, claims: Iterable[Claim], read: Callable[[Claim], Claim]) -> dict[int, frozenset[str]]:
    """Where each paragraph starts → the currencies of the amounts its claims state, as ``read`` (their English
    reading) gives their units: the money a paragraph counts in, which may name its country."""
    found: dict[int, set[str]] = {}
    for claim in claims:
        unit = read(claim).unit
        if is_money(unit):
            found.setdefault(draft.paragraph_at(claim.start).start, set()).add(unit)
    return {start: frozenset(units) for start, units in found.items()}


def _places_of(candidate: Any) -> frozenset[str]:
    """The places a candidate's rows were read for (its place dimensions' matched values)."""
    return frozenset(v for d in candidate.resource.place_dims for v in candidate.matched_dims.get(d, []))


UNCHECKED_PREFIX = "Could not be checked: "
UNCHECKED_REASON = "unchecked"  # the reason code of such a result (docs/check.md)
_log = logging.getLogger(__name__)


def unchecked_result(draft: Draft, claim: Claim, exc: Exception) -> ClaimResult:
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
                       rule=rule_for(Verdict.needs_review), reason=UNCHECKED_REASON, explanation=explanation)


def _with_review(ledger: Ledger, result: ClaimResult) -> ClaimResult:
    """The reviewer's decision applied; a reviewed result's explanation says who decided what."""
    from .ledger import apply_decision

    entry = ledger.claims.get(result.claim.id)
    reviewed = apply_decision(result, entry)
    if not reviewed.reviewed or entry is None:
        return reviewed
    said = f"; note: {entry.note}" if entry.note else ""
    who = f" by {entry.reviewer}" if entry.reviewer else ""
    return reviewed.model_copy(update={
        "explanation": f"Reviewed{who}: {reviewed.verdict.value.replace('_', ' ')} "
                       f"(automatic: {result.auto_verdict.value.replace('_', ' ')}{said}). {result.explanation}"})


def load_ledger_for(draft: Draft, config: Config) -> Ledger | None:
    """The reviewer ledger of a draft (``claims/<path under the drafts root>.json``), when there is one."""
    from .ledger import load_ledger_of

    return load_ledger_of(draft.path, draft, config)


# ------------------------------------------------------------------------------------- many drafts

OnUnreadable = Callable[[WorkbenchError], None]
"""Told each draft a run over many leaves out because it cannot be read or checked (``PER_DRAFT_ERRORS``)."""

# What makes one draft of many impossible to check, while the others can be: its own bytes (binary, broken front
# matter, not UTF-8, no permission, a link looping), or its ledger (corrupt, written for other bytes). A bad
# configuration or reference package is every draft's problem and still ends the run at once.
PER_DRAFT_ERRORS: tuple[type[WorkbenchError], ...] = (DraftError, LedgerError)


def unreadable_error(error: OSError) -> DraftError:
    """A folder or a draft's name that the system refuses to list or open, as the one line a run over many drafts
    tells for it (the CLI words a lone OSError the same way)."""
    import errno

    path = shown_path(error.filename) if error.filename else "<input>"
    reason = error.strerror or str(error)
    if error.errno in (errno.EACCES, errno.EPERM):
        hint = "check the permissions of the file and its folder; its drafts were not checked"
    elif error.errno in (errno.ELOOP, errno.ENOENT):
        hint = "fix or remove the link; it was not checked"
    else:
        hint = "check the path; it was not checked"
    return DraftError.at(reason, path, hint=hint)


def expand_paths(paths: Sequence[str], config: Config, on_unreadable: OnUnreadable | None = None) -> list[str]:
    """Draft files from files, folders and globs (default: the configured ``drafts`` globs).

    A file found in a folder or by a glob must resolve (symlinks followed) inside that folder or
    the glob's folder; a named file that is a link, inside its own folder, the project or the
    working folder. Anything else is refused (``DraftError``), never read. A folder that cannot be
    listed and a draft's name that is a link looping or leading nowhere are errors too: raised, or
    with ``on_unreadable`` each told to it and left out while the rest is listed.
    """
    from .paths import files_under, glob_base, glob_files, within

    told: set[str] = set()  # drafts or folders left out, each told to on_unreadable once (`**` lists a folder twice)

    def tell(error: WorkbenchError) -> None:
        if on_unreadable is None:
            raise error
        if str(error) not in told:
            told.add(str(error))
            on_unreadable(error)

    def listing_failed(error: OSError) -> None:
        tell(unreadable_error(error))

    listing_error = listing_failed if on_unreadable is not None else None

    patterns = list(paths) or [str(config.resolve(Path(p))) for p in config.drafts]
    found: list[str] = []
    for pattern in patterns:
        p = Path(pattern)
        if p.is_dir():
            files, roots = [str(f) for f in files_under(p, DRAFT_SUFFIXES, listing_error)], [p]
        elif glob.has_magic(pattern) and not os.path.lexists(pattern):  # a draft named 'prices [draft].md' is a file
            files = [f for f in glob_files(pattern, listing_error) if is_draft_name(f)]
            if not files and paths:
                raise DraftError.at("no draft matches this pattern", pattern, hint=f"check the glob; {DRAFT_KINDS}")
            roots = [glob_base(pattern)]
        else:
            files, roots = [pattern], [p.parent, config.root, Path.cwd()]  # a missing file: load_draft says so
        if len(roots) == 1:  # found by a folder or a glob, not named
            data = project_data_inside(roots[0], config)
            files = [f for f in files if not within(f, data)]
        for file in files:
            named = len(roots) > 1  # a file the user named: only a link needs checking
            if (Path(file).is_symlink() or not named) and not within(file, roots):
                tell(DraftError.at("is a link to a file outside the drafts folder; it was not read", file,
                                   hint="replace the link with the draft itself"))
                continue
            found.append(file)
    unique = list(dict.fromkeys(shown_path(f) for f in found))
    if not unique and not told:
        raise DraftError.at("no drafts to check", ", ".join(patterns) or None,
                            hint=f"name draft files or folders, or set `drafts` in the configuration; {DRAFT_KINDS}")
    return unique


def project_data_inside(base: str | os.PathLike[str], config: Config) -> list[Path]:
    """The ledgers' folder and the reference packages that lie strictly inside ``base``, a drafts folder or a
    glob's folder: what a broad glob (``**``, ``*/*.txt``) reaches there is never a draft, and checking a
    ledger's JSON or a package's CSVs as prose costs minutes. A folder that holds the drafts is kept."""
    from .paths import resolved

    top = resolved(base)
    folders = [resolved(config.claims_dir), *(resolved(d) for d in config.reference_dirs)]
    return [f for f in folders if f != top and f.is_relative_to(top)]


# Worker state: each process loads the reference data once.
_WORKER: dict[str, Any] = {}


def _worker_init(config_json: str, root: str, cache_dir: Path | None, skip_invalid: bool = False) -> None:
    from .matching import reference_index
    from .reference import load_reference

    config = Config.model_validate_json(config_json).model_copy(update={"root": Path(root)})
    _WORKER["config"] = config
    if "reference" not in _WORKER:  # inherited when forked
        _WORKER["reference"] = load_reference(config.reference_dirs, cache_dir=cache_dir, skip_invalid=skip_invalid)
    reference_index(_WORKER["reference"])


WorkerResult = DraftReport | tuple[type[WorkbenchError], dict[str, Any]]


def _worker_check(paths: list[str]) -> list[WorkerResult]:
    """A few drafts in a worker, their claims read together (``extracted``). A user error comes back as data:
    exceptions with fields do not survive pickling, and the parent must raise it with its own path:line:col.
    One draft's own error (``PER_DRAFT_ERRORS``) leaves the drafts after it to be checked; any other ends here."""
    config: Config = _WORKER["config"]
    results: list[WorkerResult] = []
    for path, loaded in _checked(paths, _WORKER["reference"], config):
        try:
            results.append(loaded())
        except WorkbenchError as exc:
            results.append((type(exc), {"path": exc.path, "line": exc.line, "column": exc.column, "params": exc.params}))
            if not isinstance(exc, PER_DRAFT_ERRORS):
                break  # the parent stops at this error
        except (OSError, RecursionError, MemoryError):
            raise  # the CLI words these itself
        except Exception as exc:  # noqa: BLE001 - a bug: the parent reports it with the draft it happened on
            raise InternalError(path, f"{type(exc).__name__}: {exc}") from None
    return results


# Drafts whose claims are read together (``extracted``) before each is checked.
EXTRACT_BATCH = 8


def _checked(paths: Sequence[str], reference: ReferenceData,
             config: Config) -> Iterator[tuple[str, Callable[[], DraftReport]]]:
    """Each path with the check of its draft, to be called in order: the drafts of ``EXTRACT_BATCH`` paths are
    loaded and their claims read together first. A draft that cannot be loaded raises its error when its
    check is called, after the checks of the drafts before it, as checking one draft after another does;
    the drafts after it are still loaded and checked, for a caller that goes on past it."""
    from .drafts import load_draft

    for low in range(0, len(paths), EXTRACT_BATCH):
        batch = paths[low:low + EXTRACT_BATCH]
        loaded: dict[str, Draft | WorkbenchError] = {}
        for path in batch:
            try:
                note_input(path)
                loaded[path] = load_draft(path)
            except WorkbenchError as exc:
                loaded[path] = exc
        drafts = [d for d in loaded.values() if not isinstance(d, WorkbenchError)]
        claims = iter(extracted(drafts, reference, config) if drafts else [])
        for path, draft in loaded.items():
            if isinstance(draft, WorkbenchError):
                yield path, functools.partial(_raise, draft)
            else:
                yield path, functools.partial(_check_loaded, path, draft, reference, config, next(claims))


def _check_loaded(path: str, draft: Draft, reference: ReferenceData, config: Config,
                  claims: list[Claim] | None) -> DraftReport:
    note_input(path)
    return check_draft(draft, reference, config, load_ledger_for(draft, config), claims)


def _raise(error: WorkbenchError) -> DraftReport:
    raise error


def _summary(drafts: Iterable[DraftReport]) -> dict[str, int]:
    counts = {v.value: 0 for v in Verdict}
    counts["suppressed"] = 0
    counts["findings"] = 0
    for d in drafts:
        for r in d.results:
            counts["suppressed" if r.suppressed else r.verdict.value] += 1
        counts["findings"] += len(d.findings)
    return counts


ProgressCallback = Callable[[int, int], None]  # (drafts done, drafts in all)


def check_paths(paths: Sequence[str], config: Config, *, jobs: int | None = None,
                progress: ProgressCallback | None = None, start_method: StartMethod | None = None,
                cache_dir: Path | None = None, skip_invalid: bool = False,
                reference: ReferenceData | None = None, on_unreadable: OnUnreadable | None = None) -> CheckReport:
    """Check every draft under ``paths`` (files, folders, globs) and return one report.

    ``jobs`` caps the worker processes (default: all cores); ``progress`` is told after each draft;
    ``start_method`` picks how workers start (default: fork on Linux, else the platform's own);
    ``cache_dir`` holds parsed reference packages between processes (default: no disk cache);
    ``skip_invalid`` leaves out reference resources with errors instead of refusing to check;
    ``reference`` is the data already loaded from ``config.reference_dirs`` (else it is loaded here);
    ``on_unreadable``, when given, is told each draft (or folder) that cannot be read or checked
    (``PER_DRAFT_ERRORS``, as a linter reports a file it cannot parse) and the report holds every other
    draft, as if that one were absent; without it the first such error is raised.
    """
    from .reference import load_reference

    files = expand_paths(paths, config, on_unreadable)
    if reference is None:
        reference = load_reference(config.reference_dirs, cache_dir=cache_dir, skip_invalid=skip_invalid)
    workers = jobs or os.cpu_count() or 1
    reports: list[DraftReport] = []
    if workers <= 1 or len(files) < PARALLEL_THRESHOLD:
        checked = _check_here(files, reference, config)
    else:
        checked = _check_in_workers(files, reference, config, workers, start_method, cache_dir, skip_invalid)
    if progress:
        progress(0, len(files))
    try:
        for done, report in enumerate(checked, start=1):
            if isinstance(report, DraftReport):
                reports.append(report)
            elif on_unreadable is None or not isinstance(report, PER_DRAFT_ERRORS):
                raise report
            else:
                on_unreadable(report)
            if progress:
                progress(done, len(files))
    finally:
        checked.close()  # the workers stop now, not when the error's traceback is dropped
    return CheckReport(drafts=reports, summary=_summary(reports))


def _check_here(files: Sequence[str], reference: ReferenceData,
                config: Config) -> Generator[DraftReport | WorkbenchError, None, None]:
    """Each draft's report, or the error that stopped its check (raised by the caller, or told and passed over)."""
    for _, check in _checked(files, reference, config):
        try:
            yield check()
        except WorkbenchError as exc:
            yield exc


def _check_in_workers(files: Sequence[str], reference: ReferenceData, config: Config, workers: int,
                      start_method: StartMethod | None, cache_dir: Path | None,
                      skip_invalid: bool = False) -> Generator[DraftReport | WorkbenchError, None, None]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # On Linux, forked workers share the parent's loaded data and index copy-on-write
    # (measured 1.5–2x faster than fresh workers for 1,000 drafts; the workers never call
    # into Arrow, whose threads the parent started while reading CSVs). Elsewhere, or with
    # forkserver or spawn, each worker loads and indexes the data once.
    default = "fork" if sys.platform.startswith("linux") else multiprocessing.get_start_method()
    method = start_method or default
    if method == "fork":
        prepare(reference)
        _WORKER["reference"] = reference
    context = multiprocessing.get_context(method)
    # Small chunks: the last ones keep every worker busy to the end (a draft takes ~30 ms to check).
    chunk = max(1, min(8, len(files) // (workers * 4) or 1))
    frozen = method == "fork"
    if frozen:
        # The loaded data and index are millions of objects no collection will ever free: frozen,
        # a worker's collections skip them, and do not copy the pages they share with the parent.
        gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=min(workers, len(files)), mp_context=context,
                                 initializer=_worker_init,
                                 initargs=(config.model_dump_json(), str(config.root), cache_dir,
                                           skip_invalid)) as pool:
            batches = [list(files[low:low + chunk]) for low in range(0, len(files), chunk)]
            for reports in pool.map(_worker_check, batches):
                for report in reports:
                    if isinstance(report, tuple):
                        error_type, fields = report
                        yield error_type(**fields)
                    else:
                        yield report
    finally:
        if frozen:
            gc.unfreeze()


def prepare(reference: ReferenceData) -> None:
    """Build what every draft's check needs and keeps: the index, the modules a check imports (the
    extractor compiles its patterns at import) and the gazetteer's pattern. Forked workers then
    share them instead of each paying about half a second, and a command can build them while it
    holds off the cyclic collector (``cli.common.long_lived``)."""
    from . import consistency, extraction, suppression, verify  # noqa: F401
    from .matching import reference_index

    reference_index(reference)
    reference_gazetteer(reference).find("")


def failing(report: CheckReport, fail_on: Sequence[Verdict]) -> int:
    """How many unsuppressed claims and findings have a verdict in ``fail_on``."""
    wanted = set(fail_on)
    count = 0
    for draft in report.drafts:
        count += sum(1 for r in draft.results if not r.suppressed and r.verdict in wanted)
        count += sum(1 for f in draft.findings if f.verdict in wanted)
    return count
